using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

namespace HostageReports.Tests.Reconciliation;

/// <summary>The seed facts from the real extractor, end to end: counts, perpetrators and places.</summary>
public class SeedEndToEndTests
{
    private static readonly Incident Seeds = Read();

    private static Incident Read()
    {
        var extractor = new ClaimExtractor();
        var incident = new Incident("seeds");
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            incident.Add(extractor.Extract(ReportReader.ReadFile(file).Report!));
        }

        return incident;
    }

    [Theory]
    [InlineData("hostages/JP", FactStatus.Conflicting, 3L, 5L)]
    [InlineData("hostages/NO", FactStatus.Agreed, 13L, 13L)]
    [InlineData("killed/all", FactStatus.Conflicting, 2L, 2L)] // two dead in every report, three nationalities among them
    [InlineData("hostages/foreign", FactStatus.Conflicting, 7L, 41L)]
    public void Extracted_SeedCounts_GiveTheGoldFacts(string key, FactStatus status, long min, long max)
    {
        var fact = Seeds.Find(key);

        fact.Should().NotBeNull();
        fact!.Status.Should().Be(status);
        fact.Range.Should().Be(new FactRange(min, max));
    }

    [Fact]
    public void Extracted_SeedNames_GiveTheGoldEntities()
    {
        Seeds.Find("perpetrator/group")!.Values.Should().Contain(v => v.Name == "Masked Brigade" && v.Aliases.Contains("Katibat Moulathamine"));
        Seeds.Find("location")!.Values.Should().Contain(v => v.Aliases.Append(v.Name).Contains("In Amenas") && v.Aliases.Append(v.Name).Contains("Ain Amenas"));
    }

    [Theory]
    [InlineData("perpetrator/person", "Mokhtar Belmokhtar")]
    [InlineData("perpetrator/group", "Masked Brigade")]
    [InlineData("location", "In Amenas")]
    public void Extracted_SeedNames_BestIsTheDoerAndTheMostSpecificPlace(string key, string best)
    {
        // al-Qaeda is named by more reports than any brigade, but only as the group the attackers are
        // linked to; Algeria by more than the gas field, but the field is where it happened.
        Seeds.Find(key)!.BestValue!.Name.Should().Be(best);
    }
}
