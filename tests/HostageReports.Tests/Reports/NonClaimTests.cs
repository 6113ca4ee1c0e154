using FluentAssertions;
using static HostageReports.Tests.Reports.ReportTestKit;

namespace HostageReports.Tests.Reports;

public class NonClaimTests
{
    private const string Story = "Three people were killed on Friday, police said.";

    [Theory]
    [InlineData("Jane Q. Doe")]
    [InlineData("Border town hostages")]
    [InlineData("Gunmen stormed the plant at dawn near the border (courtesy of the operator)")]
    [InlineData("The leader is said to have planned the raid on the plant (YouTube)")]
    [InlineData("Officers at the scene on Friday (AP Photo/John Doe)")]
    [InlineData("Copyright 2016 Example TV. All rights reserved.")]
    [InlineData("\u00A9 2017 Example Media Group.")]
    [InlineData("(\u00A9 2016 KXXX)")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Additional reporting by Jane Doe in Paris.")]
    [InlineData("Follow us on Twitter for updates.")]
    [InlineData("Read more: Two hurt in another shooting.")]
    [InlineData("Advertisement")]
    [InlineData("Please enable JavaScript to play the clip")]
    [InlineData("Sign up for our morning briefing.")]
    [InlineData("Click here to go back.")]
    [InlineData("The Associated Press contributed to this report.")]
    [InlineData("\u00D7 Five shot at a party")]
    [InlineData("______________________")]
    [InlineData("Image 2 of 9 Officers outside the store where two men were hurt. Photo: Jane Doe")]
    [InlineData("Candles line the porch of the home where three men were...")]
    [InlineData("\u2014 Jane Doe (@janedoe) May 2, 2019")]
    [InlineData("By Jane Doe, Staff Writer")]
    public void Excluded_FurnitureParagraph_IsNotAClaim(string line)
    {
        ExcludedOf($"{Story}\n\n{line}\n\nTwo others were wounded, officials said.").Should().Equal(line);
    }

    [Theory]
    [InlineData("Police said two people were wounded in the attack on the bus (a second bus escaped).")]
    [InlineData("A spokesman said the gunman was arrested at home; he did not resist.")]
    [InlineData("The gunmen, who were members of al-Qaeda in the Islamic Maghreb (AQIM), fled.")]
    [InlineData("\"We reject all negotiations with the group,\" the minister said.")]
    [InlineData("A 40-year-old man was hurt in the arm and a woman was treated for cuts after the gunfire")]
    [InlineData("Following the shooting, officers closed the road.")]
    [InlineData("Printed leaflets were found near the body.")]
    public void Excluded_ProseParagraph_IsAClaim(string line)
    {
        ExcludedOf($"{Story}\n\n{line}\n\nTwo others were wounded, officials said.").Should().BeEmpty();
    }

    [Fact]
    public void Excluded_HeadlineRepeatedFromFrontMatter_IsNotAClaim()
    {
        ExcludedOf($"---\ntitle: Three killed in mall shooting, police say\n---\nThree killed in mall shooting, police say\n\n{Story}")
            .Should().Equal("Three killed in mall shooting, police say");
    }

    [Theory]
    [InlineData("Three killed in mall shooting, police say Gunman opened fire near the food court")]
    [InlineData("Three killed in mall shooting")]
    [InlineData("\u00D7 Three killed in mall shooting, police say")]
    public void Excluded_HeadlineWithDeckOrCutShort_IsNotAClaim(string line)
    {
        ExcludedOf($"---\ntitle: Three killed in mall shooting, police say\n---\n{line}\n\n{Story}").Should().Equal(line);
    }

    [Fact]
    public void Excluded_LedeStartingWithTheHeadlineWords_IsAClaim()
    {
        string body = string.Join("\n", Enumerable.Repeat(Story, 6));
        ExcludedOf($"---\ntitle: Three people were killed\n---\n{body}\nThree people were killed on Friday, police said.").Should().BeEmpty();
    }

    [Fact]
    public void Excluded_BlockOfLinksWithoutStops_IsNotAClaim()
    {
        ExcludedOf($"{Story}\n\nThree men hurt in late-night shooting downtown\nWoman charged after crash on the county highway\n\nThe end came quickly, police said.")
            .Should().Equal("Three men hurt in late-night shooting downtown", "Woman charged after crash on the county highway");
    }

    [Fact]
    public void Excluded_CreditAfterAFullSentence_ExcludesOnlyTheCredit()
    {
        var report = Read($"{Story}\n\nTwo were hurt at the scene. (Jane Doe/Staff)\n\nThe end.");

        report.Excluded.Select(report.TextOf).Should().Equal("(Jane Doe/Staff)");
    }

    [Fact]
    public void IsExcluded_OffsetsInAndAroundACaption_AreTold()
    {
        var report = Read($"{Story}\nA caption line (YouTube)\n{Story}");
        int caption = report.Body.IndexOf("A caption", StringComparison.Ordinal);

        report.IsExcluded(caption).Should().BeTrue();
        report.IsExcluded(caption - 1).Should().BeFalse();
        report.IsExcluded(0).Should().BeFalse();
        report.IsExcluded(report.Body.Length - 1).Should().BeFalse();
    }
}
