using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

public class GeographyLookupTests
{
    [Theory]
    [InlineData("N'Djamena", "TD")]
    [InlineData("N\u2019Djamena", "TD")]
    [InlineData("  Oslo ", "NO")]
    public void TryCapital_ApostrophesAndSpaces_StillFound(string city, string code)
    {
        Geography.TryCapital(city, out var country).Should().BeTrue();

        country!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("Antigua and  Barbuda", "AG")]
    [InlineData("Antigua\tand Barbuda", "AG")]
    [InlineData("United Kingdom", "GB")]
    public void TryCountryByName_OddSpaces_StillFound(string name, string code)
    {
        Geography.TryCountryByName(name, out var country).Should().BeTrue();

        country!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("Oslx")]
    [InlineData("oslo")]
    [InlineData("Norwegianz")]
    [InlineData("'")]
    public void Lookups_UnknownWords_Refused(string word)
    {
        Geography.TryCapital(word, out _).Should().BeFalse();
        Geography.TryDemonym(word, out _).Should().BeFalse();
        Geography.TryCountryByName(word, out _).Should().BeFalse();
        Geography.TryUsState(word, out _).Should().BeFalse();
    }

    [Fact]
    public void Lookups_EveryLexiconEntry_Found()
    {
        foreach (var country in Geography.Countries)
        {
            foreach (var name in country.Names)
            {
                Geography.TryCountryByName(name, out _).Should().BeTrue(name);
            }

            foreach (var capital in country.Capitals)
            {
                Geography.TryCapital(capital, out _).Should().BeTrue(capital);
            }

            foreach (var word in country.Adjectives.Concat(country.Singulars).Concat(country.Plurals))
            {
                Geography.TryDemonym(word, out _).Should().BeTrue(word);
            }

            Geography.TryCountryByCode(country.Code, out _).Should().BeTrue(country.Code);
        }

        foreach (var state in Geography.UsStates)
        {
            Geography.TryUsState(state.Name, out _).Should().BeTrue(state.Name);
            Geography.TryUsState(state.Postal, out _).Should().BeTrue(state.Postal);
        }
    }
}
