using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Locations;

/// <summary>The state a dateline names ("OAK HOLLOW, Wash. —") is claimed with the state's own words as evidence, not the stop after them.</summary>
public class DatelineStateEvidenceTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("OAK HOLLOW, Wash. \u2014 Two people were hurt in a shooting.", "Washington", "Wash.")]
    [InlineData("BRANTLEY, Ga. -- A man was shot outside a store on Monday.", "Georgia", "Ga.")]
    [InlineData("PINE RIDGE, N.C. \u2014 A teenager was wounded on Friday.", "North Carolina", "N.C.")]
    [InlineData("CARVER FALLS, Tennessee \u2014 A man was shot on Sunday.", "Tennessee", "Tennessee")]
    [InlineData("MILLBROOK, New York \u2014 A woman was hurt in a shooting.", "New York", "New York")]
    [InlineData("MILLBROOK \u2014 A woman was hurt in a shooting.", null, null)]
    public void DatelineState_Evidence_IsTheStatesWords(string text, string? state, string? evidence)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var states = Extractor.Extract(report).Claims.OfType<LocationClaim>().Where(static c => c.Kind == LocationKind.State).ToList();

        if (state is null)
        {
            states.Should().BeEmpty();
            return;
        }

        var claim = states.Should().ContainSingle().Which;
        claim.Name.Should().Be(state);
        claim.Evidence.Text.Should().Be(evidence).And.Be(report.Body.Substring(claim.Evidence.Start, claim.Evidence.Length));
    }
}
