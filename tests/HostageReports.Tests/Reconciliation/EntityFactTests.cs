using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Reconciliation;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Reconciliation;

public class EntityFactTests
{
    [Fact]
    public void People_LoneSurnameOfOneFullName_JoinsIt()
    {
        var fact = Incident(Report("a", Person("Ann Bellweather")), Report("b", Person("Bellweather"))).Find("perpetrator/person")!;

        var person = fact.Values.Should().ContainSingle().Subject;
        person.Name.Should().Be("Ann Bellweather");
        person.Aliases.Should().Equal("Bellweather");
        person.ReportCount.Should().Be(2);
    }

    [Fact]
    public void People_LoneSurnameOfTwoFullNames_StaysAlone()
    {
        var fact = Incident(Report("a", Person("Ann Bellweather"), Person("Tom Bellweather")), Report("b", Person("Bellweather"))).Find("perpetrator/person")!;

        fact.Values.Should().HaveCount(3);
    }

    [Fact]
    public void People_FullestFormNamesTheEntity()
    {
        var fact = Incident(Report("a", Person("Carl Ortmann")), Report("b", Person("Carl Ortmann")), Report("c", Person("Carl James Ortmann Jr.", "Carl Ortmann"))).Find("perpetrator/person")!;

        fact.Values.Should().ContainSingle().Which.Name.Should().Be("Carl James Ortmann Jr.");
    }

    [Theory]
    [InlineData("Front for the Liberation of Nowhere", "FLN")]
    [InlineData("Sons of the Red Valley", "Sons of Red Valley")]
    [InlineData("Brigade of the Western Maghreb", "Brigade of the Western Mahgreb")]
    [InlineData("al-Qaeda", "al Qaida")]
    [InlineData("The Night Riders", "Night Riders")]
    public void Groups_SpellingsOfOneGroup_AreOneValue(string name, string other)
    {
        var fact = Incident(Report("a", Group(name)), Report("b", Group(other))).Find("perpetrator/group")!;

        fact.Values.Should().ContainSingle().Which.ReportCount.Should().Be(2);
        fact.Status.Should().Be(FactStatus.Agreed);
    }

    [Theory]
    [InlineData("Red Hand", "Black Hand")]
    [InlineData("Paul Brigade", "Saul Brigade")]
    [InlineData("FLN", "Front for Liberty")]
    public void Groups_DifferentNames_StayApart(string name, string other)
    {
        var fact = Incident(Report("a", Group(name)), Report("b", Group(other))).Find("perpetrator/group")!;

        fact.Values.Should().HaveCount(2);
        fact.Status.Should().Be(FactStatus.Compatible);
    }

    [Fact]
    public void Groups_AliasGivenByOneReport_JoinsTheOtherReportsName()
    {
        var fact = Incident(Report("a", Group("Hooded Legion", "Kata'ib al-Mulathamin")), Report("b", Group("Kata'ib al-Mulathamin"))).Find("perpetrator/group")!;

        var group = fact.Values.Should().ContainSingle().Subject;
        group.Aliases.Append(group.Name).Should().BeEquivalentTo(["Hooded Legion", "Kata'ib al-Mulathamin"]);
    }

    [Fact]
    public void Places_CityAndStateOfOneName_StayApart_InTheHierarchy()
    {
        var fact = Incident(Report("a", Place("Carverton", LocationKind.State), Place("Carverton", LocationKind.City, region: "Carverton")), Report("b", Place("Carverton", LocationKind.City))).Find("location")!;

        fact.Values.Select(v => v.LocationKind).Should().Equal(LocationKind.City, LocationKind.State);
        fact.Values[0].Region.Should().Be("Carverton");
        fact.Values[0].ReportCount.Should().Be(2);
    }

    [Fact]
    public void Places_OneLetterOff_AreOnePlace_MostUsedSpellingNamesIt()
    {
        var fact = Incident(Report("a", Place("Marlowtown", LocationKind.Town)), Report("b", Place("Marlowtown", LocationKind.Town)), Report("c", Place("Marlotown", LocationKind.Town))).Find("location")!;

        fact.Values.Should().ContainSingle().Which.Name.Should().Be("Marlowtown");
    }

    [Theory]
    [InlineData("maghreb", "mahgreb", true)]
    [InlineData("qaeda", "qaida", true)]
    [InlineData("springfield", "sprinfield", true)]
    [InlineData("smith", "smiths", true)]
    [InlineData("smith", "jones", false)]
    [InlineData("abcdef", "abcfed", false)]
    public void WithinOneEdit_Words_AsExpected(string a, string b, bool expected)
    {
        NameKeys.WithinOneEdit(a, b).Should().Be(expected);
        NameKeys.WithinOneEdit(b, a).Should().Be(expected);
    }

    [Theory]
    [InlineData("José Núñez", "jose nunez")]
    [InlineData("The Masked Men", "masked men")]
    [InlineData("al-Dawla", "al dawla")]
    public void Exact_Name_FoldsCaseAccentsAndPunctuation(string name, string key)
    {
        NameKeys.Exact(name).Should().Be(key);
    }
}
