using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// A run of capitalised words is walked once and answered for each of its later words from that walk (the group
/// finder's runs, the location rule's place runs and street names): what a later word of a long run starts is
/// found as if the run were read from it.
/// </summary>
public class LongRunTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<Claim> Claims(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var claims = Extractor.Extract(report).Claims.ToList();
        foreach (var c in claims)
        {
            c.Evidence.Text.Should().Be(report.Body.Substring(c.Evidence.Start, c.Evidence.Length));
        }

        return claims;
    }

    /// <summary>n made-up capitalised words, from word number first, joined by spaces.</summary>
    private static string Words(int n, int first = 0) => string.Join(' ', Enumerable.Range(first, n).Select(NameShapes.Word));

    private static List<string> Groups(string text) =>
        Claims(text).OfType<PerpetratorClaim>().Where(static c => c.Kind == PerpetratorKind.Group).Select(static c => c.Name).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void Group_AfterANationalityInItsRun_StartsPastIt(int words)
    {
        // "Algerian" keeps the run read from it from being a group's name; the run read from the next word is one.
        Groups("Fighters of the Algerian " + Words(words) + " Brigade attacked the base.").Should().Equal(Words(words) + " Brigade");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void Group_AfterAWordNeverInANameInItsRun_StartsPastIt(int words)
    {
        // From any word before "Police" the run holds it; from the word after, the run is a group's name.
        Groups("Witnesses blamed the " + Words(words) + " Police " + Words(2, words) + " Brigade for the attack.")
            .Should().Equal(Words(2, words) + " Brigade");
    }

    [Fact]
    public void Group_LongRunWithoutAHeadWord_IsNoGroup()
    {
        Groups("Members of the group met " + Words(500) + " on Tuesday.").Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void Place_RunBeforeACountyWord_IsTheCounty(int words)
    {
        var places = Claims("Shots were fired in " + Words(words) + " County on Friday.").OfType<LocationClaim>().ToList();

        places.Should().ContainSingle().Which.Should().Match<LocationClaim>(c => c.Name == Words(words) + " County" && c.Kind == LocationKind.County);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(300)]
    public void Place_RunEndingInAStreetWord_IsNoTown(int words)
    {
        // No word of the run starts a town: each later word's run reaches the street word too.
        Claims("Witnesses said " + Words(words) + " Street was closed.").OfType<LocationClaim>().Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void Place_StreetAfterOnInATitleCaseRun_IsTheSite(int words)
    {
        var places = Claims("Police Found The Gunman On " + Words(words) + " Street Near The Park\n").OfType<LocationClaim>().ToList();

        places.Should().ContainSingle(c => c.Kind == LocationKind.Site).Which.Name.Should().Be(Words(words) + " Street");
    }
}
