using System.Collections.Frozen;
using System.Text;
using HostageReports.Lexicons;

namespace HostageReports.Reconciliation;

/// <summary>
/// Keys that let two spellings of one name meet: an exact key (case, punctuation, accents and a leading
/// "the" ignored), a loose key (function words such as "al", "in", "with" dropped too), initials, and a
/// tolerant token comparison (one letter off in one long word).
/// </summary>
internal static class NameKeys
{
    /// <summary>The lists of names-keys.tsv.</summary>
    private enum List
    {
        /// <summary><see cref="FunctionWords"/>.</summary>
        FunctionWord,

        /// <summary><see cref="InitialsSkip"/>.</summary>
        InitialsSkip,

        /// <summary><see cref="Suffixes"/>.</summary>
        Suffix,

        /// <summary><see cref="Definite"/>.</summary>
        Definite,

        /// <summary><see cref="Articles"/>.</summary>
        Article,
    }

    private static readonly IReadOnlyDictionary<List, string[]> Lists = LexiconFile.Lists<List>(LexiconFile.Prefix + "names-keys.tsv");

    /// <summary>Words that carry no identity in a name: "Sons of the Desert" = "Sons of Desert"; "al-Qaeda" = "Qaeda".</summary>
    private static readonly FrozenSet<string> FunctionWords = Lists[List.FunctionWord].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words left out of initials: AQIM is al-Qaeda (in the) Islamic Maghreb.</summary>
    private static readonly FrozenSet<string> InitialsSkip = Lists[List.InitialsSkip].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Generational suffixes, never a surname: "John Smith Jr." goes by Smith.</summary>
    private static readonly FrozenSet<string> Suffixes = Lists[List.Suffix].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The article no key starts with: "The Taliban" = "Taliban".</summary>
    private static readonly FrozenSet<string> Definite = Lists[List.Definite].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The articles a speaker's key does not start with: "The Algerian Press Service" = "an Algerian press service".</summary>
    private static readonly FrozenSet<string> Articles = Lists[List.Article].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The surname of a name of two content words or more ("David Ray Conley III" → "conley"), or null.</summary>
    public static string? Surname(string[] content)
    {
        int last = content.Length - 1;
        while (last > 0 && Suffixes.Contains(content[last]))
        {
            last--;
        }

        return last >= 1 ? content[last] : null;
    }

    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžß";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzzs";

    private static readonly FrozenDictionary<char, char> Fold =
        Enumerable.Range(0, Accented.Length).ToFrozenDictionary(i => Accented[i], i => Plain[i]);

    /// <summary>The name's words, lower case, accents folded, punctuation dropped, a leading "the" dropped.</summary>
    public static string[] Words(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char raw in name)
        {
            char c = char.ToLowerInvariant(raw);
            if (Fold.TryGetValue(c, out char plain))
            {
                c = plain;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`')
            {
                // "Mu'askar" stays one word.
            }
            else
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && Definite.Contains(words[0]) ? words[1..] : words;
    }

    /// <summary>The exact key: words joined by one space.</summary>
    public static string Exact(string name) => string.Join(' ', Words(name));

    /// <summary>The words that carry identity (function words dropped; all words when nothing is left).</summary>
    public static string[] Content(string[] words)
    {
        var content = words.Where(w => !FunctionWords.Contains(w)).ToArray();
        return content.Length > 0 ? content : words;
    }

    /// <summary>The initials of a name of two words or more ("aqim"), or null.</summary>
    public static string? Initials(string[] words)
    {
        var kept = words.Where(w => !InitialsSkip.Contains(w)).ToArray();
        if (kept.Length < 2)
        {
            return null;
        }

        return string.Concat(kept.Select(w => w[0]));
    }

    /// <summary>True when a one-word name looks like initials: 2 to 6 letters.</summary>
    public static bool CouldBeInitials(string[] words) => words.Length == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(char.IsAsciiLetter);

    /// <summary>
    /// True when two names are the same words but for one long word one letter off ("Maghreb"/"Mahgreb",
    /// "Qaeda"/"Qaida"). Words of four letters or fewer must match exactly, so "Paul" never becomes "Saul".
    /// </summary>
    public static bool NearlyEqual(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        int near = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (a[i].Length < 5 || b[i].Length < 5 || !WithinOneEdit(a[i], b[i]))
            {
                return false;
            }

            near++;
        }

        return near == 1;
    }

    /// <summary>True when one substitution, insertion, deletion or swap of two neighbours turns one word into the other.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // substitution, or a swap of neighbours
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    /// <summary>The key of a speaker for counting independent sources: "The Algerian Press Service" = "algerian press service".</summary>
    public static string Speaker(string speaker)
    {
        var words = Words(speaker);
        int start = 0;
        while (start < words.Length - 1 && Articles.Contains(words[start]))
        {
            start++;
        }

        return string.Join(' ', words, start, words.Length - start);
    }
}
