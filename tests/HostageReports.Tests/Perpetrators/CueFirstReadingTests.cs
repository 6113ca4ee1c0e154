using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// The perpetrator rule reads names only where they may matter: sentences holding a perpetrator cue (<see cref="CueAnchors"/>),
/// sentences repeating a perpetrator's surname, and for groups found by how the text talks of them, sentences holding a
/// trigger word (<see cref="GroupFinder.Words"/>). These tests pin the answers that reading must keep.
/// </summary>
public class CueFirstReadingTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<PerpetratorClaim> Perpetrators(string text) =>
        Extractor.Extract(ReportReader.Parse("t", text).Report!).Claims.OfType<PerpetratorClaim>().ToList();

    private static TokenView View(string text) => new(new ExtractionContext(ReportReader.Parse("t", text).Report!));

    [Theory]
    [InlineData("Orrin Vale was arrested Monday.", true)]
    [InlineData("Police said the suspect, Orrin Vale, fled.", true)]
    [InlineData("Orrin Vale opened fire on the crowd.", true)]
    [InlineData("Orrin Vale, a militant, spoke.", true)]
    [InlineData("Orrin Vale said the weather was fine.", false)]
    [InlineData("The victim, Orrin Vale, died at the hospital.", false)]
    [InlineData("Sheriff Orrin Vale told reporters about the case.", false)]
    public void Holds_Sentence_TrueOnlyForAPerpetratorCue(string text, bool expected)
    {
        var v = View(text);

        CueAnchors.Holds(v, 0, v.Count).Should().Be(expected);
    }

    [Fact]
    public void Holds_CueCutByTheRange_IsFalse()
    {
        var v = View("Orrin Vale was arrested Monday.");

        // "was arrested" is tokens 2 and 3: a range that ends before "arrested" holds no cue.
        CueAnchors.Holds(v, 0, 3).Should().BeFalse();
    }

    [Fact]
    public void Person_FullNameOnlyInASentenceWithoutCue_NamesThePerpetrator()
    {
        var text = "Orrin Wade Vale, 35, works at a garage in town. Vale was arrested Monday after the shooting.";

        Perpetrators(text).Should().ContainSingle(c => c.Kind == PerpetratorKind.Person).Which.Name.Should().Be("Orrin Wade Vale");
    }

    [Fact]
    public void Person_VictimCuesInOtherSentences_OutweighOneSuspectCue()
    {
        // One suspect cue against two victim cues of the same person, each in a sentence of its own.
        var text = "Orrin Vale was arrested. The victim, Orrin Vale, was hurt. Police identified the victim as Orrin Vale.";

        Perpetrators(text).Where(static c => c.Kind == PerpetratorKind.Person).Should().BeEmpty();
    }

    [Fact]
    public void Person_AliasInASentenceWithoutCue_IsKept()
    {
        var text = "Orrin Vale was charged with murder. Orrin Wade Vale grew up in the valley.";

        var claim = Perpetrators(text).Should().ContainSingle(c => c.Kind == PerpetratorKind.Person).Which;
        claim.Name.Should().Be("Orrin Wade Vale");
        claim.Aliases.Should().Equal("Orrin Vale");
    }

    [Theory]
    [InlineData("brigade")]
    [InlineData("BRIGADE")]
    [InlineData("Jabhat")]
    [InlineData("known")]
    [InlineData("organisation")]
    public void GroupTriggers_TriggerWordInAnyCase_MarkTheSentence(string word)
    {
        var report = HostageReports.Reports.ReportReader.Parse("t", "The report begins here. They spoke of the " + word + " today.").Report!;
        using var context = new HostageReports.Extraction.ExtractionContext(report);

        var triggered = HostageReports.Extraction.TriggerIndex.Read(context, GroupFinder.Words).For(GroupFinder.Words);

        triggered.Hold(0).Should().BeFalse();
        triggered.Hold(1).Should().BeTrue();
    }

    [Fact]
    public void ShapeFilter_WordsOfTheList_PassInAnyCaseAndOthersOfTheirLengthMostlyNot()
    {
        var filter = new ShapeFilter(["gunman"]);

        filter.MayContain(6, 'G', 'N').Should().BeTrue();
        filter.MayContain(6, 'g', 'n').Should().BeTrue();
        filter.MayContain(7, 'g', 'n').Should().BeFalse();
        filter.MayContain(6, 'x', 'n').Should().BeFalse();
        filter.MayContain(6, '\u0131', 'n').Should().BeTrue("a word with an end beyond ASCII might equal a word ignoring case");
    }

    [Fact]
    public void Group_NamedInASentenceWithHeadWord_IsFound()
    {
        var text = "The attack was claimed by the Red Dune Brigade, militants said.";

        Perpetrators(text).Where(static c => c.Kind == PerpetratorKind.Group).Select(static c => c.Name).Should().Contain("Red Dune Brigade");
    }
}
