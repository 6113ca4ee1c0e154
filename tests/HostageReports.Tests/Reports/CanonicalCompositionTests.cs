using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

/// <summary>
/// Decomposed accents (NFD) are composed when a report is read, by the library's own table, as
/// <c>string.Normalize</c> does nothing under <c>InvariantGlobalization</c>: the body is NFC, every offset
/// points into it, and names written with combining marks are found as their composed spelling is.
/// Expected values are Python's <c>unicodedata.normalize("NFC", ...)</c> of the input.
/// </summary>
public class CanonicalCompositionTests
{
    [Theory]
    // Latin names, one mark on a letter.
    [InlineData("Jose\u0301 Garci\u0301a", "Jos\u00E9 Garc\u00EDa")]
    [InlineData("Franc\u0327ois Mu\u0308ller", "Fran\u00E7ois M\u00FCller")]
    [InlineData("S\u030Cimon Dvor\u030Ca\u0301k", "\u0160imon Dvo\u0159\u00E1k")]
    [InlineData("A\u030Aland", "\u00C5land")]
    // Greek and Cyrillic letters.
    [InlineData("\u0391\u03B8\u03B7\u0301\u03BD\u03B1", "\u0391\u03B8\u03AE\u03BD\u03B1")]
    [InlineData("\u0421\u0435\u0440\u0433\u0435\u0438\u0306 \u0435\u0308\u0436", "\u0421\u0435\u0440\u0433\u0435\u0439 \u0451\u0436")]
    // Several marks on one letter, composed in canonical order.
    [InlineData("Nguye\u0302\u0303n", "Nguy\u1EC5n")]
    [InlineData("e\u0323\u0302", "\u1EC7")]
    [InlineData("e\u0302\u0323", "\u1EC7")]
    [InlineData("\u03C9\u0313\u0301\u0345", "\u1FA4")]
    // A precomposed letter with one more mark: decomposed, reordered, composed again.
    [InlineData("\u00E9\u0323", "\u1EB9\u0301")]
    [InlineData("e\u0301\u0323", "\u1EB9\u0301")]
    // Two marks of one class keep their order; only the first composes.
    [InlineData("e\u0303\u0302", "\u1EBD\u0302")]
    // Marks NFC replaces: a duplicate acute, the Greek dialytika tonos.
    [InlineData("a\u0341", "\u00E1")]
    [InlineData("\u0344", "\u0308\u0301")]
    // A mark with no precomposed form stays, after what it could compose with.
    [InlineData("x\u0301", "x\u0301")]
    [InlineData("q\u0307 and e\u0301", "q\u0307 and \u00E9")]
    [InlineData("A\u030A\u0323", "\u1EA0\u030A")]
    // A lone mark, a mark after a space, a mark kept apart by the grapheme joiner.
    [InlineData("\u0301abc", "\u0301abc")]
    [InlineData("a \u0301b", "a \u0301b")]
    [InlineData("e\u034F\u0301", "e\u034F\u0301")]
    public void Compose_Text_IsItsCanonicalComposition(string text, string expected) =>
        CanonicalComposition.Compose(text).Should().Be(expected);

    [Theory]
    [InlineData("Police said two men were killed on Main Street.")]
    [InlineData("Na\u00EFve caf\u00E9 owner Jos\u00E9 Garc\u00EDa, \u201Cquoted\u201D \u2014 already composed.")]
    [InlineData("x\u0301 has no composed form")]
    [InlineData("")]
    public void Compose_TextThatNeedsNoChange_IsTheSameInstance(string text) =>
        CanonicalComposition.Compose(text).Should().BeSameAs(text);

    [Fact]
    public void Compose_LongRunOfMarksOutOfOrder_SortedStably()
    {
        // Below (220) and above (230) marks alternating: the below marks come first, each class in its order.
        string marks = string.Concat(Enumerable.Repeat("\u0301\u0323\u0300\u0324", 500));
        string composed = CanonicalComposition.Compose("a" + marks);

        composed[0].Should().Be('\u1EA1', "a with the first mark below");
        composed.Length.Should().Be(marks.Length);
        composed[1..1000].Should().Be(string.Concat(Enumerable.Repeat("\u0323\u0324", 500))[1..]);
        composed[1000..].Should().Be(string.Concat(Enumerable.Repeat("\u0301\u0300", 500)));
    }

    [Fact]
    public void Normalize_UnderInvariantGlobalization_DoesNothing()
    {
        // Why the library has a table of its own: the runtime cannot compose here.
        "e\u0301".Normalize().Should().Be("e\u0301");
        CanonicalComposition.Compose("e\u0301").Should().Be("\u00E9");
    }

    [Fact]
    public void Parse_DecomposedReport_BodyIsComposedAndOffsetsPointIntoIt()
    {
        string nfd = "Gunman Rene\u0301 Lefe\u0300vre opened fire in Montre\u0301al.\n\nTwo people were killed, police said.";
        var report = ReportReader.Parse("t", nfd).Report!;

        report.Body.Should().StartWith("Gunman Ren\u00E9 Lef\u00E8vre opened fire in Montr\u00E9al.");
        report.Body.Should().NotContain("\u0301");
        report.Sentences.Should().HaveCount(2);
        report.TextOf(report.Sentences[1]).Should().Be("Two people were killed, police said.");
    }

    [Fact]
    public void Extract_DecomposedNameOfTheGunman_FindsThePerpetrator()
    {
        const string Nfc = "Jos\u00E9 Garc\u00EDa was arrested as the gunman after two people were killed.";
        string nfd = "Jose\u0301 Garci\u0301a was arrested as the gunman after two people were killed.";
        var extractor = new ClaimExtractor();

        var report = ReportReader.Parse("t", nfd).Report!;
        var claims = extractor.Extract(report).Claims;

        var perpetrator = claims.OfType<PerpetratorClaim>().Should().ContainSingle().Subject;
        perpetrator.Name.Should().Be("Jos\u00E9 Garc\u00EDa");
        report.Body.Should().Be(Nfc);
        foreach (var claim in claims)
        {
            report.Body.Substring(claim.Evidence.Start, claim.Evidence.Length).Should().Be(claim.Evidence.Text);
        }

        var composed = extractor.Extract(ReportReader.Parse("t", Nfc).Report!).Claims;
        claims.Select(c => (c.GetType(), c.Evidence)).Should().Equal(composed.Select(c => (c.GetType(), c.Evidence)));
    }
}
