using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A <see cref="PhraseTable{T}"/> read from a phrase's last token: the longest phrase that ends at a
/// token ("identified the shooter as" before a name). The phrases' last tokens are kept in a set, so a
/// token no phrase ends with costs one look-up. Built once, immutable, thread-safe; a match allocates nothing.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class EndingPhrases<T>
{
    private readonly PhraseTable<T> _table;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lastTokens;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values.</param>
    public EndingPhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases.ToList();
        _table = new PhraseTable<T>(list.Select(static p => KeyValuePair.Create(p.Phrase, p.Value)));
        var tokens = new List<Token>();
        var last = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, _) in list)
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count > 0)
            {
                last.Add(phrase.Substring(tokens[^1].Start, tokens[^1].Length));
            }
        }

        _lastTokens = last.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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
