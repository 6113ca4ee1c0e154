using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// Every word list of <see cref="PerpetratorCues"/> and <see cref="GroupCues"/> in one table: a word's
/// <see cref="WordClass"/> bits with a single look-up, instead of one look-up a list. A word is in a
/// list exactly when the list's <see cref="WordSet"/> contains it (ignoring case; the ASCII words kept
/// apart as <see cref="WordSet"/> does). Built once, immutable, thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>
/// The words' class sets are few: each distinct one has a small number, its <see cref="Combination"/>,
/// so that a report can keep a token's classes in one byte (see <see cref="TokenClasses"/>). An ASCII
/// text (nearly every token) is first tested by a <see cref="WordFilter"/> of the words' lengths and ends,
/// which turns most away without a hash, then looked up in an open-addressed table of the lower-case
/// ASCII words under a hash that folds case as it goes; other texts go to frozen dictionaries.
/// </remarks>
internal static class WordClasses
{
    /// <summary>The distinct class sets of the words; number 0 is <see cref="WordClass.None"/>.</summary>
    private static readonly WordClass[] Combinations;

    /// <summary>For each combination number, that of its class set with <see cref="WordClass.PhraseWords"/> added: a text not in ASCII's.</summary>
    private static readonly byte[] WithPhraseWords;

    /// <summary>A filter of all the words: most texts are turned away by their length and ends, before any hash.</summary>
    private static readonly WordFilter Filter;

    /// <summary>The lower-case ASCII words by <see cref="TryAsciiHash"/>, open-addressed; null slots are empty.</summary>
    private static readonly string?[] AsciiKeys;

    /// <summary>The hashes of <see cref="AsciiKeys"/>: a probe reads the key only when they agree.</summary>
    private static readonly uint[] AsciiHashes;

    /// <summary>The combination numbers of <see cref="AsciiKeys"/>.</summary>
    private static readonly byte[] AsciiCombinations;

    /// <summary>The combination numbers of the words written in ASCII, for texts that are not.</summary>
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Ascii;

    /// <summary>The combination numbers of the other words, or null when there are none.</summary>
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>>? Others;

    /// <summary>True when a word of <see cref="Others"/> may equal an ASCII word ignoring case, so ASCII tokens are looked up there too.</summary>
    private static readonly bool OthersMatchAscii;

    /// <summary>The phrase lists whose first or last words have a class of <see cref="WordClass.PhraseWords"/>.</summary>
    public static IReadOnlyList<(WordClass Class, string[] Phrases, bool Last)> PhraseLists { get; } =
    [
        (WordClass.NamingLast, GroupCues.Naming, true),
        (WordClass.AffiliationLast, GroupCues.AffiliationBefore, true),
        (WordClass.BeforeLast, PerpetratorCues.Before.Select(static p => p.Phrase).ToArray(), true),
        (WordClass.AfterFirst, PerpetratorCues.After.Select(static p => p.Phrase).ToArray(), false),
    ];

    static WordClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (c, words, _) in PerpetratorCues.ClassedWords.Concat(GroupCues.ClassedWords))
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        // The phrases' end words, cut by the tokenizer as the phrase tables cut them.
        var tokens = new List<Text.Token>();
        foreach (var (c, phrases, last) in PhraseLists)
        {
            foreach (var phrase in phrases)
            {
                tokens.Clear();
                Text.Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
                if (tokens.Count > 0)
                {
                    var t = last ? tokens[^1] : tokens[0];
                    string w = phrase.Substring(t.Start, t.Length);
                    classes[w] = classes.GetValueOrDefault(w) | c;
                }
            }
        }

        // A text not in ASCII has every class of the phrase words besides its own (see WordClass.PhraseWords).
        var sets = classes.Values.Append(WordClass.None).Distinct().ToList();
        Combinations = [WordClass.None, .. sets.Concat(sets.Select(static c => c | WordClass.PhraseWords)).Distinct().Where(static c => c != WordClass.None).Order()];
        if (Combinations.Length > byte.MaxValue)
        {
            throw new InvalidOperationException("Too many distinct word class sets for a byte: " + Combinations.Length);
        }

        WithPhraseWords = [.. Combinations.Select(static c => NumberOf(c | WordClass.PhraseWords))];
        Filter = new WordFilter(classes.Keys);
        Ascii = classes.Where(static p => System.Text.Ascii.IsValid(p.Key))
            .ToFrozenDictionary(static p => p.Key, static p => NumberOf(p.Value), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var others = classes.Where(static p => !System.Text.Ascii.IsValid(p.Key)).ToFrozenDictionary(static p => p.Key, static p => NumberOf(p.Value), StringComparer.OrdinalIgnoreCase);
        if (others.Count > 0)
        {
            Others = others.GetAlternateLookup<ReadOnlySpan<char>>();
            OthersMatchAscii = others.Keys.Any(AsciiCase.MayEqualAscii);
        }

        int size = 1;
        while (size < classes.Count * 3)
        {
            size *= 2;
        }

        AsciiKeys = new string?[size];
        AsciiHashes = new uint[size];
        AsciiCombinations = new byte[size];
        foreach (var (word, c) in classes)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            TryAsciiHash(key, out uint hash);
            int slot = (int)(hash & (uint)(size - 1));
            while (AsciiKeys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            AsciiKeys[slot] = key;
            AsciiHashes[slot] = hash;
            AsciiCombinations[slot] = NumberOf(c);
        }
    }

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static WordClass Of(ReadOnlySpan<char> word) => Combinations[Combination(word)];

    /// <summary>The class set of a <see cref="Combination"/> number.</summary>
    /// <param name="combination">The number.</param>
    /// <returns>The classes.</returns>
    public static WordClass OfCombination(byte combination) => Combinations[combination];

    /// <summary>The number of the word's class set (0 for none): less than 255, so one more than it fits a byte.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The number; <see cref="OfCombination"/> gives its classes.</returns>
    public static byte Combination(ReadOnlySpan<char> word)
    {
        if (!Filter.MayContain(word))
        {
            return System.Text.Ascii.IsValid(word) ? (byte)0 : WithPhraseWords[0];
        }

        if (TryAsciiHash(word, out uint hash))
        {
            byte found = 0;
            var keys = AsciiKeys;
            int mask = keys.Length - 1;
            for (int slot = (int)(hash & (uint)mask); keys[slot] is { } key; slot = (slot + 1) & mask)
            {
                if (AsciiHashes[slot] == hash && key.Length == word.Length && EqualsLower(word, key))
                {
                    found = AsciiCombinations[slot];
                    break;
                }
            }

            return OthersMatchAscii ? WithOthers(word, found) : found;
        }

        byte number = WithOthers(word, Ascii.TryGetValue(word, out byte c) ? c : (byte)0);
        return WithPhraseWords[number];
    }

    /// <summary>
    /// A combination number, or that of the other (non-ASCII) word the text equals. The words are distinct
    /// ignoring case, so a text equals at most one of them: the two numbers are never both set.
    /// </summary>
    private static byte WithOthers(ReadOnlySpan<char> word, byte found) =>
        found == 0 && Others is { } others && others.TryGetValue(word, out byte o) ? o : found;

    /// <summary>The number of one of the words' class sets.</summary>
    private static byte NumberOf(WordClass classes) => (byte)Array.IndexOf(Combinations, classes);

    /// <summary>A hash of an ASCII text that ignores case (FNV-1a over lower-case letters); false when the text is not ASCII.</summary>
    private static bool TryAsciiHash(ReadOnlySpan<char> text, out uint hash)
    {
        hash = 2166136261;
        foreach (char c in text)
        {
            if (c >= 128)
            {
                return false;
            }

            hash = (hash ^ Lower(c)) * 16777619;
        }

        return true;
    }

    /// <summary>True when an ASCII text equals a lower-case key, ignoring the text's case.</summary>
    private static bool EqualsLower(ReadOnlySpan<char> text, string key)
    {
        for (int k = 0; k < text.Length; k++)
        {
            if (Lower(text[k]) != key[k])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
}
