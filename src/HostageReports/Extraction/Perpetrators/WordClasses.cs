using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// The perpetrator rule's words: every word of the word lists of <see cref="PerpetratorCues"/> and
/// <see cref="GroupCues"/> and every word of its cue phrases (<see cref="PhraseLists"/>), each with a
/// number, its <see cref="Id"/>: words equal ignoring case share it. A word's <see cref="WordClass"/> bits
/// (the lists it is in) come with its number, so one look-up a token answers every list, and the cue
/// phrases are matched by comparing numbers (<see cref="WordPhrases{T}"/>). A word is in a list exactly
/// when it equals one of the list's words ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>).
/// Built once, immutable, thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>
/// An ASCII text (nearly every token) is first tested by a <see cref="WordFilter"/> of the words' lengths and
/// ends, which turns most away without a hash. A text of at most eight characters is then packed, folded to
/// lower case, into one 64-bit number (seven bits a character, the length on top) and looked up among the
/// packed words in an open-addressed table: one multiplication, one comparison. A longer one is looked up
/// in an open-addressed table of the lower-case ASCII words under a hash that folds case as it goes. A text with other characters can only equal a word
/// with other characters (looked up in a frozen dictionary), unless each of them may equal an ASCII letter
/// ignoring case (the dotless "ı" is "I"): such rare texts are compared with the words one by one.
/// </remarks>
internal static class WordClasses
{
    /// <summary>The phrase lists of the perpetrator rule, whose words have numbers too.</summary>
    public static IReadOnlyList<string[]> PhraseLists { get; } =
    [
        GroupCues.Naming,
        GroupCues.AffiliationBefore,
        PerpetratorCues.Before.Select(static p => p.Phrase).ToArray(),
        PerpetratorCues.After.Select(static p => p.Phrase).ToArray(),
    ];

    /// <summary>The words by number; number 0, no word of the lists, is empty.</summary>
    private static readonly string[] Words;

    /// <summary>The classes of the words by number.</summary>
    private static readonly WordClass[] ClassesById;

    /// <summary>A filter of all the words: most texts are turned away by their length and ends, before any hash.</summary>
    private static readonly WordFilter Filter;

    /// <summary>The longest word packed into a 64-bit number (see <see cref="TryPack"/>).</summary>
    private const int MaxPacked = 8;

    /// <summary>The packed ASCII words of at most <see cref="MaxPacked"/> characters (see <see cref="TryPack"/>), open-addressed; 0 in an empty slot.</summary>
    private static readonly ulong[] PackedKeys;

    /// <summary>The numbers of <see cref="PackedKeys"/>.</summary>
    private static readonly ushort[] PackedIds;

    /// <summary>The shift that turns a packed word's hash into a slot of <see cref="PackedKeys"/>.</summary>
    private static readonly int PackedShift;

    /// <summary>The lower-case ASCII words longer than <see cref="MaxPacked"/> by <see cref="AsciiCase.TryHash"/>, open-addressed; null slots are empty.</summary>
    private static readonly string?[] AsciiKeys;

    /// <summary>The hashes of <see cref="AsciiKeys"/>: a probe reads the key only when they agree.</summary>
    private static readonly uint[] AsciiHashes;

    /// <summary>The numbers of <see cref="AsciiKeys"/>.</summary>
    private static readonly ushort[] AsciiIds;

    /// <summary>The numbers of the words with characters other than ASCII, or null when there are none.</summary>
    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>>? Others;

    /// <summary>The numbers of the words with other characters that may still equal an ASCII text ignoring case (rare; compared one by one).</summary>
    private static readonly ushort[] OthersLikeAscii;

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

        // The phrases' words, cut by the tokenizer as reports are.
        var tokens = new List<Token>();
        foreach (var phrase in PhraseLists.SelectMany(static l => l))
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            foreach (var t in tokens)
            {
                classes.TryAdd(phrase.Substring(t.Start, t.Length), WordClass.None);
            }
        }

        Words = ["", .. classes.Keys];
        if (Words.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many perpetrator words for their numbers: " + Words.Length);
        }

        ClassesById = [.. Words.Select(w => w.Length == 0 ? WordClass.None : classes[w])];
        Filter = new WordFilter(classes.Keys);

        int size = 1;
        while (size < Words.Length * 3)
        {
            size *= 2;
        }

        AsciiKeys = new string?[size];
        AsciiHashes = new uint[size];
        AsciiIds = new ushort[size];
        PackedKeys = new ulong[size];
        PackedIds = new ushort[size];
        PackedShift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var others = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        var othersLikeAscii = new List<ushort>();
        for (int id = 1; id < Words.Length; id++)
        {
            string word = Words[id];
            if (!System.Text.Ascii.IsValid(word))
            {
                others[word] = (ushort)id;
                if (AsciiCase.MayEqualAscii(word))
                {
                    othersLikeAscii.Add((ushort)id);
                }

                continue;
            }

            if (TryPack(word, out ulong packed))
            {
                int at = PackedSlot(packed);
                while (PackedKeys[at] != 0)
                {
                    at = (at + 1) & (size - 1);
                }

                PackedKeys[at] = packed;
                PackedIds[at] = (ushort)id;
                continue;
            }

            var key = word.ToLowerInvariant();
            AsciiCase.TryHash(key, out uint hash);
            int slot = (int)(hash & (uint)(size - 1));
            while (AsciiKeys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            AsciiKeys[slot] = key;
            AsciiHashes[slot] = hash;
            AsciiIds[slot] = (ushort)id;
        }

        Others = others.Count > 0 ? others.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>() : null;
        OthersLikeAscii = [.. othersLikeAscii];
    }

    /// <summary>One more than the largest number.</summary>
    public static int Count => Words.Length;

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static WordClass Of(ReadOnlySpan<char> word) => ClassesById[Id(word)];

    /// <summary>The lists the word of a number is in.</summary>
    /// <param name="id">The word's number (see <see cref="Id"/>).</param>
    /// <returns>One bit a list.</returns>
    public static WordClass OfId(ushort id) => ClassesById[id];

    /// <summary>The number of the word, ignoring case; 0 when it is no word of the lists or phrases.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The number: less than <see cref="Count"/>.</returns>
    public static ushort Id(ReadOnlySpan<char> word)
    {
        if (!Filter.MayContain(word))
        {
            return 0;
        }

        if (word.Length <= MaxPacked)
        {
            if (TryPack(word, out ulong packed))
            {
                var keys = PackedKeys;
                int mask = keys.Length - 1;
                for (int slot = PackedSlot(packed); keys[slot] is ulong key and not 0; slot = (slot + 1) & mask)
                {
                    if (key == packed)
                    {
                        return PackedIds[slot];
                    }
                }

                return OthersLikeAscii.Length == 0 ? (ushort)0 : FindOneByOne(word, OthersLikeAscii);
            }
        }
        else if (AsciiCase.TryHash(word, out uint hash))
        {
            var keys = AsciiKeys;
            int mask = keys.Length - 1;
            for (int slot = (int)(hash & (uint)mask); keys[slot] is { } key; slot = (slot + 1) & mask)
            {
                if (AsciiHashes[slot] == hash && key.Length == word.Length && AsciiCase.EqualsLower(word, key))
                {
                    return AsciiIds[slot];
                }
            }

            return OthersLikeAscii.Length == 0 ? (ushort)0 : FindOneByOne(word, OthersLikeAscii);
        }

        if (Others is { } others && others.TryGetValue(word, out ushort id))
        {
            return id;
        }

        return MayEqualAscii(word) ? FindAsciiOneByOne(word) : (ushort)0;
    }

    /// <summary>True when each character of the text is ASCII or may equal an ASCII one ignoring case.</summary>
    private static bool MayEqualAscii(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c >= 128 && !AsciiCase.MayEqualAscii(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of the word among some, compared one by one ignoring case.</summary>
    private static ushort FindOneByOne(ReadOnlySpan<char> word, ushort[] ids)
    {
        foreach (ushort id in ids)
        {
            if (word.Equals(Words[id], StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return 0;
    }

    /// <summary>The number of the ASCII word a text with other characters equals ignoring case, compared one by one (rare).</summary>
    private static ushort FindAsciiOneByOne(ReadOnlySpan<char> word)
    {
        for (int id = 1; id < Words.Length; id++)
        {
            if (Words[id].Length == word.Length && word.Equals(Words[id], StringComparison.OrdinalIgnoreCase))
            {
                return (ushort)id;
            }
        }

        return 0;
    }

    /// <summary>
    /// Packs an ASCII text of one to <see cref="MaxPacked"/> characters into a number: each character folded to
    /// lower case in seven bits, the length in the top eight; two texts equal ignoring case pack alike, and only they.
    /// False for a text not in ASCII (or too long, or empty).
    /// </summary>
    private static bool TryPack(ReadOnlySpan<char> text, out ulong packed)
    {
        packed = (ulong)text.Length << 56;
        if (text.Length is 0 or > MaxPacked)
        {
            return false;
        }

        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            if (c >= 128)
            {
                return false;
            }

            packed |= (ulong)AsciiCase.Lower(c) << (7 * k);
        }

        return true;
    }

    /// <summary>The first slot of a packed word in <see cref="PackedKeys"/>.</summary>
    private static int PackedSlot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> PackedShift);
}
