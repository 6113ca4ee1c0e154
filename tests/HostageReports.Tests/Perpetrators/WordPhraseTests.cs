using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// The perpetrator rule's cue phrases matched by the numbers of their words (<see cref="WordPhrases{T}"/>):
/// at every token, forwards and backwards, from every floor and to every limit, they must answer as the
/// phrase table of the same phrases read from the text (<see cref="CuePhrases{T}"/>).
/// </summary>
public class WordPhraseTests
{
    public static TheoryData<string> Sentences => new()
    {
        "John Doe, 22, was arrested Monday and was later charged, police said.",
        "Police identified the suspect as Jane Roe; she was shot by a deputy and WAS ARRESTED.",
        "A group calling itself the Sons of the Desert, also known as the Desert Sons, claimed responsibility.",
        "He was linked to al-Qaeda, a former commander of the brigade said. \u201cHe fled,\u201d the victim, Ann Lee, told reporters.",
        "The shooter , identified as Tom, was shot and killed by police after the gunman was identified as the suspect.",
    };

    private static TokenView View(string text) => new(new ExtractionContext(ReportReader.Parse("t", text).Report!));

    [Theory]
    [MemberData(nameof(Sentences))]
    public void TryMatchAt_EveryTokenAndLimit_AnswersAsTheCuePhrases(string text)
    {
        var v = View(text);
        foreach (var phrases in Lists())
        {
            var byNumber = new WordPhrases<int>(phrases);
            var byText = new CuePhrases<int>(phrases);
            for (int i = 0; i < v.Count; i++)
            {
                for (int limit = i; limit <= v.Count; limit++)
                {
                    bool expected = byText.TryMatchAt(v, i, limit, out int expectedLength, out int expectedValue);
                    bool found = byNumber.TryMatchAt(v, i, limit, out int length, out int value);
                    (found, length, value).Should().Be((expected, expectedLength, expectedValue), $"token {i}, limit {limit}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void TryMatchEndingAt_EveryTokenAndFloor_AnswersAsTheCuePhrases(string text)
    {
        var v = View(text);
        foreach (var phrases in Lists())
        {
            var byNumber = new WordPhrases<int>(phrases);
            var byText = new CuePhrases<int>(phrases);
            for (int last = 0; last < v.Count; last++)
            {
                for (int floor = 0; floor <= last; floor++)
                {
                    bool expected = byText.TryMatchEndingAt(v, last, floor, out int expectedStart, out int expectedValue);
                    bool found = byNumber.TryMatchEndingAt(v, last, floor, out int start, out int value);
                    (found, start, value).Should().Be((expected, expectedStart, expectedValue), $"last {last}, floor {floor}");
                }
            }
        }
    }

    [Fact]
    public void Build_PhraseWithAWordOfNoList_Throws()
    {
        var build = () => new WordPhrases<int>([("was arrested", 1), ("zebra crossing", 2)]);

        build.Should().Throw<InvalidOperationException>().WithMessage("*zebra crossing*");
    }

    /// <summary>Every phrase list of the rule, each phrase's value its index (so a phrase given twice shows which one won).</summary>
    private static IEnumerable<(string, int)[]> Lists() =>
        WordClasses.PhraseLists.Select(static l => l.Select(static (p, k) => (p, k)).ToArray())
            .Append(PerpetratorCues.Before.Concat(PerpetratorCues.After).Select(static (p, k) => (p.Phrase, k)).ToArray());
}
