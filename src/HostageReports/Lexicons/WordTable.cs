using System.Collections.Frozen;

namespace HostageReports.Lexicons;

/// <summary>
/// The words of a closed list, each with a value, found ignoring case
/// (<see cref="StringComparison.OrdinalIgnoreCase"/>): the one table every per-token look-up of the
/// rules goes through. A text is in the table exactly when it equals one of its words ignoring case;
/// any other text gets the table's <c>missing</c> value. Built once, immutable, thread-safe; a look-up
/// allocates nothing.
/// </summary>
/// <remarks>
/// Nearly every token is a short ASCII word, and nearly every token is not in the table, so the look-up
/// is built for those:
/// <list type="number">
/// <item>A <see cref="WordFilter"/> of the words' lengths and ends turns most texts away without a hash.</item>
/// <item>An ASCII text of at most <see cref="AsciiCase.MaxPacked"/> characters is packed, folded to lower case, into
/// one 64-bit number (<see cref="AsciiCase.TryPack"/>) and found among the packed words of an open-addressed table:
/// one multiplication and one comparison, no characters compared.</item>
/// <item>A longer ASCII text is found in an open-addressed table of the lower-case ASCII words under
/// <see cref="AsciiCase.TryHash"/>, which folds case as it goes.</item>
/// <item>A text with other characters is found in a frozen dictionary of the words with other characters.</item>
/// </list>
/// Ignoring case, a few characters other than ASCII equal ASCII letters (the Kelvin sign is "k", the
/// dotless "ı" is "I"): such words and texts are rare, and compared one by one, so the answer is always
/// the one <see cref="StringComparison.OrdinalIgnoreCase"/> gives.
/// </remarks>
/// <typeparam name="T">The value kept with each word.</typeparam>
internal sealed class WordTable<T>
    where T : struct
{
    /// <summary>The golden-ratio multiplier that spreads a packed word over the table's slots.</summary>
    private const ulong Spread = 0x9E3779B97F4A7C15UL;

    /// <summary>The value of a text that is no word of the table.</summary>
    private readonly T _missing;

    /// <summary>A filter of all the words: most texts are turned away by their length and ends, before any hash.</summary>
    private readonly WordFilter _filter;

    /// <summary>The packed ASCII words of at most <see cref="AsciiCase.MaxPacked"/> characters (see <see cref="AsciiCase.TryPack"/>), open-addressed; 0 in an empty slot.</summary>
    private readonly ulong[] _packedKeys;

    /// <summary>The values of <see cref="_packedKeys"/>, slot by slot.</summary>
    private readonly T[] _packedValues;

    /// <summary>The shift that turns a packed word's product with <see cref="Spread"/> into a slot.</summary>
    private readonly int _packedShift;

    /// <summary>The lower-case ASCII words longer than <see cref="AsciiCase.MaxPacked"/>, by <see cref="AsciiCase.TryHash"/>, open-addressed; null in an empty slot.</summary>
    private readonly string?[] _asciiKeys;

    /// <summary>The hashes of <see cref="_asciiKeys"/>: a probe reads the key only when they agree.</summary>
    private readonly uint[] _asciiHashes;

    /// <summary>The values of <see cref="_asciiKeys"/>, slot by slot.</summary>
    private readonly T[] _asciiValues;

    /// <summary>The words with characters other than ASCII, or null when there are none.</summary>
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>>? _others;

    /// <summary>The words with other characters that may still equal an ASCII text ignoring case (rare; compared one by one).</summary>
    private readonly KeyValuePair<string, T>[] _othersLikeAscii;

    /// <summary>The ASCII words, for a text with other characters that may equal one of them ignoring case (rare; compared one by one).</summary>
    private readonly KeyValuePair<string, T>[] _asciiWords;

    /// <summary>Builds the table.</summary>
    /// <param name="words">The words and their values; words equal ignoring case must not repeat.</param>
    /// <param name="missing">The value of a text that is no word of the table.</param>
    /// <param name="filterBits">The size of the word filter as a power of two: more bits, fewer texts let through by chance.</param>
    /// <exception cref="ArgumentException">A word repeats, ignoring case.</exception>
    public WordTable(IEnumerable<KeyValuePair<string, T>> words, T missing, int filterBits = 14)
    {
        var all = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in words)
        {
            all.Add(word, value);
        }

        _missing = missing;
        _filter = new WordFilter(all.Keys, filterBits);

        var packed = new List<(ulong Key, T Value)>();
        var ascii = new List<KeyValuePair<string, T>>();
        var others = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in all)
        {
            if (AsciiCase.TryPack(pair.Key, out ulong key))
            {
                packed.Add((key, pair.Value));
            }
            else if (System.Text.Ascii.IsValid(pair.Key))
            {
                ascii.Add(new(pair.Key.ToLowerInvariant(), pair.Value));
            }
            else
            {
                others.Add(pair.Key, pair.Value);
            }
        }

        // At most one slot in two taken: a text that is no word mostly meets an empty slot at once.
        int packedSize = TableSize(packed.Count);
        _packedKeys = new ulong[packedSize];
        _packedValues = new T[packedSize];
        _packedShift = 64 - System.Numerics.BitOperations.Log2((uint)packedSize);
        foreach (var (key, value) in packed)
        {
            int slot = PackedSlot(key);
            while (_packedKeys[slot] != 0)
            {
                slot = (slot + 1) & (packedSize - 1);
            }

            _packedKeys[slot] = key;
            _packedValues[slot] = value;
        }

        int asciiSize = TableSize(ascii.Count);
        _asciiKeys = new string?[asciiSize];
        _asciiHashes = new uint[asciiSize];
        _asciiValues = new T[asciiSize];
        foreach (var (key, value) in ascii)
        {
            AsciiCase.TryHash(key, out uint hash);
            int slot = (int)(hash & (uint)(asciiSize - 1));
            while (_asciiKeys[slot] is not null)
            {
                slot = (slot + 1) & (asciiSize - 1);
            }

            _asciiKeys[slot] = key;
            _asciiHashes[slot] = hash;
            _asciiValues[slot] = value;
        }

        _others = others.Count > 0 ? others.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>() : null;
        _othersLikeAscii = [.. others.Where(static p => AsciiCase.MayEqualAscii(p.Key))];
        _asciiWords = [.. all.Where(static p => System.Text.Ascii.IsValid(p.Key))];
    }

    /// <summary>The value of a text: its word's, or the table's missing value.</summary>
    /// <param name="text">The text; case is ignored.</param>
    /// <returns>The value.</returns>
    public T this[ReadOnlySpan<char> text] => TryGetValue(text, out var value) ? value : _missing;

    /// <summary>Finds a text's word.</summary>
    /// <param name="text">The text; case is ignored.</param>
    /// <param name="value">Its word's value, or the table's missing value.</param>
    /// <returns>True when the text is a word of the table.</returns>
    public bool TryGetValue(ReadOnlySpan<char> text, out T value)
    {
        value = _missing;
        if (!_filter.MayContain(text))
        {
            return false;
        }

        if (text.Length <= AsciiCase.MaxPacked)
        {
            if (AsciiCase.TryPack(text, out ulong packed))
            {
                var keys = _packedKeys;
                int mask = keys.Length - 1;
                for (int slot = PackedSlot(packed); keys[slot] is ulong key and not 0; slot = (slot + 1) & mask)
                {
                    if (key == packed)
                    {
                        value = _packedValues[slot];
                        return true;
                    }
                }

                return _othersLikeAscii.Length > 0 && FindOneByOne(text, _othersLikeAscii, ref value);
            }
        }
        else if (AsciiCase.TryHash(text, out uint hash))
        {
            var keys = _asciiKeys;
            int mask = keys.Length - 1;
            for (int slot = (int)(hash & (uint)mask); keys[slot] is { } key; slot = (slot + 1) & mask)
            {
                if (_asciiHashes[slot] == hash && key.Length == text.Length && AsciiCase.EqualsLower(text, key))
                {
                    value = _asciiValues[slot];
                    return true;
                }
            }

            return _othersLikeAscii.Length > 0 && FindOneByOne(text, _othersLikeAscii, ref value);
        }

        // The text has characters other than ASCII.
        if (_others is { } others && others.TryGetValue(text, out value))
        {
            return true;
        }

        value = _missing;
        return MayEqualAscii(text) && FindOneByOne(text, _asciiWords, ref value);
    }

    /// <summary>The first slot of a packed word in <see cref="_packedKeys"/>.</summary>
    private int PackedSlot(ulong packed) => (int)((packed * Spread) >> _packedShift);

    /// <summary>A power of two at least twice the count (and at least 2): open-addressed tables stay at most half full.</summary>
    private static int TableSize(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, count * 2));

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

    /// <summary>Finds the text among some words, compared one by one ignoring case.</summary>
    private static bool FindOneByOne(ReadOnlySpan<char> text, KeyValuePair<string, T>[] words, ref T value)
    {
        foreach (var (word, v) in words)
        {
            if (word.Length == text.Length && text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        return false;
    }
}
