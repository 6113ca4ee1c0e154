using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The perpetrator rule's view of the <see cref="Lexicon"/>: a word's id (<see cref="Id"/>) and the
/// <see cref="WordClass"/> bits of the lists it is in (<c>perpetrator-words.tsv</c>, <c>group-words.tsv</c>),
/// so one look-up a token answers every list, and the cue phrases are matched by comparing ids
/// (<see cref="WordPhrases{T}"/>). A word is in a list exactly when it equals one of the list's words
/// ignoring case. Thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>A facade kept while the rules still look their tokens up; it goes once they read the annotation pass's ids.</remarks>
internal static class WordClasses
{
    /// <summary>The phrase lists of the perpetrator rule (every word of every lexicon file has an id, theirs too).</summary>
    public static IReadOnlyList<string[]> PhraseLists { get; } =
    [
        GroupCues.Naming,
        GroupCues.AffiliationBefore,
        PerpetratorCues.Before.Select(static p => p.Phrase).ToArray(),
        PerpetratorCues.After.Select(static p => p.Phrase).ToArray(),
    ];

    /// <summary>One more than the largest id.</summary>
    public static int Count => Lexicon.Count;

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static WordClass Of(ReadOnlySpan<char> word) => Lexicon.ClassesOf(Lexicon.Id(word));

    /// <summary>The lists the word of an id is in.</summary>
    /// <param name="id">The word's id (see <see cref="Id"/>).</param>
    /// <returns>One bit a list.</returns>
    public static WordClass OfId(ushort id) => Lexicon.ClassesOf(id);

    /// <summary>The id of the word, ignoring case (<see cref="Lexicon.Id"/>); 0 when it is no word of the lexicon.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The id: less than <see cref="Count"/>.</returns>
    public static ushort Id(ReadOnlySpan<char> word) => Lexicon.Id(word) is var id && id != Lexicon.Outside ? id : (ushort)0;
}
