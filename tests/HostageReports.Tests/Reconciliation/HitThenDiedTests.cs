using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Reconciliation;

/// <summary>
/// People first reported only as hit ("a boy was shot") who another report says died: the wounded are
/// weighed less the dead, so the best estimate does not count the dead twice.
/// </summary>
public class HitThenDiedTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static HostageReports.Reconciliation.Incident Read(params string[] texts)
    {
        var incident = new HostageReports.Reconciliation.Incident("t");
        for (int i = 0; i < texts.Length; i++)
        {
            var read = ReportReader.Parse($"r{i}", texts[i]);
            incident.Add(Extractor.Extract(read.Report!));
        }

        return incident;
    }

    [Theory]
    // only hit, in a report that mentions no death: outcome unknown
    [InlineData("A 13-year-old boy was shot on Friday night.", true)]
    [InlineData("Four people were struck by gunfire outside the bar.", true)]
    [InlineData("Police said the man shot her twice.", true)]
    // the outcome is stated, or the report counts a death beside them
    [InlineData("A 13-year-old boy was wounded on Friday night.", false)]
    [InlineData("Two men were shot and wounded outside the bar.", false)]
    [InlineData("A man was killed. Two other people were shot.", false)]
    public void Extract_WoundedWording_MarksHitOnly(string text, bool hitOnly)
    {
        var read = ReportReader.Parse("t", text);
        var wounded = Extractor.Extract(read.Report!).Claims.OfType<CountClaim>().Where(c => c.Measure == Measure.Wounded).ToList();

        wounded.Should().NotBeEmpty();
        wounded.Should().OnlyContain(c => c.HitOnly == hitOnly);
    }

    [Theory]
    // the one hit is the one who died
    [InlineData("A 13-year-old boy was shot on Friday night.", "The 13-year-old boy died of his wounds on Saturday.", 0)]
    // three hit, one of them died: two wounded
    [InlineData("Three people were shot outside the bar on Friday.", "One man was killed in the shooting outside the bar.", 2)]
    // the outcome was stated: the wounded stay
    [InlineData("Two men were wounded outside the bar on Friday.", "One man was killed in the shooting outside the bar.", 2)]
    public void Facts_HitThenDead_WoundedBestLessTheDead(string early, string late, long wounded)
    {
        var incident = Read(early, late);

        incident.Find("killed/all")!.Best.Should().Be(1);
        (incident.Find("wounded/all")?.Best ?? 0).Should().Be(wounded);
    }

    [Fact]
    public void Facts_HitThenDead_RangeHoldsBestAndWhySaysWhy()
    {
        var incident = Read("A 13-year-old boy was shot on Friday night.", "The 13-year-old boy died of his wounds on Saturday.");

        var fact = incident.Find("wounded/all")!;
        fact.Range!.Contains(0).Should().BeTrue();
        fact.Values.Should().ContainSingle(v => v.Quantity!.Value == 1, "the figure reported is still shown");
        fact.Why.Should().Contain("may have died");
    }

    [Fact]
    public void Facts_HitWithoutDeaths_StayWounded()
    {
        var incident = Read("A 13-year-old boy was shot on Friday night.", "The boy who was shot on Friday is in stable condition.");

        incident.Find("killed/all").Should().BeNull();
        incident.Find("wounded/all")!.Best.Should().Be(1);
    }
}
