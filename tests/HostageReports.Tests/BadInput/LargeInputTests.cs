using System.Text;
using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Tests.Reports;

namespace HostageReports.Tests.BadInput;

/// <summary>
/// Big inputs, made at run time rather than committed: a 100 MB file (refused by the size limit
/// without being read) and 10 MB single lines (read in linear time: a quadratic step would not finish).
/// </summary>
public sealed class LargeInputTests : IDisposable
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("hr-large-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void ReadFile_HundredMegabytes_IsTooLargeAndNamesFileSizeAndLimit()
    {
        string path = Path.Combine(_folder, "huge.txt");
        using (var f = new FileStream(path, FileMode.Create))
        {
            f.SetLength(100L * 1024 * 1024);
        }

        var result = ReportReader.ReadFile(path);

        result.Error!.Kind.Should().Be(ReportErrorKind.TooLarge);
        result.Error.Message.Should().Contain(path).And.Contain("104,857,600").And.Contain("16,777,216");
    }

    [Fact]
    public void ReadFolder_WithAHundredMegabyteFile_ReadsTheOthers()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Two were hurt.");
        using (var f = new FileStream(Path.Combine(_folder, "b.txt"), FileMode.Create))
        {
            f.SetLength(100L * 1024 * 1024);
        }

        File.WriteAllText(Path.Combine(_folder, "c.txt"), "One died.");

        var results = ReportReader.ReadFolder(_folder);

        results.Select(r => r.Error?.Kind).Should().Equal(null, ReportErrorKind.TooLarge, null);
    }

    [Fact]
    public void ReadFile_TenMegabyteLineOfProse_IsSplitIntoEverySentenceAndExtracted()
    {
        const string Unit = "Mr. Smith said 2.5 people were shot at 1 p.m. Sunday in Tacoma, Wash., by a U.S. man. \"They ran,\" he said. ";
        int count = TenMegabytes / Unit.Length;
        string path = Path.Combine(_folder, "line.txt");
        File.WriteAllText(path, new StringBuilder(Unit.Length * count).Insert(0, Unit, count).ToString());

        var result = ReportReader.ReadFile(path);

        result.Succeeded.Should().BeTrue();
        var report = result.Report!;
        report.Paragraphs.Should().ContainSingle();
        report.Sentences.Should().HaveCount(2 * count);
        report.TextOf(report.Sentences[^1]).Should().Be("\"They ran,\" he said.");
        report.Quotes.Should().HaveCount(count);
        new ClaimExtractor().Extract(report).Claims.Where(c => c.Evidence.End > report.Body.Length).Should().BeEmpty();
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "stops", "." },
        { "stops and spaces", ". " },
        { "initials", "a." },
        { "long word then stop", "abcdefghijklmnopqrstuvwxyz" },
        { "quotes", "\"" },
        { "curly openers", "\u201C" },
        { "brackets without close", "<a" },
        { "tags", "<p>x</p>" },
        { "entities", "&amp;" },
        { "mojibake", "\u00E2\u20AC" },
        { "spaces", " " },
        { "parentheses", "(" },
        { "dashes", " - " },
    };

    /// <summary>4 MB of one pattern: a quadratic step would take hours on it, a linear one well under a second.</summary>
    [Theory]
    [MemberData(nameof(Pathological))]
    public void Parse_LongLineOfOnePattern_FinishesWithSpansInTheBody(string name, string unit)
    {
        const int Size = 4 * 1024 * 1024;

        // The prefix makes every text a report; markup is recognised for the tag patterns.
        string text = new StringBuilder("<p>Start.</p> <div>", Size + 32).Insert(19, unit, Size / unit.Length).Append(" end.").ToString();

        var result = ReportReader.Parse(name, text);

        result.Succeeded.Should().BeTrue(result.Error?.Message);
        var report = result.Report!;
        report.Sentences.Should().NotBeEmpty();
        report.Sentences[^1].End.Should().BeLessThanOrEqualTo(report.Body.Length);
        report.Excluded.Where(s => s.End > report.Body.Length).Should().BeEmpty();
        report.Quotes.Where(q => q.Span.End > report.Body.Length).Should().BeEmpty();
    }

    [Fact]
    public void Parse_TenMegabyteLineOfLongWordsEndingInStops_CheckedInBoundedLookBack()
    {
        string text = string.Concat(Enumerable.Repeat(new string('x', 5000) + ". Y", TenMegabytes / 5003));

        var report = ReportReader.Parse("long", text).Report!;

        report.Sentences.Should().HaveCount((TenMegabytes / 5003) + 1, "each unit ends one sentence and the last 'Y' is one more");
        report.ShouldKeepInvariants();
    }
}
