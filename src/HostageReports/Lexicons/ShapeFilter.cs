namespace HostageReports.Lexicons;

/// <summary>
/// A filter of a closed list of words by their shape, ignoring case: one bit per (length, first
/// letter, last letter), the letters taken as their low five bits (the same for a capital and its
/// small letter) and the length as its low four. The bit is found without hashing (three masks and
/// shifts), for loops that test every word of a report and turn nearly all away. A clear bit proves a
/// word is not in the list; a set bit proves nothing. A word whose first or last character is not ASCII
/// is always let through. Built once, immutable, thread-safe.
/// </summary>
internal sealed class ShapeFilter
{
    /// <summary>One bit per shape: 16 lengths × 32 first letters × 32 last letters.</summary>
    private readonly ulong[] _bits = new ulong[(16 * 32 * 32) / 64];

    /// <summary>True when the filter refuses nothing: the list holds an empty word, or a word whose end is not ASCII yet may equal an ASCII character ignoring case.</summary>
    private readonly bool _all;

    /// <summary>Builds the filter of a list.</summary>
    /// <param name="words">The words.</param>
    public ShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                _all = true;
                continue;
            }

            if (word[0] >= 128 || word[^1] >= 128)
            {
                // Words not ASCII at an end are let through whatever their shape; but an ASCII word may equal this one ignoring case.
                _all |= AsciiCase.MayEqualAscii(word[0]) || AsciiCase.MayEqualAscii(word[^1]);
                continue;
            }

            int bit = Bit(word.Length, word[0], word[^1]);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False when the word is surely not in the list.</summary>
    /// <param name="length">The word's length, at least one.</param>
    /// <param name="first">Its first character.</param>
    /// <param name="last">Its last character.</param>
    /// <returns>Whether it may be.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int length, char first, char last)
    {
        if (_all || (first | last) >= 128)
        {
            return true;
        }

        int bit = Bit(length, first, last);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The bit of a shape: ASCII letters fold to the same five bits whatever their case.</summary>
    private static int Bit(int length, char first, char last) => ((length & 15) << 10) | ((first & 31) << 5) | (last & 31);
}
