using FluentAssertions;
using HostageReports.Lexicons;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Perpetrators;

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
                WordClasses.Of(word).Should().Be(expected, word);
            }
        }
    }

    [Fact]
    public void WordClassesId_EveryWordOfEveryCuePhrase_HasANumber()
    {
        foreach (var phrase in WordClasses.PhraseLists.SelectMany(static l => l))
        {
            foreach (var word in phrase.Split(' '))
            {
                WordClasses.Id(word).Should().NotBe(0, phrase);
                WordClasses.Id(word.ToUpperInvariant()).Should().Be(WordClasses.Id(word), phrase);
            }
        }
    }

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("Wombat")]
    [InlineData("\u00c6r\u00f8sk\u00f8bing")]
    [InlineData("")]
    public void WordClassesId_WordOfNoLexiconFile_IsZero(string word)
    {
        WordClasses.Id(word).Should().Be(0);
    }

    [Theory]
    [InlineData("\u201c", "\u201C")]
    [InlineData("arrested", "ARRESTED")]
    [InlineData("Brigade", "brigade")]
    public void WordClassesId_SameWordInAnotherCase_HasTheSameNumber(string word, string other)
    {
        WordClasses.Id(word).Should().NotBe(0).And.Be(WordClasses.Id(other));
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
