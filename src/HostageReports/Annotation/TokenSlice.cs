namespace HostageReports.Annotation;

/// <summary>
/// A sentence's tokens as a window on the report's own token list (<c>ExtractionContext.Tokens</c>): indexed, sized
/// and read as a span, without copying it, and kept beyond one call (a sentence's attribution holds its tokens),
/// which a span cannot be. The list must not change while the slice is in use: a report's tokens are cut and
/// annotated before any rule reads them.
/// </summary>
internal readonly struct TokenSlice
{
    private readonly List<Token> _tokens;
    private readonly int _offset;

    /// <summary>A window on tokens[offset, offset + length).</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="offset">The first token of the window.</param>
    /// <param name="length">The number of tokens.</param>
    public TokenSlice(List<Token> tokens, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)offset + (uint)length, (uint)tokens.Count, nameof(length));
        _tokens = tokens;
        _offset = offset;
        Length = length;
    }

    /// <summary>A window on all of a sentence's own tokens (a copy, for a sentence read on its own).</summary>
    /// <param name="tokens">The tokens.</param>
    public TokenSlice(ReadOnlySpan<Token> tokens)
        : this([.. tokens], 0, tokens.Length)
    {
    }

    /// <summary>The number of tokens.</summary>
    public int Length { get; }

    /// <summary>Token <paramref name="index"/> of the window.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The token.</returns>
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens)[_offset + index];
        }
    }

    /// <summary>The window as a span.</summary>
    /// <param name="slice">The window.</param>
    public static implicit operator ReadOnlySpan<Token>(TokenSlice slice) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slice._tokens).Slice(slice._offset, slice.Length);
}
