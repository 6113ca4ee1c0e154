using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;
using HostageReports.Rules.Locations;

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
                Lexicon.PlacesOf(Lexicon.Id(w)).HasFlag(c).Should().BeTrue($"{w} is {c}");
                Lexicon.PlacesOf(Lexicon.Id(w.ToUpperInvariant())).HasFlag(c).Should().BeTrue($"{w} in capitals is {c}");
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
        Lexicon.PlacesOf(Lexicon.Id(word)).Should().Be(PlaceWord.None);
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

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("TOWN")]
    [InlineData("Neighbourhood")]
    [InlineData("kilometres")]
    [InlineData("townx")]
    [InlineData("x")]
    [InlineData("New")]
    [InlineData("Georgia")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("in")]
    [InlineData("C\u00f4te")]
    public void PlaceWords_AnyWord_HasTheClassesOfEveryListHoldingIt(string word)
    {
        var expected = PlaceCues.ClassedWords
            .Where(l => l.Words.Contains(word, StringComparer.OrdinalIgnoreCase))
            .Aggregate(PlaceWord.None, static (c, l) => c | l.Class);

        Lexicon.PlacesOf(Lexicon.Id(word)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Georgia")]
    [InlineData("Georgia's")]
    [InlineData("C\u00F4te")]
    [InlineData("al-Qaeda")]
    [InlineData("Oakdale")]
    [InlineData("Wash")]
    [InlineData("NEW")]
    public void PlaceTokens_AnyToken_MayNameGeographyAsPlaceCuesSays(string word)
    {
        var report = ReportReader.Parse("t", $"A man from {word} was shot.").Report!;
        var context = new ExtractionContext(report);
        var tokens = new PlaceTokens(context);
        int i = context.Tokens.FindIndex(t => context.TextOf(t).StartsWith(word.AsSpan(0, 2), StringComparison.Ordinal));

        tokens.MayNameGeography(i).Should().Be(PlaceCues.MayStartGeographyName(context.TextOf(context.Tokens[i])));
    }

    [Fact]
    public void PlaceTokens_ReusedBuffer_AnswersAsANewArray()
    {
        var report = ReportReader.Parse("t", "OAKDALE, Wash. \u2014 A man was shot in the town of Glenwood near Main Street.").Report!;
        var context = new ExtractionContext(report);
        var fresh = new PlaceTokens(context);
        var buffer = Enumerable.Repeat(uint.MaxValue, context.Tokens.Count + 3).ToArray();
        var reused = new PlaceTokens(context, buffer);

        for (int i = 0; i < context.Tokens.Count; i++)
        {
            reused.IsCapitalized(i).Should().Be(fresh.IsCapitalized(i));
            reused.IsAllCaps(i).Should().Be(fresh.IsAllCaps(i));
            reused.MayNameGeography(i).Should().Be(fresh.MayNameGeography(i));
            foreach (var c in Enum.GetValues<PlaceWord>())
            {
                reused.Has(i, c).Should().Be(fresh.Has(i, c));
            }
        }

        reused.Has(context.Tokens.Count, PlaceWord.OfNoun).Should().BeFalse();
    }
}
