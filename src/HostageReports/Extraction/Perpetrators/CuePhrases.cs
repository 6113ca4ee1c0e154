using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A <see cref="PhraseTable{T}"/> of cue phrases ("was arrested", "identified the shooter as") read
/// from a token forwards or backwards: the longest phrase that starts at a token, or that ends at one.
/// The phrases' first and last tokens are kept in <see cref="WordSet"/>s, so a token that starts (or
/// ends) no phrase is turned away before the table's hash. Built once, immutable, thread-safe; a match
/// allocates nothing.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class CuePhrases<T>
{
    private readonly PhraseTable<T> _table;
    private readonly WordSet _firstTokens;
    private readonly WordSet _lastTokens;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values.</param>
    public CuePhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases.ToList();
        _table = new PhraseTable<T>(list.Select(static p => KeyValuePair.Create(p.Phrase, p.Value)));
        var tokens = new List<Token>();
        var first = new List<string>();
        var last = new List<string>();
        foreach (var (phrase, _) in list)
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count > 0)
            {
                first.Add(phrase.Substring(tokens[0].Start, tokens[0].Length));
                last.Add(phrase.Substring(tokens[^1].Start, tokens[^1].Length));
            }
        }

        _firstTokens = new WordSet(first);
        _lastTokens = new WordSet(last);
    }

    /// <summary>The longest phrase that starts at token <paramref name="i"/> and ends before <paramref name="limit"/>.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The phrase's first token.</param>
    /// <param name="limit">The token the phrase must end before.</param>
    /// <param name="length">The number of tokens matched.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>True when a phrase starts there.</returns>
    public bool TryMatchAt(TokenView v, int i, int limit, out int length, out T value)
    {
        if (i >= 0 && i < limit && _firstTokens.Contains(v.Text(i)) && _table.TryMatch(v.Body, v.Tokens[..limit], i, out value, out length))
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
        if (last >= floor && last >= 0 && _lastTokens.Contains(v.Text(last))
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
