using System.Collections.Frozen;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Lexicons;

/// <summary>
/// Every word of the embedded lexicons (the tokens of every phrase of every <c>.tsv</c> file), each
/// with a number: words equal ignoring case share it. A token labelled with its word's number
/// (<see cref="Token.Word"/>) is matched by <see cref="PhraseTable{T}"/> and <see cref="WordSet"/>
/// by that number, without hashing its text again. Built once, immutable, thread-safe.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The label of a token not looked up: its text is read instead.</summary>
    public const ushort Unlabelled = 0;

    /// <summary>The label of a token whose text is no word of the lexicons.</summary>
    public const ushort Outside = 1;

    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Words;

    /// <summary>A filter of the words: most texts are labelled <see cref="Outside"/> without hashing them.</summary>
    private static readonly WordFilter Filter;

    static Vocabulary()
    {
        var words = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var resource in typeof(Vocabulary).Assembly.GetManifestResourceNames().Where(static r => r.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var line in LexiconFile.Lines(resource))
            {
                foreach (var cell in line.Split('\t', '|'))
                {
                    tokens.Clear();
                    Tokenizer.Tokenize(cell, 0, cell.Length, tokens);
                    foreach (var token in tokens)
                    {
                        var word = cell.Substring(token.Start, token.Length);
                        if (!words.ContainsKey(word))
                        {
                            words[word] = checked((ushort)(words.Count + Outside + 1));
                        }
                    }
                }
            }
        }

        Count = words.Count + Outside + 1;
        Filter = new WordFilter(words.Keys, bits: 16);
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // The ASCII words again in an open-addressed table of their lower-case forms, for the common case of an ASCII text:
        // a slot holds the hash, the number and where the key's characters are, so a probe reads one slot and one run of characters.
        int size = 1;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        AsciiSlots = new AsciiSlot[size];
        var chars = new System.Text.StringBuilder();
        foreach (var (word, number) in words)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                // Ignoring case, "ı" equals "I": an ASCII text could equal such a word, so the ASCII table cannot answer alone.
                AsciiComplete &= !word.Any(AsciiCase.MayEqualAscii);
                continue;
            }

            var key = word.ToLowerInvariant();
            uint hash = AsciiHash(key);
            int slot = (int)(hash & (uint)(size - 1));
            while (AsciiSlots[slot].Number != Unlabelled)
            {
                slot = (slot + 1) & (size - 1);
            }

            AsciiSlots[slot] = new AsciiSlot(hash, chars.Length, number, checked((ushort)key.Length));
            chars.Append(key);
        }

        AsciiChars = chars.ToString();

        OneAscii = new ushort[128];
        for (char c = '\0'; c < 128; c++)
        {
            OneAscii[c] = Find([c]);
        }
    }

    /// <summary>The label of each one-character ASCII text (punctuation, "a", "I", a digit): a fifth of a report's tokens, labelled by one read.</summary>
    private static readonly ushort[] OneAscii;

    /// <summary>The ASCII words by <see cref="AsciiHash"/> of their lower-case forms, open-addressed; a slot numbered <see cref="Unlabelled"/> is empty.</summary>
    private static readonly AsciiSlot[] AsciiSlots;

    /// <summary>The lower-case forms of the ASCII words, one after the other; <see cref="AsciiSlot.Offset"/> points into it.</summary>
    private static readonly string AsciiChars;

    /// <summary>True when no word equals an ASCII text ignoring case but the ASCII ones: then <see cref="AsciiSlots"/> answer for ASCII texts.</summary>
    private static readonly bool AsciiComplete = true;

    /// <summary>One more than the largest label.</summary>
    public static int Count { get; }

    /// <summary>The label of a word: its number, or <see cref="Outside"/>.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <returns>The label.</returns>
    public static ushort Of(ReadOnlySpan<char> word) =>
        word.Length == 1 && word[0] < 128 ? OneAscii[word[0]] : Find(word);

    /// <summary>The label of a word, looked up: see <see cref="Of"/>.</summary>
    private static ushort Find(ReadOnlySpan<char> word)
    {
        if (!Filter.MayContain(word))
        {
            return Outside;
        }

        if (AsciiComplete && AsciiCase.TryHash(word, out uint hash))
        {
            var slots = AsciiSlots;
            int mask = slots.Length - 1;
            for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                ref readonly var at = ref slots[slot];
                if (at.Number == Unlabelled)
                {
                    return Outside;
                }

                if (at.Hash == hash && at.Length == word.Length && AsciiCase.EqualsLower(word, AsciiChars.AsSpan(at.Offset, at.Length)))
                {
                    return at.Number;
                }
            }
        }

        return Words.TryGetValue(word, out ushort number) ? number : Outside;
    }

    /// <summary>A hash of an ASCII text that ignores case (FNV-1a over lower-case letters).</summary>
    private static uint AsciiHash(ReadOnlySpan<char> text) => AsciiCase.TryHash(text, out uint hash) ? hash : 0;

    /// <summary>A slot of <see cref="AsciiSlots"/>: a word's hash, where its lower-case form starts in <see cref="AsciiChars"/>, its number and its length.</summary>
    private readonly record struct AsciiSlot(uint Hash, int Offset, ushort Number, ushort Length);

    /// <summary>True when the word is a word of the lexicons, with its number.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <param name="number">Its number.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryGet(string word, out ushort number) => Words.TryGetValue(word, out number);

    /// <summary>Labels tokens with the numbers of their words.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, labelled in place.</param>
    public static void Label(string body, Span<Token> tokens)
    {
        foreach (ref var token in tokens)
        {
            token = token with { Word = Of(body.AsSpan(token.Start, token.Length)) };
        }
    }
}
