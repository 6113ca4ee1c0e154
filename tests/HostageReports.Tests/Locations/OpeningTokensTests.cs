using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Extraction.Locations;
using HostageReports.Reports;

namespace HostageReports.Tests.Locations;

/// <summary>The dateline's tokens, cut in pieces that end at white space, are the report's own first tokens exactly.</summary>
public class OpeningTokensTests
{
    [Theory]
    [InlineData("OAKDALE, Wash. \u2014 About 1,000 people fled after U.S. officials said 2.5 tons of explosives were found near the plant's gate, and the mayor's office, at 10:30 a.m. on Jan. 16, 2013, asked residents of the well-known Cedar-Falls area to stay home.")]
    [InlineData("A man was shot.\n\nSecond paragraph here.\n\nThird: THE END. And a fourth sentence that runs on for a good many words past the ninety-six characters of a piece, to be cut twice.")]
    [InlineData("x")]
    public void Through_AnyOffset_GivesTheReportsFirstTokens(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        using var context = new ExtractionContext(report);
        var opening = new OpeningTokens(report.Body, report.Sentences);
        int all = context.Tokens.Count;

        foreach (int offset in new[] { 0, text.Length / 3, text.Length / 2 })
        {
            var w = opening.Through(offset, 12);
            w.Count.Should().BeLessThanOrEqualTo(all);
            for (int i = 0; i < w.Count; i++)
            {
                w[i].Should().Be(context.Tokens[i]);
                w.SentenceStart(i).Should().Be(context.SentenceTokenStart[Array.FindLastIndex(context.SentenceTokenStart[..^1], s => s <= i)]);
            }

            int first = context.Tokens.FindIndex(t => t.Start >= offset);
            if (first >= 0)
            {
                w.Count.Should().BeGreaterThanOrEqualTo(Math.Min(all, first + 12));
            }
        }
    }
}
