using System.Collections.Frozen;

namespace HostageReports.Lexicons;

/// <summary>
/// Well known armed groups (<c>armed-groups.tsv</c>), each with its canonical name and the spellings and acronyms reports use.
/// Data, not rules: a group not listed here is found by how the text talks about it.
/// </summary>
internal static class ArmedGroups
{
    /// <summary>Each group of <c>armed-groups.tsv</c>: its canonical name, and its names (the canonical one first, then the variants).</summary>
    private const string SpellingsFile = LexiconFile.Prefix + "group-key-spellings.tsv";

    private static readonly (string Canonical, string[] Variants)[] Entries =
        [.. LexiconFile.Read(LexiconFile.Prefix + "armed-groups.tsv", 1).Select(static r => (r.Cells[0][0], r.Cells[0]))];

    /// <summary>The rows of group-key-spellings.tsv: a scope, a spelling, its reading.</summary>
    private static readonly LexiconRow[] SpellingRows = [.. LexiconFile.Read(SpellingsFile, 3)];

    /// <summary>Words that add nothing to a key ("the"): any case.</summary>
    private static readonly string[] SilentWords = [.. SpellingRows.Where(static r => Scope(r) == SpellingScope.Word).Select(static r => LexiconFile.Single(r, 1))];

    /// <summary>The runs of key letters read as another ("qaida" as "qaeda"), in the order they are applied.</summary>
    private static readonly (string Spelling, string Reading)[] LetterFolds = [.. SpellingRows.Where(static r => Scope(r) == SpellingScope.Letters).Select(Fold)];

    /// <summary>Group keys (see <see cref="Key"/>) to their canonical names.</summary>
    public static FrozenDictionary<string, string> ByKey { get; } = BuildByKey();

    /// <summary>The most tokens any listed name spans.</summary>
    public static int MaxWords { get; } = Entries.SelectMany(static e => e.Variants).Max(static v => v.Split(' ', '-').Length);

    /// <summary>Group keys looked up by a span (see <see cref="AppendKey"/>).</summary>
    public static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByKeySpan { get; } = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every prefix of every group key: a key being built that is none of them can grow into no group.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeyPrefixes { get; } = ByKey.Keys
        .SelectMany(static k => Enumerable.Range(1, k.Length).Select(n => k[..n]))
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first character of every key, one bit each (see <see cref="KeyCharIndex"/>).</summary>
    private static readonly ulong KeyFirstChars = ByKey.Keys.Where(static k => KeyCharIndex(k[0]) >= 0).Aggregate(0UL, static (m, k) => m | (1UL << KeyCharIndex(k[0])));

    /// <summary>The first two characters of every key, one bit a pair (see <see cref="KeyCharIndex"/>).</summary>
    private static readonly ulong[] KeyFirstPairs = BuildFirstPairs();

    /// <summary>The first three characters of every key, one bit a triple (see <see cref="KeyCharIndex"/>).</summary>
    private static readonly ulong[] KeyFirstTriples = BuildFirstTriples();

    /// <summary>
    /// True when a group's key may start with the key letters of this word (the first word of a name):
    /// its first three (or, when it has only two, two) letters or digits, in lower case, begin some group's
    /// key. "Police" and "Sunday" begin none; "The" adds nothing to a key and may begin any.
    /// </summary>
    /// <param name="word">The word, any case.</param>
    /// <returns>False when no group's key starts so.</returns>
    public static bool MayStartKey(ReadOnlySpan<char> word)
    {
        if (IsSilent(word))
        {
            return true;
        }

        int first = -2, second = -2, third = -2;
        foreach (char c in word)
        {
            int index;
            if (c < 128)
            {
                // ASCII: a letter or digit is a key character as it is, a capital letter folded to lower case.
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    continue;
                }

                index = KeyCharIndex((char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)));
            }
            else if (char.IsLetterOrDigit(c))
            {
                index = KeyCharIndex(char.ToLowerInvariant(c));
            }
            else
            {
                continue;
            }

            if (first == -2)
            {
                first = index;
            }
            else if (second == -2)
            {
                second = index;
            }
            else
            {
                third = index;
                break;
            }
        }

        if (first == -2 || first == -1 || second == -1 || third == -1)
        {
            return true; // no key letter, or one these masks do not cover
        }

        if (second == -2)
        {
            return (KeyFirstChars & (1UL << first)) != 0;
        }

        if (third == -2)
        {
            int pair = (first * 36) + second;
            return (KeyFirstPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
        }

        int triple = (((first * 36) + second) * 36) + third;
        return (KeyFirstTriples[triple >> 6] & (1UL << (triple & 63))) != 0;
    }

    /// <summary>
    /// The key two spellings of one group share: lower-case letters and digits only, "the" dropped,
    /// "qaida" read as "qaeda". "al-Qaida", "al Qaeda" and "Al-Qa'ida" all give "alqaeda".
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> raw = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        foreach (var range in name.AsSpan().SplitAny(" \t\n"))
        {
            n += AppendKey(name.AsSpan(range), raw[n..]);
        }

        return raw[..Normalize(raw[..n])].ToString();
    }

    /// <summary>
    /// Writes the key letters of one word (no white space in it) into <paramref name="into"/>: its letters and
    /// digits in lower case, nothing for "the". Concatenate words' key letters, then <see cref="Normalize"/> them.
    /// </summary>
    /// <returns>The number of characters written (at most the word's length).</returns>
    public static int AppendKey(ReadOnlySpan<char> word, Span<char> into)
    {
        if (IsSilent(word))
        {
            return 0;
        }

        int n = 0;
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                into[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    /// <summary>Reads each run of letters the spellings fold as their reading ("qaida" and "qaedah" as "qaeda"), in place.</summary>
    /// <returns>The new length.</returns>
    public static int Normalize(Span<char> key)
    {
        int length = key.Length;
        foreach (var (spelling, reading) in LetterFolds)
        {
            length = Fold(key[..length], spelling, reading);
        }

        return length;
    }

    /// <summary>Reads every <paramref name="spelling"/> in the key as <paramref name="reading"/>, left to right, in place.</summary>
    /// <returns>The new length.</returns>
    private static int Fold(Span<char> key, string spelling, string reading)
    {
        int next = ((ReadOnlySpan<char>)key).IndexOf(spelling, StringComparison.Ordinal);
        if (next < 0)
        {
            return key.Length;
        }

        int w = next;
        for (int r = next; r < key.Length;)
        {
            if (((ReadOnlySpan<char>)key[r..]).StartsWith(spelling, StringComparison.Ordinal))
            {
                reading.CopyTo(key[w..]);
                w += reading.Length;
                r += spelling.Length;
            }
            else
            {
                key[w++] = key[r++];
            }
        }

        return w;
    }

    /// <summary>True when the word adds nothing to a key ("the").</summary>
    private static bool IsSilent(ReadOnlySpan<char> word)
    {
        foreach (var silent in SilentWords)
        {
            if (word.Equals(silent, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The scopes of group-key-spellings.tsv.</summary>
    private enum SpellingScope
    {
        /// <summary>A whole word of the name.</summary>
        Word,

        /// <summary>A run of the key's letters.</summary>
        Letters,
    }

    private static SpellingScope Scope(LexiconRow row) => LexiconFile.Class<SpellingScope>(row, 0);

    /// <summary>A letter fold of the file; a reading longer than its spelling, which the key's room cannot hold, is an error.</summary>
    private static (string Spelling, string Reading) Fold(LexiconRow row)
    {
        var spelling = LexiconFile.Single(row, 1);
        var reading = LexiconFile.Single(row, 2);
        if (reading.Length > spelling.Length || spelling.Length == 0)
        {
            throw LexiconErrors.InRow(row.File, row.Line, row.Text, "a reading must be no longer than its spelling");
        }

        return (spelling, reading);
    }

    /// <summary>0-25 for 'a'-'z', 26-35 for '0'-'9', -1 for any other character.</summary>
    private static int KeyCharIndex(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : -1;

    private static ulong[] BuildFirstPairs()
    {
        var pairs = new ulong[((36 * 36) + 63) / 64];
        foreach (var key in ByKey.Keys)
        {
            if (key.Length >= 2 && KeyCharIndex(key[0]) >= 0 && KeyCharIndex(key[1]) >= 0)
            {
                int pair = (KeyCharIndex(key[0]) * 36) + KeyCharIndex(key[1]);
                pairs[pair >> 6] |= 1UL << (pair & 63);
            }
        }

        return pairs;
    }

    private static ulong[] BuildFirstTriples()
    {
        var triples = new ulong[((36 * 36 * 36) + 63) / 64];
        foreach (var key in ByKey.Keys)
        {
            if (key.Length >= 3 && KeyCharIndex(key[0]) >= 0 && KeyCharIndex(key[1]) >= 0 && KeyCharIndex(key[2]) >= 0)
            {
                int triple = (((KeyCharIndex(key[0]) * 36) + KeyCharIndex(key[1])) * 36) + KeyCharIndex(key[2]);
                triples[triple >> 6] |= 1UL << (triple & 63);
            }
        }

        // A word starting with a spelling whose first three letters a fold changes ("qaida" read as "qaeda") may start a key too.
        foreach (var (spelling, reading) in LetterFolds)
        {
            if (spelling.Length >= 3 && !spelling.AsSpan(0, 3).SequenceEqual(reading.AsSpan(0, Math.Min(3, reading.Length)))
                && KeyCharIndex(spelling[0]) >= 0 && KeyCharIndex(spelling[1]) >= 0 && KeyCharIndex(spelling[2]) >= 0)
            {
                int triple = (((KeyCharIndex(spelling[0]) * 36) + KeyCharIndex(spelling[1])) * 36) + KeyCharIndex(spelling[2]);
                triples[triple >> 6] |= 1UL << (triple & 63);
            }
        }

        return triples;
    }

    private static FrozenDictionary<string, string> BuildByKey()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in Entries)
        {
            foreach (var v in variants)
            {
                d.TryAdd(Key(v), canonical);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Short variants (acronyms of at most four letters) that count only when written exactly so: "LeT", "JI", "ETA".</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactShortForms { get; } = Entries.SelectMany(static e => e.Variants)
        .Where(static v => v.Length <= 4 && !v.Contains(' ', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
