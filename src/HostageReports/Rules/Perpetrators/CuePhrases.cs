using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// A <see cref="PhraseTable{T}"/> of cue phrases ("was arrested", "identified the shooter as") read
/// from a token of a <see cref="TokenView"/> forwards or backwards: the longest phrase that starts at a
/// token, or that ends at one (the table filters and finds phrases by their first and by their last
/// word). Built once, immutable, thread-safe; a match allocates nothing.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class CuePhrases<T>
{
    private readonly PhraseTable<T> _table;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values.</param>
    public CuePhrases(IEnumerable<(string Phrase, T Value)> phrases) =>
        _table = new PhraseTable<T>(phrases.Select(static p => KeyValuePair.Create(p.Phrase, p.Value)));

    /// <summary>The longest phrase that starts at token <paramref name="i"/> and ends before <paramref name="limit"/>.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The phrase's first token.</param>
    /// <param name="limit">The token the phrase must end before.</param>
    /// <param name="length">The number of tokens matched.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>True when a phrase starts there.</returns>
    public bool TryMatchAt(TokenView v, int i, int limit, out int length, out T value)
    {
        if (i >= 0 && i < limit && _table.TryMatch(v.Body, v.Tokens[..limit], i, out value, out length))
        {
            return true;
        }

        length = 0;
        value = default!;
        return false;
    }

    /// <summary>The longest phrase whose last token is <paramref name="last"/> and that starts at or after <paramref name="floor"/>.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="last">The phrase's last token.</param>
    /// <param name="floor">The first token the phrase may start at.</param>
    /// <param name="start">The phrase's first token.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>True when a phrase ends there.</returns>
    public bool TryMatchEndingAt(TokenView v, int last, int floor, out int start, out T value)
    {
        if (last >= floor && last >= 0
            && _table.TryMatchEndingAt(v.Body, v.Tokens[floor..(last + 1)], last + 1 - floor, out value, out int s))
        {
            start = floor + s;
            return true;
        }

        start = last;
        value = default!;
        return false;
    }
}
