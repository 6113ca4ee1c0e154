using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Rules.Locations;

namespace HostageReports.Tests.Locations;

/// <summary>The places a dateline names, read once a report by the dateline stage, as the location rule takes them.</summary>
public class DatelinePlaceTests
{
    /// <summary>Text, the town (or null), its kind, its region, its country, the state's words (or null), the country the report is placed in.</summary>
    public static readonly TheoryData<string, string?, LocationKind, string?, string?, string?, string?> Datelines = new()
    {
        { "OAKDALE, Wash. \u2014 Two people were hurt.", "Oakdale", LocationKind.City, "Washington", "US", "Wash.", null },
        { "GLENWOOD (KXYZ) \u2013 A man was shot.", "Glenwood", LocationKind.City, null, null, null, null },
        { "HARLAN COUNTY \u2014 A man was shot.", "Harlan County", LocationKind.County, null, null, null, null },
        { "LAGOS, Nigeria (Reuters) - Gunmen abducted 30 pupils.", "Lagos", LocationKind.City, null, "NG", null, "NG" },
        { " date 2013-01-16 ALGIERS Islamist militants attacked a gas field.", "Algiers", LocationKind.City, null, null, null, "DZ" },
        { "Lima, 10 Dec 88 (EFE) -- Police said two bombs exploded.", "Lima", LocationKind.City, null, null, null, "PE" },
        { "Texas, 10 Dec 88 -- A man was shot.", null, LocationKind.City, null, null, "Texas", null },
        { "NIGERIA \u2014 Gunmen abducted 30 pupils.", null, LocationKind.City, null, null, null, "NG" },
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void DatelinePlace_Dateline_GivesTownStateAndCountry(string text, string? town, LocationKind kind, string? region, string? townCountry, string? stateWords, string? country)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var place = PlaceOf(report);

        place.Should().NotBeNull();
        place!.Country.Should().Be(country);
        if (town is null)
        {
            place.Town.Should().BeNull();
        }
        else
        {
            place.Town.Should().NotBeNull();
            place.Town!.Name.Should().Be(town);
            place.Town.Kind.Should().Be(kind);
            place.Town.Region.Should().Be(region);
            place.Town.Country.Should().Be(townCountry);
        }

        if (stateWords is null)
        {
            place.State.Should().BeNull();
        }
        else
        {
            var span = place.State!.Value.Span;
            report.Body.Substring(span.Start, span.Length).Should().Be(stateWords);
        }
    }

    [Fact]
    public void DatelinePlace_CityAndCountry_VotesForTheCountryWithItsWords()
    {
        var report = ReportReader.Parse("t", "LAGOS, Nigeria (Reuters) - Gunmen abducted 30 pupils.").Report!;
        var vote = PlaceOf(report)!.Countries.Should().ContainSingle().Which;

        vote.Name.Should().Be("NG");
        report.Body.Substring(vote.Span.Start, vote.Span.Length).Should().Be("Nigeria");
    }

    [Theory]
    [InlineData("A man was shot near a park on Monday.")]
    [InlineData("UPDATE \u2014 The victim has died.")]
    [InlineData("NYPD \u2014 Two men were hurt.")]
    [InlineData("AP\n\nA man was shot near a park.")]
    public void DatelinePlace_NoPlaceDateline_IsNull(string text)
    {
        PlaceOf(ReportReader.Parse("t", text).Report!).Should().BeNull();
    }

    [Fact]
    public void DatelinePlace_ReportBuiltWithoutTheReader_IsReadToo()
    {
        const string body = "GLENWOOD \u2014 A man was shot.";
        var report = new Report("t", body, new ReportMetadata(), [new TextSpan(0, body.Length)], [new TextSpan(0, body.Length)], []);

        PlaceOf(report)!.Town!.Name.Should().Be("Glenwood");
    }

    /// <summary>What the dateline stage reads from the report.</summary>
    private static DatelinePlace? PlaceOf(Report report)
    {
        using var context = new ExtractionContext(report);
        return DatelineMatcher.Read(context).Place;
    }
}
