using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The perpetrator rule's own small word lists (articles, pronouns, the words around an alias, an age, an address),
/// read once from <c>Lexicons/Data/names-words.tsv</c>: the person and group matchers test tokens against these
/// instead of words written in the code. A list missing from the file is a build defect and throws at load.
/// </summary>
internal static class NamesLexicon
{
    private const string Resource = "HostageReports.Lexicons.names-words.tsv";

    private static readonly Dictionary<string, string[]> Lists = Load();

    /// <summary>"the": a group's name may start with it and it adds nothing to the name.</summary>
    public static readonly string The = One("article");

    /// <summary>"and": joins two names a naming phrase introduced; never joins a run's words.</summary>
    public static readonly string And = One("coordinator");

    /// <summary>One word before a group's second name ("or", "aka").</summary>
    public static readonly string[] AliasWords = List("alias-word");

    /// <summary>A phrase before a group's second name ("also known as"): its last word is stepped over unread.</summary>
    public static readonly string[] AliasPhrase = List("alias-phrase");

    /// <summary>The pronouns a naming phrase may follow ("they called themselves").</summary>
    public static readonly string[] NamingPronouns = List("naming-pronoun");

    /// <summary>The words carrying a well known group's name on into a longer one ("in", "of").</summary>
    public static readonly string[] NameExtensions = List("name-extension");

    /// <summary>The word a sentence claiming an incident holds ("responsibility").</summary>
    public static readonly string Responsibility = One("responsibility");

    /// <summary>The stem a word of a sentence claiming an incident starts with ("claim").</summary>
    public static readonly string ClaimStem = One("claim-stem");

    /// <summary>The endings of a group's key that the next word may finish into "qaida".</summary>
    public static readonly string[] UnfinishedKeys = List("unfinished-key");

    /// <summary>The nouns after a place that make no resident of it ("home").</summary>
    public static readonly string[] NotResident = List("not-resident");

    /// <summary>The words before a person's home town after the name ("of", "from").</summary>
    public static readonly string[] Origin = List("origin");

    /// <summary>The words of an address after "of" ("the", "block", "of").</summary>
    public static readonly string[] Address = List("address");

    /// <summary>The words an apposition starts with ("a", "the", "his").</summary>
    public static readonly string[] AppositionOpenings = List("apposition-opening");

    /// <summary>The words that end an apposition before its noun ("of", "who", "and").</summary>
    public static readonly string[] AppositionStops = List("apposition-stop");

    /// <summary>What an age holds ("year-old").</summary>
    public static readonly string AgeInfix = One("age-infix");

    /// <summary>What an age may end with ("-old").</summary>
    public static readonly string AgeSuffix = One("age-suffix");

    /// <summary>The hyphenated particles inside a name, compared with case ("al-", "el-").</summary>
    public static readonly string[] HyphenParticles = List("hyphen-particle");

    private static Dictionary<string, string[]> Load()
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows(Resource, 2))
        {
            if (row[0].Length != 1 || row[1].Length == 0 || !lists.TryAdd(row[0][0], row[1]))
            {
                throw new InvalidDataException($"{Resource}: a list needs one name, given once, and one word or more.");
            }
        }

        return lists;
    }

    private static string[] List(string name) =>
        Lists.TryGetValue(name, out var words) ? words : throw new InvalidDataException($"{Resource}: the list '{name}' is missing.");

    private static string One(string name) =>
        List(name) is [var word] ? word : throw new InvalidDataException($"{Resource}: the list '{name}' must hold one word.");
}
