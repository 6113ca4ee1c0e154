using System.Collections;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Reconciliation;

/// <summary>
/// The types documented as immutable are: no list they expose can be cast back to an array or a
/// <see cref="List{T}"/>, and the <see cref="IList{T}"/> they answer to refuses every change; lists handed
/// to them are copied, so changing the caller's list later changes nothing. Claims compare by value,
/// their lists item by item in order.
/// </summary>
public class ImmutabilityTests
{
    private const string Text =
        "---\ntitle: A test\n---\n"
        + "Gunmen killed three villagers in Marlow, local officials said on Sunday.\n\n"
        + "\u201CWe heard the shots,\u201D a farmer said. The group, also known as the Dune Front, said it carried out the attack.\n\n"
        + "Villagers outside the market (Photo courtesy of the police)\n";

    private static readonly ClaimExtractor Extractor = new();

    private static readonly Lazy<ReportClaims> Read = new(() => Extractor.Extract(ReportReader.Parse("r", Text).Report!));

    /// <summary>An incident with a cross-check, aliases and roles: killed/all 2 against parts adding to 3.</summary>
    private static readonly Lazy<Incident> Shared = new(() => Incident(
        Report("a", Exactly("killed/all", 2, "police"), Exactly("killed/GB", 2), Exactly("killed/FR", 1), Person("Ann Bellweather", "The Fox") with { Role = "leader" }),
        Report("b", Exactly("killed/all", 2, "officials"), Group("Sons of the Desert", "SOD"))));

    private static Fact Killed => Shared.Value.Find("killed/all")!;

    /// <summary>Every list an immutable type exposes, by where it is found.</summary>
    private static readonly Dictionary<string, Func<IEnumerable>> Lists = new()
    {
        ["ReportClaims.Claims"] = () => Read.Value.Claims,
        ["Report.Paragraphs"] = () => Read.Value.Report.Paragraphs,
        ["Report.Sentences"] = () => Read.Value.Report.Sentences,
        ["Report.Excluded"] = () => Read.Value.Report.Excluded,
        ["Report.Captions"] = () => Read.Value.Report.Captions,
        ["Report.Quotes"] = () => Read.Value.Report.Quotes,
        ["PerpetratorClaim.Aliases"] = () => Person("Ann Bellweather", "The Fox").Aliases,
        ["LocationClaim.Aliases"] = () => (Place("Marlow", LocationKind.Town) with { Aliases = new List<string> { "Marlowe" } }).Aliases,
        ["Attribution.Chain"] = () => new Attribution("spokesman", new List<string> { "ANI", "spokesman" }).Chain,
        ["Incident.Reports"] = () => Shared.Value.Reports,
        ["Incident.Facts"] = () => Shared.Value.Facts,
        ["Fact.Values"] = () => Killed.Values,
        ["Fact.CrossChecks"] = () => Killed.CrossChecks,
        ["CrossCheck.Parts"] = () => Killed.CrossChecks[0].Parts,
        ["FactValue.Sources"] = () => Killed.Values[0].Sources,
        ["FactValue.Aliases"] = () => Shared.Value.Find("perpetrator/person")!.Values[0].Aliases,
        ["FactValue.Roles"] = () => Shared.Value.Find("perpetrator/person")!.Values[0].Roles,
    };

    public static TheoryData<string> ListNames() => [.. Lists.Keys];

    [Theory]
    [MemberData(nameof(ListNames))]
    public void ExposedList_CastToAMutableType_FailsOrRefusesTheChange(string name)
    {
        var list = Lists[name]();
        list.Cast<object>().Should().NotBeEmpty($"{name} is checked on a list that holds something");

        list.Should().NotBeAssignableTo<Array>($"{name} must not be an array");
        var item = list.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).GetGenericArguments()[0];
        list.GetType().Should().NotBe(typeof(List<>).MakeGenericType(item), $"{name} must not be a List");
        object first = list.Cast<object>().First();

        // whatever mutable interface it answers to refuses every change
        if (list is IList nonGeneric)
        {
            nonGeneric.IsReadOnly.Should().BeTrue();
            ((Action)(() => nonGeneric.Clear())).Should().Throw<NotSupportedException>();
        }

        var mutable = typeof(IList<>).MakeGenericType(item);
        if (mutable.IsInstanceOfType(list))
        {
            var clear = () => typeof(ICollection<>).MakeGenericType(item).GetMethod("Clear")!.Invoke(list, null);
            var set = () => mutable.GetProperty("Item")!.SetValue(list, first, [0]);
            clear.Should().Throw<System.Reflection.TargetInvocationException>().WithInnerException<NotSupportedException>();
            set.Should().Throw<System.Reflection.TargetInvocationException>().WithInnerException<NotSupportedException>();
            typeof(ICollection<>).MakeGenericType(item).GetProperty("IsReadOnly")!.GetValue(list).Should().Be(true);
        }

        list.Cast<object>().Should().NotBeEmpty($"{name} is unchanged");
    }

    [Fact]
    public void Report_CallersListChangedAfterwards_ChangesNothing()
    {
        var sentences = new List<TextSpan> { new(0, 5) };
        var report = new Report("r", "Hello world", ReportMetadata.Empty, sentences, sentences, []);

        sentences[0] = new TextSpan(6, 5);
        sentences.Add(new TextSpan(0, 11));

        report.Sentences.Should().Equal(new TextSpan(0, 5));
        report.Paragraphs.Should().Equal(new TextSpan(0, 5));
    }

    [Fact]
    public void Claims_CallersListChangedAfterwards_ChangesNothing()
    {
        var aliases = new List<string> { "The Fox" };
        var claim = Person("Ann Bellweather") with { Aliases = aliases };
        var chain = new List<string> { "ANI", "spokesman" };
        var attribution = new Attribution("spokesman", chain);
        var claims = new List<Claim> { claim };
        var report = new ReportClaims(Read.Value.Report, claims);

        aliases.Add("Annie");
        chain.Clear();
        claims.Clear();

        claim.Aliases.Should().Equal("The Fox");
        attribution.Chain.Should().Equal("ANI", "spokesman");
        report.Claims.Should().ContainSingle();
        (report with { Claims = claims }).Claims.Should().BeEmpty("a list set through 'with' is copied too");
    }

    /// <summary>
    /// Pairs of perpetrator claims and whether they are equal. Aliases compare as a sequence: the same names
    /// in another order are another claim (the order is the report's, and the JSON keeps it).
    /// </summary>
    public static TheoryData<string[], string[], bool> AliasPairs() => new()
    {
        { ["The Fox", "Annie"], ["The Fox", "Annie"], true },
        { [], [], true },
        { ["The Fox"], ["The Fox", "Annie"], false },
        { ["The Fox", "Annie"], ["Annie", "The Fox"], false },
        { ["The Fox"], ["the fox"], false },
        { ["The Fox"], [], false },
    };

    [Theory]
    [MemberData(nameof(AliasPairs))]
    public void PerpetratorClaim_AliasesInNewLists_AreEqualWhenTheNamesAreInOrder(string[] first, string[] second, bool equal)
    {
        var x = Person("Ann Bellweather") with { Aliases = new List<string>(first), Source = new Attribution("police", new List<string> { "AP", "police" }) };
        var y = Person("Ann Bellweather") with { Aliases = second.ToArray(), Source = new Attribution("police", ["AP", "police"]) };

        x.Equals(y).Should().Be(equal);
        (x == y).Should().Be(equal);
        if (equal)
        {
            x.GetHashCode().Should().Be(y.GetHashCode());
        }
    }

    [Theory]
    [MemberData(nameof(AliasPairs))]
    public void LocationClaim_AliasesInNewLists_AreEqualWhenTheNamesAreInOrder(string[] first, string[] second, bool equal)
    {
        var x = Place("Marlow", LocationKind.Town) with { Aliases = new List<string>(first) };
        var y = Place("Marlow", LocationKind.Town) with { Aliases = second.ToArray() };

        x.Equals(y).Should().Be(equal);
        if (equal)
        {
            x.GetHashCode().Should().Be(y.GetHashCode());
        }
    }

    [Theory]
    [InlineData("police", "AP|police", "police", "AP|police", true)]
    [InlineData("police", "", "police", "police", true)]
    [InlineData("police", "AP|police", "police", "Reuters|police", false)]
    [InlineData("police", "AP|police", "officials", "AP|officials", false)]
    public void Attribution_ChainsInNewLists_AreEqualWhenTheSpeakersAreInOrder(string speaker1, string chain1, string speaker2, string chain2, bool equal)
    {
        static IReadOnlyList<string>? Chain(string c) => c.Length == 0 ? null : new List<string>(c.Split('|'));
        var x = new Attribution(speaker1, Chain(chain1));
        var y = new Attribution(speaker2, Chain(chain2));

        x.Equals(y).Should().Be(equal);
        if (equal)
        {
            x.GetHashCode().Should().Be(y.GetHashCode());
        }
    }

    [Fact]
    public void ReportClaims_TwoReadingsOfOneReport_HaveEqualClaims()
    {
        var report = Read.Value.Report;
        var first = Extractor.Extract(report);
        var second = Extractor.Extract(report);

        first.Claims.Should().NotBeEmpty();
        first.Claims.Should().NotBeSameAs(second.Claims);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }
}
