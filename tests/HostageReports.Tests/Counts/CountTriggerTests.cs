using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Counts;

/// <summary>The sentence filter of the count rule: what lets a sentence be read, and the filters it uses.</summary>
public class CountTriggerTests
{
    private static readonly (string, string)[] Pairs = [("in", "critical"), ("shot", "and"), ("taken", "hostage")];

    [Theory]
    [InlineData("The kidnappers, believed to number about a dozen, fled.", "attackers/all/12/about")]
    [InlineData("The gunmen, who totaled at least 6, fled.", "attackers/all/6/at-least")]
    [InlineData("About 15 militants were involved in the raid.", "attackers/all/15/about")]
    [InlineData("Three men were in critical condition.", "wounded/all/3/exact")]
    [InlineData("Two workers were taken hostage.", "hostages/all/2/exact")]
    public void Counts_AttackersOrALongerCasualtyPhrase_AreRead(string text, string expected) =>
        CountTestHelper.Keys(text).Should().Contain(expected);

    [Theory]
    [InlineData("Three suspects were seen in a car.")]
    [InlineData("Two gunmen were seen in the area.")]
    [InlineData("The six men were in the house with the shooter.")]
    public void Counts_AttackersWithoutCasualtyWordOrCountVerb_GiveNoClaim(string text) =>
        CountTestHelper.Keys(text).Should().BeEmpty();

    [Theory]
    [InlineData("in", "critical")]
    [InlineData("In", "CRITICAL")]
    [InlineData("shot", "and")]
    [InlineData("Taken", "Hostage")]
    public void MayContainPair_PairOfTheList_IsTrue(string first, string second) =>
        WordFilter.OfPairs(Pairs).MayContainPair(first, second).Should().BeTrue();

    [Fact]
    public void MayContainPair_MostOtherPairs_IsFalse()
    {
        var filter = WordFilter.OfPairs(Pairs);
        (string, string)[] others = [("in", "the"), ("in", "a"), ("shot", "the"), ("critical", "in"), ("to", "the"), ("with", "his"), ("taken", "to"), ("in", "custody")];

        others.Count(p => filter.MayContainPair(p.Item1, p.Item2)).Should().BeLessThan(2);
    }

    [Fact]
    public void MayContainPair_NonAsciiEnd_IsTrue() => WordFilter.OfPairs(Pairs).MayContainPair("in", "critical\u00e9").Should().BeTrue();

    [Fact]
    public void MayStartWithPair_PredicateTable_AgreesWithItsPhrases()
    {
        CasualtyLexicon.Predicates.MayStartWithPair("in", "critical").Should().BeTrue();
        CasualtyLexicon.Predicates.StartsAt("in critical condition", Tokens("in critical condition"), 0).Should().BeTrue();
    }

    private static HostageReports.Annotation.Token[] Tokens(string text)
    {
        var list = new List<HostageReports.Annotation.Token>();
        HostageReports.Annotation.Tokenizer.Tokenize(text, 0, text.Length, list);
        return [.. list];
    }
}
