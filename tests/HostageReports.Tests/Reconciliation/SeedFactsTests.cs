using FluentAssertions;
using HostageReports.Reconciliation;
using HostageReports.Rendering;

namespace HostageReports.Tests.Reconciliation;

/// <summary>The facts of the seeds, from hand-made claims mirroring seeds.gold.json (no extraction involved).</summary>
public class SeedFactsTests
{
    private static readonly Incident Seeds = GoldClaims.Incident(GoldClaims.Seeds());

    private static Fact FactOf(string key) => Seeds.Find(key) ?? throw new Xunit.Sdk.XunitException($"no fact {key}");

    private static FactValue ValueOf(string key, string text) =>
        FactOf(key).Values.SingleOrDefault(v => v.Text == text) ?? throw new Xunit.Sdk.XunitException($"no value '{text}' in {key}: {string.Join(" | ", FactOf(key).Values)}");

    private static IEnumerable<string> ReportsOf(FactValue value) => value.Sources.Select(s => s.ReportId[..3]).Distinct();

    [Fact]
    public void JapaneseHostages_ThreeAgainstFive_ConflictWithBothSources()
    {
        var fact = FactOf("hostages/JP");

        fact.Status.Should().Be(FactStatus.Conflicting);
        fact.Range.Should().Be(new FactRange(3, 5));
        ReportsOf(ValueOf("hostages/JP", "3")).Should().Equal("001");
        ReportsOf(ValueOf("hostages/JP", "5")).Should().Equal("002");
        ValueOf("hostages/JP", "5").IndependentSourceCount.Should().Be(2, "local officials and Jiji are two speakers");
    }

    [Fact]
    public void NorwegianHostages_ThirteenAgreedByThreeReports()
    {
        var fact = FactOf("hostages/NO");

        fact.Status.Should().Be(FactStatus.Agreed);
        fact.Best.Should().Be(13);
        ReportsOf(ValueOf("hostages/NO", "13")).Should().BeEquivalentTo(["000", "001", "003"]);
    }

    [Fact]
    public void Killed_TwoDeadInEveryReportButThreeNationalities_Conflicting()
    {
        var fact = FactOf("killed/all");

        fact.Status.Should().Be(FactStatus.Conflicting, "every report says two dead, but a Briton, an Algerian and a Frenchman are named among them");
        fact.Best.Should().Be(2);
        ReportsOf(ValueOf("killed/all", "2")).Should().BeEquivalentTo(["000", "001", "003"]);
        ReportsOf(ValueOf("killed/all", "at least 2")).Should().Equal("000");
    }

    [Fact]
    public void ForeignHostages_FromAtLeastSevenToFortyOne_Conflicting()
    {
        var fact = FactOf("hostages/foreign");

        fact.Range.Should().Be(new FactRange(7, 41));
        fact.Status.Should().Be(FactStatus.Conflicting, "'as many as 40' rules out 41");
        fact.Best.Should().Be(41, "41 fits every lower bound and is stated by two reports");
        fact.Why.Should().StartWith("41");
        fact.Values.Select(v => v.Text).Should().Contain(["at least 7", "at least 20", "as many as 40", "41"]);
    }

    [Theory]
    [InlineData("hostages/IE", FactStatus.Agreed)]
    [InlineData("hostages/DZ", FactStatus.Conflicting)]
    [InlineData("hostages/all", FactStatus.Conflicting)]
    [InlineData("hostages/US", FactStatus.Compatible)]
    [InlineData("killed/GB", FactStatus.Agreed)]
    [InlineData("killed/DZ", FactStatus.Agreed)]
    [InlineData("wounded/all", FactStatus.Agreed)]
    [InlineData("attackers/all", FactStatus.SingleSource)]
    [InlineData("escaped/foreign", FactStatus.Compatible)]
    [InlineData("perpetrator/person", FactStatus.Agreed)]
    public void SeedFact_HasTheGoldStatus(string key, FactStatus expected)
    {
        FactOf(key).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("hostages/all", 20, 41)]
    [InlineData("hostages/DZ", 100, 150)]
    [InlineData("killed/GB", 1, 1)]
    public void SeedFact_RangeIsTheGoldRange(string key, long min, long max)
    {
        FactOf(key).Range.Should().Be(new FactRange(min, max));
    }

    [Fact]
    public void Groups_MaskedBrigadeIsKatibatMoulathamine()
    {
        var brigade = FactOf("perpetrator/group").Values.Where(v => v.Name == "Masked Brigade" || v.Aliases.Contains("Masked Brigade")).Should().ContainSingle().Subject;

        brigade.Aliases.Append(brigade.Name).Should().Contain("Katibat Moulathamine");
        ReportsOf(brigade).Should().BeEquivalentTo(["001", "003", "004"]);
    }

    [Fact]
    public void Groups_SpellingVariantsAndInitialsAreOneGroup()
    {
        var groups = FactOf("perpetrator/group").Values;

        groups.Where(v => v.Text.Contains("Signers", StringComparison.Ordinal)).Should().ContainSingle();
        groups.Where(v => v.Text.Contains("Islamic Maghreb", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Aliases.Should().Contain("AQIM");
    }

    [Fact]
    public void Person_BelmokhtarNamedByEveryReport()
    {
        var person = FactOf("perpetrator/person").Values.Should().ContainSingle().Subject;

        person.Name.Should().Be("Mokhtar Belmokhtar");
        person.ReportCount.Should().Be(5);
    }

    [Fact]
    public void Location_InAmenasIsAinAmenas()
    {
        var places = FactOf("location").Values;
        var site = places.Where(v => v.Name == "In Amenas" || v.Aliases.Contains("In Amenas")).Should().ContainSingle().Subject;

        site.Aliases.Append(site.Name).Should().Contain("Ain Amenas");
        places[^1].Name.Should().Be("Algeria", "the hierarchy runs from the site to the country");
    }

    [Fact]
    public void KilledByNationality_AddsUpToMoreThanTheTotal_ShownAsConflict()
    {
        var check = FactOf("killed/all").CrossChecks.Should().ContainSingle().Subject;

        check.Total.Should().Be(2);
        check.PartsSum.Should().Be(3, "a Briton, an Algerian and a Frenchman are named among the dead");
    }

    [Fact]
    public void Values_WithADate_ComeFirstInTheTimeline()
    {
        FactOf("hostages/foreign").Values[0].Text.Should().Be("at least 7", "report 002 is the only dated report");
    }

    [Fact]
    public void Table_ShowsEveryFactWithItsStatusAndValues()
    {
        string table = TableRenderer.ToText(Seeds);

        table.Should().Contain("hostages/JP").And.Contain("conflicting").And.Contain("3-5");
        table.Should().Contain("Masked Brigade");
        table.Should().Contain("! conflict:");
        foreach (var fact in Seeds.Facts)
        {
            table.Should().Contain(fact.Key);
        }
    }
}
