using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The location rule's view of the <see cref="Lexicon"/>: a word's <see cref="PlaceWord"/> bits (the lists
/// of <c>place-words.tsv</c> it is in, and whether a geography name starts so) with one look-up. A word is in
/// a list exactly when it equals one of the list's words ignoring case. Thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>A facade kept while the rules still look their tokens up; it goes once they read the annotation pass's ids.</remarks>
internal static class PlaceWords
{
    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static PlaceWord Of(ReadOnlySpan<char> word) => Lexicon.PlacesOf(Lexicon.Id(word));
}
