using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Locations;
using HostageReports.Reports;

namespace HostageReports.Tests.Locations;

public class PlaceWordTests
{
    [Fact]
    public void PlaceWords_EveryListWordInAnyCase_HasItsClass()
    {
        foreach (var (c, words) in PlaceCues.ClassedWords)
        {
            foreach (var w in words)
            {
                PlaceWords.Of(w).HasFlag(c).Should().BeTrue($"{w} is {c}");
                PlaceWords.Of(w.ToUpperInvariant()).HasFlag(c).Should().BeTrue($"{w} in capitals is {c}");
            }
        }
    }

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("fired")]
    [InlineData("townx")]
    [InlineData(",")]
    public void PlaceWords_OtherWords_HaveNoClass(string word)
    {
        PlaceWords.Of(word).Should().Be(PlaceWord.None);
    }

    [Fact]
    public void PlaceWord_EveryClass_FitsBelowTheTokenFlags()
    {
        Enum.GetValues<PlaceWord>().Should().OnlyContain(static c => (uint)c < (1u << 27));
    }

    [Fact]
    public void PlaceTokens_ShortReport_AnswersCaseClassesAndGeography()
    {
        var report = ReportReader.Parse("t", "OAKDALE, Wash. \u2014 A man was shot in the town of Glenwood.").Report!;
        var context = new ExtractionContext(report);
        var tokens = new PlaceTokens(context);
        int Index(string word) => context.Tokens.FindIndex(t => context.TextOf(t).SequenceEqual(word));

        tokens.IsAllCaps(Index("OAKDALE")).Should().BeTrue();
        tokens.IsCapitalized(Index("OAKDALE")).Should().BeTrue();
        tokens.IsCapitalized(Index("man")).Should().BeFalse();
        tokens.IsAllCaps(Index("Glenwood")).Should().BeFalse();
        tokens.Has(Index("town"), PlaceWord.OfNoun).Should().BeTrue();
        tokens.Has(Index("in"), PlaceWord.Preposition | PlaceWord.LowerCaseCue).Should().BeTrue();
        tokens.Has(Index("shot"), PlaceWord.Preposition).Should().BeFalse();
        tokens.MayNameGeography(Index("Wash")).Should().BeTrue();
        tokens.MayNameGeography(Index("Glenwood")).Should().BeFalse();
        tokens.Has(context.Tokens.Count, PlaceWord.OfNoun).Should().BeFalse();
        tokens.IsCapitalized(-1).Should().BeFalse();
    }
}
