using FluentAssertions;
using static HostageReports.Tests.Counts.CountTestHelper;

namespace HostageReports.Tests.Counts;

/// <summary>Phrasings of the wounded in shooting reports: conditions, ages, times after the verb.</summary>
public class WoundedCountTests
{
    [Theory]
    // a day after the casualty word is no object of an active verb
    [InlineData("Two others injured Friday are expected to recover.", "wounded/all/2/exact")]
    [InlineData("The gunfire left one woman dead and four others wounded Sunday night.", "killed/all/1/exact", "wounded/all/4/exact")]
    // a list of ages between the people and the verb
    [InlineData("Two women, ages 19 and 41, were injured.", "wounded/all/2/exact")]
    [InlineData("Four men, aged 18, 20, 22 and 30, were wounded in the parking lot.", "wounded/all/4/exact")]
    // "other" before a noun of people modifies it
    [InlineData("Two other women, ages 19 and 41, were injured.", "wounded/all/2/exact")]
    [InlineData("Three other men, all from out of town, were wounded.", "wounded/all/3/exact")]
    // a number of people in some condition
    [InlineData("Three other victims were listed in stable condition.", "wounded/all/3/exact")]
    [InlineData("Two teenagers remain in critical condition at the hospital.", "wounded/all/2/exact")]
    [InlineData("Five people were treated and released from local hospitals.", "wounded/all/5/exact")]
    // a number of people who went to the hospital by themselves or stay there
    [InlineData("Two other victims arrived at the hospital in a private car.", "wounded/all/2/exact")]
    [InlineData("Police said three people went to the hospital after the gunfire.", "wounded/all/3/exact")]
    [InlineData("Four people remain in the hospital.", "wounded/all/4/exact")]
    // an ordinal says there are others: in a report with deaths the person shot is not one of the dead; one more is at least one
    [InlineData("Two men were killed. A third man was shot in the arm but is expected to survive.", "killed/all/2/exact", "wounded/all/1/at-least")]
    [InlineData("One woman died. A second victim is in stable condition.", "killed/all/1/exact", "wounded/all/1/at-least")]
    // one named beside a number in some condition
    [InlineData("A man died. He and two other people are in stable condition.", "killed/all/1/exact", "wounded/all/3/exact")]
    // "her" before a noun of people or an age is a possessive; an age after "and" is one more person
    [InlineData("A gunman killed a man and left her sister wounded.", "killed/all/1/exact", "wounded/all/1/at-least")]
    [InlineData("A man died and his cousin and 9-year-old nephew were injured.", "killed/all/1/exact", "wounded/all/2/exact")]
    [InlineData("A 2-year-old girl and 30-year-old man were wounded.", "wounded/all/2/exact")]
    [InlineData("Police said the man shot her 4 times.", "wounded/all/1/at-least")]
    // everyone shot in a report that counts its dead: the rest are the wounded; a kind of people shot need not hold the dead
    [InlineData("Five people were shot on the porch. Two men died at the scene.", "killed/all/2/exact", "wounded/all/3/exact")]
    [InlineData("Four victims were shot, police said. One person was killed.", "killed/all/1/exact", "wounded/all/3/exact")]
    [InlineData("Three women were shot. A baby was killed.", "killed/all/1/exact")]
    [InlineData("Two people were shot. Two people were killed.", "killed/all/2/exact")]
    // the others with wounds are not the dead of the same sentence
    [InlineData("The ambush left a man dead and two others with gunshot wounds.", "killed/all/1/exact", "wounded/all/2/exact")]
    // struck, hit
    [InlineData("A 6-year-old girl was struck and wounded by a stray round.", "wounded/all/1/exact")]
    [InlineData("Three people were hit by the gunfire outside the store.", "wounded/all/3/exact")]
    public void Extract_WoundedPhrase_GivesCounts(string text, params string[] expected)
    {
        Keys(text).Should().BeEquivalentTo(expected);
    }

    [Theory]
    // one person in some condition is one of the victims described, not a total
    [InlineData("A man is in critical condition at the hospital.")]
    [InlineData("One victim was listed in serious condition.")]
    [InlineData("She remains in stable condition.")]
    [InlineData("The condition of the victims is unknown.")]
    [InlineData("He paused for a second before he ran.")]
    [InlineData("The shooting brought back memories of the day her son was killed.")]
    [InlineData("A woman who arrived at the hospital with a wound was questioned.")]
    public void Extract_OnePersonsCondition_GivesNoWoundedCount(string text)
    {
        Keys(text).Should().BeEmpty();
    }
}
