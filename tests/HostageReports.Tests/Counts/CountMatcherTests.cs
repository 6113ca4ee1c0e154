using FluentAssertions;

namespace HostageReports.Tests.Counts;

/// <summary>
/// The count rule's phrasings, one table per matcher (its name in CountSentenceReader), each row an example
/// phrasing of its doc comment with every claim it gives, in order; and the phrasings the matcher must not count.
/// </summary>
public class CountMatcherTests
{
    /// <summary>Coordinated members of one group (TryJoin, Between): each member is counted.</summary>
    public static readonly TheoryData<string, string[]> Coordinated = new()
    {
        { "A Briton and an Algerian were killed.", ["killed/GB/1/exact", "killed/DZ/1/exact"] },
        { "A Briton, an American, and a Norwegian were killed.", ["killed/GB/1/exact", "killed/US/1/exact", "killed/NO/1/exact"] },
        { "Seven hostages – three Belgians, two Americans and a Briton – were killed.", ["killed/all/7/exact", "killed/BE/3/exact", "killed/US/2/exact", "killed/GB/1/exact"] },
        { "In Kenwood, a teenage boy was killed.", ["killed/all/1/exact"] },
        { "HOUSTON – Four people were killed.", ["killed/all/4/exact"] },
    };

    /// <summary>CasualtyAfter and StepOver: the casualty word after the people, over auxiliaries, adverbs, ages and appositions.</summary>
    public static readonly TheoryData<string, string[]> CasualtyAfter = new()
    {
        { "Two Britons were killed.", ["killed/GB/2/exact"] },
        { "Three people were reportedly wounded.", ["wounded/all/3/exact"] },
        { "Three other men, ages 25, 26 and 33, were injured.", ["wounded/all/3/exact"] },
        { "The teen, identified as John Smith of Carlton, died.", ["killed/all/1/at-least"] },
        { "About 170 guests and staff were held hostage.", ["hostages/all/170/about"] },
    };

    /// <summary>PreferLaterVerb: a finite casualty verb later in the clause wins.</summary>
    public static readonly TheoryData<string, string[]> LaterVerb = new()
    {
        { "A boy who was shot on Friday has died.", ["killed/all/1/exact"] },
        { "He was taken to a hospital but died.", ["killed/all/1/at-least"] },
    };

    /// <summary>AmongAfter: membership after a form of "be" or "there were".</summary>
    public static readonly TheoryData<string, string[]> AmongAfter = new()
    {
        { "Two Americans are among the hostages.", ["hostages/US/2/exact"] },
        { "Three Britons were among the dead.", ["killed/GB/3/exact"] },
        { "There were two French among those missing.", ["missing/FR/2/exact"] },
        { "There were also two Britons among the hostages.", ["hostages/GB/2/exact"] },
    };

    /// <summary>BodiesFound: a number of the dead, whatever the verb.</summary>
    public static readonly TheoryData<string, string[]> BodiesFound = new()
    {
        { "15 bodies were recovered.", ["killed/all/15/exact"] },
        { "The bodies of 12 hostages were found.", ["killed/all/12/exact"] },
        { "Three corpses lay in the street.", ["killed/all/3/exact"] },
    };

    /// <summary>CasualtyBefore: the casualty word before the people.</summary>
    public static readonly TheoryData<string, string[]> CasualtyBefore = new()
    {
        { "Gunmen killed three guards.", ["killed/all/3/exact"] },
        { "The attackers opened fire, killing two Britons.", ["killed/GB/2/exact"] },
        { "The militants took 41 foreigners hostage.", ["hostages/foreign/41/exact"] },
    };

    /// <summary>AmongBefore: membership before the people.</summary>
    public static readonly TheoryData<string, string[]> AmongBefore = new()
    {
        { "Among the hostages are American and British citizens.", ["hostages/US/1/present", "hostages/GB/1/present"] },
        { "Among the dead were two Japanese.", ["killed/JP/2/exact"] },
    };

    /// <summary>HostageNoun: a noun of hostages counts them when nothing else governs them.</summary>
    public static readonly TheoryData<string, string[]> HostageNoun = new()
    {
        { "Two hostages were seen in a video.", ["hostages/all/2/exact"] },
        { "Two American hostages were moved.", ["hostages/US/2/exact"] },
    };

    /// <summary>CopulaToMember and CopulaComplement: what a copula links the people to.</summary>
    public static readonly TheoryData<string, string[]> Copula = new()
    {
        { "A British national was one of the two people who were killed.", ["killed/GB/1/exact", "killed/all/2/exact"] },
        { "A British national was one of the hostages.", ["hostages/GB/1/exact", "hostages/all/1/exact"] },
    };

    /// <summary>DashBreakdown and IncludingBreakdown: a breakdown after the casualty word.</summary>
    public static readonly TheoryData<string, string[]> Breakdown = new()
    {
        { "Six people had been wounded – two Britons, a Norwegian and a Japanese.", ["wounded/all/6/exact", "wounded/GB/2/exact", "wounded/NO/1/exact", "wounded/JP/1/exact"] },
        { "Two were killed: an American and a Briton.", ["killed/all/2/exact", "killed/US/1/exact", "killed/GB/1/exact"] },
        { "The attack left 38 hostages dead, among them six Britons.", ["killed/all/38/exact", "killed/GB/6/exact"] },
        { "The gunmen killed 23, including 10 Japanese.", ["killed/all/23/exact", "killed/JP/10/exact"] },
    };

    /// <summary>LinkedPeople: more people joined by "as well as", "along with".</summary>
    public static readonly TheoryData<string, string[]> Linked = new()
    {
        { "Two Americans were kidnapped as well as a French national.", ["hostages/US/2/exact", "hostages/FR/1/exact"] },
        { "Two people were killed along with three Britons.", ["killed/all/2/exact", "killed/GB/3/exact"] },
    };

    /// <summary>CopulaRestatement, PartOfTheMeasured, PartOfThem: parts and restatements of people counted before.</summary>
    public static readonly TheoryData<string, string[]> Parts = new()
    {
        { "The two people killed in the attack were an Algerian and a Briton.", ["killed/DZ/1/exact", "killed/GB/1/exact"] },
        { "Of the six wounded two were foreigners.", ["wounded/foreign/2/exact"] },
        { "Two people were killed, one of them British.", ["killed/all/2/exact", "killed/GB/1/exact"] },
        { "Three were hurt, two of them Canadians.", ["wounded/all/3/exact", "wounded/CA/2/exact"] },
    };

    /// <summary>TryFatally, TrySum and MeasureToCount: how a group's measure is counted.</summary>
    public static readonly TheoryData<string, string[]> Emitted = new()
    {
        { "Five people were shot, one fatally.", ["wounded/all/4/exact", "killed/all/1/exact"] },
        { "Five people were shot, two of them fatally.", ["wounded/all/3/exact", "killed/all/2/exact"] },
        { "Five people were shot, one seriously.", ["wounded/all/5/exact"] },
        { "One man and two women were wounded.", ["wounded/all/3/exact"] },
        { "Three men were in critical condition.", ["wounded/all/3/exact"] },
    };

    /// <summary>DeathToll, NumberOf, MurderSuicide, NumberVerb: the phrasings read on their own.</summary>
    public static readonly TheoryData<string, string[]> Alone = new()
    {
        { "The death toll rose to five.", ["killed/all/5/exact"] },
        { "The death toll has risen to 37 foreigners and one Algerian.", ["killed/foreign/37/exact", "killed/DZ/1/exact"] },
        { "The blast raised the death toll to 12.", ["killed/all/12/exact"] },
        { "Officials put the number of foreign workers who escaped at 20.", ["escaped/foreign/20/exact"] },
        { "The number of people killed rose to 12.", ["killed/all/12/exact"] },
        { "Police said it was an apparent murder-suicide.", ["killed/all/2/at-least"] },
        { "Police called it a murder-suicide.", ["killed/all/2/at-least"] },
        { "The hostages, which they say number 41, were moved.", ["hostages/all/41/exact"] },
        { "The kidnappers, believed to number about a dozen, fled.", ["attackers/all/12/about"] },
        { "The dead, who totaled 12, were buried.", ["killed/all/12/exact"] },
    };

    /// <summary>Phrasings each matcher must not count: the people did it, no casualty word, negation, threats, demands, no figure.</summary>
    public static readonly TheoryData<string> NoCount = new()
    {
        "He was taken to a hospital.",
        "Two were foreigners.",
        "No Americans were among the hostages.",
        "A man is in critical condition.",
        "Militants threatened to kill two hostages.",
        "The release of 20 hostages was demanded.",
        "The death toll was not given.",
        "The number of people in the building was large.",
        "Police said it was not clear if it was a murder-suicide.",
        "A number of 41 people.",
        "The victims were two Britons.",
    };

    [Theory]
    [MemberData(nameof(Coordinated))]
    [MemberData(nameof(CasualtyAfter))]
    [MemberData(nameof(LaterVerb))]
    [MemberData(nameof(AmongAfter))]
    [MemberData(nameof(BodiesFound))]
    [MemberData(nameof(CasualtyBefore))]
    [MemberData(nameof(AmongBefore))]
    [MemberData(nameof(HostageNoun))]
    [MemberData(nameof(Copula))]
    [MemberData(nameof(Breakdown))]
    [MemberData(nameof(Linked))]
    [MemberData(nameof(Parts))]
    [MemberData(nameof(Emitted))]
    [MemberData(nameof(Alone))]
    public void Matcher_ExamplePhrasing_GivesItsClaimsInOrder(string text, string[] expected) =>
        CountTestHelper.Keys(text).Should().Equal(expected);

    [Theory]
    [MemberData(nameof(Coordinated))]
    [MemberData(nameof(CasualtyAfter))]
    [MemberData(nameof(Breakdown))]
    [MemberData(nameof(Parts))]
    [MemberData(nameof(Alone))]
    public void Matcher_ExamplePhrasingAfterAnUnrelatedSentence_GivesTheSameClaims(string text, string[] expected) =>
        CountTestHelper.Keys("The embassy issued a statement on Monday. " + text).Should().Equal(expected);

    [Theory]
    [MemberData(nameof(NoCount))]
    public void Matcher_PhrasingThatCountsNobody_GivesNoClaim(string text) =>
        CountTestHelper.Keys(text).Should().BeEmpty();

    [Theory]
    [InlineData("The DEATH TOLL rose to five.", "killed/all/5/exact")]
    [InlineData("Officials put THE NUMBER OF foreign workers who escaped at 20.", "escaped/foreign/20/exact")]
    [InlineData("Police said it was an apparent Murder-Suicide.", "killed/all/2/at-least")]
    public void Matcher_WordsOfThePhrasingInCapitals_AreRead(string text, string expected) =>
        CountTestHelper.Keys(text).Should().Equal(expected);
}
