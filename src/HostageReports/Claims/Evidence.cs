namespace HostageReports.Claims;

/// <summary>
/// The exact span of a report's body a claim rests on. Invariant:
/// <c>Text == report.Body.Substring(Start, Length)</c>; offsets are UTF-16 code units.
/// </summary>
/// <param name="Text">The text of the span.</param>
/// <param name="Start">Where the span starts in the body.</param>
/// <param name="Length">The span's length.</param>
public sealed record Evidence(string Text, int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Cuts the span [start, start + length) out of a body.</summary>
    /// <param name="body">The report's body.</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="length">The span's length.</param>
    /// <returns>The evidence.</returns>
    public static Evidence From(string body, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, body.Length, nameof(length));
        return new Evidence(body.Substring(start, length), start, length);
    }
}
