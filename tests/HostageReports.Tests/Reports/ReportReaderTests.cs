using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

public class ReportReaderTests
{
    [Fact]
    public void Parse_FrontMatter_FillsMetadataAndStripsBlock()
    {
        var result = ReportReader.Parse("r1", "---\ntitle: A headline\npublished: 2014-02-11\nsource: q13fox.com\n---\nPUYALLUP — Two people were shot.\n");

        result.Succeeded.Should().BeTrue();
        result.Report!.Metadata.Title.Should().Be("A headline");
        result.Report.Metadata.Published.Should().Be(new DateOnly(2014, 2, 11));
        result.Report.Metadata.Outlet.Should().Be("q13fox.com");
        result.Report.Body.Should().StartWith("PUYALLUP");
    }

    [Fact]
    public void Parse_EmptyText_GivesErrorNamingTheReport()
    {
        var result = ReportReader.Parse("r2", "   \n ");

        result.Succeeded.Should().BeFalse();
        result.Error!.Kind.Should().Be(ReportErrorKind.Empty);
        result.Error.Message.Should().Contain("r2");
    }

    [Theory]
    [InlineData("six people had been wounded \u00e2 two Britons", "six people had been wounded \u2013 two Britons")]
    [InlineData("the group\u00e2\u20ac\u2122s leader", "the group\u2019s leader")]
    [InlineData("allowed to move around \u00e2\u00a6 unlike", "allowed to move around \u2026 unlike")]
    [InlineData("plain text stays", "plain text stays")]
    public void Parse_Mojibake_IsRepaired(string text, string expected)
    {
        ReportReader.Parse("r", text).Report!.Body.Should().Be(expected);
    }
}
