using FluentAssertions;
using HostageReports.Reports;
using static HostageReports.Tests.Reports.ReportTestKit;

namespace HostageReports.Tests.Reports;

public class FrontMatterTests
{
    [Fact]
    public void Parse_FrontMatter_FillsMetadataAndStripsBlock()
    {
        var report = Read("---\ntitle: A headline\npublished: 2014-02-11\nsource: example.com\nurl: http://example.com/a\nauthor: ignored\n---\nSPRINGFIELD \u2014 Two people were hurt.\n");

        report.Metadata.Should().Be(new ReportMetadata("A headline", new DateOnly(2014, 2, 11), "example.com", "http://example.com/a", "SPRINGFIELD"));
        report.Body.Should().StartWith("SPRINGFIELD");
    }

    [Theory]
    [InlineData("published: 2014-02-11T08:30:00Z", 2014, 2, 11)]
    [InlineData("published: 2014-02-11 08:30", 2014, 2, 11)]
    [InlineData("date: \"2015-03-18\"", 2015, 3, 18)]
    [InlineData("Published: 2015-03-18", 2015, 3, 18)]
    public void FrontMatter_DateForms_AreRead(string line, int y, int m, int d)
    {
        Read($"---\n{line}\n---\nTwo were hurt.").Metadata.Published.Should().Be(new DateOnly(y, m, d));
    }

    [Fact]
    public void FrontMatter_NeverClosed_KeepsTheKeysAndStartsTheBodyAtTheProse()
    {
        var result = ReportReader.Parse("r", "---\ntitle: Gunman kills two\npublished: 2015-03-18\nMESA, Ariz. \u2014 A gunman killed two people.\n");

        result.Succeeded.Should().BeTrue();
        result.Report!.Metadata.Title.Should().Be("Gunman kills two");
        result.Report.Metadata.Published.Should().Be(new DateOnly(2015, 3, 18));
        result.Report.Body.Should().StartWith("MESA, Ariz.");
        result.Warnings.Should().ContainSingle(w => w.Contains("never closes", StringComparison.Ordinal));
    }

    [Fact]
    public void FrontMatter_SeparatorLineWithoutKeys_IsBodyText()
    {
        var result = ReportReader.Parse("r", "---\nTwo people were hurt, police said.\n");

        result.Report!.Body.Should().StartWith("---");
        result.Report.Metadata.Should().Be(ReportMetadata.Empty);
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void FrontMatter_WithNoBody_IsAnEmptyReport()
    {
        var result = ReportReader.Parse("r", "---\ntitle: Nothing\n---\n\n  \n");

        result.Error!.Kind.Should().Be(ReportErrorKind.Empty);
        result.Error.Message.Should().Contain("r");
    }

    [Fact]
    public void FrontMatter_CrLfLines_AreRead()
    {
        var report = Read("---\r\ntitle: A headline\r\n---\r\nTwo were hurt.\r\nOne died.\r\n");

        report.Metadata.Title.Should().Be("A headline");
        report.Body.Should().Be("Two were hurt.\nOne died.\n");
    }
}
