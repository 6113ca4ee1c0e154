namespace HostageReports.Annotation;

/// <summary>
/// A sentence's tokens as a window on a token array shared by the whole report: indexed, sized and
/// read as a span like the array it replaces, without copying it. The array must not change while
/// the slice is in use.
/// </summary>
internal readonly struct TokenSlice
{
    private readonly Token[] _array;
    private readonly int _offset;

    /// <summary>A window on array[offset, offset + length).</summary>
    /// <param name="array">The tokens.</param>
    /// <param name="offset">The first token of the window.</param>
    /// <param name="length">The number of tokens.</param>
    public TokenSlice(Token[] array, int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)offset + (uint)length, (uint)array.Length, nameof(length));
        _array = array;
        _offset = offset;
        Length = length;
    }

    /// <summary>A window on the whole array.</summary>
    /// <param name="array">The tokens.</param>
    public TokenSlice(Token[] array)
        : this(array, 0, array.Length)
    {
    }

    /// <summary>The number of tokens.</summary>
    public int Length { get; }

    /// <summary>The token at <paramref name="index"/> of the window.</summary>
    /// <param name="index">An index in [0, <see cref="Length"/>).</param>
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _array[_offset + index];
        }
    }

    /// <summary>The window as a span.</summary>
    /// <param name="slice">The window.</param>
    public static implicit operator ReadOnlySpan<Token>(TokenSlice slice) => new(slice._array, slice._offset, slice.Length);
}
