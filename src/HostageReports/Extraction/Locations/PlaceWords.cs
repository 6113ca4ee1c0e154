using HostageReports.Extraction.Lexicons;

namespace HostageReports.Extraction.Locations;

/// <summary>
/// Every word list of <see cref="PlaceCues.ClassedWords"/> in one table: a word's <see cref="PlaceWord"/>
/// bits with a single look-up in a <see cref="WordTable{T}"/>, instead of one look-up a list. A word is in a
/// list exactly when the list's <see cref="WordSet"/> contains it (ignoring case). Built once, immutable,
/// thread-safe; a look-up allocates nothing.
/// </summary>
internal static class PlaceWords
{
    /// <summary>The classes of the words; <see cref="PlaceWord.None"/> for a text that is no word of the lists.</summary>
    private static readonly WordTable<PlaceWord> Classes;

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

        Classes = new WordTable<PlaceWord>(classes, PlaceWord.None, filterBits: 15);
    }

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static PlaceWord Of(ReadOnlySpan<char> word) => Classes[word];
}
