using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

/// <summary>
/// A page's captions, a figure's &lt;figcaption&gt; and a table's &lt;caption&gt;, describe a photo
/// or a table, not what the report says happened: their text stays in the body but is excluded (no
/// claims) and listed in <see cref="Report.Captions"/>, as a photo caption found by its shape is.
/// </summary>
public class HtmlCaptionTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Page =
        "<!DOCTYPE html><html><head><title>Blast at a market</title></head><body><article>"
        + "<p>Three people were killed when a bomb went off at a market in Tarnow on Sunday, police said.</p>"
        + "<figure><img src=\"market.jpg\" alt=\"\"><figcaption>Five people were killed in an earlier attack on the same square in 2019. "
        + "(Photo: Ewa Marsh)</figcaption></figure>"
        + "<p>Officers said the blast wounded twelve people.</p>"
        + "<table><caption>Seven people were injured in attacks last year</caption><tr><td>Region</td><td>Attacks</td></tr></table>"
        + "</article></body></html>";

    [Fact]
    public void Parse_PageWithFigcaptionAndTableCaption_CaptionsAreExcludedCaptions()
    {
        var report = ReportReader.Parse("page", Page).Report!;

        // The table's cells, short lines without a stop, are headings as before.
        report.Captions.Select(report.TextOf).Should().Equal(
            "Five people were killed in an earlier attack on the same square in 2019. (Photo: Ewa Marsh)",
            "Seven people were injured in attacks last year", "Region", "Attacks");
        foreach (var caption in report.Captions)
        {
            report.IsExcluded(caption.Start).Should().BeTrue();
            report.IsExcluded(caption.End - 1).Should().BeTrue();
        }

        report.IsExcluded(report.Body.IndexOf("Three people", StringComparison.Ordinal)).Should().BeFalse();
        report.ShouldKeepInvariants();
    }

    [Fact]
    public void Extract_PageWithFigcaption_CountsComeFromTheStoryOnly()
    {
        var report = ReportReader.Parse("page", Page).Report!;
        var counts = Extractor.Extract(report).Claims.OfType<CountClaim>().ToList();

        counts.Should().Contain(c => c.Quantity.Value == 3);
        counts.Should().Contain(c => c.Quantity.Value == 12);
        counts.Should().NotContain(c => c.Quantity.Value == 5, "the figure's caption is not a claim of the report");
        counts.Should().NotContain(c => c.Quantity.Value == 7, "the table's caption is not a claim of the report");
        foreach (var c in counts)
        {
            report.Body.Substring(c.Evidence.Start, c.Evidence.Length).Should().Be(c.Evidence.Text);
        }
    }

    [Theory]
    // Entities before and inside the caption: spans are of the decoded text.
    [InlineData("<p>Smith &amp; Jones said &ldquo;two&rdquo; died.</p><figure><figcaption>Mourners &mdash; at the &quot;vigil&quot;</figcaption></figure><p>End.</p>",
        "Mourners \u2014 at the \"vigil\"")]
    // A caption of several lines.
    [InlineData("<p>Story.</p><figure><figcaption>First line<br>second line</figcaption></figure><p>End.</p>", "First line|second line")]
    // A caption left open ends with its figure.
    [InlineData("<p>Story.</p><figure><figcaption>Open caption</figure><p>Two were hurt.</p>", "Open caption")]
    // A caption left open at the end of the page runs to the end.
    [InlineData("<p>Story.</p><div>Two were hurt.</div><figure><figcaption>Never closed", "Never closed")]
    // An empty caption marks nothing.
    [InlineData("<p>Story.</p><figure><figcaption> </figcaption></figure><p>End.</p>", "")]
    // Not captions: a figure's other text, a paragraph that mentions a caption.
    [InlineData("<p>Story.</p><figure><blockquote>Two were hurt.</blockquote></figure><p>The caption said two were hurt.</p>", "")]
    public void Parse_Captions_AreTheCaptionsText(string html, string expected)
    {
        var report = ReportReader.Parse("page", html).Report!;

        string.Join("|", report.Captions.Select(report.TextOf)).Should().Be(expected);
        report.ShouldKeepInvariants();
    }

    [Fact]
    public void Parse_PageWithMojibakeBeforeTheCaption_CaptionSpanFollowsTheRepair()
    {
        // UTF-8 read as Windows-1252: each curly quote is three characters until repaired.
        string html = "<p>\u00E2\u20AC\u0153We ran,\u00E2\u20AC\u009D she said. It\u00E2\u20AC\u2122s over.</p><figure><figcaption>Caf\u00C3\u00A9 owners stood outside the shop on Sunday.</figcaption></figure><p>End.</p>";
        var result = ReportReader.Parse("page", html);
        var report = result.Report!;

        report.Body.Should().StartWith("\u201CWe ran,\u201D she said. It\u2019s over.");
        report.Captions.Select(report.TextOf).Should().Equal("Caf\u00E9 owners stood outside the shop on Sunday.");
        result.Warnings.Should().Contain(w => w.Contains("repaired", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("abc", 0, 3, 0, 3, "abc")]
    [InlineData("It\u00E2\u20AC\u2122s a caf\u00C3\u00A9 here", 9, 19, 7, 16, "caf\u00E9 here")]
    [InlineData("x \u00E2\u20AC\u0153quoted\u00E2\u20AC\u009D y", 2, 14, 2, 10, "\u201Cquoted\u201D")]
    // An end inside a repaired sequence goes after its repair.
    [InlineData("ab\u00C3\u00A9cd", 0, 3, 0, 3, "ab\u00E9")]
    [InlineData("ab\u00C3\u00A9cd", 3, 6, 3, 5, "cd")]
    public void MojibakeRepair_Spans_MoveWithTheirText(string text, int start, int end, int startAfter, int endAfter, string expected)
    {
        var spans = new List<TextSpan> { TextSpan.FromBounds(start, end) };

        string repaired = Mojibake.Repair(text, spans);

        spans.Should().Equal(TextSpan.FromBounds(startAfter, endAfter));
        repaired.Substring(spans[0].Start, spans[0].Length).Should().Be(expected);
    }

    [Fact]
    public void Parse_PlainLinesWithAnInlineCaption_OnlyTheCaptionIsExcluded()
    {
        var report = ReportReader.Parse("page", "Two were hurt.\n<p>Three were killed.</p> <figcaption>Four died in 2010</figcaption>\nThe end.\n").Report!;

        report.Captions.Select(report.TextOf).Should().Equal("Four died in 2010");
        report.IsExcluded(report.Body.IndexOf("Three", StringComparison.Ordinal)).Should().BeFalse();
        report.IsExcluded(report.Body.IndexOf("Four", StringComparison.Ordinal)).Should().BeTrue();
    }

    [Fact]
    public void ToText_ManyCaptions_SameTextAsWithoutThem()
    {
        var html = new System.Text.StringBuilder("<html><body>");
        for (int k = 0; k < 200; k++)
        {
            html.Append("<p>Para &amp; ").Append(k).Append(".</p><figure><figcaption>Cap &#233; ").Append(k).Append("</figcaption></figure>");
        }

        var captions = new List<TextSpan>();
        string withCaptions = Html.ToText(html.ToString(), HtmlKind.Page, out _, captions);
        string without = Html.ToText(html.ToString(), HtmlKind.Page, out _);

        withCaptions.Should().Be(without);
        captions.Should().HaveCount(200);
        captions.Select(c => withCaptions.Substring(c.Start, c.Length)).Should().StartWith(["Cap \u00E9 0", "Cap \u00E9 1"]);
    }
}
