using HostageReports.Lexicons;

namespace HostageReports.Annotation;

/// <summary>
/// The annotation pass (spaCy's lexemes on a document): once a report is cut into tokens, each token gets
/// the <see cref="Lexicon"/> id of its word (<see cref="Token.Word"/>: <see cref="Lexicon.Outside"/> for a
/// word of no lexicon file) and how it is written (<see cref="Token.Shape"/>), so every rule reads a token's
/// word lists and case from the token instead of looking its text up again. Stateless and thread-safe.
/// </summary>
internal static class Annotator
{
    /// <summary>Gives each token its word's id and its shape, in place.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, cut from <paramref name="body"/>.</param>
    public static void Annotate(string body, Span<Token> tokens)
    {
        foreach (ref var token in tokens)
        {
            var text = body.AsSpan(token.Start, token.Length);
            token = token with { Word = Lexicon.Id(text), Shape = token.Kind == TokenKind.Word ? ShapeOf(text) : TokenShape.None };
        }
    }

    /// <summary>How a word is written.</summary>
    /// <param name="word">The word's text (not empty).</param>
    /// <returns>Its shape.</returns>
    public static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        char first = word[0];
        var shape = TokenShape.None;
        if (char.IsUpper(first))
        {
            shape = TokenShape.Capitalized | TokenShape.MayStartName;
        }
        else if ((first | 0x20) == 'a' && word.Length >= 2 && (word[1] | 0x20) == 'l')
        {
            // Only 'a' and 'A' fold to 'a' ignoring case, only 'l' and 'L' to 'l'.
            shape = TokenShape.MayStartName;
        }

        // All capitals: no lower-case letter and at least one letter (a lower-case first letter ends it at once).
        bool any = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return shape;
            }

            any |= char.IsLetter(c);
        }

        return any ? shape | TokenShape.AllCaps : shape;
    }
}
