namespace HostageReports.Annotation;

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
internal readonly record struct Token
{
    /// <summary>A token.</summary>
    /// <param name="kind">Word, number or punctuation.</param>
    /// <param name="start">The offset in the body.</param>
    /// <param name="length">The length.</param>
    public Token(TokenKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    // The properties are declared in this order so that the token takes 12 bytes: kind, shape, word id, start, length.

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind { get; init; }

    /// <summary>How the token is written (its case, whether a name may start at it), given by the <see cref="Annotator"/>.</summary>
    public TokenShape Shape { get; init; }

    /// <summary>
    /// The <see cref="Lexicons.Lexicon"/> id of the token's word, given by the <see cref="Annotator"/> to every token of a
    /// report (<see cref="Lexicons.Lexicon.Outside"/> for a word of no lexicon file); <see cref="Lexicons.Lexicon.Unlabelled"/>
    /// for a token cut but not annotated (a lexicon entry, a test's sentence), whose look-ups read the text.
    /// </summary>
    public ushort Word { get; init; }

    /// <summary>The offset in the body.</summary>
    public int Start { get; init; }

    /// <summary>The length.</summary>
    public int Length { get; init; }

    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;
}
