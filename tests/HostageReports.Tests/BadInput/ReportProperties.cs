using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Tests.Reports;

namespace HostageReports.Tests.BadInput;

/// <summary>
/// Property-based tests over random texts, random bytes and mutated seed reports: reading never
/// throws, every span lies inside the body, and the full <see cref="ClaimExtractor"/> never throws and
/// gives evidence that is exactly the body's text at its offsets.
/// </summary>
public class ReportProperties
{
    private static readonly ClaimExtractor Extractor = new();

    /// <summary>Pieces that break naive readers: stops, quotes, markup, mojibake, huge numbers, odd code points.</summary>
    private static readonly string[] Pieces =
    [
        "Two", "people", "were", "killed", "wounded", "hostages", "at least", "about", "police said", "the", "and", ",", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t",
        ".", ". ", "!", "?", "...", "\u2026", "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "'", "\u2019", "(", ")", "[", "]", "-", " - ", "--", "\u2014", "\u2013",
        "Mr.", "U.S.", "Wash.", "Feb.", "a.m.", "No.", "J.", "2.5", "1,300", "20", "41", "0", "-7", "999999999999999999999", "2147483648", "1e400",
        "99999999999999999999999999999999999999", "3.99999999999999999999", "\u00D7 ", "\u00A9 ", "(YouTube)", "(courtesy of X)", "Copyright ", "Follow us",
        "<p>", "</p>", "<br>", "<div>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#x2014;", "&#99999999;", "&", "<", ">",
        "---\n", "title: x\n", "published: 2013-01-16\n", "date 2013-01-16 ", "ALGIERS ", "(Reuters) ", "Lima, 10 Dec 88 (EFE) -- ",
        "\u00E2", "\u00E2\u20AC\u2122", "\u00C3\u00A9", "\u00C2", "\uFEFF", "\u0000", "\u0007", "\u0085", "\u2028", "\uD800", "\uDC00", "\uD83D\uDE22", "\uFFFD",
        "\u0627\u0644\u062C", "\u00E9", "\u0301", "EFE",
    ];

    private static readonly Gen<string> RandomText =
        Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p));

    private static readonly Gen<string> CharSoup =
        Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(cs => new string(cs));

    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>A seed with a few edits: cut, duplicate, insert a nasty piece, truncate, swap case.</summary>
    private static readonly Gen<string> MutatedSeed =
        from seed in Gen.Elements(Seeds)
        from edits in Gen.Zip(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 1_000_000)), Gen.Zip(Gen.Choose(0, 400), Gen.Elements(Pieces))).ListOf()
        select edits.Aggregate(seed, (text, e) => Mutate(text, e.Item1.Item1, e.Item1.Item2, e.Item2.Item1, e.Item2.Item2));

    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static string Mutate(string text, int op, int at, int length, string piece)
    {
        if (text.Length == 0)
        {
            return piece;
        }

        int start = at % text.Length;
        int len = Math.Min(length, text.Length - start);
        return op switch
        {
            0 => text.Remove(start, len),
            1 => text.Insert(start, text.Substring(start, len)),
            2 => text.Insert(start, piece),
            3 => text[..start],
            4 => string.Concat(text.AsSpan(0, start), text.Substring(start, len).ToUpperInvariant(), text.AsSpan(start + len)),
            _ => text.Insert(start, string.Concat(Enumerable.Repeat(piece, 1 + (length % 20)))),
        };
    }

    /// <summary>The whole library on one text: read, check the spans, extract, check the evidence.</summary>
    private static void ReadAndExtract(string text)
    {
        var result = ReportReader.Parse("prop", text);
        if (!result.Succeeded)
        {
            result.Error.ReportId.Should().Be("prop");
            result.Error.Message.Should().Contain("prop");
            return;
        }

        var report = result.Report;
        report.ShouldKeepInvariants();
        SentencesCoverEveryWord(report);
        var claims = Extractor.Extract(report);
        claims.Report.Should().BeSameAs(report);
        foreach (var claim in claims.Claims)
        {
            claim.ReportId.Should().Be(report.Id);
            var e = claim.Evidence;
            e.Start.Should().BeGreaterThanOrEqualTo(0);
            e.Length.Should().BeGreaterThan(0);
            e.End.Should().BeLessThanOrEqualTo(report.Body.Length);
            e.Text.Should().Be(report.Body.Substring(e.Start, e.Length), "evidence is the body's text at its offsets");
        }
    }

    /// <summary>Every character of a paragraph that is not white space lies in exactly one sentence.</summary>
    private static void SentencesCoverEveryWord(Report report)
    {
        int s = 0;
        foreach (var p in report.Paragraphs)
        {
            for (int i = p.Start; i < p.End; i++)
            {
                if (char.IsWhiteSpace(report.Body[i]))
                {
                    continue;
                }

                while (s < report.Sentences.Count && report.Sentences[s].End <= i)
                {
                    s++;
                }

                (s < report.Sentences.Count && report.Sentences[s].Contains(i)).Should().BeTrue($"offset {i} of a paragraph lies in a sentence");
            }
        }
    }

    [Fact]
    public void RandomText_ReadAndExtracted_NeverThrowsAndKeepsEvidenceInTheBody()
    {
        Check.One(Quick, Prop.ForAll(RandomText.ToArbitrary(), ReadAndExtract));
    }

    [Fact]
    public void CharSoup_ReadAndExtracted_NeverThrowsAndKeepsEvidenceInTheBody()
    {
        Check.One(Quick, Prop.ForAll(CharSoup.ToArbitrary(), ReadAndExtract));
    }

    [Fact]
    public void MutatedSeed_ReadAndExtracted_NeverThrowsAndKeepsEvidenceInTheBody()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(MutatedSeed.ToArbitrary(), ReadAndExtract));
    }

    [Fact]
    public void RandomBytes_Read_NeverThrow()
    {
        var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
        Check.One(Quick, Prop.ForAll(bytes.ToArbitrary(), b =>
        {
            var result = ReportReader.ReadBytes("bytes", b);
            if (result.Succeeded)
            {
                result.Report.ShouldKeepInvariants();
                Extractor.Extract(result.Report);
            }
            else
            {
                result.Error.Message.Should().Contain("bytes");
            }
        }));
    }

    [Fact]
    public void RandomText_ReadTwice_GivesTheSameReport()
    {
        Check.One(Quick, Prop.ForAll(RandomText.ToArbitrary(), text =>
        {
            var a = ReportReader.Parse("a", text);
            var b = ReportReader.Parse("a", text);
            a.Succeeded.Should().Be(b.Succeeded);
            if (a.Succeeded)
            {
                a.Report.Body.Should().Be(b.Report!.Body);
                a.Report.Sentences.Should().Equal(b.Report.Sentences);
                a.Report.Excluded.Should().Equal(b.Report.Excluded);
                a.Report.Metadata.Should().Be(b.Report.Metadata);
            }
        }));
    }

    [Fact]
    public void Properties_CanFail_WhenTheInvariantIsBroken()
    {
        // A property that must fail proves the harness reports failures instead of passing vacuously.
        var act = () => Check.One(Quick, Prop.ForAll(RandomText.ToArbitrary(), text => text.Length < 5));

        act.Should().Throw<Exception>();
    }
}
