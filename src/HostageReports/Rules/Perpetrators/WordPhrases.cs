using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The perpetrator rule's cue phrases ("was arrested", "identified the shooter as") read from a token of a <see cref="TokenView"/>
/// forwards or backwards: the longest phrase that starts at a token, or that ends at one. Phrases are cut by
/// the same <see cref="Tokenizer"/> as reports and matched ignoring case, by the numbers of their words
/// (<see cref="WordClasses.Id"/>, which the view looks up once a token): the phrases are found by the number
/// of their first or last word, and a phrase's other words are compared as numbers, not as text.
/// It answers as a <see cref="CuePhrases{T}"/> of the same phrases would, without hashing a token's text twice.
/// Built once, immutable, thread-safe; a match allocates nothing.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class WordPhrases<T>
{
    /// <summary>The phrases by the number of their first word, the longest first (in the order given among equals); null for none.</summary>
    private readonly Entry[]?[] _byFirst;

    /// <summary>The phrases by the number of their last word, the longest first; null for none.</summary>
    private readonly Entry[]?[] _byLast;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values: every word of them must be one of <see cref="WordClasses"/> (see <see cref="WordClasses.PhraseLists"/>).</param>
    public WordPhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var byFirst = new List<Entry>?[WordClasses.Count];
        var byLast = new List<Entry>?[WordClasses.Count];
        foreach (var (phrase, words, value) in PhraseWords.Cut(phrases))
        {
            var ids = words.Select(static w => WordClasses.Id(w)).ToArray();
            if (Array.IndexOf(ids, (ushort)0) >= 0)
            {
                throw new InvalidOperationException("A word of the cue phrase \"" + phrase + "\" has no number: add its list to WordClasses.PhraseLists.");
            }

            var entry = new Entry(ids, value);
            (byFirst[ids[0]] ??= []).Add(entry);
            (byLast[ids[^1]] ??= []).Add(entry);
        }

        _byFirst = [.. byFirst.Select(static l => l?.OrderByDescending(static e => e.Ids.Length).ToArray())];
        _byLast = [.. byLast.Select(static l => l?.OrderByDescending(static e => e.Ids.Length).ToArray())];
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
        if (i >= 0 && i < limit && _byFirst[v.WordId(i)] is { } entries)
        {
            foreach (var entry in entries)
            {
                var ids = entry.Ids;
                if (i + ids.Length <= limit && v.HasWordIds(i, ids, 0))
                {
                    length = ids.Length;
                    value = entry.Value;
                    return true;
                }
            }
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
        if (last >= floor && last >= 0 && _byLast[v.WordId(last)] is { } entries)
        {
            foreach (var entry in entries)
            {
                var ids = entry.Ids;
                int s = last + 1 - ids.Length;
                if (s >= floor && v.HasWordIds(s, ids, ids.Length - 1))
                {
                    start = s;
                    value = entry.Value;
                    return true;
                }
            }
        }

        start = last;
        value = default!;
        return false;
    }

    /// <summary>A phrase: the numbers of its words, and its value.</summary>
    private sealed record Entry(ushort[] Ids, T Value);
}
