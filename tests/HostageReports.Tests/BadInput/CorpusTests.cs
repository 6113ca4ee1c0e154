using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Tests.Reports;

namespace HostageReports.Tests.BadInput;

/// <summary>The corpus of nasty inputs in BadInput/Corpus, read on every run.</summary>
public class CorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "BadInput", "Corpus");

    private static string PathOf(string name) => Path.Combine(Corpus, name);

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (string f in ReportReader.ListReports(Corpus, out _))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Corpus_EveryFile_IsReadOrRefusedWithoutThrowingAndExtractsSafely(string name)
    {
        var result = ReportReader.ReadFile(PathOf(name));

        if (!result.Succeeded)
        {
            result.Error.Message.Should().Contain(name);
            result.Error.Path.Should().Be(PathOf(name));
            return;
        }

        result.Report.ShouldKeepInvariants();
        var claims = new ClaimExtractor().Extract(result.Report);
        foreach (var claim in claims.Claims)
        {
            claim.Evidence.Text.Should().Be(result.Report.Body.Substring(claim.Evidence.Start, claim.Evidence.Length));
        }
    }

    [Theory]
    [InlineData("empty.txt", ReportErrorKind.Empty)]
    [InlineData("whitespace-only.txt", ReportErrorKind.Empty)]
    [InlineData("front-matter-only.txt", ReportErrorKind.Empty)]
    [InlineData("binary.txt", ReportErrorKind.Binary)]
    [InlineData("binary-png-header.txt", ReportErrorKind.Binary)]
    public void Corpus_UnreadableContent_IsAnErrorOfItsKind(string name, ReportErrorKind kind)
    {
        var result = ReportReader.ReadFile(PathOf(name));

        result.Succeeded.Should().BeFalse();
        result.Error!.Kind.Should().Be(kind);
        result.Error.ReportId.Should().Be(Path.GetFileNameWithoutExtension(name));
    }

    [Theory]
    [InlineData("utf8-bom.txt", "GOTHAM, Ore. \u2014 Three people were killed", null)]
    [InlineData("utf16-le-bom.txt", "GOTHAM, Ore. \u2014 Three people were killed", "UTF-16")]
    [InlineData("utf16-be-bom.txt", "GOTHAM, Ore. \u2014 Three people were killed", "UTF-16")]
    [InlineData("utf16-le-no-bom.txt", "GOTHAM, Ore. \u2014 Three people were killed", "UTF-16")]
    [InlineData("latin1.txt", "SAN JOS\u00C9, Costa Rica - Police in San Jos\u00E9 said", "Windows-1252")]
    [InlineData("windows1252-quotes.txt", "Police said \u201Cfour people\u201D were wounded \u2013 two", "Windows-1252")]
    [InlineData("mojibake.txt", "The gunman\u2019s car \u2014 a red sedan \u2014 was found. Police said \u201Cno one else\u201D was hurt in S\u00E3o Paulo.", "mojibake")]
    [InlineData("invalid-utf8.txt", "Witnesses said the \u201Cshooter\u201D ran.", "Windows-1252")]
    [InlineData("page.html", "SPRINGFIELD, Ill. \u2014 Two men were shot at a park on Friday night, and one of them died, police said.", "HTML")]
    [InlineData("html-fragment.txt", "Police said four people were hurt.\n\nThe suspect fled.\nNo arrests were made.", "HTML")]
    [InlineData("unclosed-front-matter.txt", "MESA, Ariz. \u2014 A gunman killed two people", "never closes")]
    [InlineData("front-matter-garbage.txt", "Two people were hurt, police said.", null)]
    [InlineData("dashes-only-first-line.txt", "---\nTwo people were hurt", null)]
    [InlineData("crlf-and-cr.txt", "Two people were hurt.\nThree were killed.\nPolice said one was arrested.\n", null)]
    [InlineData("control-chars.txt", "Two people  were hurt.\n Three were  killed. \n", null)]
    [InlineData("nested-markup-like.txt", "Police said 3 < 5 and 7 > 2, then <unknown people were hurt. <<<< >>>> <a <b <c", null)]
    [InlineData("emoji-and-rtl.txt", "Two people \uD83D\uDE22 were hurt in \u0627\u0644\u062C", null)]
    public void Corpus_RepairableFile_IsReadAndSaysWhatWasRepaired(string name, string bodyHas, string? warning)
    {
        var result = ReportReader.ReadFile(PathOf(name));

        result.Succeeded.Should().BeTrue(result.Error?.Message);
        result.Report!.Body.Should().Contain(bodyHas);
        if (warning is null)
        {
            result.Warnings.Should().BeEmpty();
        }
        else
        {
            result.Warnings.Should().Contain(w => w.Contains(warning, StringComparison.OrdinalIgnoreCase) && w.Contains(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Corpus_HtmlPage_DropsScriptsCommentsAndFurnitureAndReadsTheTitle()
    {
        var report = ReportReader.ReadFile(PathOf("page.html")).Report!;

        report.Metadata.Title.Should().Be("Two shot at park & one dead");
        report.Metadata.Dateline.Should().Be("SPRINGFIELD, Ill.");
        report.Body.Should().NotContainAny("<", "Five people", "Ten people", "Home", "color", "Copyright", "&amp;", "&quot;")
            .And.Contain("\u201CIt was terrible,\u201D a neighbor said.").And.Contain("\"stable\"");
    }

    [Fact]
    public void Corpus_UnbalancedQuotes_GiveOpenQuotesInsideTheirParagraphs()
    {
        var report = ReportReader.ReadFile(PathOf("unbalanced-quotes.txt")).Report!;

        report.Quotes.Should().Contain(q => !q.Closed);
        report.Quotes.Where(q => q.Closed).Select(q => report.TextOf(q.Content)).Should().Contain("three");
        report.ShouldKeepInvariants();
    }

    [Fact]
    public void Corpus_UnclosedFrontMatter_KeepsItsKeys()
    {
        var report = ReportReader.ReadFile(PathOf("unclosed-front-matter.txt")).Report!;

        report.Metadata.Title.Should().Be("Gunman kills two");
        report.Metadata.Published.Should().Be(new DateOnly(2015, 3, 18));
        report.Metadata.Outlet.Should().Be("example.com");
        report.Metadata.Dateline.Should().Be("MESA, Ariz.");
    }

    [Fact]
    public void Corpus_HugeNumbers_ExtractWithoutThrowing()
    {
        var report = ReportReader.ReadFile(PathOf("huge-numbers.txt")).Report!;

        var act = () => new ClaimExtractor().Extract(report);

        act.Should().NotThrow();
        report.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Corpus_Abbreviations_SplitOnlyAtRealEnds()
    {
        var report = ReportReader.ReadFile(PathOf("abbreviations.txt")).Report!;

        report.Sentences.Select(report.TextOf).Should().Equal(
            "Mr. J. R. Smith of Tacoma, Wash., said the U.S. Army sent 2.5 tons of aid at 5 p.m. Feb. 6.",
            "No. 4 was hit.",
            "The end.");
    }

    [Fact]
    public void Corpus_Folder_ReadsReportsAndSkipsOtherFiles()
    {
        var results = ReportReader.ReadFolder(Corpus);
        var names = Directory.GetFiles(Corpus).Select(Path.GetFileName).ToList();

        names.Should().Contain(["README.md", "notes.json"]);
        results.Should().HaveCount(names.Count - 2);
        results.Select(r => r.Succeeded ? r.Report!.Id : r.Error!.ReportId).Should().NotContain(["README", "notes"]);
        results.Count(r => !r.Succeeded).Should().Be(5);
    }
}
