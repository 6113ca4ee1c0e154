using System.Collections.Frozen;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A <see cref="PhraseTable{T}"/> of cue phrases ("was arrested", "identified the shooter as") read
/// from a token forwards or backwards: the longest phrase that starts at a token, or that ends at one.
/// Backwards, the phrases are found by their last word, so a token is looked up once, not once for
/// each place a phrase ending there could start. The phrases' first and last tokens are kept in
/// <see cref="WordSet"/>s, so a token that starts (or ends) no phrase is mostly turned away before any
/// hash. Built once, immutable, thread-safe; a match allocates nothing.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class CuePhrases<T>
{
    private readonly PhraseTable<T> _table;
    private readonly WordSet _firstTokens;
    private readonly WordSet _lastTokens;

    /// <summary>The phrases by their last word, the longest first; a phrase given twice keeps its first value, as in the table.</summary>
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values.</param>
    public CuePhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases.ToList();
        _table = new PhraseTable<T>(list.Select(static p => KeyValuePair.Create(p.Phrase, p.Value)));
        var tokens = new List<Token>();
        var first = new List<string>();
        var last = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byLast = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in list)
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            var words = tokens.Select(t => phrase.Substring(t.Start, t.Length)).ToArray();
            first.Add(words[0]);
            last.Add(words[^1]);
            if (seen.Add(phrase))
            {
                if (!byLast.TryGetValue(words[^1], out var entries))
                {
                    byLast[words[^1]] = entries = [];
                }

                entries.Add(new Entry(words, value));
            }
        }

        _firstTokens = new WordSet(first);
        _lastTokens = new WordSet(last);
        _byLast = byLast
            .ToFrozenDictionary(static p => p.Key, static p => p.Value.OrderByDescending(static e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (i >= 0 && i < limit && _firstTokens.MayContain(v.Text(i)) && _table.TryMatch(v.Body, v.Tokens[..limit], i, out value, out length))
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
        if (last >= floor && last >= 0)
        {
            var word = v.Text(last);
            if (_lastTokens.MayContain(word) && _byLast.TryGetValue(word, out var entries))
            {
                foreach (var entry in entries)
                {
                    int s = last + 1 - entry.Words.Length;
                    if (s >= floor && Matches(v, s, entry.Words))
                    {
                        start = s;
                        value = entry.Value;
                        return true;
                    }
                }
            }
        }

        start = last;
        value = default!;
        return false;
    }

    /// <summary>True when the tokens from <paramref name="s"/> on are these words, ignoring case.</summary>
    private static bool Matches(TokenView v, int s, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!v.Text(s + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Words, T Value);
}
