using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;

namespace HostageReports.Extraction.Locations;

/// <summary>
/// Every word list of <see cref="PlaceCues.ClassedWords"/> in one table: a word's <see cref="PlaceWord"/>
/// bits with a single look-up, instead of one look-up a list. A word is in a list exactly when the list's
/// <see cref="WordSet"/> contains it (ignoring case; the ASCII words kept apart as <see cref="WordSet"/>
/// does). Built once, immutable, thread-safe; a look-up allocates nothing.
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

        Any = new WordFilter(classes.Keys, bits: 14);
        Ascii = classes.Where(static p => System.Text.Ascii.IsValid(p.Key))
            .ToFrozenDictionary(static p => p.Key, static p => p.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var others = classes.Where(static p => !System.Text.Ascii.IsValid(p.Key)).ToFrozenDictionary(static p => p.Key, static p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (others.Count > 0)
        {
            Others = others.GetAlternateLookup<ReadOnlySpan<char>>();
            OthersMatchAscii = others.Keys.Any(AsciiCase.MayEqualAscii);
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
}
