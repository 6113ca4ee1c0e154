using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

public class WordFilterTests
{
    private static readonly string[] Words = ["killed", "in", "murder-suicide", "toll", "gunmen"];

    [Theory]
    [InlineData("killed")]
    [InlineData("KILLED")]
    [InlineData("In")]
    [InlineData("Murder-Suicide")]
    [InlineData("toll")]
    public void MayContain_WordOfTheList_IsTrue(string word) => new WordFilter(Words).MayContain(word).Should().BeTrue();

    [Fact]
    public void MayContain_MostOtherWords_IsFalse()
    {
        var filter = new WordFilter(Words);
        string[] others = ["the", "was", "on", "Friday", "police", "said", "a", "of", "and", "man", "car", "street", "home", "night", "county", "officers"];

        others.Count(w => filter.MayContain(w)).Should().BeLessThan(3);
    }

    [Fact]
    public void MayContain_NonAsciiEnds_IsTrue() => new WordFilter(Words).MayContain("ıll").Should().BeTrue();
}
