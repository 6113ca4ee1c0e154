namespace HostageReports.Lexicons;

/// <summary>
/// A filter of a closed list of words, ignoring case: one bit per hash of (length, first and last
/// character), so a clear bit proves a word is not in the list without hashing its text. A set bit
/// proves nothing: look the word up. Built once, immutable, thread-safe.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits;

    /// <summary>How far a hash is shifted to give a bit: 32 less the filter's bits.</summary>
    private readonly int _shift;

    /// <summary>True when the filter refuses nothing: a word's end may equal an ASCII character ignoring case without being one.</summary>
    private bool _all;

    /// <summary>Builds the filter of a list.</summary>
    /// <param name="words">The words.</param>
    /// <param name="bits">The filter's size as a power of two: more bits, fewer words let through by chance.</param>
    public WordFilter(IEnumerable<string> words, int bits = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        _bits = new ulong[(1 << bits) / 64];
        _shift = 32 - bits;
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                _all = true;
            }
            else if (IsAscii(word[0]) && IsAscii(word[^1]))
            {
                int bit = Bit(word.Length, word[0], word[^1], _shift);
                _bits[bit >> 6] |= 1UL << bit;
            }
            else if (AsciiCase.MayEqualAscii(word[0]) || AsciiCase.MayEqualAscii(word[^1]))
            {
                // Only a word with a non-ASCII end can equal it, and such words pass the filter anyway; unless case folding makes an end ASCII.
                _all = true;
            }
        }
    }

    /// <summary>Builds a filter of pairs of words (the first two words of phrases), ignoring case; see <see cref="MayContainPair"/>.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <param name="bits">The filter's size as a power of two.</param>
    /// <returns>The filter.</returns>
    public static WordFilter OfPairs(IEnumerable<(string First, string Second)> pairs, int bits = 14)
    {
        var filter = new WordFilter([], bits);
        foreach (var (first, second) in pairs)
        {
            if (first.Length == 0 || second.Length == 0)
            {
                filter._all = true;
            }
            else if (IsAscii(first[0]) && IsAscii(first[^1]) && IsAscii(second[0]) && IsAscii(second[^1]))
            {
                int bit = PairBit(first, second, filter._shift);
                filter._bits[bit >> 6] |= 1UL << bit;
            }
            else if (AsciiCase.MayEqualAscii(first[0]) || AsciiCase.MayEqualAscii(first[^1]) || AsciiCase.MayEqualAscii(second[0]) || AsciiCase.MayEqualAscii(second[^1]))
            {
                filter._all = true;
            }
        }

        return filter;
    }

    /// <summary>False when the pair of words is surely not in a filter of pairs (<see cref="OfPairs"/>).</summary>
    /// <param name="first">The first word.</param>
    /// <param name="second">The second word.</param>
    /// <returns>Whether it may be.</returns>
    public bool MayContainPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (_all || first.IsEmpty || second.IsEmpty || (first[0] | first[^1] | second[0] | second[^1]) >= 128)
        {
            return true;
        }

        int bit = PairBit(first, second, _shift);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>False when the word is surely not in the list.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it may be.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        uint first = word[0];
        uint last = word[^1];
        if (_all || (first | last) >= 128)
        {
            return true;
        }

        int bit = Bit(word.Length, first, last, _shift);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static bool IsAscii(char c) => c < 128;

    /// <summary>The bit of a pair of words whose first and last characters are ASCII.</summary>
    private static int PairBit(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int shift)
    {
        uint hash = ((Mix(first.Length, first[0], first[^1]) * 0x165667B1u) ^ Mix(second.Length, second[0], second[^1])) * 0x27D4EB2Fu;
        return (int)(hash >> shift);
    }

    /// <summary>A word's length and its first and last characters (ASCII letters folded to lower case), mixed into one number.</summary>
    private static uint Mix(int length, uint first, uint last) => ((uint)length * 0x9E3779B1u) ^ (AsciiCase.Lower(first) * 0x85EBCA77u) ^ (AsciiCase.Lower(last) * 0xC2B2AE3Du);

    /// <summary>The bit of a word of a length whose first and last characters are ASCII, ASCII letters folded to lower case.</summary>
    private static int Bit(int length, uint first, uint last, int shift)
    {
        uint hash = Mix(length, first, last) * 0x27D4EB2Fu;
        return (int)(hash >> shift);
    }
}
