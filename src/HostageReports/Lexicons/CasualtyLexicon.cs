using HostageReports.Claims;

namespace HostageReports.Lexicons;

/// <summary>What a noun of people says about whom it counts.</summary>
internal enum PeopleRole : byte
{
    /// <summary>Anyone: "people", "workers", "a man".</summary>
    Person,

    /// <summary>A victim: "victims".</summary>
    Victim,

    /// <summary>A hostage: counted as hostages when no other casualty word applies.</summary>
    Hostage,

    /// <summary>An attacker: "gunmen", "militants"; counted as attackers with "involved", "stormed".</summary>
    Attacker,

    /// <summary>The dead: "15 bodies"; counted as killed whatever else is said of them.</summary>
    Dead,
}

/// <summary>A noun of people: whether it names one or many, whom it counts and its role.</summary>
/// <param name="Plural">True for "people", "workers"; false for "man", "worker".</param>
/// <param name="Population">All, foreign ("foreigners") or local ("locals").</param>
/// <param name="Role">Person, victim, hostage or attacker.</param>
internal readonly record struct PeopleNoun(bool Plural, Population Population, PeopleRole Role);

/// <summary>What a casualty word counts; <see cref="Shot"/> is hit by gunfire, dead or not.</summary>
internal enum CasualtyMeasure : byte
{
    /// <summary>Killed.</summary>
    Killed,

    /// <summary>Wounded.</summary>
    Wounded,

    /// <summary>Taken or held hostage.</summary>
    Hostages,

    /// <summary>Escaped.</summary>
    Escaped,

    /// <summary>Released, freed, rescued.</summary>
    Released,

    /// <summary>Missing.</summary>
    Missing,

    /// <summary>Involved as attackers.</summary>
    Attackers,

    /// <summary>Shot: wounded unless the same people are said to have died.</summary>
    Shot,

    /// <summary>Hurt, treated or in some condition: wounded unless the sentence says someone died.</summary>
    Injury,

    /// <summary>A state of the hurt ("in critical condition", "treated and released"): wounded when a number of people is in it.</summary>
    Condition,
}

/// <summary>Where the people stand relative to a casualty word.</summary>
[Flags]
internal enum PredicatePosition : byte
{
    /// <summary>The people come first: "two people were killed".</summary>
    After = 1,

    /// <summary>The people follow: "killing a French national".</summary>
    Before = 2,

    /// <summary>Either.</summary>
    Both = After | Before,
}

/// <summary>A casualty word or phrase: what it counts and where its people stand.</summary>
/// <param name="Measure">What it counts.</param>
/// <param name="Position">Where the people stand.</param>
internal readonly record struct Predicate(CasualtyMeasure Measure, PredicatePosition Position);

/// <summary>
/// The word lists the count rules read, kept as embedded data (<c>numbers.tsv</c>, <c>hedges.tsv</c>,
/// <c>vague.tsv</c>, <c>people.tsv</c>, <c>predicates.tsv</c>, <c>words.tsv</c>), loaded once.
/// </summary>
internal static class CasualtyLexicon
{
    /// <summary>Number words: "one" 1, "forty" 40, "dozen" 12.</summary>
    public static PhraseTable<long> NumberWords { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.numbers.tsv", 2).Select(r => KeyValuePair.Create(r[0][0], long.Parse(r[1][0], System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Hedges before a number: "at least" → at-least, "as many as" → at-most, "some" → about.</summary>
    public static PhraseTable<Qualifier> Hedges { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.hedges.tsv", 2).Select(r => KeyValuePair.Create(r[0][0], Enum.Parse<Qualifier>(r[1][0]))));

    /// <summary>Vague quantities and the least they allow: "several" 2, "dozens of" 24.</summary>
    public static PhraseTable<long> Vague { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.vague.tsv", 2).Select(r => KeyValuePair.Create(r[0][0], long.Parse(r[1][0], System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Nouns of people.</summary>
    public static PhraseTable<PeopleNoun> People { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.people.tsv", 4).Select(r => KeyValuePair.Create(
            r[0][0],
            new PeopleNoun(r[1][0] == "n", Population.Parse(r[2][0]), Enum.Parse<PeopleRole>(r[3][0], ignoreCase: true)))));

    /// <summary>Casualty words and phrases.</summary>
    public static PhraseTable<Predicate> Predicates { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.predicates.tsv", 3).Select(r => KeyValuePair.Create(
            r[0][0],
            new Predicate(Enum.Parse<CasualtyMeasure>(r[1][0], ignoreCase: true), Enum.Parse<PredicatePosition>(r[2][0], ignoreCase: true)))));

    /// <summary>Words that may stand between people and their casualty word ("were reportedly").</summary>
    public static PhraseTable<bool> Aux { get; } = Category("aux");

    /// <summary>Units after a number that make it no count of people ("miles", "year-old", "a.m").</summary>
    public static PhraseTable<bool> Units { get; } = Category("unit");

    /// <summary>Words before a number that make it no count of people ("$", "No.", "Route", month names).</summary>
    public static PhraseTable<bool> BeforeNumber { get; } = Category("before");

    /// <summary>Phrases of demands ("release of"): the numbers they govern are not counts.</summary>
    public static PhraseTable<bool> Demands { get; } = Category("demand");

    /// <summary>Phrases that move a figure to another period ("this year", "since").</summary>
    public static PhraseTable<bool> History { get; } = Category("history");

    /// <summary>Phrases before a casualty statement that move it to another incident ("two weeks after", "in a separate shooting").</summary>
    public static PhraseTable<bool> Earlier { get; } = Category("earlier");

    /// <summary>Membership phrases: "among the", "in the group of".</summary>
    public static PhraseTable<bool> Among { get; } = Category("among");

    /// <summary>Phrases that add more people to a casualty word: "as well as", "along with".</summary>
    public static PhraseTable<bool> Links { get; } = Category("link");

    /// <summary>Phrases that open a breakdown of a group: "including".</summary>
    public static PhraseTable<bool> Including { get; } = Category("including");

    /// <summary>Phrases that negate or suspend a casualty statement: "not clear if", "no one was".</summary>
    public static PhraseTable<bool> Negations { get; } = Category("negation");

    /// <summary>Phrases before a casualty word that say it did not happen: "threatened to", "tried to".</summary>
    public static PhraseTable<bool> Irrealis { get; } = Category("irrealis");

    /// <summary>Phrases that flag a claim as unverified: "could not be confirmed", "reportedly".</summary>
    public static PhraseTable<bool> Unconfirmed { get; } = Category("unconfirmed");

    /// <summary>Phrases that report a claim as denied.</summary>
    public static PhraseTable<bool> Denied { get; } = Category("denied");

    /// <summary>Words of organisations and titles that are not a person's name ("Police", "County").</summary>
    public static PhraseTable<bool> NotNames { get; } = Category("notname");

    /// <summary>Forms of "be" that link people to a state or a group.</summary>
    public static PhraseTable<bool> Be { get; } = Category("be");

    /// <summary>Auxiliaries after which a participle is passive: "were killed", "was found shot".</summary>
    public static PhraseTable<bool> Passive { get; } = Category("passive");

    /// <summary>Auxiliaries that open a clause's verb.</summary>
    public static PhraseTable<bool> Finite { get; } = Category("finite");

    /// <summary>Words that say someone died.</summary>
    public static PhraseTable<bool> DeathWords { get; } = Category("death");

    /// <summary>Words that open an object after a verb: "killed two", "shot him".</summary>
    public static PhraseTable<bool> ObjectOpeners { get; } = Category("object");

    /// <summary>Capitalised words of time that are no object after a verb: "injured Saturday".</summary>
    public static PhraseTable<bool> TimeWords { get; } = Category("time");

    /// <summary>Nouns that count everyone hit, not a kind of them: "people", "victims".</summary>
    public static PhraseTable<bool> GenericPeople { get; } = Category("generic");

    /// <summary>Words that say a wound may kill ("critically injured", "in critical condition", "life-threatening injuries").</summary>
    public static PhraseTable<bool> GraveWords { get; } = Category("grave");

    /// <summary>Words that open another clause: "where", "when".</summary>
    public static PhraseTable<bool> ClauseOpeners { get; } = Category("opener");

    /// <summary>Verbs that state a number: "which they say number 41".</summary>
    public static PhraseTable<bool> CountVerbs { get; } = Category("countverb");

    /// <summary>Determiners and possessives before people.</summary>
    public static PhraseTable<bool> Determiners { get; } = Category("determiner");

    /// <summary>Possessives that make citizens the speaker's: "its citizens".</summary>
    public static PhraseTable<bool> Own { get; } = Category("own");

    /// <summary>Subject pronouns for one person.</summary>
    public static PhraseTable<bool> SubjectPronouns { get; } = Category("subject");

    /// <summary>Object pronouns for one person.</summary>
    public static PhraseTable<bool> ObjectPronouns { get; } = Category("objectpronoun");

    /// <summary>Reflexive pronouns.</summary>
    public static PhraseTable<bool> Reflexives { get; } = Category("reflexive");

    /// <summary>Adjectives that make people foreign: "foreign", "western".</summary>
    public static PhraseTable<bool> ForeignAdjectives { get; } = Category("foreign");

    /// <summary>Adjectives that make people local.</summary>
    public static PhraseTable<bool> LocalAdjectives { get; } = Category("localadj");

    /// <summary>Words for people besides those already counted: "other", "more".</summary>
    public static PhraseTable<bool> OtherWords { get; } = Category("other");

    /// <summary>Words that end a phrase of people.</summary>
    public static PhraseTable<bool> Stops { get; } = Category("stop");

    /// <summary>Capitalised words before a number that open a hedge, not a name: "About 20".</summary>
    public static PhraseTable<bool> HedgeWords { get; } = Category("hedgeword");

    /// <summary>Reads a category of <c>words.tsv</c>; the attribution rules read theirs through it too.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its phrases.</returns>
    public static PhraseTable<bool> Words(string category) => Category(category);

    private static PhraseTable<bool> Category(string category) => new(
        LexiconFile.Rows("HostageReports.Lexicons.words.tsv", 2).Where(r => r[0][0] == category).Select(r => KeyValuePair.Create(r[1][0], true)));
}
