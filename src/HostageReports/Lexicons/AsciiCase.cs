namespace HostageReports.Lexicons;

/// <summary>Case-insensitive comparison across the ASCII boundary, for the word filters, sets and tables.</summary>
internal static class AsciiCase
{
    /// <summary>
    /// True when a character other than ASCII may equal an ASCII character ignoring case (the Kelvin sign
    /// and "K"): a word ending in it cannot be kept out by a filter of ASCII ends. ASCII characters: false.
    /// Errs towards true, which only costs a look-up.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it may.</returns>
    public static bool MayEqualAscii(char c) => c >= 128 && (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128);

    /// <summary>True when a word that is not all ASCII may still equal an ASCII word ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it may.</returns>
    public static bool MayEqualAscii(string word) => word.All(static c => c < 128 || MayEqualAscii(c));

    /// <summary>A character folded to lower case when it is an ASCII capital; any other character as it is.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static uint Lower(uint c) => c - 'A' <= 'Z' - 'A' ? c | 0x20 : c;

    /// <summary>A hash of an ASCII text that ignores case (FNV-1a over its characters folded by <see cref="Lower"/>); false when the text is not ASCII.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hash">Its hash, when it is ASCII.</param>
    /// <returns>Whether the text is ASCII.</returns>
    public static bool TryHash(ReadOnlySpan<char> text, out uint hash)
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

    /// <summary>True when an ASCII text equals a lower-case key of the same length, ignoring the text's case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="key">The key, lower-case, as long as the text.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool EqualsLower(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
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

    /// <summary>The longest text <see cref="TryPack"/> packs into a 64-bit number.</summary>
    public const int MaxPacked = 8;

    /// <summary>
    /// Packs an ASCII text of one to <see cref="MaxPacked"/> characters into a number: each character folded to
    /// lower case in seven bits, the length in the top eight; two texts equal ignoring case pack alike, and only they.
    /// False for a text not in ASCII, too long, or empty.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="packed">The number, never 0 when packed.</param>
    /// <returns>Whether the text packs.</returns>
    public static bool TryPack(ReadOnlySpan<char> text, out ulong packed)
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
}
