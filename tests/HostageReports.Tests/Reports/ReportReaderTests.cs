using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

public class ReportReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("\t\r\n\u00A0")]
    public void Parse_EmptyText_GivesErrorNamingTheReport(string text)
    {
        var result = ReportReader.Parse("r2", text);

        result.Succeeded.Should().BeFalse();
        result.Report.Should().BeNull();
        result.Error!.Kind.Should().Be(ReportErrorKind.Empty);
        result.Error.ReportId.Should().Be("r2");
        result.Error.Message.Should().Contain("r2");
    }

    [Fact]
    public void Parse_TextOverTheLimit_IsTooLargeAndSaysTheLimit()
    {
        var options = new ReportReaderOptions { MaxBytes = 100 };

        var result = ReportReader.Parse("big", new string('a', 101), null, options);

        result.Error!.Kind.Should().Be(ReportErrorKind.TooLarge);
        result.Error.Message.Should().Contain("big").And.Contain("100").And.Contain("MaxBytes");
        ReportReader.Parse("ok", new string('a', 100), null, options).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_NonPositiveLimit_Throws(long limit)
    {
        var act = () => new ReportReaderOptions { MaxBytes = limit };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_Default_IsSixteenMebibytes()
    {
        ReportReaderOptions.Default.MaxBytes.Should().Be(16L * 1024 * 1024);
    }

    [Fact]
    public void Misuse_NullOrBlankArguments_ThrowArgumentExceptions()
    {
        var acts = new Action[]
        {
            () => ReportReader.Parse(null!, "text"),
            () => ReportReader.Parse(" ", "text"),
            () => ReportReader.Parse("id", null!),
            () => ReportReader.ReadFile(null!),
            () => ReportReader.ReadFile(""),
            () => ReportReader.ReadFiles(null!),
            () => ReportReader.ReadFolder(null!),
            () => ReportReader.ReadFolder("  "),
            () => ReportReader.ReadBytes(null!, []),
            () => ReportReader.ReadFilesAsync(null!),
            () => ReportReader.ReadFolderAsync(null!),
            () => ReportReader.ListReports(null!, out _),
            () => ReportReadResult.Success(null!),
            () => ReportReadResult.Failure(null!),
        };

        foreach (var act in acts)
        {
            act.Should().Throw<ArgumentException>();
        }
    }

    [Fact]
    public async Task Misuse_NullPathAsync_ThrowsArgumentException()
    {
        var act = () => ReportReader.ReadFileAsync(null!);

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public void Parse_Report_ExposesBodyParagraphsAndSentences()
    {
        var result = ReportReader.Parse("r", "Two were hurt. One died.\n\nPolice came.");

        result.Succeeded.Should().BeTrue();
        result.Error.Should().BeNull();
        var report = result.Report!;
        report.Id.Should().Be("r");
        report.Paragraphs.Select(report.TextOf).Should().Equal("Two were hurt. One died.", "Police came.");
        report.Sentences.Select(report.TextOf).Should().Equal("Two were hurt.", "One died.", "Police came.");
        report.ToString().Should().Contain("r");
    }

    public static TheoryData<string, TextSpan[], TextSpan[], TextSpan[]> BadSpans => new()
    {
        { "paragraph past the end", [new TextSpan(0, 6)], [], [] },
        { "negative sentence", [], [new TextSpan(-1, 2)], [] },
        { "excluded out of order", [], [], [new TextSpan(3, 1), new TextSpan(0, 1)] },
        { "excluded overlapping", [], [], [new TextSpan(0, 3), new TextSpan(2, 1)] },
    };

    [Theory]
    [MemberData(nameof(BadSpans))]
    public void Report_SpansOutsideTheBodyOrOutOfOrder_ThrowArgumentException(string name, TextSpan[] paragraphs, TextSpan[] sentences, TextSpan[] excluded)
    {
        var act = () => new Report(name, "Hello", ReportMetadata.Empty, paragraphs, sentences, excluded);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Report_QuotesOutOfOrderOrDatelinePastTheEnd_ThrowArgumentException()
    {
        TextSpan[] none = [];
        var quotes = () => new Report("r", "Hello", ReportMetadata.Empty, none, none, none,
            [new Quote(new TextSpan(3, 2), new TextSpan(4, 1), true), new Quote(new TextSpan(0, 2), new TextSpan(1, 1), true)], null);
        var dateline = () => new Report("r", "Hello", ReportMetadata.Empty, none, none, none, [], new TextSpan(2, 9));

        quotes.Should().Throw<ArgumentException>();
        dateline.Should().Throw<ArgumentException>();
    }
}
