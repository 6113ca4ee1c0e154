namespace HostageReports.Lexicons;

/// <summary>
/// The count rule's view of the <see cref="Lexicon"/>: a token labelled with its word's id
/// (<see cref="Annotation.Token.Word"/>) is matched by <see cref="PhraseTable{T}"/> and <see cref="WordSet"/>
/// by that id, without hashing its text again. Words equal ignoring case share an id.
/// </summary>
/// <remarks>A facade kept while the rules still label their own tokens; it goes once every rule reads the annotation pass's ids.</remarks>
internal static class Vocabulary
{
    /// <summary>The label of a token not looked up: its text is read instead.</summary>
    public const ushort Unlabelled = Lexicon.Unlabelled;

    /// <summary>The label of a token whose text is no word of the lexicons.</summary>
    public const ushort Outside = Lexicon.Outside;

    /// <summary>One more than the largest label.</summary>
    public static int Count => Lexicon.Count;

    /// <summary>The label of a word: its id, or <see cref="Outside"/>.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <returns>The label.</returns>
    public static ushort Of(ReadOnlySpan<char> word) => Lexicon.Id(word);

    /// <summary>True when the word is a word of the lexicons, with its id.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <param name="number">Its id.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryGet(string word, out ushort number) => Lexicon.TryGetId(word, out number);
}
