using System.Collections.Frozen;

namespace HostageReports.Extraction.Lexicons;

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
/// Phrase lists (data) that tell perpetrators from victims and officials: the words before a name
/// ("identified the shooter as", "led by", "the victim,"), after it ("was arrested", "opened fire",
/// "was pronounced dead"), titles, and words that are never part of a person's name.
/// Every phrase is lower-case, words separated by single spaces, punctuation as its own word.
/// </summary>
/// <summary>
/// The perpetrator rule's word lists, one bit each: a token's classes are looked up once per report
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

internal static class PerpetratorCues
{
    /// <summary>The word lists below as they are built (declared first, so it exists before them).</summary>
    private static readonly List<(WordClass Class, string[] Words, WordSet Set)> Registered = [];

    /// <summary>The word lists below: each one's <see cref="WordClass"/>, words and set.</summary>
    public static IReadOnlyList<(WordClass Class, string[] Words, WordSet Set)> ClassedWords => Registered;

    /// <summary>Phrases that end just before a name (after filler such as "his friend, 22-year-old").</summary>
    public static readonly (string Phrase, PersonCue Cue)[] Before =
    [
        .. Many(PersonCue.Suspect,
            "suspect", "suspects", "suspected", "alleged", "accused", "the accused", "defendant", "defendants",
            "arrested", "police arrested", "officers arrested", "deputies arrested", "arrest of", "arrests of", "arrest warrant for", "warrant for",
            "charged", "charging", "charges against", "booked", "indicted", "indictment of", "convicted", "sentenced", "sentencing of", "jailed",
            "identified the suspect as", "identified the suspects as", "identified the suspect", "identified the suspected shooter as",
            "identified the attacker as",
            "identified the killer as", "identified the driver as",
            "seeking", "searching for", "search for", "arrest warrants for", "warrants for", "warrant for the arrest of", "jury found",
            "identified the suspects", "charged with murder", "suspect is", "suspects is", "suspects are", "suspects in the case is",
            "the suspect has been identified as", "the suspect was identified as", "the suspect as", "the suspects as",  "looking for", "hunting for", "manhunt for", "wanted", "on the run",
            "shot by", "killed by", "gunned down by", "murdered by", "wounded by", "injured by", "stabbed by", "attacked by", "fired by",
            "allegedly shot by", "fatally shot by", "shot and killed by", "carried out by", "committed by",
            "attacker", "assailant", "killer", "murderer", "culprit", "perpetrator", "person of interest", "trial of", "custody of",
            "police shot", "police shot and killed", "police fatally shot", "officers shot", "officers shot and killed", "officer shot",
            "officer shot and killed", "deputies shot", "deputies shot and killed", "deputy shot", "deputy shot and killed",
            "deputies shoot and kill", "police shoot and kill", "troopers shot", "trooper shot", "agents shot"),
        .. Many(PersonCue.Shooter,
            "shooter", "gunman", "gunmen", "sniper", "the shooter has been identified as", "the shooter was identified as",
            "the gunman has been identified as", "the gunman was identified as", "the shooter is", "the gunman is", "identified the alleged shooter as", "identified the shooter as", "identified the gunman as", "suspected shooter", "alleged shooter", "suspected gunman", "alleged gunman",
            "the shooter ,", "the gunman ,", "the shooter was", "the gunman was", "shooter was"),
        .. Many(PersonCue.Leader,
            "led by", "headed by", "commanded by", "run by", "under the orders of", "under the command of", "under the leadership of",
            "orders of", "command of", "leader", "commander", "emir", "founder", "mastermind", "masterminded by", "orchestrated by",
            "ringleader", "chief of the group", "leader of the group"),
        .. Many(PersonCue.Member, "member", "militant", "jihadist", "fighter", "islamist", "terrorist", "insurgent", "rebel"),
        .. Many(PersonCue.Spokesman, "spokesman for the militants", "spokesman for the group", "militant spokesman", "group spokesman", "spokesman for the kidnappers"),
        .. Many(PersonCue.Associate, "associate of", "close associate of", "aide to", "ally of", "lieutenant of", "deputy to", "follower of", "followers of"),
        .. Many(PersonCue.Victim,
            "victim", "victims", "victim ,", "identified the victim as", "identified the victims as", "identified the dead as",
            "identified the man killed as", "identified the woman killed as", "identified the deceased as",
            "shot and killed", "fatally shot", "shot", "killed", "killing", "wounding", "injuring", "murdered", "wounded", "injured",
            "death of", "deaths of", "murder of", "killing of", "shooting of", "slaying of", "body of", "shooting death of",
            "killed were", "dead were", "the dead", "deceased", "survivor", "funeral of", "funeral for", "memory of", "honor of", "vigil for",
            "hostage", "hostages", "kidnapped", "abducted"),
        .. Many(PersonCue.Speech, "said", "says", "say", "told", "according to", "by"),
        .. Many(PersonCue.Official,
            "reporting by", "writing by", "editing by", "additional reporting by", "reported by", "photo by", "written by", "contact",
            "reporter", "correspondent", "journalist", "editor", "anchor", "witness", "witnesses",
            "prosecutor", "prosecutors", "district attorney", "attorney", "lawyer", "judge", "justice", "coroner", "medical examiner",
            "sheriff", "deputy", "officer", "detective", "trooper", "sergeant", "lieutenant", "captain", "corporal", "investigator",
            "agent", "special agent", "police chief", "chief", "commissioner", "superintendent", "marshal", "constable",
            "mayor", "governor", "senator", "representative", "president", "minister", "prime minister", "foreign minister",
            "interior minister", "secretary", "foreign secretary", "defence secretary", "defense secretary", "secretary of state",
            "ambassador", "spokesman", "spokeswoman", "spokesperson", "official", "councilman", "councilwoman", "alderman",
            "principal", "pastor", "reverend", "rev", "dr", "doctor", "professor", "director", "president of", "ceo", "executive"),
    ];

    /// <summary>Phrases that start just after a name (after filler such as ", 29, of Oakdale,").</summary>
    public static readonly (string Phrase, PersonCue Cue)[] After =
    [
        .. Many(PersonCue.Suspect,
            "was arrested", "has been arrested", "had been arrested", "were arrested", "is arrested", "was later arrested", "was also arrested",
            "was charged", "has been charged", "had been charged", "is charged", "were charged", "was later charged", "is now charged",
            "was booked", "were booked", "has been booked", "is accused", "was accused", "stands accused", "are accused", "were accused",
            "faces", "face", "is facing", "was facing", "faced", "now faces", "could face", "will face",
            "was indicted", "has been indicted", "were indicted", "pleaded", "pled", "has pleaded", "was sentenced", "were sentenced",
            "was convicted", "has been convicted", "was found guilty", "is suspected", "was suspected", "allegedly", "is alleged",
            "turned himself in", "turned herself in", "surrendered", "was taken into custody", "is in custody", "remains in custody",
            "was apprehended", "was captured", "was detained", "remains at large", "is at large", "is wanted", "was wanted", "is being sought",
            "fled", "confessed", "admitted", "was jailed", "is jailed", "was extradited", "is being held without bail", "is being held on",
            "was being held on", "was held on", "is held on", "is in jail", "remains in jail", "is set to appear", "appeared in court",
            "is the suspect", "was the suspect", "was found guilty of", "guilty", "is guilty", "was guilty", "entered a plea", "entered the plea",
            "entered pleas", "have been charged", "are charged", "are wanted", "were wanted", "will be arraigned", "will be sentenced",
            "is also charged", "was also charged", "is scheduled to be in court", "was scheduled to appear", "charged", "arrested", "indicted",
            "turned themselves in", ", who they say", ", who police said", "has been on the run", "is being held", "was ordered held",
            "was booked into", "is suspected of", "was suspected of", ", who is wanted", "will appear in court", "was ordered to",
            "was shot by police", "was shot by an officer", "was shot by a deputy", "was shot by officers", "was shot by deputies",
            "was shot and killed by police", "was shot and killed by an officer", "was shot and killed by a deputy",
            "was fatally shot by police", "was fatally shot by an officer", "was fatally shot by a deputy", "was killed by police",
            "was shot by a police officer", "was fatally shot by a police officer", "was shot and killed by officers",
            "is being charged", "are being charged", "was being charged", "were taken into custody", "are in custody",
            "are named as suspects", "were named as suspects", "was named as a suspect", "is named as a suspect", "was a suspect",
            "were suspects", "are suspects", "was armed", "attempted to rob", "tried to rob", "robbed", "broke into", "ambushed",
            "refused to comply", "was later identified as the", "has been identified as the suspect", "has been identified as the shooter",
 "is a suspect", "was identified as the suspect", "was named as a suspect",
            "was identified as the shooter", ", the suspect", ", the alleged", ", the suspected", ", who is charged", ", who was charged",
            ", who was arrested", ", who is accused", ", who police say", ", who authorities say", ", accused of", ", charged with",
            "was released on bond", "posted bond", "is scheduled to appear", "waived", "was arraigned", "is due in court"),
        .. Many(PersonCue.Shooter,
            "opened fire", "shot", "fired", "killed", "fatally shot", "shot and killed", "gunned down", "pulled out a", "pulled a gun",
            "pointed", "began shooting", "started shooting", "stabbed", "was the shooter", "was the gunman", ", the shooter", ", the gunman",
            "was cleaning", "was handling", "was playing with", "was holding", "was showing", "fired at", "fired shots", "shot at", "was shooting", "had been shooting", "open fire", "blasted"),
        .. Many(PersonCue.Leader,
            "led", "leads", "heads", "headed", "commanded", "commands", "is said to have led", "is believed to have led", "masterminded",
            "founded", "set up his own", "ordered the attack", "claimed responsibility", "is the leader", "was the leader"),
        .. Many(PersonCue.Victim,
            "was shot", "was killed", "was fatally shot", "was shot and killed", "was wounded", "was injured", "was hit", "was struck",
            "were shot", "were killed", "were wounded", "were injured", "was found dead", "was found shot", "was found with",
            "died", "dies", "has died", "later died", "was pronounced dead", "was declared dead", "was taken to", "was rushed",
            "was transported", "was hospitalized", "was treated", "suffered", "sustained", "was airlifted", "was flown", "was the victim",
            "was one of the victims", ", the victim", ", who died", ", who was killed", ", who was shot", "is survived", "was buried",
            "was remembered", "was listed in", "is in critical", "is in stable", "remains in critical", "remains hospitalized",
            "was kidnapped", "was taken hostage", "was abducted", "was released by"),
        .. Many(PersonCue.Speech,
            "said", "says", "told", "added", "explained", "stated", "confirmed", "announced", "declared", "described", "urged", "warned",
            "expressed", "spoke", "wrote", "reported", "noted", "testified"),
    ];

    /// <summary>Nouns of an apposition (", a former commander of ...", ", an Algerian jihadist") and what they make of the person.</summary>
    public static readonly FrozenDictionary<string, PersonCue>.AlternateLookup<ReadOnlySpan<char>> AppositionNouns = new Dictionary<string, PersonCue>
    {
        ["suspect"] = PersonCue.Suspect, ["suspects"] = PersonCue.Suspect, ["defendant"] = PersonCue.Suspect,
        ["shooter"] = PersonCue.Shooter, ["gunman"] = PersonCue.Shooter, ["killer"] = PersonCue.Suspect, ["attacker"] = PersonCue.Suspect,
        ["commander"] = PersonCue.Leader, ["leader"] = PersonCue.Leader, ["emir"] = PersonCue.Leader, ["founder"] = PersonCue.Leader,
        ["jihadist"] = PersonCue.Member, ["militant"] = PersonCue.Member, ["terrorist"] = PersonCue.Member, ["insurgent"] = PersonCue.Member,
        ["islamist"] = PersonCue.Member, ["fighter"] = PersonCue.Member, ["member"] = PersonCue.Member,
        ["charged"] = PersonCue.Suspect, ["accused"] = PersonCue.Suspect, ["arrested"] = PersonCue.Suspect, ["wanted"] = PersonCue.Suspect,
        ["associate"] = PersonCue.Associate, ["aide"] = PersonCue.Associate, ["lieutenant"] = PersonCue.Associate,
        ["victim"] = PersonCue.Victim, ["victims"] = PersonCue.Victim,
        ["spokesman"] = PersonCue.Official, ["spokeswoman"] = PersonCue.Official, ["spokesperson"] = PersonCue.Official,
        ["minister"] = PersonCue.Official, ["official"] = PersonCue.Official, ["officer"] = PersonCue.Official, ["sheriff"] = PersonCue.Official,
        ["detective"] = PersonCue.Official, ["prosecutor"] = PersonCue.Official, ["attorney"] = PersonCue.Official, ["lawyer"] = PersonCue.Official,
        ["judge"] = PersonCue.Official, ["reporter"] = PersonCue.Official, ["correspondent"] = PersonCue.Official, ["witness"] = PersonCue.Official,
        ["neighbor"] = PersonCue.Official, ["neighbour"] = PersonCue.Official, ["chief"] = PersonCue.Official, ["secretary"] = PersonCue.Official,
        ["president"] = PersonCue.Official, ["trooper"] = PersonCue.Official, ["deputy"] = PersonCue.Official, ["director"] = PersonCue.Official,
        ["mayor"] = PersonCue.Official, ["governor"] = PersonCue.Official, ["coroner"] = PersonCue.Official, ["analyst"] = PersonCue.Official,
        ["expert"] = PersonCue.Official, ["professor"] = PersonCue.Official, ["researcher"] = PersonCue.Official,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Everyday words of reports (auxiliaries, pronouns, prepositions, "police", "said"): a cue phrase is looked for by one of
    /// its other words, which are rarer (see <c>Perpetrators.CueAnchors</c>). Changes no answer, only how often phrases are tried.
    /// </summary>
    public static readonly WordSet EverydayWords = new(new[]
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into", "out", "up", "about",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "do", "did",
        "he", "she", "it", "they", "them", "his", "her", "their", "which", "that", "this", "not", "also", "now", "later",
        "said", "says", "say", "told", "police", "officers", "officer", "authorities", "man", "woman", "people", "found", ",",
    });

    /// <summary>Titles written before a name ("Sheriff John Doe", "Sgt. Ann Lee"): the person is an official, not a perpetrator.</summary>
    public static readonly WordSet Titles = Classed(WordClass.Titles, new[]
    {
        "sheriff", "deputy", "officer", "officers", "detective", "det", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "cpl", "corporal",
        "trooper", "chief", "commissioner", "superintendent", "marshal", "constable", "agent", "investigator", "inspector", "patrolman",
        "judge", "justice", "prosecutor", "attorney", "coroner", "mayor", "governor", "gov", "senator", "sen", "rep", "representative",
        "president", "minister", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson", "councilman", "councilwoman",
        "alderman", "pastor", "rev", "reverend", "father", "bishop", "imam", "rabbi", "dr", "doctor", "professor", "prof", "principal",
        "king", "queen", "prince", "princess", "sheikh", "general", "gen", "col", "colonel", "maj", "major", "adm", "admiral", "commander",
        "pope", "director", "dean", "coach", "ceo", "chairman", "premier", "chancellor", "assemblyman", "assemblywoman", "congressman",
        "congresswoman", "delegate", "commander-in-chief", "state's", "assistant", "district", "officer-in-charge", "police",
    });

    /// <summary>Honorifics that say nothing of the person's part: dropped from the name.</summary>
    public static readonly WordSet Honorifics = Classed(WordClass.Honorifics, new[] { "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam" });

    /// <summary>Name suffixes kept in the name: "Hubert Allen Jr.".</summary>
    public static readonly WordSet Suffixes = Classed(WordClass.Suffixes, new[] { "jr", "sr", "ii", "iii", "iv", "v" });

    /// <summary>Lower-case particles inside a name: "Ahmed Abu al-Hassan", "Ludwig van Beethoven".</summary>
    public static readonly WordSet Particles = Classed(WordClass.Particles, new[]
    {
        "al", "el", "bin", "ibn", "bint", "abu", "ould", "uld", "de", "del", "della", "der", "di", "da", "du", "dos", "das", "van", "von", "la", "le", "st",
    });

    /// <summary>
    /// Capitalised words that are never part of a person's name: sentence openers, pronouns, days, months,
    /// and the words of organisations, buildings and streets. A run holding an organisation word is no person.
    /// </summary>
    public static readonly WordSet NotNameWords = Classed(WordClass.NotNameWords, new[]
    {
        "the", "a", "an", "and", "but", "or", "if", "when", "while", "after", "before", "as", "at", "in", "on", "of", "for", "from", "with", "by",
        "to", "into", "about", "over", "under", "during", "since", "until", "because", "although", "though", "so", "then", "than", "also",
        "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "him", "them", "this", "that", "these",
        "those", "there", "here", "who", "what", "where", "why", "how", "which", "whose", "both", "all", "some", "many", "most", "none", "neither",
        "either", "each", "every", "one", "two", "three", "four", "five", "no", "not", "yes", "later", "earlier", "now", "today", "tonight",
        "yesterday", "tomorrow", "meanwhile", "however", "according", "authorities", "police", "officials", "investigators", "deputies",
        "witnesses", "officers", "prosecutors", "cops", "sources", "earlier", "residents", "students", "detectives", "troopers", "agents", "family", "friends", "relatives", "neighbors",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "department", "dept", "office", "county", "city", "state", "states", "police", "sheriff's", "university", "college", "school", "academy",
        "hospital", "center", "centre", "medical", "clinic", "church", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
        "drive", "lane", "highway", "hwy", "interstate", "route", "parkway", "court", "place", "circle", "park", "square", "plaza", "mall",
        "news", "press", "agency", "times", "post", "journal", "tribune", "herald", "gazette", "daily", "media", "tv", "radio", "channel",
        "network", "company", "corp", "corporation", "inc", "llc", "ltd", "group", "association", "service", "services", "bureau", "ministry",
        "government", "council", "court", "commission", "committee", "board", "republic", "kingdom", "united", "national", "federal",
        "international", "foundation", "institute", "club", "bar", "restaurant", "hotel", "motel", "apartments", "apartment", "store",
        "market", "bank", "station", "airport", "field", "plant", "facility", "complex", "base", "camp", "jail", "prison", "lanes",
        "senior", "junior", "high", "middle", "elementary", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "copyright", "reserved", "rights", "associated", "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "facebook", "twitter",
        "brigade", "brigades", "battalion", "front", "army", "movement", "cell", "faction", "militia", "islamic", "islamist", "jihad",
        "god", "lord", "christ", "allah", "christmas", "easter", "thanksgiving", "halloween", "eve", "day", "night", "year",
        "american", "americans", "african-american", "hispanic", "white", "black", "asian", "latino",
        "more", "related", "stories", "story", "galleries", "gallery", "photos", "photo", "video", "videos", "advertisement", "click",
        "share", "read", "watch", "comments", "subscribe", "sign", "log", "login", "email", "print", "previous", "next", "close", "menu",
        "honda", "toyota", "chevrolet", "chevy", "nissan", "dodge", "jeep", "buick", "cadillac", "hyundai", "pontiac", "chrysler",
        "lexus", "acura", "mazda", "subaru", "volkswagen", "mercedes", "oldsmobile", "infiniti", "bmw", "kia", "glock", "smith & wesson",
    });

    /// <summary>Words that make a sentence one about armed groups, where "leader" or "member" before a name marks a perpetrator.</summary>
    public static readonly WordSet ArmedContextWords = Classed(WordClass.ArmedContextWords, new[]
    {
        "militant", "militants", "jihadist", "jihadists", "islamist", "islamists", "terrorist", "terrorists", "insurgent", "insurgents",
        "rebel", "rebels", "guerrilla", "guerrillas", "extremist", "extremists", "kidnappers", "hostage-takers", "captors", "gunmen",
        "brigade", "battalion", "cell", "faction", "militia", "raid", "attack", "group", "group's", "network",
    });

    /// <summary>Words skipped between a cue and the name it points at: ages, kin, articles ("shot by his friend, 22-year-old").</summary>
    public static readonly WordSet Filler = Classed(WordClass.Filler, new[]
    {
        ",", "-", "a", "an", "the", "his", "her", "their", "its", "former", "senior", "close", "longtime", "named", "man", "woman", "men",
        "women", "teen", "teenager", "boy", "girl", "youth", "juvenile", "resident", "friend", "boyfriend", "girlfriend", "husband", "wife",
        "son", "daughter", "father", "mother", "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "stepfather", "stepson",
        "roommate", "neighbor", "co-worker", "coworker", "ex-boyfriend", "ex-girlfriend", "ex-husband", "ex-wife", "year-old", "years-old",
        "year", "years", "old", "aged", "age", "\u201c", "\"", "(", "identified", "as", "be", "to", "of", "and",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "another", "male", "female", "pal", "buddy",
    });

    /// <summary>Filler words that stop the reading of the words after a name: ", of Oakdale" is read apart, "to be" and quotes end it.</summary>
    public static readonly WordSet NotRightFiller = Classed(WordClass.NotRightFiller, new[] { "of", "to", "as", "be", "identified", "named", "\u201c", "\"" });

    /// <summary>Words skipped after a name besides the filler: ", 29, and", "both", "also", "had previously".</summary>
    public static readonly WordSet RightFiller = Classed(WordClass.RightFiller, new[]
    {
        ",", "and", "both", "all", "age", "aged", "(", ")", "-", "also", "then", "later", "reportedly", "has", "had", "have", "previously", "now",
    });

    /// <summary>Prepositions before a capitalised run that make it a place when no cue names a person: "in", "from", "near".</summary>
    public static readonly WordSet PlacePrepositions = Classed(WordClass.PlacePrepositions, new[] { "in", "at", "from", "near", "of", "on", "to", "into", "outside", "across", "toward", "towards" });

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

    private static IEnumerable<(string, PersonCue)> Many(PersonCue cue, params string[] phrases) => phrases.Select(p => (p, cue));

    /// <summary>A word list, registered under its class.</summary>
    private static WordSet Classed(WordClass c, string[] words)
    {
        var set = new WordSet(words);
        Registered.Add((c, words, set));
        return set;
    }
}

/// <summary>Phrase lists (data) for naming armed groups: head nouns, Arabic group words, naming cues, affiliation cues.</summary>
internal static class GroupCues
{
    /// <summary>The word lists below as they are built (declared first, so it exists before them).</summary>
    private static readonly List<(WordClass Class, string[] Words, WordSet Set)> Registered = [];

    /// <summary>The word lists below: each one's <see cref="WordClass"/>, words and set.</summary>
    public static IReadOnlyList<(WordClass Class, string[] Words, WordSet Set)> ClassedWords => Registered;

    /// <summary>Last words that make a capitalised run a group's name: "the X Brigade", "the Y Front".</summary>
    public static readonly WordSet Heads = Classed(WordClass.Heads, new[]
    {
        "brigade", "brigades", "battalion", "battalions", "front", "army", "movement", "cell", "faction", "legion", "militia", "militias",
        "mujahideen", "mujahedeen", "mujahidin", "commando", "commandos", "martyrs", "guerrillas", "tigers", "jihad",
    });

    /// <summary>Head words that name an armed group in any sentence; the others ("Front", "Army", "Movement") only where the sentence talks of militants.</summary>
    public static readonly WordSet StrongHeads = Classed(WordClass.StrongHeads, new[]
    {
        "brigade", "brigades", "battalion", "battalions", "legion", "militia", "militias", "mujahideen", "mujahedeen", "mujahidin", "martyrs",
    });

    /// <summary>Words that make a sentence one about militants, for the weaker head words.</summary>
    public static readonly WordSet MilitantWords = Classed(WordClass.MilitantWords, new[]
    {
        "militant", "militants", "jihadist", "jihadists", "islamist", "islamists", "terrorist", "terrorists", "insurgent", "insurgents",
        "rebel", "rebels", "guerrilla", "guerrillas", "extremist", "extremists", "kidnappers", "hostage-takers", "responsibility",
    });

    /// <summary>Plural nouns for a group's people, never the start of its name: "Fighters of the X Front".</summary>
    public static readonly WordSet MemberNouns = Classed(WordClass.MemberNouns, new[]
    {
        "members", "fighters", "followers", "supporters", "gunmen", "soldiers", "loyalists", "remnants", "elements", "leaders", "commanders",
    });

    /// <summary>First words that make a capitalised run a group's name: Arabic and Urdu words for brigade, front, movement, army, party.</summary>
    public static readonly WordSet Starts = Classed(WordClass.Starts, new[]
    {
        "katibat", "katiba", "katibah", "jamaat", "jama'at", "jamaah", "jemaah", "harakat", "harakah", "jabhat", "ansar", "lashkar", "jaish",
        "jaysh", "tehrik", "tehreek", "hizb", "liwa", "liwaa", "saraya", "kataib", "kata'ib", "ahrar", "jund", "junud", "tanzim", "majlis",
    });

    /// <summary>Lower-case words that may join the words of a group's name: "Sons of the Desert", "Ahmed Abu al-Hassan Brigade".</summary>
    public static readonly WordSet Connectors = Classed(WordClass.Connectors, new[]
    {
        "of", "in", "the", "al", "el", "with", "for", "de", "du", "des", "la", "le", "wal", "bin", "ibn", "abu", "and",
    });

    /// <summary>Phrases that introduce a group's name: "a group calling itself", "known as".</summary>
    public static readonly string[] Naming =
    [
        "calling itself", "calling themselves", "calls itself", "call themselves", "called itself", "called themselves",
        "known as", "also known as", "referred to as", "referred as", "refers to as", "has referred to as",
        "under the name", "under the banner of", "claiming to be", "identifying itself as", "describing itself as", "styling itself",
        "claimed by", "claim from", "claims from",
    ];

    /// <summary>Nouns one of which must stand shortly before a naming phrase.</summary>
    public static readonly WordSet NamingNouns = Classed(WordClass.NamingNouns, new[]
    {
        "group", "groups", "cell", "cells", "brigade", "brigades", "faction", "factions", "organisation", "organization", "organisations",
        "organizations", "movement", "movements", "militants", "outfit", "network", "militia", "battalion", "unit", "responsibility", "gang",
    });

    /// <summary>Adjectives of "militant group X": the word pair introduces a group's name.</summary>
    public static readonly WordSet Descriptors = Classed(WordClass.Descriptors, new[]
    {
        "militant", "armed", "islamist", "jihadist", "jihadi", "terrorist", "terror", "extremist", "rebel", "insurgent", "separatist",
        "radical", "islamic", "guerrilla", "paramilitary", "splinter", "breakaway", "salafist", "sunni", "shiite", "shia", "criminal",
    });

    /// <summary>Nouns that follow a descriptor: "militant group", "terrorist organisation".</summary>
    public static readonly WordSet DescribedNouns = Classed(WordClass.DescribedNouns, new[]
    {
        "group", "organisation", "organization", "movement", "faction", "outfit", "network", "cell", "brigade", "militia", "gang",
    });

    /// <summary>Lower-case nouns after a quoted name that make it a group: the "X" cell.</summary>
    public static readonly WordSet QuotedHeads = Classed(WordClass.QuotedHeads, new[]
    {
        "cell", "brigade", "group", "faction", "battalion", "unit", "movement", "militia", "wing", "branch", "network", "organisation", "organization",
    });

    /// <summary>Phrases that end just before a group and make it an affiliation: "linked to", "a former commander of".</summary>
    public static readonly string[] AffiliationBefore =
    [
        "linked to", "links to", "link to", "ties to", "tied to", "connected to", "affiliated with", "affiliated to", "affiliate of",
        "allied with", "allied to", "aligned with", "loyal to", "allegiance to", "member of", "members of", "commander of", "leader of",
        "commanders of", "leaders of", "veteran of", "offshoot of", "branch of", "wing of", "franchise of", "broke away from", "split from",
        "split with", "disagreements with", "inspired by", "associated with", "faction of", "fighters of", "commanded", "emir of",
        "affiliation with", "affiliated", "ally of", "allies of", "former", "ex",
    ];

    /// <summary>Words skipped between an affiliation phrase and the group: "linked to the terrorist network al-Qaeda".</summary>
    public static readonly WordSet AffiliationFiller = Classed(WordClass.AffiliationFiller, new[]
    {
        "the", "a", "an", "terrorist", "terror", "network", "group", "organisation", "organization", "movement", "militant", "jihadist",
        "islamist", "former", "senior", "deputy", "top", "feared", "notorious", "global", "international", "extremist",
    });

    /// <summary>Words right after a group that make it an affiliation: "former AQIM member".</summary>
    public static readonly WordSet AffiliationAfter = Classed(WordClass.AffiliationAfter, new[]
    {
        "member", "members", "commander", "commanders", "affiliate", "affiliates", "offshoot", "branch", "franchise", "veteran", "leader",
        "operative", "operatives", "ally", "allies", "fighters", "linked", "affiliated", "loyalists",
    });

    /// <summary>Hyphenated endings of a group's name that make it an affiliation: "al Qaeda-linked".</summary>
    public static readonly string[] AffiliationSuffixes = ["-linked", "-affiliated", "-backed", "-allied", "-aligned", "-inspired", "-connected", "-affiliate"];

    /// <summary>Phrases in a sentence that put its affiliations in doubt.</summary>
    public static readonly string[] Doubts =
    [
        "not clear whether", "not clear if", "unclear whether", "unclear if", "not known whether", "not known if", "not certain whether",
        "could not confirm", "could not be confirmed", "no evidence", "not yet clear", "uncertain whether", "whether the group",
    ];

    /// <summary>A word list, registered under its class.</summary>
    private static WordSet Classed(WordClass c, string[] words)
    {
        var set = new WordSet(words);
        Registered.Add((c, words, set));
        return set;
    }
}
