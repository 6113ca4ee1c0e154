using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Locations;

/// <summary>
/// The phrasings of the location rule's matchers (Locations/PlaceReader*.cs), each with the examples
/// its doc comment gives and the near misses it must turn away. The matcher's name heads each row.
/// </summary>
public class PlaceMatcherTests
{
    private static readonly ClaimExtractor Extractor = new();

    /// <summary>Matcher, text, the place claimed, its kind.</summary>
    public static readonly TheoryData<string, string, string, LocationKind> Found = new()
    {
        { "CountryName", "Gunmen seized hostages in a raid in Algeria on Wednesday.", "Algeria", LocationKind.Country },
        { "CountryName", "Nigeria's army said the pupils were freed.", "Nigeria", LocationKind.Country },
        { "StateName", "A Tennessee man was shot on Sunday.", "Tennessee", LocationKind.State },
        { "OfNounPhrase", "Gunmen seized hostages in the town of Bir Zarga near the border.", "Bir Zarga", LocationKind.Town },
        { "OfNounPhrase", "The attack happened at a plant in the southeastern province of Tamra.", "Tamra", LocationKind.Province },
        { "OfNounPhrase", "Deputies said the shooting happened in the state of Texas.", "Texas", LocationKind.State },
        { "StreetAddress", "The shooting occurred at a home on 14th Street late Tuesday.", "14th Street", LocationKind.Site },
        { "StreetAddress", "Police found him in the 500 block of Main Street on Monday.", "Main Street", LocationKind.Site },
        { "HometownAfterAge", "Terry Doe, 28, of Oakdale was arrested.", "Oakdale", LocationKind.Town },
        { "AfterPreposition", "Two men were wounded in Cedar Falls on Friday.", "Cedar Falls", LocationKind.Town },
        { "AfterPreposition", "Gunmen attacked a village in Nigeria on Friday.", "Nigeria", LocationKind.Country },
        { "CountyName", "Deputies from Harlan County responded to the call.", "Harlan County", LocationKind.County },
        { "CityWithState", "Deputies were called to a home in Pine Ridge, Fla., late Friday.", "Pine Ridge", LocationKind.City },
        { "CityWithState", "The shooting happened in Carver Falls, Tennessee, on Sunday.", "Carver Falls", LocationKind.City },
        { "SiteName", "Militants stormed the Wadi Sahel gas field before dawn.", "Wadi Sahel", LocationKind.Site },
        { "PlaceWithKindAfter", "Gunmen attacked a checkpoint in Anbar province on Monday.", "Anbar", LocationKind.Province },
        { "CityAgency", "Kellerton police said the gun was loaded.", "Kellerton", LocationKind.City },
        { "CityAgency", "The Oakdale Police Department said two men were hurt.", "Oakdale", LocationKind.City },
        { "TownAsAdjective", "A Marlow Springs teen was hurt in the accident.", "Marlow Springs", LocationKind.Town },
        { "TownAsAdjective", "An Oakdale home was hit by gunfire.", "Oakdale", LocationKind.Town },
        { "Dateline", "OAKDALE, Wash. \u2014 Two people were hurt in a shooting.", "Oakdale", LocationKind.City },
        { "Dateline", "GLENWOOD \u2014 A man was shot on Monday.", "Glenwood", LocationKind.City },
        { "Dateline", "HARLAN COUNTY, Ky. \u2014 A man was shot on Monday.", "Harlan County", LocationKind.County },
    };

    /// <summary>Matcher, a near miss of its phrasing, the name that must not be claimed as a town, city, site, county or province.</summary>
    public static readonly TheoryData<string, string, string> Missed = new()
    {
        { "CountryName", "Dontay Jordan was arrested on Monday.", "Jordan" },
        { "CountryName", "Chad Miller was arrested on Monday.", "Chad" },
        { "OfNounPhrase", "Militants said they acted for the state of Israel.", "Israel" },
        { "StreetAddress", "He lived on Main near the river.", "Main" },
        { "AfterPreposition", "They met at the Stagecoach before the shooting.", "Stagecoach" },
        { "CityAgency", "Responding police found two men wounded.", "Responding" },
        { "TownAsAdjective", "A Texas man was shot on Sunday.", "Texas" },
        { "TownAfterPreposition", "The shots were fired at Dorsey's apartment.", "Dorsey's" },
        { "Dateline", "UPDATE \u2014 The victim has died.", "Update" },
        { "Dateline", "NYPD \u2014 Two men were hurt.", "Nypd" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Matcher_Example_ClaimsThePlaceWithItsKind(string matcher, string text, string name, LocationKind kind)
    {
        Locations(text).Should().Contain(c => c.Name == name && c.Kind == kind, because: $"{matcher} reads \"{text}\"");
    }

    [Theory]
    [MemberData(nameof(Found))]
    public void Matcher_Example_EvidenceIsTheReportsWords(string matcher, string text, string name, LocationKind kind)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var claim = Extractor.Extract(report).Claims.OfType<LocationClaim>().First(c => c.Name == name && c.Kind == kind);

        report.Body.Substring(claim.Evidence.Start, claim.Evidence.Length).Should().Be(claim.Evidence.Text, because: matcher);
    }

    [Theory]
    [MemberData(nameof(Missed))]
    public void Matcher_NearMiss_ClaimsNothingByThatName(string matcher, string text, string name)
    {
        Locations(text).Should().NotContain(c => c.Name == name && c.Kind != LocationKind.State && c.Kind != LocationKind.Country, because: $"{matcher} turns away \"{text}\"");
    }

    [Theory]
    [InlineData("The suspect fled toward WA on foot, police said.")]
    [InlineData("Police said the men were in a car.")]
    public void StateName_AbbreviationOrLowerCase_ClaimsNoState(string text)
    {
        Locations(text).Should().NotContain(static c => c.Kind == LocationKind.State);
    }

    [Fact]
    public void DemonymAdjective_VotesForTheCountryOfTheSite()
    {
        Locations("Algerian troops stormed the Wadi Sahel gas field.").Should().ContainSingle(static c => c.Name == "Wadi Sahel").Which.Country.Should().Be("DZ");
        Locations("Troops stormed the Wadi Sahel gas field.").Should().ContainSingle(static c => c.Name == "Wadi Sahel").Which.Country.Should().BeNull();
    }

    private static List<LocationClaim> Locations(string text) =>
        Extractor.Extract(ReportReader.Parse("t", text).Report!).Claims.OfType<LocationClaim>().ToList();
}
