namespace HostageReports.Extraction.Lexicons;

/// <summary>
/// A filter of a closed list of words, ignoring case: one bit per hash of (length, first and last
/// character), so a clear bit proves a word is not in the list without hashing its text. A set bit
/// proves nothing: look the word up. Built once, immutable, thread-safe.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 14;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>True when the filter refuses nothing: a word's end may equal an ASCII character ignoring case without being one.</summary>
    private readonly bool _all;

    /// <summary>Builds the filter of a list.</summary>
    /// <param name="words">The words.</param>
    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                _all = true;
            }
            else if (IsAscii(word[0]) && IsAscii(word[^1]))
            {
                int bit = Bit(word.Length, word[0], word[^1]);
                _bits[bit >> 6] |= 1UL << bit;
            }
            else if (AsciiCase.MayEqualAscii(word[0]) || AsciiCase.MayEqualAscii(word[^1]))
            {
                // Only a word with a non-ASCII end can equal it, and such words pass the filter anyway; unless case folding makes an end ASCII.
                _all = true;
            }
        }
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

        int bit = Bit(word.Length, first, last);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static bool IsAscii(char c) => c < 128;

    /// <summary>The bit of a word of a length whose first and last characters are ASCII, ASCII letters folded to lower case.</summary>
    private static int Bit(int length, uint first, uint last)
    {
        uint hash = (((uint)length * 0x9E3779B1u) ^ (Lower(first) * 0x85EBCA77u) ^ (Lower(last) * 0xC2B2AE3Du)) * 0x27D4EB2Fu;
        return (int)(hash >> 18);
    }

    private static uint Lower(uint c) => c - 'A' <= 'Z' - 'A' ? c | 0x20 : c;
}
