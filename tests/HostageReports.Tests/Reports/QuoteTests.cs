using FluentAssertions;
using static HostageReports.Tests.Reports.ReportTestKit;

namespace HostageReports.Tests.Reports;

public class QuoteTests
{
    [Theory]
    [InlineData("He said \"we will fight\" and left.", "we will fight")]
    [InlineData("He said \u201Cwe will fight\u201D and left.", "we will fight")]
    [InlineData("He said \u00ABwe will fight\u00BB and left.", "we will fight")]
    [InlineData("\u201CIt was terrible,\u201D a neighbor said of the \u201Cchaos.\u201D", "It was terrible,|chaos.")]
    [InlineData("The \"Masked\" group and the \"Blood\" cell.", "Masked|Blood")]
    [InlineData("Dublin is \"ready to use all the resources.\"", "ready to use all the resources.")]
    [InlineData("the boys' father and O'Brien's car", "")]
    [InlineData("He said \u2018we won\u2019t stop\u2019 and left.", "we won\u2019t stop")]
    [InlineData("The minister\u2019s aide said the \u201Cso-called \u2018brigade\u2019 is small\u201D today.", "so-called \u2018brigade\u2019 is small")]
    [InlineData("Back in the \u201890s, the group\u2019s men met.", "")]
    [InlineData("Back in the \u201890s, a man said \u201Cwe were many\u201D then.", "we were many")]
    [InlineData("He said \u201Awe will\u201B fight \u201Cnow\u201D today.", "now")]
    [InlineData("A \u00ABfirst\u00BB and \u201Csecond\u201D and \"third\" and \u201Efourth\u201D.", "first|second|third|fourth")]
    public void Quotes_Paragraph_AreFound(string text, string expected)
    {
        var report = Read(text);

        report.Quotes.Select(q => report.TextOf(q.Content)).Should().Equal(expected.Length == 0 ? [] : expected.Split('|'));
        report.Quotes.Where(q => !q.Closed).Should().BeEmpty();
        report.ShouldKeepInvariants();
    }

    [Fact]
    public void Quotes_Unbalanced_RunToTheParagraphEndAndAreMarkedOpen()
    {
        var report = Read("A spokesman said \"at least 20 hostages were taken.\n\nPolice said \u201D two were killed and \"three\" were hurt.");

        report.Quotes.Select(q => (report.TextOf(q.Content), q.Closed)).Should().Equal(
            ("at least 20 hostages were taken.", false),
            ("three", true));
    }

    [Fact]
    public void Quotes_SecondOpeningMark_ClosesNothingAndStartsAgain()
    {
        var report = Read("He added: \u201Cthe gunmen \u201Cfired on the bus\u201D today.");

        report.Quotes.Select(q => report.TextOf(q.Content)).Should().Equal("fired on the bus");
    }

    [Fact]
    public void QuoteAt_OffsetInsideAndOutside_IsTold()
    {
        var report = Read("He said \"we will fight\" and left.");
        int inside = report.Body.IndexOf("will", StringComparison.Ordinal);

        report.QuoteAt(inside).Should().NotBeNull();
        report.TextOf(report.QuoteAt(inside)!.Value.Span).Should().Be("\"we will fight\"");
        report.QuoteAt(0).Should().BeNull();
        report.QuoteAt(report.Body.Length - 1).Should().BeNull();
    }
}
