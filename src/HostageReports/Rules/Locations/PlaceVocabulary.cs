using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The location rule's own words (Lexicons/Data/places-words.tsv), one set a role: the words its matchers
/// compare token text with. Read once, immutable, thread-safe.
/// </summary>
internal static class PlaceVocabulary
{
    private const string Resource = "HostageReports.Lexicons.places-words.tsv";

    private static readonly Dictionary<string, List<string>> ByRole = Load();

    /// <summary>"date": the word before the date a dateline opens with ("date 2013-01-16 CAIRO").</summary>
    public static readonly WordSet DatelineDate = new(DatelineVocabulary.DateWords);

    /// <summary>"UPDATE", "BREAKING", "VIDEO": a first word that makes the capitals a banner, not a dateline.</summary>
    public static readonly WordSet DatelineBanner = Role("DatelineBanner");

    /// <summary>"the", "city", "of": words walked back over to a context phrase ("the border with the city of X").</summary>
    public static readonly WordSet ContextSkip = Role("ContextSkip");

    /// <summary>"the": a first word two spellings of one place may differ by ("The Dalles", "Dalles").</summary>
    public static readonly WordSet KeyParticle = Role("KeyParticle");

    /// <summary>"US", "U.S.": the country's names that are an adjective before a capitalised word ("U.S. State Department").</summary>
    public static readonly string[] UnitedStates = [.. ByRole["UnitedStates"]];

    /// <summary>"county": how a county's name in capitals ends ("HARLAN COUNTY").</summary>
    public static readonly string[] CountySuffixes = [.. ByRole["CountySuffix"]];

    /// <summary>"ing", "ed": how a word before "police" ends that is no place ("Responding police").</summary>
    public static readonly string[] VerbSuffixes = [.. ByRole["VerbSuffix"]];

    /// <summary>"pd": how a police agency's call sign ends ("LAPD", "NYPD").</summary>
    public static readonly string[] AgencySuffixes = [.. ByRole["AgencySuffix"]];

    /// <summary>True when the word ends with one of the suffixes, ignoring case.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (var s in suffixes)
        {
            if (word.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text is one of the words, as written (an ordinal comparison).</summary>
    public static bool IsExactly(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var s in words)
        {
            if (text.SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }

    private static WordSet Role(string role) => new(ByRole[role]);

    private static Dictionary<string, List<string>> Load()
    {
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows(Resource, 2))
        {
            foreach (var role in row[1])
            {
                if (!roles.TryGetValue(role, out var words))
                {
                    roles[role] = words = [];
                }

                words.AddRange(row[0]);
            }
        }

        return roles;
    }
}
