using FluentAssertions;
using static HostageReports.Tests.Counts.CountTestHelper;

namespace HostageReports.Tests.Counts;

public class CountRuleTests
{
    [Theory]
    // casualty words and voices
    [InlineData("Two people were killed and three others wounded in the blast.", "killed/all/2/exact", "wounded/all/3/exact")]
    [InlineData("A man was shot and killed outside a bar on Friday.", "killed/all/1/exact")]
    [InlineData("Police said a woman was shot dead in her car.", "killed/all/1/exact")]
    [InlineData("A teenager was found dead with a gunshot wound to the head.", "killed/all/1/exact")]
    [InlineData("The gunman opened fire, killing four people and wounding two others.", "killed/all/4/exact", "wounded/all/2/exact")]
    [InlineData("An 8-year-old boy who accidentally shot and killed one of his cousins will not be charged.", "killed/all/1/exact")]
    [InlineData("Three men were wounded in the leg during the fight.", "wounded/all/3/exact")]
    [InlineData("The explosion injured two workers at the depot.", "wounded/all/2/exact")]
    [InlineData("A 9-year-old girl in the house died Sunday.", "killed/all/1/exact")]
    [InlineData("The victim, identified as a local shop owner, died at the hospital.", "killed/all/1/at-least")]
    [InlineData("Officers said he was pronounced dead at the scene.", "killed/all/1/at-least")]
    [InlineData("Jane Roe, 34, was shot and killed on Monday.", "killed/all/1/at-least")]
    [InlineData("The attack left five people dead and nine injured.", "killed/all/5/exact", "wounded/all/9/exact")]
    [InlineData("A man shot his neighbor to death after an argument.", "killed/all/1/at-least")]
    [InlineData("Investigators believe it was a murder-suicide.", "killed/all/2/at-least")]
    [InlineData("He turned the gun on the clerk, killing him.", "killed/all/1/at-least")]
    [InlineData("Six were wounded when the convoy was ambushed.", "wounded/all/6/exact")]
    [InlineData("The death toll rose to 12 on Tuesday.", "killed/all/12/exact")]
    [InlineData("Reuters put the number of foreign workers who escaped at 25.", "escaped/foreign/25/exact")]
    [InlineData("The number of people killed has risen to 9.", "killed/all/9/exact")]
    [InlineData("The gunman shot himself and died.", "killed/all/1/at-least")]
    [InlineData("One man and two women were also wounded.", "wounded/all/3/exact")]
    [InlineData("One of the wounded has died, police said.", "killed/all/1/exact")]
    [InlineData("He was taken to an area hospital but died from his injuries.", "killed/all/1/at-least")]
    [InlineData("Two men were charged in the deaths of two teenagers.", "killed/all/2/exact")]
    [InlineData("A man was arrested in connection with the murder of Jo Smith, 15.", "killed/all/1/at-least")]
    [InlineData("Five people were shot, one fatally, outside a club.", "killed/all/1/exact", "wounded/all/4/exact")]
    [InlineData("Three men were shot, two of them fatally.", "killed/all/2/exact", "wounded/all/1/exact")]
    [InlineData("A man was killed and two others who were shot are expected to survive.", "killed/all/1/exact", "wounded/all/2/exact")]
    [InlineData("Three other men suffered non-life-threatening injuries.", "wounded/all/3/exact")]
    [InlineData("The gunman killed three people and himself.", "killed/all/4/exact")]
    [InlineData("In Kenwood, a teenage boy was killed.", "killed/all/1/exact")]
    [InlineData("Sadly, the boy died on Sunday.", "killed/all/1/at-least")]
    [InlineData("A gunman has shot and wounded five teenagers.", "wounded/all/5/exact")]
    [InlineData("A 17-year-old boy who was shot on Friday has died.", "killed/all/1/exact")]
    [InlineData("Officers fatally shot Tom Lee on the porch.", "killed/all/1/at-least")]
    [InlineData("The bodies of 25 hostages were found on Sunday.", "killed/all/25/exact")]
    [InlineData("Thirty-seven foreigners of eight nationalities were killed.", "killed/foreign/37/exact")]
    [InlineData("The siege left 38 hostages dead, among them six Britons.", "killed/all/38/exact", "killed/GB/6/exact")]
    [InlineData("At least 81 people, including 56 foreigners, were killed.", "killed/all/81/at-least", "killed/foreign/56/exact")]
    [InlineData("Seven hostages \u2013 three Belgians, two Americans and a Briton \u2013 were killed.", "killed/all/7/exact", "killed/BE/3/exact", "killed/US/2/exact", "killed/GB/1/exact")]
    [InlineData("The death toll from the siege has risen to 37 foreigners, officials said.", "killed/foreign/37/exact")]
    [InlineData("Troops freed 107 of the 132 foreigners.", "released/foreign/107/exact")]
    [InlineData("A Briton was one of the two people who were killed.", "killed/GB/1/exact", "killed/all/2/exact")]
    [InlineData("Only 15 of the hostages were Westerners.", "hostages/foreign/15/exact")]
    [InlineData("The kidnappers are demanding the release of 40 prisoners in exchange for the 11 hostages.", "hostages/all/11/exact")]
    [InlineData("Witnesses said at least 15 bodies were recovered.", "killed/all/15/at-least")]
    [InlineData("Three Britons were confirmed dead and three others were believed dead.", "killed/GB/3/exact", "killed/all/3/exact")]
    // hostages, escaped, released, missing, attackers
    [InlineData("Gunmen took at least 20 western contractors hostage.", "hostages/foreign/20/at-least")]
    [InlineData("The rebels are holding some 30 hostages in the compound.", "hostages/all/30/about")]
    [InlineData("Nearly 40 foreigners had been kidnapped, officials said.", "hostages/foreign/40/about")]
    [InlineData("Fourteen workers managed to escape during the night.", "escaped/all/14/exact")]
    [InlineData("Nine hostages were freed by the army on Friday.", "released/all/9/exact")]
    [InlineData("Special forces freed some 80 hostages at dawn.", "released/all/80/about")]
    [InlineData("Gunmen stormed the hotel, taking about 170 guests and staff hostage.", "hostages/all/170/about")]
    [InlineData("The kidnappers, believed to number about a dozen, fled.", "attackers/all/12/about")]
    [InlineData("Officials could not confirm that an American was among those killed.", "killed/US/1/exact")]
    [InlineData("Five crew members are still missing.", "missing/all/5/exact")]
    [InlineData("About 15 militants were involved in the raid.", "attackers/all/15/about")]
    [InlineData("The kidnappers seized three Italian engineers near the border.", "hostages/IT/3/exact")]
    // hedges
    [InlineData("At least 12 people were killed.", "killed/all/12/at-least")]
    [InlineData("More than 30 people were injured.", "wounded/all/30/more-than")]
    [InlineData("As many as 50 villagers were abducted.", "hostages/all/50/at-most")]
    [InlineData("Up to 25 soldiers were missing after the ambush.", "missing/all/25/at-most")]
    [InlineData("Fewer than ten people were hurt.", "wounded/all/10/fewer-than")]
    [InlineData("Around 200 people were rescued.", "released/all/200/about")]
    [InlineData("Roughly 60 civilians were wounded.", "wounded/all/60/about")]
    [InlineData("Several civilians were killed in the shelling.")]
    [InlineData("Dozens of civilians were killed in the shelling.", "killed/all/null/vague")]
    [InlineData("Several Canadians were killed in the shelling.", "killed/CA/null/vague")]
    [InlineData("Dozens of foreign workers were taken hostage.", "hostages/foreign/null/vague")]
    [InlineData("A number of Germans were being held.", "hostages/DE/null/vague")]
    [InlineData("Militants kidnapped several dozen foreigners.", "hostages/foreign/null/vague")]
    // numbers written out
    [InlineData("Forty-one passengers were seized.", "hostages/all/41/exact")]
    [InlineData("Twenty one people were killed.", "killed/all/21/exact")]
    [InlineData("A dozen people were wounded.", "wounded/all/12/exact")]
    [InlineData("Half a dozen guards were injured.", "wounded/all/6/exact")]
    [InlineData("1,200 people were freed from the camp.", "released/all/1200/exact")]
    [InlineData("Two hundred students were abducted.", "hostages/all/200/exact")]
    // nationalities
    [InlineData("A Briton and an Algerian had died in the attack.", "killed/GB/1/exact", "killed/DZ/1/exact")]
    [InlineData("Officials said 13 Norwegians were among the hostages.", "hostages/NO/13/exact")]
    [InlineData("An Irishman was also seized.", "hostages/IE/1/exact")]
    [InlineData("Seven Americans were being held.", "hostages/US/7/exact")]
    [InlineData("Several U.S. citizens are among the hostages.", "hostages/US/null/vague")]
    [InlineData("Two Filipino sailors were kidnapped off the coast.", "hostages/PH/2/exact")]
    [InlineData("Three Japanese nationals were killed.", "killed/JP/3/exact")]
    [InlineData("A Frenchman was wounded in the raid.", "wounded/FR/1/exact")]
    [InlineData("Five Dutch tourists were freed.", "released/NL/5/exact")]
    [InlineData("Two South Korean engineers were abducted.", "hostages/KR/2/exact")]
    [InlineData("Four Britons died in the crash of the helicopter.", "killed/GB/4/exact")]
    [InlineData("Two people were killed, one of them British.", "killed/all/2/exact", "killed/GB/1/exact")]
    [InlineData("Norway said that 13 of its citizens had been taken hostage.", "hostages/NO/13/exact")]
    [InlineData("Among the hostages are American, British and French citizens.", "hostages/US/1/present", "hostages/GB/1/present", "hostages/FR/1/present")]
    [InlineData("Officials said there were also Swedes and Japanese in the group of hostages.", "hostages/SE/1/present", "hostages/JP/1/present")]
    [InlineData("At least 15 foreign and 30 local workers escaped.", "escaped/foreign/15/at-least", "escaped/local/30/at-least")]
    [InlineData("Six people had been wounded \u2013 two Britons, a Norwegian and three Algerian security guards.", "wounded/all/6/exact", "wounded/GB/2/exact", "wounded/NO/1/exact", "wounded/DZ/3/exact")]
    [InlineData("Twelve tourists including Germans and Austrians were taken hostage.", "hostages/all/12/exact", "hostages/DE/1/present", "hostages/AT/1/present")]
    [InlineData("Five Chinese workers were kidnapped as well as a Pakistani driver.", "hostages/CN/5/exact", "hostages/PK/1/exact")]
    [InlineData("The two people killed in the ambush were a Kenyan and a Somali.", "killed/KE/1/exact", "killed/SO/1/exact")]
    public void Extract_Phrase_GivesCounts(string text, params string[] expected)
    {
        Keys(text).Should().BeEquivalentTo(expected);
    }

    [Theory]
    // numbers that are not counts
    [InlineData("A 36-year-old man from Dublin spoke to reporters.")]
    [InlineData("The attack began at 5am when gunmen arrived in three vehicles.")]
    [InlineData("The facility is located 800 miles southeast of the capital.")]
    [InlineData("The plant lies 60 miles (95km) from the border.")]
    [InlineData("The company, listed as 1963.T in Tokyo, declined to comment.")]
    [InlineData("The complex is the third largest in the country.")]
    [InlineData("The militants demanded the release of 100 fellow fighters held in jails.")]
    [InlineData("It could not say if any of its fewer than 20 employees were affected.")]
    [InlineData("The shooting happened on Feb. 6 in the 1300 block of Main Street.")]
    [InlineData("It was the city's 40th homicide this year.")]
    [InlineData("In 2012, the group killed 20 people in a market bombing this year.")]
    [InlineData("Police found 30 shell casings at the scene.")]
    [InlineData("The suspect fired a .40-caliber pistol 12 times.")]
    [InlineData("Nobody was injured in the incident.")]
    [InlineData("No one was hurt, police said.")]
    [InlineData("No Americans were among the hostages.")]
    [InlineData("None of the hostages were hurt.")]
    [InlineData("The militants threatened to kill a British national.")]
    [InlineData("He planned to kill three officers.")]
    [InlineData("It is not clear if Britons were among them.")]
    [InlineData("Gunmen opened fire on Channel 4 reporters, but none were hurt.")]
    [InlineData("---\npublished: 2014-05-01\n---\nHe killed two people in 2009 and served time for it.")]
    [InlineData("The victim was taken to a hospital.")]
    [InlineData("The shooting comes two weeks after three people were wounded nearby.")]
    [InlineData("In a separate shooting, two men were killed.")]
    [InlineData("Officers fatally shot March on the porch in 2015.")]
    public void Extract_NotACount_GivesNoClaim(string text)
    {
        Keys(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("He was shot five times in the chest.", 5)]
    [InlineData("A hostage told France 24 that the attackers were well armed.", 24)]
    [InlineData("Two men, ages 25 and 26, died at the scene.", 25)]
    [InlineData("A 36-year-old Irishman was among the hostages.", 36)]
    public void Extract_NumberThatIsNotACount_IsNeverAValue(string text, long number)
    {
        CountsOf(text).Should().NotContain(c => c.Quantity.Value == number);
    }

    [Fact]
    public void Extract_ShotInReportWithoutDeaths_CountsAsWounded()
    {
        Keys("Four people were shot outside a nightclub early Sunday.").Should().Equal("wounded/all/4/exact");
    }

    [Fact]
    public void Extract_ShotInReportWithDeaths_IsNotCountedAsWounded()
    {
        Keys("Four people were shot outside a nightclub. One of them died at the hospital.").Should().NotContain(k => k.StartsWith("wounded", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ActiveVoiceWithNamedObject_CountsOnlyTheVictim()
    {
        Keys("Police said he shot and killed Tom Lee on Friday.").Should().Equal("killed/all/1/at-least");
    }

    [Fact]
    public void Extract_ActiveVoice_DoesNotCountTheShooter()
    {
        Keys("A gunman killed three people at the mall.").Should().Equal("killed/all/3/exact");
    }

    [Fact]
    public void Extract_EveryClaim_HasEvidenceInsideTheBody()
    {
        var claims = CountsOf("Islamist militants took at least 20 foreign nationals hostage and killed at least two, state media reported.");
        claims.Should().HaveCount(2);
        claims.Should().OnlyContain(c => c.Evidence.Length > 0);
        claims[0].Evidence.Text.Should().Contain("at least 20 foreign nationals");
    }

    [Theory]
    [InlineData("Gunmen killed 3 000 villagers in the raid.", "killed/all/3000/exact", "killed 3 000 villagers")]
    [InlineData("Gunmen killed 3\u00A0000 villagers in the raid.", "killed/all/3000/exact", "killed 3\u00A0000 villagers")]
    [InlineData("Gunmen killed 3\u202F000 villagers in the raid.", "killed/all/3000/exact", "killed 3\u202F000 villagers")]
    [InlineData("In 2013 2 000 people were killed.", "killed/all/2000/exact", "2 000 people were killed")]
    [InlineData("At least 12 500 people were wounded, officials said.", "wounded/all/12500/at-least", "At least 12 500 people were wounded")]
    [InlineData("The floods of 2013 killed 1 200 people.", "killed/all/1200/exact", "killed 1 200 people")]
    // numbers side by side that are no grouped digits
    [InlineData("The attack on March 3 2013 killed 20 people.", "killed/all/20/exact", "killed 20 people")]
    [InlineData("On May 3 20 people were killed.", "killed/all/20/exact", "20 people were killed")]
    [InlineData("On Route 9 100 people were wounded.", "wounded/all/100/exact", "100 people were wounded")]
    public void Extract_SpaceGroupedDigits_AreReadAsOneNumberWithTheirWholeSpan(string text, string expected, string evidence)
    {
        var claim = CountsOf(text).Should().ContainSingle().Subject;

        Key(claim).Should().Be(expected);
        claim.Evidence.Text.Should().Be(evidence);
    }

    [Fact]
    public void Extract_LongListAfterTheVerb_GivesEachMemberEvidenceOfItsOwn()
    {
        var text = new System.Text.StringBuilder("Gunmen killed ");
        for (int k = 0; k < 60; k++)
        {
            text.Append("a Briton, an American, ");
        }

        var claims = CountsOf(text.Append("and a Norwegian.").ToString());

        claims.Should().HaveCount(121);
        claims[0].Evidence.Text.Should().Be("killed a Briton");
        claims[^1].Evidence.Text.Should().Be("a Norwegian");
        claims.Should().OnlyContain(c => c.Evidence.Length < 300);
        claims.Select(Key).Distinct().Should().BeEquivalentTo("killed/GB/1/exact", "killed/US/1/exact", "killed/NO/1/exact");
    }

    [Theory]
    [InlineData("The kidnappers, believed to number about a dozen, held hostages who number 41.", "attackers/all/12/about", "hostages/all/41/exact")]
    [InlineData("The kidnappers, believed to number about a dozen and said to number 14 by now, fled.", "attackers/all/12/about", "attackers/all/14/exact")]
    public void Extract_TwoCountVerbs_EachCountTheNearestNounBeforeThem(string text, params string[] expected)
    {
        Keys(text).Should().BeEquivalentTo(expected);
    }
}

public class CountRuleRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1 2 3 4 5 6 7 8 9 10")]
    [InlineData("a an the of , , , . . .")]
    [InlineData("\"\" \u201c\u201d -- \u2013 \u2014 ( ) [ ] : ;")]
    [InlineData("The The The killed killed killed were were were")]
    [InlineData("at least at least as many as up to some several dozens of")]
    [InlineData("one of the of the of them of whom")]
    [InlineData("Twenty-five-year-old forty-one-hundred 99999999999999999999 people were killed.")]
    [InlineData("killed")]
    [InlineData("Britons")]
    public void Extract_OddText_NeverThrows(string text)
    {
        var read = HostageReports.Reports.ReportReader.Parse("odd", text);
        if (read.Succeeded)
        {
            var act = () => new HostageReports.Extraction.ClaimExtractor().Extract(read.Report!);
            act.Should().NotThrow();
        }
    }
}
