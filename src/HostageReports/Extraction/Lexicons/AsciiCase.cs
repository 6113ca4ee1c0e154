namespace HostageReports.Extraction.Lexicons;

/// <summary>Case-insensitive comparison across the ASCII boundary, for the word filters and sets.</summary>
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
}
