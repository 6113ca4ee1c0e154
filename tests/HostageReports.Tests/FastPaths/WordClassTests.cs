using FluentAssertions;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Perpetrators;

namespace HostageReports.Tests.FastPaths;

/// <summary>
/// The one-table look-up of the perpetrator word lists (each token's lists found with one hash) and the
/// three-letter test of a group's first word: each must answer as the plain look-ups it stands for.
/// </summary>
public class WordClassTests
{
    [Fact]
    public void WordClassesOf_EveryListedWord_HasTheClassesOfEveryListHoldingIt()
    {
        var lists = PerpetratorCues.ClassedWords.Concat(GroupCues.ClassedWords).ToList();
        lists.Should().HaveCount(22);
        foreach (var (_, words, _) in lists)
        {
            foreach (var word in words.Concat(words.Select(static w => w.ToUpperInvariant())))
            {
                var expected = lists.Where(l => l.Set.Contains(word)).Aggregate(WordClass.None, static (c, l) => c | l.Class);
                (WordClasses.Of(word) & ~WordClass.PhraseWords).Should().Be(expected, word);
            }
        }
    }

    [Fact]
    public void WordClassesOf_FirstOrLastWordOfEveryCuePhrase_HasItsListsClass()
    {
        foreach (var (c, phrases, last) in WordClasses.PhraseLists)
        {
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                var word = last ? words[^1] : words[0];
                WordClasses.Of(word).Should().HaveFlag(c, phrase);
                WordClasses.Of(word.ToUpperInvariant()).Should().HaveFlag(c, phrase);
            }
        }
    }

    [Theory]
    [InlineData("arrested", "BeforeLast")]
    [InlineData("by", "BeforeLast, NamingLast")]
    [InlineData("was", "AfterFirst")]
    [InlineData("themselves", "NamingLast")]
    [InlineData("to", "AffiliationLast")]
    public void WordClassesOf_CueWord_HasThesePhraseWordClasses(string word, string classes)
    {
        WordClasses.Of(word).Should().HaveFlag(Enum.Parse<WordClass>(classes));
    }

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("Smith")]
    [InlineData("")]
    public void WordClassesOf_AsciiWordOfNoPhrase_HasNoPhraseWordClass(string word)
    {
        (WordClasses.Of(word) & WordClass.PhraseWords).Should().Be(WordClass.None);
    }

    [Theory]
    [InlineData("Côte")]
    [InlineData("\u201c")]
    [InlineData("Zoë")]
    public void WordClassesOf_TextNotInAscii_HasEveryPhraseWordClass(string word)
    {
        WordClasses.Of(word).Should().HaveFlag(WordClass.PhraseWords);
    }

    [Theory]
    [InlineData("Sheriff", "Titles")]
    [InlineData("jr", "Suffixes")]
    [InlineData("Brigade", "Heads, StrongHeads")]
    [InlineData("Front", "Heads")]
    [InlineData("of", "Connectors")]
    [InlineData("Oakdale", "None")]
    [InlineData("", "None")]
    public void WordClassesOf_Word_IsInTheseLists(string word, string classes)
    {
        var expected = Enum.Parse<WordClass>(classes);
        (WordClasses.Of(word) & (expected == WordClass.None ? (WordClass)uint.MaxValue : expected)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Qaida", true)]
    [InlineData("Shabab", true)]
    [InlineData("Hezbollah", true)]
    [InlineData("Tehreek-e-Taliban", true)]
    [InlineData("He", true)]
    [InlineData("Help", false)]
    [InlineData("Isaac", false)]
    [InlineData("Sherman", false)]
    public void MayStartKey_FirstWordOfThreeLetters_IsTestedByItsFirstThree(string word, bool expected)
    {
        ArmedGroups.MayStartKey(word).Should().Be(expected);
    }

    [Fact]
    public void MayStartKey_FirstWordOfEveryListedSpelling_IsLetThrough()
    {
        foreach (var (key, _) in ArmedGroups.ByKey)
        {
            ArmedGroups.MayStartKey(key).Should().BeTrue(key);
        }

        foreach (var spelling in new[] { "al-Qaida", "Al-Qa'ida", "alQaeda", "Jama'atu", "Izz", "Tupac", "Baader-Meinhof", "Euskadi", "Kurdistan" })
        {
            ArmedGroups.MayStartKey(spelling).Should().BeTrue(spelling);
        }
    }
}
