using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;

namespace HostageReports.Extraction.Locations;

/// <summary>
/// Every word list of <see cref="PlaceCues.ClassedWords"/> in one table: a word's <see cref="PlaceWord"/>
/// bits with a single look-up, instead of one look-up a list. A word is in a list exactly when the list's
/// <see cref="WordSet"/> contains it (ignoring case; the ASCII words kept apart as <see cref="WordSet"/>
/// does). The ASCII words are also kept in an open-addressing table of their lower-case forms, where an
/// ASCII token is found by a hash of its length and three of its characters and one comparison, folding
/// ASCII capitals as it reads (what ignoring case means between ASCII texts). Built once, immutable,
/// thread-safe; a look-up allocates nothing.
/// </summary>
internal static class PlaceWords
{
    /// <summary>A filter of all the words: most tokens are turned away by their length and first and last letters, before any hash.</summary>
    private static readonly WordFilter Any;

    /// <summary>The classes of the words written in ASCII.</summary>
    private static readonly FrozenDictionary<string, PlaceWord>.AlternateLookup<ReadOnlySpan<char>> Ascii;

    /// <summary>The classes of the other words, or null when there are none.</summary>
    private static readonly FrozenDictionary<string, PlaceWord>.AlternateLookup<ReadOnlySpan<char>>? Others;

    /// <summary>True when a word of <see cref="Others"/> may equal an ASCII word ignoring case, so ASCII tokens are looked up there too.</summary>
    private static readonly bool OthersMatchAscii;

    /// <summary>The slots of the ASCII words' table: a word in lower case, or null for an empty slot.</summary>
    private static readonly string?[] Keys;

    /// <summary>The classes of the word in the same slot of <see cref="Keys"/>.</summary>
    private static readonly PlaceWord[] Values;

    /// <summary>How far a slot's hash is shifted: 32 less the table's bits.</summary>
    private static readonly int Shift;

    /// <summary>The slots of the table of the ASCII words of up to <see cref="PackedLength"/> characters: the word packed (<see cref="Pack"/>), or 0 for an empty slot.</summary>
    private static readonly ulong[] PackedKeys;

    /// <summary>The classes of the word in the same slot of <see cref="PackedKeys"/>.</summary>
    private static readonly PlaceWord[] PackedValues;

    /// <summary>How far a packed word's hash is shifted: 64 less the table's bits.</summary>
    private static readonly int PackedShift;

    /// <summary>The longest word packed into one number: seven bits a character, the length above them.</summary>
    private const int PackedLength = 8;

    static PlaceWords()
    {
        var classes = new Dictionary<string, PlaceWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (c, words) in PlaceCues.ClassedWords)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        Any = new WordFilter(classes.Keys, bits: 15);
        Ascii = classes.Where(static p => System.Text.Ascii.IsValid(p.Key))
            .ToFrozenDictionary(static p => p.Key, static p => p.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var others = classes.Where(static p => !System.Text.Ascii.IsValid(p.Key)).ToFrozenDictionary(static p => p.Key, static p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (others.Count > 0)
        {
            Others = others.GetAlternateLookup<ReadOnlySpan<char>>();
            OthersMatchAscii = others.Keys.Any(AsciiCase.MayEqualAscii);
        }

        // At most one slot in four taken: a missing word mostly meets an empty slot at once.
        var ascii = classes.Where(static p => System.Text.Ascii.IsValid(p.Key) && p.Key.Length > 0).ToList();
        int bits = 6;
        while ((1 << bits) < ascii.Count * 4)
        {
            bits++;
        }

        Keys = new string?[1 << bits];
        Values = new PlaceWord[1 << bits];
        Shift = 32 - bits;
        foreach (var (word, c) in ascii)
        {
            int slot = Slot(word);
            while (Keys[slot] is not null)
            {
                slot = (slot + 1) & (Keys.Length - 1);
            }

            Keys[slot] = word.ToLowerInvariant();
            Values[slot] = c;
        }

        // Half the slots at most: the table stays small (most tokens are turned away by the filter before it).
        var packed = ascii.Where(static p => p.Key.Length <= PackedLength).ToList();
        bits = 6;
        while ((1 << bits) < packed.Count * 2)
        {
            bits++;
        }

        PackedKeys = new ulong[1 << bits];
        PackedValues = new PlaceWord[1 << bits];
        PackedShift = 64 - bits;
        foreach (var (word, c) in packed)
        {
            ulong key = Pack(word);
            int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> PackedShift);
            while (PackedKeys[slot] != 0)
            {
                slot = (slot + 1) & (PackedKeys.Length - 1);
            }

            PackedKeys[slot] = key;
            PackedValues[slot] = c;
        }
    }

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static PlaceWord Of(ReadOnlySpan<char> word)
    {
        if (!Any.MayContain(word))
        {
            return PlaceWord.None;
        }

        var result = Ascii.TryGetValue(word, out var c) ? c : PlaceWord.None;
        if (Others is { } others && (OthersMatchAscii || !System.Text.Ascii.IsValid(word)) && others.TryGetValue(word, out var o))
        {
            result |= o;
        }

        return result;
    }

    /// <summary>The lists a word written in ASCII is in: <see cref="Of"/>, read from the table of ASCII words.</summary>
    /// <param name="word">The word, ASCII characters only.</param>
    /// <returns>One bit a list.</returns>
    public static PlaceWord OfAscii(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || OthersMatchAscii)
        {
            return Of(word);
        }

        if (!Any.MayContain(word))
        {
            return PlaceWord.None;
        }

        if (word.Length <= PackedLength)
        {
            ulong packed = Pack(word);
            var packedKeys = PackedKeys;
            int packedMask = packedKeys.Length - 1;
            for (int slot = (int)((packed * 0x9E3779B97F4A7C15UL) >> PackedShift); ; slot = (slot + 1) & packedMask)
            {
                ulong key = packedKeys[slot];
                if (key == packed)
                {
                    return PackedValues[slot];
                }

                if (key == 0)
                {
                    return PlaceWord.None;
                }
            }
        }

        var keys = Keys;
        int mask = keys.Length - 1;
        for (int slot = Slot(word); ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key is null)
            {
                return PlaceWord.None;
            }

            if (key.Length == word.Length && AsciiCase.EqualsLower(word, key))
            {
                return Values[slot];
            }
        }
    }

    /// <summary>An ASCII word of up to <see cref="PackedLength"/> characters as one number: its characters, ASCII capitals folded, seven bits each, and its length above them; never 0.</summary>
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong packed = (ulong)word.Length;
        foreach (char c in word)
        {
            packed = (packed << 7) | AsciiCase.Lower(c);
        }

        return packed;
    }

    /// <summary>The slot a word starts its search at: a hash of its length and its first, middle and last characters, ASCII capitals folded.</summary>
    private static int Slot(ReadOnlySpan<char> word)
    {
        uint hash = ((uint)word.Length * 0x9E3779B1u) ^ (AsciiCase.Lower(word[0]) * 0x85EBCA77u) ^ (AsciiCase.Lower(word[^1]) * 0xC2B2AE3Du)
            ^ (AsciiCase.Lower(word[word.Length >> 1]) * 0x27D4EB2Fu);
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return (int)(hash >> Shift);
    }
}
