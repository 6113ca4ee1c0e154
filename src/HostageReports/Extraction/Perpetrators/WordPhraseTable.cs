using System.Collections.Frozen;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A list of lower-case phrases (words separated by single spaces) with a value each, matched over a
/// report's lower-case tokens, longest first: starting at a token, or ending just before one. Built once.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class WordPhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byLast;

    public WordPhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var entries = phrases.Select(static p => (Words: p.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Value)).ToArray();
        _byFirst = entries.GroupBy(static e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.OrderByDescending(static e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        _byLast = entries.GroupBy(static e => e.Words[^1], StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.OrderByDescending(static e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest phrase that starts at token <paramref name="i"/> and ends before <paramref name="limit"/>.</summary>
    public bool TryMatchAt(string[] words, int i, int limit, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (i < 0 || i >= limit || !_byFirst.TryGetValue(words[i], out var candidates))
        {
            return false;
        }

        foreach (var (w, v) in candidates)
        {
            if (i + w.Length > limit)
            {
                continue;
            }

            bool ok = true;
            for (int k = 1; k < w.Length && ok; k++)
            {
                ok = string.Equals(words[i + k], w[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                length = w.Length;
                value = v;
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase whose last word is token <paramref name="last"/> and that starts at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(string[] words, int last, int floor, out int start, out T value)
    {
        start = last;
        value = default!;
        if (last < floor || last < 0 || !_byLast.TryGetValue(words[last], out var candidates))
        {
            return false;
        }

        foreach (var (w, v) in candidates)
        {
            int s = last - w.Length + 1;
            if (s < floor)
            {
                continue;
            }

            bool ok = true;
            for (int k = 0; k < w.Length - 1 && ok; k++)
            {
                ok = string.Equals(words[s + k], w[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                start = s;
                value = v;
                return true;
            }
        }

        return false;
    }
}
