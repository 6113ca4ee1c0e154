using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Perpetrators;

public class PerpetratorRuleTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<PerpetratorClaim> Perpetrators(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        var claims = Extractor.Extract(report).Claims.OfType<PerpetratorClaim>().ToList();
        foreach (var c in claims)
        {
            report.Body.Substring(c.Evidence.Start, c.Evidence.Length).Should().Be(c.Evidence.Text);
        }

        return claims;
    }

    private static List<string> PersonNames(string text) =>
        Perpetrators(text).Where(static c => c.Kind == PerpetratorKind.Person).Select(static c => c.Name).ToList();

    private static List<string> GroupNames(string text) =>
        Perpetrators(text).Where(static c => c.Kind == PerpetratorKind.Group).Select(static c => c.Name).ToList();

    [Theory]
    [InlineData("Police identified the shooter as Dale Ormsby, a resident of the area.", "Dale Ormsby", "shooter")]
    [InlineData("Corey Vantreese, 29, was arrested Tuesday night at his apartment.", "Corey Vantreese", "suspect")]
    [InlineData("Deputies said Lana Pirkle, 41, of Easton, was booked into the county jail.", "Lana Pirkle", "suspect")]
    [InlineData("The suspect, Marvin T. Quell, fled on foot before officers arrived.", "Marvin T. Quell", "suspect")]
    [InlineData("The woman was shot by her neighbor, 52-year-old Otis Brandwell, after an argument.", "Otis Brandwell", "suspect")]
    [InlineData("Prosecutors say Ramon Deliz Jr. opened fire on the crowd outside the bar.", "Ramon Deliz Jr.", "shooter")]
    [InlineData("Keshawn Pelt and Dario Munn, both 19, were charged with murder.", "Keshawn Pelt", "suspect")]
    [InlineData("Keshawn Pelt and Dario Munn, both 19, were charged with murder.", "Dario Munn", "suspect")]
    [InlineData("Authorities are searching for Tavon Reddick in connection with the shooting.", "Tavon Reddick", "suspect")]
    [InlineData("A jury found 24-year-old Lyle Fenwick guilty of manslaughter.", "Lyle Fenwick", "suspect")]
    [InlineData("The shooter has been identified as 48-year-old Amos Treadwell of Linden.", "Amos Treadwell", "shooter")]
    [InlineData("Deputies shot and killed Rory Blevins after he pointed a rifle at them.", "Rory Blevins", "suspect")]
    [InlineData("His cousin, 16-year-old Ravi Osterman, is being charged with manslaughter.", "Ravi Osterman", "suspect")]
    [InlineData("Desmond Yarrow, 31, of the 1200 block of Elm Avenue, was charged with murder.", "Desmond Yarrow", "suspect")]
    [InlineData("The attack was led by Abdel Karim Zouari, a former commander of a jihadist militia.", "Abdel Karim Zouari", "leader")]
    [InlineData("The militants were acting under the orders of Yacine Haddar, an exiled jihadist.", "Yacine Haddar", "leader")]
    [InlineData("Gunmen under the command of Omar Bel Rais stormed the compound.", "Omar Bel Rais", "leader")]
    [InlineData("Hassan Ould Brahim, a close associate of the militant leader, told a news agency the group would fight on.", "Hassan Ould Brahim", "associate")]
    public void Person_CuePhrase_IsPerpetratorWithRole(string text, string name, string role)
    {
        var claims = Perpetrators(text).Where(static c => c.Kind == PerpetratorKind.Person).ToList();

        claims.Should().Contain(c => c.Name == name && c.Role == role);
    }

    [Theory]
    [InlineData("Sheriff Dwayne Coltrane said the investigation is continuing.")]
    [InlineData("\"It was a tragedy,\" said Police Chief Ada Merriwether.")]
    [InlineData("The victim, Lorne Abernathy, 25, was pronounced dead at the scene.")]
    [InlineData("Police identified the victim as Tamsin Greer, 31, of Oakdale.")]
    [InlineData("Tamsin Greer was shot in the chest and died at the hospital.")]
    [InlineData("Interior Minister Rashid Benali said the army had surrounded the site.")]
    [InlineData("The country's foreign minister, Ingrid Solvang, said the hostages were in danger.")]
    [InlineData("Witness Carla Brightwater said she heard three shots.")]
    [InlineData("(Reporting by Jonas Whitcombe; Editing by Priya Raman)")]
    [InlineData("Prosecutor Elaine Marsh said charges were likely.")]
    [InlineData("Gov. Howard Pellman ordered flags flown at half-staff.")]
    [InlineData("Detective Sgt. Milo Trent told reporters the gun was stolen.")]
    public void Person_OfficialVictimWitnessOrByline_IsNotPerpetrator(string text)
    {
        PersonNames(text).Should().BeEmpty();
    }

    [Fact]
    public void Person_VictimAndShooterInOneSentence_OnlyShooterIsPerpetrator()
    {
        var names = PersonNames("Police say Jarell Upton, 22, was shot by his cousin, 20-year-old Devonte Marsh, on Saturday.");

        names.Should().Equal("Devonte Marsh");
    }

    [Fact]
    public void Person_SurnameAloneAfterFullName_IsOneEntity()
    {
        var claims = Perpetrators("Bertram Hollis, 33, was arrested Friday. Hollis was charged with assault. Police said Hollis fled.")
            .Where(static c => c.Kind == PerpetratorKind.Person).ToList();

        claims.Should().ContainSingle().Which.Name.Should().Be("Bertram Hollis");
    }

    [Fact]
    public void Person_SuffixKept_InName()
    {
        PersonNames("Alton Greaves Sr., 61, was charged with reckless homicide.").Should().Equal("Alton Greaves Sr.");
    }

    [Theory]
    [InlineData("Militants linked to al-Qaeda claimed the attack.", "al-Qaeda")]
    [InlineData("An al Qaeda-linked group said it carried out the raid.", "al-Qaeda")]
    [InlineData("Fighters with close ties to al-Qaida were seen in the area.", "al-Qaeda")]
    [InlineData("The gunmen pledged allegiance to ISIS before the attack.", "Islamic State")]
    [InlineData("Boko Haram fighters attacked the village at dawn.", "Boko Haram")]
    [InlineData("The Taliban said its fighters had seized the post.", "Taliban")]
    [InlineData("The raid was claimed by al-Shabab in a radio broadcast.", "al-Shabaab")]
    public void Group_WellKnown_AnySpelling_HasCanonicalName(string text, string name)
    {
        GroupNames(text).Should().Contain(name);
    }

    [Theory]
    [InlineData("The group, the Ahmed Bakr Brigade, said it was behind the kidnapping.", "Ahmed Bakr Brigade")]
    [InlineData("There were claims from a group calling itself the Sons of the Dunes.", "Sons of the Dunes")]
    [InlineData("The militant group Katibat al-Rimal said it held the workers.", "Katibat al-Rimal")]
    [InlineData("The attack was staged by the \"Riders of Dawn\" cell of a larger network.", "Riders of Dawn")]
    public void Group_NamedByHowTextTalksOfIt_IsFound(string text, string name)
    {
        GroupNames(text).Should().Contain(name);
    }

    [Fact]
    public void Group_MembersOfNamedGroup_NameStartsAfterOfThe()
    {
        var claim = Perpetrators("Rebels of the Tupac Amaru Revolutionary Movement (MRTA) stormed the residence.")
            .Should().ContainSingle(static c => c.Kind == PerpetratorKind.Group).Subject;

        claim.Name.Should().Be("Tupac Amaru Revolutionary Movement");
        claim.Aliases.Should().Equal("MRTA");
    }

    [Fact]
    public void Group_TwoNamesCoordinated_AreTwoGroups()
    {
        var names = GroupNames("There were claims of responsibility from groups calling themselves the Desert Falcons and Sons of the Dunes.");

        names.Should().BeEquivalentTo("Desert Falcons", "Sons of the Dunes");
    }

    [Fact]
    public void Group_OrTheSecondName_IsAlias()
    {
        var claim = Perpetrators("The raid was carried out by militant group Katibat al-Rimal, or the Sand Brigade, on Monday.")
            .Should().ContainSingle(static c => c.Kind == PerpetratorKind.Group).Subject;

        claim.Name.Should().Be("Katibat al-Rimal");
        claim.Aliases.Should().Contain("Sand Brigade");
    }

    [Fact]
    public void Group_AcronymInBrackets_GivesCanonicalNameAndAlias()
    {
        var claim = Perpetrators("He was a commander of al-Qaida in the Islamic Maghreb (AQIM) until last year.")
            .Should().ContainSingle(static c => c.Kind == PerpetratorKind.Group).Subject;

        claim.Name.Should().Be("al-Qaeda in the Islamic Maghreb");
        claim.Aliases.Should().Contain("AQIM");
        claim.Role.Should().Be("affiliate");
    }

    [Fact]
    public void Group_SpellingVariants_AreOneClaim()
    {
        var claims = Perpetrators("Militants linked to al-Qaeda attacked the plant. The al Qaida network has fighters in the region. Al-Qaeda has not commented.")
            .Where(static c => c.Kind == PerpetratorKind.Group).ToList();

        claims.Should().ContainSingle().Which.Name.Should().Be("al-Qaeda");
    }

    [Fact]
    public void Group_DoubtedAffiliation_IsUnconfirmed()
    {
        var claim = Perpetrators("Officials said it was unclear whether the cell is affiliated with AQIM.")
            .Should().ContainSingle(static c => c.Kind == PerpetratorKind.Group).Subject;

        claim.Role.Should().Be("affiliate");
        claim.Certainty.Should().Be(Certainty.Unconfirmed);
    }

    [Theory]
    [InlineData("Donations went to the Salvation Army after the shooting.")]
    [InlineData("A group of friends called Marcus to the house.")]
    [InlineData("The Algerian Army surrounded the plant.")]
    [InlineData("The Associated Press reported the news.")]
    [InlineData("IRA, Vt. (AP) \u2014 A man cleaning his handgun at a campsite shot his daughter.")]
    public void Group_OrdinaryNames_AreNotGroups(string text)
    {
        GroupNames(text).Should().BeEmpty();
    }
}
