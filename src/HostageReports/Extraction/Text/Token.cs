namespace HostageReports.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with inner hyphens and apostrophes ("al-Qaeda", "O'Brien").</summary>
    Word,

    /// <summary>Digits with thousands separators or a decimal point ("1,300", "2.5").</summary>
    Number,

    /// <summary>A single punctuation mark.</summary>
    Punct,
}

/// <summary>A token of a report's body: its kind and its span. The text is not copied.</summary>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Start">The offset in the body.</param>
/// <param name="Length">The length.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    /// <summary>
    /// The number of the token's word in <see cref="Lexicons.Vocabulary"/>, when a rule has labelled it
    /// (<see cref="Lexicons.Vocabulary.Label"/>); 0 when not, and then look-ups read the text.
    /// </summary>
    public ushort Word { get; init; }

    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;
}
