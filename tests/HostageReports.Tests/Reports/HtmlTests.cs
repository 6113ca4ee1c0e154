using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

public class HtmlTests
{
    private static ReportReadResult ParseHtml(string html) => ReportReader.Parse("page", html);

    [Theory]
    [InlineData("<p>Two men were <b>shot</b>.</p><p>One died.</p>", "Two men were shot.\n\nOne died.")]
    [InlineData("<div>Two   were\n  hurt.<br>One died.</div>", "Two were hurt.\nOne died.")]
    [InlineData("<p>Smith &amp; Jones said &ldquo;no&rdquo; &#8212; twice &#x2014; at 5&nbsp;p.m.</p><p>x</p>", "Smith & Jones said \u201Cno\u201D \u2014 twice \u2014 at 5\u00A0p.m.\n\nx")]
    [InlineData("<p>3 &lt; 5 and 7 &gt; 2.</p><div>ok</div>", "3 < 5 and 7 > 2.\n\nok")]
    [InlineData("<p>Kept.</p><script>var s = '<p>Ten were killed</p>';</script><style>p{}</style><p>Also kept.</p>", "Kept.\n\nAlso kept.")]
    [InlineData("<p>Kept.</p><!-- <p>Ten were killed</p> --><p>Also kept.</p>", "Kept.\n\nAlso kept.")]
    [InlineData("<nav><a href='/'>Home</a></nav><p>Story.</p><footer>Copyright</footer><div></div>", "Story.")]
    [InlineData("<p>Two were hurt.</p><div>In a <span>3 < 4 world</span></div>", "Two were hurt.\n\nIn a 3 < 4 world")]
    [InlineData("<p>Unclosed</p><p>then <script> stays dropped", "Unclosed\n\nthen")]
    public void Html_Page_IsStrippedToTheTextAReaderSees(string html, string expected)
    {
        var result = ParseHtml(html);

        result.Succeeded.Should().BeTrue();
        result.Report!.Body.Should().Be(expected);
        result.Warnings.Should().Contain(w => w.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_Title_BecomesTheMetadataTitleAndLeavesTheBody()
    {
        var report = ParseHtml("<!DOCTYPE html><html><head><title>Two shot &amp; one dead</title></head><body><h1>Two shot &amp; one dead</h1><p>SPRINGFIELD, Ill. &mdash; Two men were shot.</p></body></html>").Report!;

        report.Metadata.Title.Should().Be("Two shot & one dead");
        report.Metadata.Dateline.Should().Be("SPRINGFIELD, Ill.");
        report.Excluded.Select(report.TextOf).Should().StartWith("Two shot & one dead");
        report.Sentences.Select(report.TextOf).Should().Contain("SPRINGFIELD, Ill. \u2014 Two men were shot.");
    }

    [Theory]
    [InlineData("Police said 3 < 5 and 7 > 2, then <unknown people were hurt.")]
    [InlineData("Smith & Jones <said> nothing.")]
    [InlineData("AT&T said <3 people were hurt.")]
    public void Html_PlainTextWithAngleBrackets_IsNotTreatedAsMarkup(string text)
    {
        var result = ParseHtml(text);

        result.Report!.Body.Should().Be(text);
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Html_PlainLinesWithAFewTags_KeepTheirLinesAndLoseTheTags()
    {
        var result = ParseHtml("Two were hurt.\n<p>Three were killed.</p>\nPolice said <b>one</b> was arrested &amp; charged.\nThe end.\n");

        result.Report!.Body.Should().Be("Two were hurt.\nThree were killed.\nPolice said one was arrested & charged.\nThe end.");
        result.Report.Paragraphs.Should().HaveCount(4);
        result.Warnings.Should().Contain(w => w.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_EvidenceOffsets_PointIntoTheStrippedText()
    {
        var report = ParseHtml("<html><body><p>Police said <i>four</i> people were hurt.</p></body></html>").Report!;
        int at = report.Body.IndexOf("four people", StringComparison.Ordinal);

        at.Should().BeGreaterThanOrEqualTo(0);
        report.Body.Substring(at, 11).Should().Be("four people");
        report.Body.Should().NotContain("<");
    }
}
