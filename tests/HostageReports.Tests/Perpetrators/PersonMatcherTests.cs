using FluentAssertions;
using HostageReports.Rules.Perpetrators;
using static HostageReports.Tests.Perpetrators.MatcherTestText;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// Each person matcher on the phrasings its doc comment gives, and on the phrasings it must turn away: the name scanner,
/// the cues before and after a name, the apposition, and the runs that name a place or an organisation instead.
/// </summary>
public class PersonMatcherTests
{
    [Theory]
    [InlineData("Sheriff John Doe said the man fled.", "Sheriff", "John Doe", true)]
    [InlineData("Prime Minister Jane Roe spoke on Monday.", "Prime", "Jane Roe", true)]
    [InlineData("Police arrested Paul G. Kendall on Monday.", "Paul", "Paul G. Kendall", false)]
    [InlineData("Witnesses saw Tony \"Blue\" Coburn fire.", "Tony", "Tony Coburn", false)]
    [InlineData("Police arrested Ahmed Abu al-Hassan on Monday.", "Ahmed", "Ahmed Abu al-Hassan", false)]
    [InlineData("Police arrested Ludwig van Beethoven on Monday.", "Ludwig", "Ludwig van Beethoven", false)]
    [InlineData("Police arrested Robert Allen Jr. on Monday.", "Robert", "Robert Allen Jr.", false)]
    [InlineData("Police said Smith's car was found.", "Smith's", "Smith", false)]
    [InlineData("CNN reported the shooting.", "CNN", null, false)]
    [InlineData("Police said Van was found.", "Van", "Van", false)]
    public void NameScanner_Run_ReadsNameWords(string text, string at, string? expected, bool titled)
    {
        var v = View(text);
        var words = new List<NameWord>();
        var name = NameScanner.Scan(v, IndexOf(v, at), v.Count, null, words, out int next);

        next.Should().BeGreaterThan(IndexOf(v, at));
        if (expected is null)
        {
            name.Should().BeNull();
            words.Should().BeEmpty();
            return;
        }

        name.Should().NotBeNull();
        var n = name!.Value;
        string.Join(' ', words.Skip(n.FirstWord).Take(n.WordCount).Select(w => w.ToString(v.Body))).Should().Be(expected);
        n.Titled.Should().Be(titled);
    }

    [Theory]
    [InlineData("The suspect was 24-year-old Jane Roe.", "Jane", null)]
    [InlineData("The gunman John Smith opened fire.", "John", "Shooter")]
    [InlineData("Police arrested 24-year-old Jane Roe on Monday.", "Jane", "Suspect")]
    [InlineData("The attack was led by Abu Omar on Monday.", "Abu", "Leader")]
    [InlineData("The victim, Mary Major, died.", "Mary", "Victim")]
    [InlineData("On Monday John Smith went home.", "John", null)]
    public void LeftCueMatcher_Phrasing_ReadsCueBeforeName(string text, string at, string? expected)
    {
        var v = View(text);
        int i = IndexOf(v, at);
        var left = LeftCueMatcher.Match(v, i, 0);

        (left.Cue?.ToString()).Should().Be(expected);
        if (expected is null)
        {
            left.Start.Should().Be(i);
        }
        else
        {
            left.Start.Should().BeLessThan(i);
        }
    }

    [Theory]
    [InlineData("John Smith, a 24-year-old suspect, was held.", "Suspect")]
    [InlineData("John Smith, the shooter, was held.", "Shooter")]
    [InlineData("John Smith, his accomplice, was held.", null)]
    [InlineData("John Smith, a resident of the suspect's street, was held.", null)]
    [InlineData("John Smith, who is the suspect, was held.", null)]
    [InlineData("John Smith, a man and a suspect, was held.", null)]
    public void AppositionMatcher_Phrasing_ReadsNounAfterComma(string text, string? expected)
    {
        var v = View(text);
        var app = AppositionMatcher.Match(v, IndexOf(v, ",") + 1, v.Count);
        (app?.Cue.ToString()).Should().Be(expected);
    }

    [Theory]
    [InlineData("John Smith opened fire on the crowd.", "Shooter")]
    [InlineData("Jane Roe was arrested on Monday.", "Suspect")]
    [InlineData("Jane Roe, 24, of Oakdale, was arrested on Monday.", "Suspect")]
    [InlineData("Jane Roe, of the 1200 block of Elm Avenue, was arrested.", "Suspect")]
    [InlineData("Jane Roe, a 24-year-old suspect, fled.", "Suspect")]
    [InlineData("Jane Roe went home on Monday after the shooting.", null)]
    public void RightCueMatcher_Phrasing_ReadsCueAfterName(string text, string? expected)
    {
        var v = View(text);
        var words = new List<NameWord>();
        var name = NameScanner.Scan(v, 0, v.Count, null, words, out _)!.Value;
        var m = new PersonMention(v.Body, words, name);

        RightCueMatcher.Read(v, m, 0, v.Count);

        ((m.Right ?? m.Apposition)?.ToString()).Should().Be(expected);
        if (expected is not null)
        {
            m.CueEnd.Should().BeGreaterThan(m.End);
        }
    }

    [Theory]
    [InlineData("He saw a Lake Verne man on Monday.", "Lake", true)]
    [InlineData("He saw the Lake Verne home on Monday.", "Lake", false)]
    [InlineData("He called the Glenwood Police Department on Monday.", "Glenwood", true)]
    [InlineData("He lives in Glenwood, Okla., with his wife.", "Glenwood", true)]
    [InlineData("He flew to Sierra Leone on Monday.", "Sierra", true)]
    [InlineData("He saw John Smith on Monday.", "John", false)]
    public void PlaceOrOrgName_Run_IsNoPerson(string text, string at, bool expected)
    {
        var v = View(text);
        var words = new List<NameWord>();
        var name = NameScanner.Scan(v, IndexOf(v, at), v.Count, null, words, out _)!.Value;

        PlaceOrOrgName.Matches(v, words, name, 0, v.Count).Should().Be(expected);
    }

    [Theory]
    [InlineData("22-year-old", true)]
    [InlineData("six-month-old", true)]
    [InlineData("YEAR-OLD", true)]
    [InlineData("old", false)]
    [InlineData("year", false)]
    [InlineData("al-Hassan", false)]
    public void PersonWords_IsAge_KnowsAges(string word, bool expected) => PersonWords.IsAge(word).Should().Be(expected);

    [Theory]
    [InlineData("Smith's", "Smith", true)]
    [InlineData("Jones'", "Jones", true)]
    [InlineData("Smith\u2019s", "Smith", true)]
    [InlineData("Smith", "Smith", false)]
    [InlineData("'s", "'s", false)]
    public void NameScanner_StripPossessive_DropsEnding(string word, string expected, bool possessive)
    {
        NameScanner.StripPossessive(word, out bool got).ToString().Should().Be(expected);
        got.Should().Be(possessive);
    }
}
