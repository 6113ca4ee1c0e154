using System.Collections.Frozen;

namespace HostageReports.Lexicons;

/// <summary>What a phrase next to a name says about the person it names.</summary>
internal enum PersonCue : byte
{
    /// <summary>The person is a suspect: arrested, charged, booked, accused, sought.</summary>
    Suspect,

    /// <summary>The person did the shooting: shooter, gunman, opened fire.</summary>
    Shooter,

    /// <summary>The person led it: led by, headed by, under the orders of. Counts only where the sentence talks of armed groups.</summary>
    Leader,

    /// <summary>A member of the group. Counts only where the sentence talks of armed groups.</summary>
    Member,

    /// <summary>A spokesman of the group. Counts only where the sentence talks of armed groups.</summary>
    Spokesman,

    /// <summary>An associate of the leader. Counts only where the sentence talks of armed groups.</summary>
    Associate,

    /// <summary>A victim: killed, wounded, the victim, the death of.</summary>
    Victim,

    /// <summary>An official, reporter or witness: sheriff, minister, spokesman of the police, "Reporting by".</summary>
    Official,

    /// <summary>Someone speaking: "said", "told", "according to". Weak: any other cue outweighs it.</summary>
    Speech,
}

/// <summary>
/// The perpetrator rule's word lists (the classes of <c>perpetrator-words.tsv</c> and <c>group-words.tsv</c>), one bit each: a token's classes are looked up once per report
/// (see <c>Perpetrators.WordClasses</c>) and later tests of the same token read the bits.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary><see cref="PerpetratorCues.Titles"/>.</summary>
    Titles = 1u << 0,

    /// <summary><see cref="PerpetratorCues.Honorifics"/>.</summary>
    Honorifics = 1u << 1,

    /// <summary><see cref="PerpetratorCues.Suffixes"/>.</summary>
    Suffixes = 1u << 2,

    /// <summary><see cref="PerpetratorCues.Particles"/>.</summary>
    Particles = 1u << 3,

    /// <summary><see cref="PerpetratorCues.NotNameWords"/>.</summary>
    NotNameWords = 1u << 4,

    /// <summary><see cref="PerpetratorCues.ArmedContextWords"/>.</summary>
    ArmedContextWords = 1u << 5,

    /// <summary><see cref="PerpetratorCues.Filler"/>.</summary>
    Filler = 1u << 6,

    /// <summary><see cref="PerpetratorCues.NotRightFiller"/>.</summary>
    NotRightFiller = 1u << 7,

    /// <summary><see cref="PerpetratorCues.RightFiller"/>.</summary>
    RightFiller = 1u << 8,

    /// <summary><see cref="PerpetratorCues.PlacePrepositions"/>.</summary>
    PlacePrepositions = 1u << 9,

    /// <summary><see cref="GroupCues.Heads"/>.</summary>
    Heads = 1u << 10,

    /// <summary><see cref="GroupCues.StrongHeads"/>.</summary>
    StrongHeads = 1u << 11,

    /// <summary><see cref="GroupCues.MilitantWords"/>.</summary>
    MilitantWords = 1u << 12,

    /// <summary><see cref="GroupCues.MemberNouns"/>.</summary>
    MemberNouns = 1u << 13,

    /// <summary><see cref="GroupCues.Starts"/>.</summary>
    Starts = 1u << 14,

    /// <summary><see cref="GroupCues.Connectors"/>.</summary>
    Connectors = 1u << 15,

    /// <summary><see cref="GroupCues.NamingNouns"/>.</summary>
    NamingNouns = 1u << 16,

    /// <summary><see cref="GroupCues.Descriptors"/>.</summary>
    Descriptors = 1u << 17,

    /// <summary><see cref="GroupCues.DescribedNouns"/>.</summary>
    DescribedNouns = 1u << 18,

    /// <summary><see cref="GroupCues.QuotedHeads"/>.</summary>
    QuotedHeads = 1u << 19,

    /// <summary><see cref="GroupCues.AffiliationFiller"/>.</summary>
    AffiliationFiller = 1u << 20,

    /// <summary><see cref="GroupCues.AffiliationAfter"/>.</summary>
    AffiliationAfter = 1u << 21,
}

/// <summary>
/// Phrase lists that tell perpetrators from victims and officials, read from the lexicon files: the
/// words before a name ("identified the shooter as", "led by", "the victim,"), after it ("was arrested",
/// "opened fire", "was pronounced dead") in <c>perpetrator-cues.tsv</c>, apposition nouns in
/// <c>perpetrator-appositions.tsv</c>, titles and words that are never part of a person's name in
/// <c>perpetrator-words.tsv</c>. Every phrase is lower-case, words separated by single spaces, punctuation as its own word.
/// </summary>
internal static class PerpetratorCues
{
    /// <summary>Which side of a name a cue phrase stands on (the first column of <c>perpetrator-cues.tsv</c>).</summary>
    private enum Side
    {
        /// <summary>The phrase ends just before the name.</summary>
        Before,

        /// <summary>The phrase starts just after the name.</summary>
        After,
    }

    private const string CuesFile = LexiconFile.Prefix + "perpetrator-cues.tsv";

    /// <summary>The word lists of <c>perpetrator-words.tsv</c>: each one's <see cref="WordClass"/>, words and set.</summary>
    public static IReadOnlyList<(WordClass Class, string[] Words, WordSet Set)> ClassedWords { get; } = WordLists.Load<WordClass>(Lexicon.PerpetratorWords);

    private static readonly LexiconRow[] CueRows = [.. LexiconFile.Read(CuesFile, 3)];

    /// <summary>Phrases that end just before a name (after filler such as "his friend, 22-year-old").</summary>
    public static readonly (string Phrase, PersonCue Cue)[] Before = Cues(Side.Before);

    /// <summary>Phrases that start just after a name (after filler such as ", 29, of Oakdale,").</summary>
    public static readonly (string Phrase, PersonCue Cue)[] After = Cues(Side.After);

    /// <summary>Nouns of an apposition (", a former commander of ...", ", an Algerian jihadist") and what they make of the person.</summary>
    public static readonly FrozenDictionary<string, PersonCue>.AlternateLookup<ReadOnlySpan<char>> AppositionNouns =
        LexiconFile.Read(LexiconFile.Prefix + "perpetrator-appositions.tsv", 2)
            .ToFrozenDictionary(static r => LexiconFile.Single(r, 0), static r => LexiconFile.Class<PersonCue>(r, 1), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Everyday words of reports (auxiliaries, pronouns, prepositions, "police", "said"): a cue phrase is looked for by one of
    /// its other words, which are rarer (see <c>Perpetrators.CueAnchors</c>). Changes no answer, only how often phrases are tried.
    /// </summary>
    public static readonly WordSet EverydayWords = new(LexiconFile.Words(LexiconFile.Prefix + "perpetrator-everyday.tsv"));

    /// <summary>Titles written before a name ("Sheriff John Doe", "Sgt. Ann Lee"): the person is an official, not a perpetrator.</summary>
    public static readonly WordSet Titles = WordLists.Set(ClassedWords, WordClass.Titles);

    /// <summary>Honorifics that say nothing of the person's part: dropped from the name.</summary>
    public static readonly WordSet Honorifics = WordLists.Set(ClassedWords, WordClass.Honorifics);

    /// <summary>Name suffixes kept in the name: "Hubert Allen Jr.".</summary>
    public static readonly WordSet Suffixes = WordLists.Set(ClassedWords, WordClass.Suffixes);

    /// <summary>Lower-case particles inside a name: "Ahmed Abu al-Hassan", "Ludwig van Beethoven".</summary>
    public static readonly WordSet Particles = WordLists.Set(ClassedWords, WordClass.Particles);

    /// <summary>
    /// Capitalised words that are never part of a person's name: sentence openers, pronouns, days, months,
    /// and the words of organisations, buildings and streets. A run holding an organisation word is no person.
    /// </summary>
    public static readonly WordSet NotNameWords = WordLists.Set(ClassedWords, WordClass.NotNameWords);

    /// <summary>Words that make a sentence one about armed groups, where "leader" or "member" before a name marks a perpetrator.</summary>
    public static readonly WordSet ArmedContextWords = WordLists.Set(ClassedWords, WordClass.ArmedContextWords);

    /// <summary>Words skipped between a cue and the name it points at: ages, kin, articles ("shot by his friend, 22-year-old").</summary>
    public static readonly WordSet Filler = WordLists.Set(ClassedWords, WordClass.Filler);

    /// <summary>Filler words that stop the reading of the words after a name: ", of Oakdale" is read apart, "to be" and quotes end it.</summary>
    public static readonly WordSet NotRightFiller = WordLists.Set(ClassedWords, WordClass.NotRightFiller);

    /// <summary>Words skipped after a name besides the filler: ", 29, and", "both", "also", "had previously".</summary>
    public static readonly WordSet RightFiller = WordLists.Set(ClassedWords, WordClass.RightFiller);

    /// <summary>Prepositions before a capitalised run that make it a place when no cue names a person: "in", "from", "near".</summary>
    public static readonly WordSet PlacePrepositions = WordLists.Set(ClassedWords, WordClass.PlacePrepositions);

    /// <summary>Whether a cue needs a sentence that talks of armed groups.</summary>
    public static bool NeedsArmedContext(PersonCue cue) => cue is PersonCue.Leader or PersonCue.Member or PersonCue.Spokesman or PersonCue.Associate;

    /// <summary>The role a cue gives a person.</summary>
    public static string RoleOf(PersonCue cue) => cue switch
    {
        PersonCue.Shooter => "shooter",
        PersonCue.Leader => "leader",
        PersonCue.Member => "member",
        PersonCue.Spokesman => "spokesman",
        PersonCue.Associate => "associate",
        _ => "suspect",
    };

    /// <summary>The cue phrases of one side, in file order.</summary>
    private static (string Phrase, PersonCue Cue)[] Cues(Side side) =>
        [.. CueRows.Where(r => LexiconFile.Class<Side>(r, 0) == side).Select(static r => (LexiconFile.Single(r, 2), LexiconFile.Class<PersonCue>(r, 1)))];
}

/// <summary>Phrase lists for naming armed groups, read from <c>group-words.tsv</c> and <c>group-phrases.tsv</c>: head nouns, Arabic group words, naming cues, affiliation cues.</summary>
internal static class GroupCues
{
    /// <summary>The lists of <c>group-phrases.tsv</c> (its first column).</summary>
    private enum PhraseList
    {
        /// <summary><see cref="Naming"/>.</summary>
        Naming,

        /// <summary><see cref="AffiliationBefore"/>.</summary>
        AffiliationBefore,

        /// <summary><see cref="AffiliationSuffixes"/>.</summary>
        AffiliationSuffixes,

        /// <summary><see cref="Doubts"/>.</summary>
        Doubts,
    }

    /// <summary>The word lists of <c>group-words.tsv</c>: each one's <see cref="WordClass"/>, words and set.</summary>
    public static IReadOnlyList<(WordClass Class, string[] Words, WordSet Set)> ClassedWords { get; } = WordLists.Load<WordClass>(Lexicon.GroupWords);

    private static readonly IReadOnlyDictionary<PhraseList, string[]> Phrases = LexiconFile.Lists<PhraseList>(LexiconFile.Prefix + "group-phrases.tsv");

    /// <summary>Last words that make a capitalised run a group's name: "the X Brigade", "the Y Front".</summary>
    public static readonly WordSet Heads = WordLists.Set(ClassedWords, WordClass.Heads);

    /// <summary>Head words that name an armed group in any sentence; the others ("Front", "Army", "Movement") only where the sentence talks of militants.</summary>
    public static readonly WordSet StrongHeads = WordLists.Set(ClassedWords, WordClass.StrongHeads);

    /// <summary>Words that make a sentence one about militants, for the weaker head words.</summary>
    public static readonly WordSet MilitantWords = WordLists.Set(ClassedWords, WordClass.MilitantWords);

    /// <summary>Plural nouns for a group's people, never the start of its name: "Fighters of the X Front".</summary>
    public static readonly WordSet MemberNouns = WordLists.Set(ClassedWords, WordClass.MemberNouns);

    /// <summary>First words that make a capitalised run a group's name: Arabic and Urdu words for brigade, front, movement, army, party.</summary>
    public static readonly WordSet Starts = WordLists.Set(ClassedWords, WordClass.Starts);

    /// <summary>Lower-case words that may join the words of a group's name: "Sons of the Desert", "Ahmed Abu al-Hassan Brigade".</summary>
    public static readonly WordSet Connectors = WordLists.Set(ClassedWords, WordClass.Connectors);

    /// <summary>Phrases that introduce a group's name: "a group calling itself", "known as".</summary>
    public static readonly string[] Naming = Phrases[PhraseList.Naming];

    /// <summary>Nouns one of which must stand shortly before a naming phrase.</summary>
    public static readonly WordSet NamingNouns = WordLists.Set(ClassedWords, WordClass.NamingNouns);

    /// <summary>Adjectives of "militant group X": the word pair introduces a group's name.</summary>
    public static readonly WordSet Descriptors = WordLists.Set(ClassedWords, WordClass.Descriptors);

    /// <summary>Nouns that follow a descriptor: "militant group", "terrorist organisation".</summary>
    public static readonly WordSet DescribedNouns = WordLists.Set(ClassedWords, WordClass.DescribedNouns);

    /// <summary>Lower-case nouns after a quoted name that make it a group: the "X" cell.</summary>
    public static readonly WordSet QuotedHeads = WordLists.Set(ClassedWords, WordClass.QuotedHeads);

    /// <summary>Phrases that end just before a group and make it an affiliation: "linked to", "a former commander of".</summary>
    public static readonly string[] AffiliationBefore = Phrases[PhraseList.AffiliationBefore];

    /// <summary>Words skipped between an affiliation phrase and the group: "linked to the terrorist network al-Qaeda".</summary>
    public static readonly WordSet AffiliationFiller = WordLists.Set(ClassedWords, WordClass.AffiliationFiller);

    /// <summary>Words right after a group that make it an affiliation: "former AQIM member".</summary>
    public static readonly WordSet AffiliationAfter = WordLists.Set(ClassedWords, WordClass.AffiliationAfter);

    /// <summary>Hyphenated endings of a group's name that make it an affiliation: "al Qaeda-linked".</summary>
    public static readonly string[] AffiliationSuffixes = Phrases[PhraseList.AffiliationSuffixes];

    /// <summary>Phrases in a sentence that put its affiliations in doubt.</summary>
    public static readonly string[] Doubts = Phrases[PhraseList.Doubts];
}

/// <summary>Word lists of a classed lexicon file (columns: class, word), each with its set.</summary>
internal static class WordLists
{
    /// <summary>Reads the classed lists of a file, each with its <see cref="WordSet"/>.</summary>
    /// <typeparam name="TClass">The enum of the file's classes.</typeparam>
    /// <param name="resource">The file's resource name.</param>
    /// <returns>Each class, its words and their set, in file order.</returns>
    public static (TClass Class, string[] Words, WordSet Set)[] Load<TClass>(string resource)
        where TClass : struct, Enum =>
        [.. LexiconFile.Classes<TClass>(resource).Select(static l => (l.Class, l.Words, new WordSet(l.Words)))];

    /// <summary>The set of one class; a class the file does not list is an error.</summary>
    /// <typeparam name="TClass">The enum of the classes.</typeparam>
    /// <param name="lists">The lists (see <see cref="Load{TClass}"/>).</param>
    /// <param name="c">The class.</param>
    /// <returns>Its set.</returns>
    public static WordSet Set<TClass>(IEnumerable<(TClass Class, string[] Words, WordSet Set)> lists, TClass c)
        where TClass : struct, Enum =>
        lists.FirstOrDefault(l => l.Class.Equals(c)).Set ?? throw LexiconErrors.InFile(typeof(TClass).Name, $"no word of {c} is listed");
}
