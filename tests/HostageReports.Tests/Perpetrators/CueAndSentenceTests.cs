using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// The short cuts the perpetrator and location rules read a report with: phrases matched backwards
/// by their last word (against matching forwards from every start), the sentence's last capitalised word, a word set's first-letter mask. Each must
/// answer as the plain reading it stands for.
/// </summary>
public class CueAndSentenceTests
{
    private static readonly (string Phrase, int Value)[] Phrases =
    [
        ("arrested", 1), ("was arrested", 2), ("police said", 3), ("the suspect", 4), ("identified the suspect", 5),
        ("Was Arrested", 6), ("shot by", 7), ("the capital ,", 8),
    ];

    private static TokenView View(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        return new TokenView(new ExtractionContext(report));
    }

    private static int IndexOf(TokenView v, string word)
    {
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Text(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException(word);
    }

    [Theory]
    [InlineData("He was arrested on Monday.", "arrested", 0, 1, 1)]
    [InlineData("He was arrested on Monday.", "arrested", 2, 2, 2)]
    [InlineData("Police identified the suspect as John Doe.", "suspect", 3, 5, 3)]
    [InlineData("Police identified the suspect as John Doe.", "suspect", 1, 4, 2)]
    [InlineData("Police identified the suspect as John Doe.", "suspect", 0, 0, 0)]
    [InlineData("He lives in the capital, Cairo.", ",", 2, 8, 3)]
    public void TryMatchEndingAt_LongestPhraseStartingAtOrAfterTheFloor_Wins(string text, string last, int floorFromLast, int value, int length)
    {
        var cues = new CuePhrases<int>(Phrases);
        var v = View(text);
        int end = IndexOf(v, last);

        bool found = cues.TryMatchEndingAt(v, end, end - floorFromLast, out int start, out int got);

        found.Should().Be(length > 0);
        if (found)
        {
            got.Should().Be(value);
            start.Should().Be(end + 1 - length);
        }
    }

    [Theory]
    [InlineData("The man was arrested after police said the suspect had been shot by a friend.")]
    [InlineData("WAS ARRESTED, the capital , was arrested was arrested.")]
    [InlineData("Arrested. arrested arrested was")]
    public void TryMatchEndingAt_EveryTokenAndFloor_AnswersAsThePhraseTable(string text)
    {
        var cues = new CuePhrases<int>(Phrases);
        var table = new PhraseTable<int>(Phrases.Select(static p => KeyValuePair.Create(p.Phrase, p.Value)));
        var v = View(text);
        for (int last = 0; last < v.Count; last++)
        {
            for (int floor = 0; floor <= last; floor++)
            {
                // the plain reading: the first start from the floor on whose longest phrase ends at the last token
                bool expected = false;
                int expectedValue = 0, expectedStart = 0;
                var window = v.Tokens[floor..(last + 1)];
                for (int s = 0; s < window.Length && !expected; s++)
                {
                    if (table.TryMatch(v.Body, window, s, out int matched, out int length) && s + length == window.Length)
                    {
                        (expected, expectedValue, expectedStart) = (true, matched, s);
                    }
                }

                bool found = cues.TryMatchEndingAt(v, last, floor, out int start, out int value);

                found.Should().Be(expected, $"last {last}, floor {floor}");
                if (expected)
                {
                    (start, value).Should().Be((floor + expectedStart, expectedValue), $"last {last}, floor {floor}");
                }
            }
        }
    }

    [Theory]
    [InlineData("He was shot in Oakdale on Monday night.", "Monday")]
    [InlineData("Police said the man was shot.", "Police")]
    [InlineData("he was shot, police said.", null)]
    public void LastCapitalized_Sentence_IsItsLastCapitalisedWord(string text, string? word)
    {
        var v = View(text);

        int last = v.LastCapitalized(0, v.Count);

        last.Should().Be(word is null ? -1 : IndexOf(v, word));
    }

    [Theory]
    [InlineData("police", true)]
    [InlineData("POLICE", true)]
    [InlineData("Sheriff", true)]
    [InlineData("of", true)]
    [InlineData("\u201c", true)]
    [InlineData("zebra", false)]
    [InlineData("to", false)]
    [InlineData("policeman", false)]
    public void MayContain_WordOfTheSet_IsLetThroughAndMostOthersTurnedAway(string word, bool expected)
    {
        var set = new WordSet(["police", "sheriff", "\u201c", "of"]);

        set.MayContain(word).Should().Be(expected);
    }
}

/// <summary>Geography look-ups read white space and apostrophes as the plain forms the lexicon keeps.</summary>
public class GeographySpacingTests
{
    [Theory]
    [InlineData("Sierra Leone", true)]
    [InlineData("Sierra  Leone", true)]
    [InlineData("Sierra\tLeone", true)]
    [InlineData("Sierra\u00A0Leone", true)]
    [InlineData("Sierra\r\n Leone", true)]
    [InlineData("SierraLeone", false)]
    [InlineData("Sierra-Leone", false)]
    public void TryCountryByName_OddWhiteSpace_ReadAsOneSpace(string name, bool found)
    {
        Geography.TryCountryByName(name, out var country).Should().Be(found);
        if (found)
        {
            country!.Code.Should().Be("SL");
        }
    }
}
