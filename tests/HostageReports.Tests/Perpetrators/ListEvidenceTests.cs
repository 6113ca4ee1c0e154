using System.Text;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// The evidence of each person named in a list ("the suspects A, B and C were arrested") is that person's own words:
/// the name, and the cue only when it stands by the name, never the list from its cue to its verb, so the evidence of
/// a list of n people is about n names long in all, not n².
/// </summary>
public class ListEvidenceTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static readonly string[] People = ["Ivo Brandt", "Lena Korsak", "Omar Feld", "Rhea Sollum"];

    private static (Report Report, List<PerpetratorClaim> Persons) Persons(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var persons = Extractor.Extract(report).Claims.OfType<PerpetratorClaim>().Where(static c => c.Kind == PerpetratorKind.Person).ToList();
        return (report, persons);
    }

    [Theory]
    [InlineData("Police said the suspects Ivo Brandt, Lena Korsak, Omar Feld and Rhea Sollum were arrested on Friday.")]
    [InlineData("Ivo Brandt, Lena Korsak, Omar Feld and Rhea Sollum were charged with murder.")]
    [InlineData("Deputies arrested Ivo Brandt, Lena Korsak, Omar Feld and Rhea Sollum after the shooting.")]
    [InlineData("The gunmen, Ivo Brandt, Lena Korsak, Omar Feld and Rhea Sollum, fled in a van.")]
    public void PersonsInAList_Evidence_IsEachPersonsOwnWords(string text)
    {
        var (report, persons) = Persons(text);

        persons.Select(static c => c.Name).Should().BeEquivalentTo(People);
        foreach (var c in persons)
        {
            c.Evidence.Text.Should().Be(report.Body.Substring(c.Evidence.Start, c.Evidence.Length));
            c.Evidence.Text.Should().Contain(c.Name);
            People.Where(p => p != c.Name).Should().NotContain(p => c.Evidence.Text.Contains(p, StringComparison.Ordinal), $"{c.Name}'s evidence is its own words");
            c.Evidence.Length.Should().BeLessThan(c.Name.Length + 30);
        }
    }

    [Fact]
    public void PersonsInAList_CueByTheFirstOrTheLastName_StaysInItsEvidence()
    {
        var (_, persons) = Persons("Police said the suspects Ivo Brandt, Lena Korsak and Omar Feld were arrested on Friday.");

        persons.Single(static c => c.Name == "Ivo Brandt").Evidence.Text.Should().Be("suspects Ivo Brandt");
        persons.Single(static c => c.Name == "Lena Korsak").Evidence.Text.Should().Be("Lena Korsak");
        persons.Single(static c => c.Name == "Omar Feld").Evidence.Text.Should().Be("Omar Feld were arrested");
        persons.Should().OnlyContain(static c => c.Role == "suspect");
    }

    [Fact]
    public void PersonAlone_CueBesideTheName_IsInItsEvidence()
    {
        var (_, persons) = Persons("Ivo Brandt, 24, was arrested on Friday.");

        persons.Should().ContainSingle().Which.Evidence.Text.Should().Be("Ivo Brandt, 24, was arrested");
    }

    [Fact]
    public void PersonsInALongList_Evidence_StaysShortForEveryone()
    {
        var text = new StringBuilder("Police said the suspects ");
        var names = new List<string>();
        for (int k = 0; k < 400; k++)
        {
            string name = "Ivo " + Performance.Shapes.NameShapes.Word(k);
            names.Add(name);
            text.Append(k == 0 ? "" : k == 399 ? " and " : ", ").Append(name);
        }

        var (report, persons) = Persons(text.Append(" were arrested.").ToString());

        persons.Select(static c => c.Name).Should().BeEquivalentTo(names);
        persons.Should().OnlyContain(c => c.Evidence.Text == report.Body.Substring(c.Evidence.Start, c.Evidence.Length));
        persons.Sum(static c => c.Evidence.Length).Should().BeLessThan(40 * 400);
    }
}
