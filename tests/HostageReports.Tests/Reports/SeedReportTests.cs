using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

/// <summary>The seed reports, read as a user would: sentences, repairs, datelines and captions.</summary>
public class SeedReportTests
{
    private static Report Seed(string prefix)
    {
        string path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();
        var result = ReportReader.ReadFile(path);
        result.Succeeded.Should().BeTrue(result.Error?.Message);
        return result.Report!;
    }

    private static string[] Excluded(Report report) => report.Excluded.Select(report.TextOf).ToArray();

    [Theory]
    [InlineData("000", 12)]
    [InlineData("001", 33)]
    [InlineData("002", 20)]
    [InlineData("003", 12)]
    [InlineData("004", 24)]
    public void Seed_Sentences_AreWholeAndKeepTheInvariants(string seed, int count)
    {
        var report = Seed(seed);

        report.Sentences.Should().HaveCount(count);
        report.ShouldKeepInvariants();
        foreach (var s in report.Sentences.Where(s => !report.IsExcluded(s.Start) || report.DatelineSpan?.Start == s.Start))
        {
            report.TextOf(s).TrimEnd('"', '\u201D').Should().EndWith(".", "every claim sentence of the seeds ends with a stop");
        }
    }

    [Fact]
    public void Seed001_Mojibake_IsRepaired()
    {
        var report = Seed("001");

        report.Body.Should().Contain("six people had been wounded \u2013 two Britons")
            .And.Contain("allowed to move around \u2026 unlike")
            .And.NotContain("\u00E2");
    }

    [Fact]
    public void Seed002_Dateline_GivesDatePlaceAndExcludesTheCredits()
    {
        var report = Seed("002");

        report.Metadata.Published.Should().Be(new DateOnly(2013, 1, 16));
        report.Metadata.Dateline.Should().Be("ALGIERS");
        report.TextOf(report.Sentences[0]).Should().StartWith("date 2013-01-16 ALGIERS Islamist militants attacked");
        Excluded(report).Should().Equal("date 2013-01-16 ALGIERS ",
            "(Reporting by Lamine Chikhi in Algiers, additional reporting by Catherine Bremer in Paris; Editing by Angus MacSwan)");
    }

    [Fact]
    public void Seed003_AgencySignOff_IsTheOutlet()
    {
        var report = Seed("003");

        report.Metadata.Outlet.Should().Be("EFE");
        Excluded(report).Should().Equal("EFE");
        report.TextOf(report.Sentences[8]).Should().StartWith("U.S. State Department spokesperson").And.EndWith("situation.");
    }

    [Fact]
    public void Seed004_CaptionsAndHeadlines_AreNotClaims()
    {
        var report = Seed("004");

        Excluded(report).Should().Equal(
            "Mokhtar Belmokhtar",
            "Mokhtar Belmokhtar is said to have led the militants' raid on the In Amenas gas plant in Algeria (YouTube)",
            "Algeria hostages",
            "Terrorists attacked BP operated Ain Amenas gas field in Algeria (courtesy of BP)",
            "Algeria Launches 'Military Operation' at BP Gas Plant: Deaths Reported");
        report.IsExcluded(report.Body.IndexOf("At least 15 foreign", StringComparison.Ordinal)).Should().BeFalse();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("004")]
    public void Seed_NoDateline_LeavesTheFirstSentenceAClaim(string seed)
    {
        var report = Seed(seed);

        report.DatelineSpan.Should().BeNull();
        report.IsExcluded(report.Sentences.First(s => !report.IsExcluded(s.Start)).Start).Should().BeFalse();
        report.Metadata.Dateline.Should().BeNull();
    }

    [Fact]
    public void Seed000_Quotes_AreFoundWithTheirWords()
    {
        var report = Seed("000");

        report.Quotes.Should().HaveCount(3);
        report.TextOf(report.Quotes[0].Content).Should().StartWith("We are holding the Algerian and French governments");
        report.Quotes.Should().OnlyContain(q => q.Closed);
    }
}
