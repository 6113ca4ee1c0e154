namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A filter of a closed list of words, ignoring case: one bit for each key of a length (modulo 16) and the low five bits
/// of the first and last characters, which an ASCII letter shares with its other case (so a key ignores case without a
/// test or a branch). A clear bit proves that a word with ASCII ends is in no list; a word with other ends always passes
/// (it might equal a listed word ignoring case). Tested from a token's length and two characters, without its text.
/// Built once (filled in a static constructor), then read-only and thread-safe.
/// </summary>
internal sealed class EndsFilter
{
    private readonly ulong[] _bits = new ulong[(1 << 14) / 64];

    /// <summary>Adds a word, whose ends must be ASCII.</summary>
    /// <param name="word">The word, any case.</param>
    public void Add(string word)
    {
        if (word.Length == 0 || (word[0] | word[^1]) >= 128)
        {
            throw new ArgumentException("The word \"" + word + "\" does not start and end in ASCII: the filter lets such tokens through but cannot hold it.", nameof(word));
        }

        int key = Key(word.Length, word[0], word[^1]);
        _bits[key >> 6] |= 1UL << key;
    }

    /// <summary>False when a word of these ends and length is surely in no list.</summary>
    /// <param name="first">The word's first character.</param>
    /// <param name="last">The word's last character.</param>
    /// <param name="length">The word's length.</param>
    /// <returns>Whether it may be.</returns>
    public bool MayContain(char first, char last, int length)
    {
        int key = Key(length, first, last);
        return (_bits[key >> 6] & (1UL << key)) != 0 || (first | last) >= 128;
    }

    /// <summary>The key of a word: 14 bits.</summary>
    private static int Key(int length, char first, char last) => ((length & 15) << 10) | ((first & 31) << 5) | (last & 31);
}
