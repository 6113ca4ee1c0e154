using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

/// <summary>
/// Which sentences carry no claims is found once per report, walking the sentences beside the excluded
/// spans: each answer must be the one the report gives for the sentence's start, whatever the order of
/// the sentences.
/// </summary>
public class ExcludedSentenceTests
{
    private const string Body = "Alpha one. Beta two. Gamma three. Delta four.";

    // The four sentences of the body, by their offsets.
    private static readonly TextSpan[] InOrder =
    [
        TextSpan.FromBounds(0, 10), TextSpan.FromBounds(11, 20), TextSpan.FromBounds(21, 33), TextSpan.FromBounds(34, 45),
    ];

    [Theory]
    [InlineData(new int[0], "0000")]
    [InlineData(new[] { 0, 10 }, "1000")]
    [InlineData(new[] { 11, 20, 34, 45 }, "0101")]
    [InlineData(new[] { 5, 12 }, "0100")]
    [InlineData(new[] { 5, 12, 21, 22 }, "0110")]
    [InlineData(new[] { 0, 45 }, "1111")]
    [InlineData(new[] { 21, 21, 21, 25 }, "0010")]
    public void IsExcludedSentence_SentencesInOrder_AnswersByTheSentenceStart(int[] bounds, string expected)
    {
        var context = new ExtractionContext(new Report("t", Body, ReportMetadata.Empty, [TextSpan.FromBounds(0, 45)], InOrder, Spans(bounds)));

        Answers(context, InOrder.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData(new[] { 0, 10 }, "0100")]
    [InlineData(new[] { 11, 20, 34, 45 }, "1010")]
    [InlineData(new[] { 21, 33 }, "0001")]
    public void IsExcludedSentence_SentencesOutOfOrder_AnswersByTheSentenceStart(int[] bounds, string expected)
    {
        TextSpan[] shuffled = [InOrder[3], InOrder[0], InOrder[1], InOrder[2]];
        var context = new ExtractionContext(new Report("t", Body, ReportMetadata.Empty, [TextSpan.FromBounds(0, 45)], shuffled, Spans(bounds)));

        Answers(context, shuffled.Length).Should().Be(expected);
    }

    private static TextSpan[] Spans(int[] bounds) =>
        Enumerable.Range(0, bounds.Length / 2).Select(k => TextSpan.FromBounds(bounds[2 * k], bounds[(2 * k) + 1])).ToArray();

    private static string Answers(ExtractionContext context, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(s => context.IsExcludedSentence(s) ? '1' : '0'));
}
