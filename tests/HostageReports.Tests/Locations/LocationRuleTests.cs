using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Locations;

public class LocationRuleTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<LocationClaim> Locations(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var claims = Extractor.Extract(report).Claims.OfType<LocationClaim>().ToList();
        foreach (var c in claims)
        {
            report.Body.Substring(c.Evidence.Start, c.Evidence.Length).Should().Be(c.Evidence.Text);
        }

        return claims;
    }

    [Theory]
    [InlineData("BRANTLEY, Ga. \u2014 A man was shot outside a store on Monday.", "Brantley", "Georgia")]
    [InlineData("OAK HOLLOW, Wash. -- Two people were hurt in a shooting.", "Oak Hollow", "Washington")]
    [InlineData("MILLBROOK (AP) \u2014 A teenager was wounded. Police in Alabama said the boy would recover.", "Millbrook", "Alabama")]
    [InlineData("Deputies were called to a home in Pine Ridge, Fla., late Friday.", "Pine Ridge", "Florida")]
    [InlineData("The shooting happened in Carver Falls, Tennessee, on Sunday.", "Carver Falls", "Tennessee")]
    public void City_DatelineOrCityState_HasStateAsRegion(string text, string name, string region)
    {
        Locations(text).Should().Contain(c => c.Name == name && c.Region == region && c.Country == "US" && c.Kind == LocationKind.City);
    }

    [Fact]
    public void Dateline_DateThenCapitalCity_IsContextWhenTheTextNamesTheSite()
    {
        var claims = Locations(" date 2013-01-16 ALGIERS Islamist militants attacked the Wadi Sahel gas field in southern Algeria on Wednesday.");

        claims.Select(static c => c.Name).Should().BeEquivalentTo("Wadi Sahel", "Algeria");
        claims.Should().ContainSingle(static c => c.Name == "Wadi Sahel").Which.Country.Should().Be("DZ");
    }

    [Fact]
    public void Dateline_CityAndCountry_GivesCityWithCountryCode()
    {
        var claims = Locations("KANO TOWN, Nigeria (Reuters) - Gunmen abducted 30 pupils from a school in the town of Birni Yaro in Zamfa state.");

        claims.Should().Contain(static c => c.Name == "Kano Town" && c.Country == "NG" && c.Kind == LocationKind.City);
        claims.Should().Contain(static c => c.Name == "Birni Yaro" && c.Country == "NG" && c.Region == "Zamfa");
        claims.Should().Contain(static c => c.Name == "Zamfa" && c.Kind == LocationKind.Province);
    }

    [Theory]
    [InlineData("AP\n\nA man was shot near a park.")]
    [InlineData("FOR IMMEDIATE RELEASE\n\nDeputies responded to a call.")]
    [InlineData("UPDATE \u2014 The victim has died.")]
    [InlineData("NYPD \u2014 Two men were hurt.")]
    public void Dateline_BannersAndAgencies_AreNotPlaces(string text)
    {
        Locations(text).Should().BeEmpty();
    }

    [Fact]
    public void Province_IsTheRegionOfTheSiteAbroad()
    {
        var claims = Locations("Militants stormed the Wadi Sahel gas field in the southeastern province of Tamra in Algeria.");

        claims.Should().ContainSingle(static c => c.Name == "Wadi Sahel").Which.Region.Should().Be("Tamra");
    }

    [Theory]
    [InlineData("Gunmen seized hostages in the town of Bir Zarga near the border.", "Bir Zarga", LocationKind.Town)]
    [InlineData("The attack happened at a plant in the southeastern province of Tamra.", "Tamra", LocationKind.Province)]
    [InlineData("Militants stormed the Wadi Sahel gas field before dawn.", "Wadi Sahel", LocationKind.Site)]
    [InlineData("Deputies from Harlan County responded to the call.", "Harlan County", LocationKind.County)]
    [InlineData("The shooting occurred at a home on 14th Street late Tuesday.", "14th Street", LocationKind.Site)]
    [InlineData("Kellerton police said the gun was loaded.", "Kellerton", LocationKind.City)]
    [InlineData("A Marlow Springs teen was hurt in the accident.", "Marlow Springs", LocationKind.Town)]
    public void Place_HowTheTextTalksOfIt_IsFoundWithItsRank(string text, string name, LocationKind kind)
    {
        Locations(text).Should().Contain(c => c.Name == name && c.Kind == kind);
    }

    [Fact]
    public void Country_OfTheIncident_IsOneClaimWithCode()
    {
        var claims = Locations("Islamist militants seized a gas field in southern Algeria on Wednesday. Algerian troops surrounded the site near the border with Libya.");

        claims.Should().ContainSingle(static c => c.Kind == LocationKind.Country).Which.Country.Should().Be("DZ");
        claims.Should().NotContain(static c => c.Name == "Libya");
    }

    [Theory]
    [InlineData("The field lies 800 miles southeast of the capital city of Algiers. Militants attacked the town of Bir Zarga.", "Algiers")]
    [InlineData("Militants attacked the town of Bir Zarga in Algeria. In Tokyo, the foreign ministry said it had no comment.", "Tokyo")]
    [InlineData("Militants attacked the town of Bir Zarga in Algeria, in retaliation for the offensive in Mali.", "Mali")]
    [InlineData("Militants attacked the town of Bir Zarga in Algeria. The plant is 1,300 km from the capital, Algiers.", "Algiers")]
    public void Place_GivenAsContext_IsNotIncidentLocation(string text, string context)
    {
        Locations(text).Select(static c => c.Name).Should().NotContain(context).And.Contain("Bir Zarga");
    }

    [Fact]
    public void Place_InAndAinForms_AreOnePlace()
    {
        var claims = Locations("Militants seized the In Salam gas field. Troops later surrounded the workers' camp at Ain Salam.");

        var place = claims.Should().ContainSingle(static c => c.Kind == LocationKind.Site).Subject;
        place.Name.Should().Be("In Salam");
        place.Aliases.Should().Contain("Ain Salam");
    }

    [Fact]
    public void Place_SaintAbbreviation_IsNamedInFull()
    {
        var claims = Locations("The shooting happened in St. Joseph, Mo., on Friday.");

        claims.Should().Contain(static c => c.Name == "Saint Joseph" && c.Region == "Missouri" && c.Aliases.Contains("St. Joseph"));
    }

    [Theory]
    [InlineData("The boy was taken to Mercy Medical Center in the afternoon.")]
    [InlineData("He spoke on Monday at the Riverside High School gym.")]
    public void Place_OrganisationNames_AreNotTowns(string text)
    {
        Locations(text).Where(static c => c.Kind is LocationKind.Town or LocationKind.City).Should().BeEmpty();
    }
}
