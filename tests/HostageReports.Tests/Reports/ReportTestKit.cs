using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

/// <summary>Shared helpers: read a text, list its sentences, check the invariants every report keeps.</summary>
internal static class ReportTestKit
{
    public static Report Read(string text)
    {
        var result = ReportReader.Parse("t", text);
        result.Succeeded.Should().BeTrue(result.Error?.Message);
        return result.Report!;
    }

    public static string[] SentencesOf(string text)
    {
        var report = Read(text);
        return report.Sentences.Select(report.TextOf).ToArray();
    }

    public static string[] ExcludedOf(string text)
    {
        var report = Read(text);
        return report.Excluded.Select(report.TextOf).ToArray();
    }

    /// <summary>Spans inside the body, in order, disjoint; sentences inside paragraphs and trimmed.</summary>
    public static void ShouldKeepInvariants(this Report report)
    {
        int n = report.Body.Length;
        AssertOrderedInside(report.Paragraphs, n, "paragraphs");
        AssertOrderedInside(report.Sentences, n, "sentences");
        AssertOrderedInside(report.Excluded, n, "excluded spans");
        AssertOrderedInside(report.Quotes.Select(q => q.Span).ToList(), n, "quotes");
        foreach (var s in report.Sentences)
        {
            s.Length.Should().BePositive();
            char.IsWhiteSpace(report.Body[s.Start]).Should().BeFalse("a sentence is trimmed");
            char.IsWhiteSpace(report.Body[s.End - 1]).Should().BeFalse("a sentence is trimmed");
            report.Paragraphs.Should().Contain(p => p.Start <= s.Start && s.End <= p.End, "a sentence lies inside one paragraph");
        }

        foreach (var q in report.Quotes)
        {
            q.Content.Start.Should().Be(q.Span.Start + 1);
            q.Content.End.Should().BeLessThanOrEqualTo(q.Span.End);
        }

        if (report.DatelineSpan is { } d)
        {
            d.End.Should().BeLessThanOrEqualTo(n);
            report.IsExcluded(d.Start).Should().BeTrue();
        }
    }

    private static void AssertOrderedInside(IReadOnlyList<TextSpan> spans, int length, string what)
    {
        int last = 0;
        foreach (var s in spans)
        {
            s.Start.Should().BeGreaterThanOrEqualTo(last, $"{what} are in order and disjoint");
            s.Length.Should().BeGreaterThanOrEqualTo(0);
            s.End.Should().BeLessThanOrEqualTo(length, $"{what} lie inside the body");
            last = s.End;
        }
    }
}
