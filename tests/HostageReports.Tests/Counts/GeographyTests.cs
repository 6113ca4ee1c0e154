using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Counts;

public class GeographyTests
{
    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("US", "US")]
    [InlineData("United States", "US")]
    [InlineData("America", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Norway", "NO")]
    [InlineData("Algeria", "DZ")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d\u2019Ivoire", "CI")]
    [InlineData("Sierra  Leone", "SL")]
    [InlineData("the Philippines", null)]
    [InlineData("us", null)]
    [InlineData("Texas", null)]
    public void TryCountryByName_Form_GivesCode(string name, string? code)
    {
        Geography.TryCountryByName(name, out var country).Should().Be(code is not null);
        country?.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("American", "US", "Adjective, Singular")]
    [InlineData("Americans", "US", "Plural")]
    [InlineData("British", "GB", "Adjective, Plural")]
    [InlineData("Briton", "GB", "Singular")]
    [InlineData("Britons", "GB", "Plural")]
    [InlineData("Irishman", "IE", "Singular")]
    [InlineData("Irishmen", "IE", "Plural")]
    [InlineData("Irishwoman", "IE", "Singular")]
    [InlineData("Norwegians", "NO", "Plural")]
    [InlineData("Japanese", "JP", "Adjective, Singular, Plural")]
    [InlineData("Frenchman", "FR", "Singular")]
    [InlineData("Algerian", "DZ", "Adjective, Singular")]
    [InlineData("Filipino", "PH", "Adjective, Singular")]
    [InlineData("U.S.", "US", "Adjective")]
    [InlineData("South Korean", "KR", "Adjective, Singular")]
    [InlineData("Congolese", "CD", "Adjective, Singular, Plural")]
    public void TryDemonym_Word_GivesCodeAndForms(string word, string code, string forms)
    {
        Geography.TryDemonym(word, out var demonym).Should().BeTrue();
        demonym.Code.Should().Be(code);
        demonym.Forms.ToString().Should().Be(forms);
    }

    [Theory]
    [InlineData("people")]
    [InlineData("american")]
    [InlineData("")]
    public void TryDemonym_NotANationality_IsFalse(string word)
    {
        Geography.TryDemonym(word, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Wash.", "Washington")]
    [InlineData("WA", "Washington")]
    [InlineData("Washington", "Washington")]
    [InlineData("Ga.", "Georgia")]
    [InlineData("Fla.", "Florida")]
    [InlineData("Calif.", "California")]
    [InlineData("N.Y.", "New York")]
    [InlineData("W.Va.", "West Virginia")]
    [InlineData("Texas", "Texas")]
    [InlineData("D.C.", "District of Columbia")]
    [InlineData("Miss", null)]
    [InlineData("La", null)]
    public void TryUsState_NameOrAbbreviation_GivesState(string text, string? name)
    {
        Geography.TryUsState(text, out var state).Should().Be(name is not null);
        state?.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Oslo", "NO")]
    [InlineData("Algiers", "DZ")]
    [InlineData("London", "GB")]
    [InlineData("Tokyo", "JP")]
    [InlineData("Manila", "PH")]
    public void TryCapital_City_GivesCountry(string city, string code)
    {
        Geography.TryCapital(city, out var country).Should().BeTrue();
        country!.Code.Should().Be(code);
    }

    [Fact]
    public void Countries_Lexicon_CoversSovereignStatesWithCapitals()
    {
        Geography.Countries.Count.Should().BeGreaterThan(190);
        Geography.Countries.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        Geography.Countries.Where(c => c.Code != "VA" && c.Code != "DM").Should().OnlyContain(c => c.Capital != null && c.Plurals.Count > 0);
        Geography.UsStates.Should().HaveCountGreaterThanOrEqualTo(51);
        Geography.MaxWords.Should().BeGreaterThanOrEqualTo(4);
    }
}
