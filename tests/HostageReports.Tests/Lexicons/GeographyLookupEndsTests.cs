using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

/// <summary>The look-up filter reads a key's first two and last two characters as the look-up normalizes them.</summary>
public class GeographyLookupEndsTests
{
    [Theory]
    [InlineData("Sana'a", "YE")]
    [InlineData("Sana\u2019a", "YE")]
    [InlineData("St. John\u2019s", "AG")]
    [InlineData("St.  John's", "AG")]
    [InlineData("St.\nJohn\u2018s", "AG")]
    [InlineData("N\u2018Djamena", "TD")]
    public void TryCapital_ApostropheOrSpaceNextToAnEnd_StillFound(string city, string code)
    {
        Geography.TryCapital(city, out var country).Should().BeTrue();

        country!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("Sana'b")]
    [InlineData("Sxna'a")]
    [InlineData("St. John'x")]
    public void TryCapital_OneCharacterNextToAnEndChanged_Refused(string city)
    {
        Geography.TryCapital(city, out _).Should().BeFalse();
    }
}
