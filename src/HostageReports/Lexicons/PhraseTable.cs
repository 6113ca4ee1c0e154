using System.Collections.Frozen;
using HostageReports.Annotation;

namespace HostageReports.Lexicons;

/// <summary>
/// Phrases of one or more tokens ("at least", "shot and killed", "a.m") mapped to values, matched
/// against a sentence's tokens ignoring case. Phrases are cut by the same <see cref="Tokenizer"/> as
/// reports, so "year-old" is one token and "a.m" three. Built once, immutable, thread-safe; a match
/// allocates nothing. The longest phrase starting at a token wins.
/// </summary>
/// <typeparam name="T">The value a phrase maps to.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    /// <summary>For each <see cref="Lexicon"/> number, the slot in <see cref="_bySlot"/> of the phrases whose first word it is; 0 for none.</summary>
    private readonly ushort[] _slots;

    /// <summary>The phrases by slot; slot 0 is empty.</summary>
    private readonly Entry[][] _bySlot;

    /// <summary>True when some first word is not in the vocabulary: a token labelled <see cref="Lexicon.Outside"/> is then looked up by its text.</summary>
    private readonly bool _firstWordsOutside;

    /// <summary>A filter of the first words: most tokens are refused without hashing their text.</summary>
    private readonly WordFilter _firstWords;

    /// <summary>A filter of the first two words of the phrases of two words or more.</summary>
    private readonly WordFilter _pairs;

    /// <summary>A filter of the second words of the phrases of two words or more: when the next token fails it, only a one-word phrase can match.</summary>
    private readonly WordFilter _secondWords;

    /// <summary>The phrases by their last word, the longest first: a phrase ending at a token is found with one look-up.</summary>
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;

    /// <summary>A filter of the last words.</summary>
    private readonly WordFilter _lastWords;

    /// <summary>Builds the table; a phrase given twice keeps its first value.</summary>
    /// <param name="phrases">The phrases and their values.</param>
    public PhraseTable(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        var byLast = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, words, value) in PhraseWords.Cut(phrases.Select(static p => (p.Key, p.Value))))
        {
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            var entry = new Entry(words, value, Numbers(words));
            list.Add(entry);
            if (!byLast.TryGetValue(words[^1], out var ending))
            {
                byLast[words[^1]] = ending = [];
            }

            ending.Add(entry);
            MaxTokens = Math.Max(MaxTokens, words.Length);
        }

        _firstWords = new WordFilter(byFirst.Keys);
        _pairs = WordFilter.OfPairs(byFirst.Values.SelectMany(static list => list).Where(static e => e.Words.Length > 1).Select(static e => (e.Words[0], e.Words[1])));
        _secondWords = new WordFilter(byFirst.Values.SelectMany(static list => list).Where(static e => e.Words.Length > 1).Select(static e => e.Words[1]));
        _lastWords = new WordFilter(byLast.Keys);
        _byLast = byLast
            .ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirst = byFirst
            .ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        // The phrases by the number of their first word in the vocabulary: a slot per number, 0 for none.
        _slots = new ushort[Lexicon.Count];
        var bySlot = new List<Entry[]> { Array.Empty<Entry>() };
        foreach (var (word, entries) in _byFirst.Dictionary)
        {
            if (Lexicon.TryGetId(word, out ushort number))
            {
                _slots[number] = checked((ushort)bySlot.Count);
                bySlot.Add(entries);
            }
            else
            {
                _firstWordsOutside = true;
            }
        }

        _bySlot = bySlot.ToArray();
    }

    /// <summary>The first words of the phrases (each once, ignoring case): a word no phrase starts with matches nothing.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Dictionary.Keys;

    /// <summary>The first words of the phrases whose value passes a test (each once, ignoring case).</summary>
    /// <param name="test">The test.</param>
    /// <returns>The words.</returns>
    public IEnumerable<string> FirstWordsWhere(Func<T, bool> test) =>
        _byFirst.Dictionary.Where(p => p.Value.Any(e => test(e.Value))).Select(p => p.Key);

    /// <summary>True when every phrase that starts with a word has a value that passes a test (and there is one).</summary>
    /// <param name="word">The first word.</param>
    /// <param name="test">The test.</param>
    /// <returns>Whether they all pass.</returns>
    public bool EveryPhraseOf(string word, Func<T, bool> test) =>
        TryGetEntries(word, out var entries) && entries.All(e => test(e.Value));

    /// <summary>True when some phrase that starts with a word has a value that passes a test.</summary>
    /// <param name="word">The first word.</param>
    /// <param name="test">The test.</param>
    /// <returns>Whether one passes.</returns>
    public bool AnyPhraseOf(string word, Func<T, bool> test) =>
        TryGetEntries(word, out var entries) && entries.Any(e => test(e.Value));

    /// <summary>
    /// False when no phrase of two words or more starts with these two words, decided by a filter
    /// without hashing them; true when one may.
    /// </summary>
    /// <param name="first">The first word.</param>
    /// <param name="second">The word after it.</param>
    /// <returns>Whether such a phrase may start with them.</returns>
    public bool MayStartWithPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => _pairs.MayContainPair(first, second);

    /// <summary>The most tokens any phrase has.</summary>
    public int MaxTokens { get; }

    /// <summary>Matches the longest phrase starting at token <paramref name="i"/>.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the phrase must start.</param>
    /// <param name="value">The phrase's value.</param>
    /// <param name="length">The number of tokens matched.</param>
    /// <returns>True when a phrase starts there.</returns>
    public bool TryMatch(string body, ReadOnlySpan<Token> tokens, int i, out T value, out int length)
    {
        if ((uint)i < (uint)tokens.Length && TryGetEntries(body, tokens[i], out var entries))
        {
            // The longer phrases come first; when the next word is no phrase's second word, only a one-word phrase is left to try.
            bool longer = entries[0].Words.Length > 1 && i + 1 < tokens.Length && _secondWords.MayContain(Text(body, tokens[i + 1]));
            foreach (var entry in entries)
            {
                if ((longer || entry.Words.Length == 1) && Matches(body, tokens, i, entry, from: 1))
                {
                    value = entry.Value;
                    length = entry.Words.Length;
                    return true;
                }
            }
        }

        value = default!;
        length = 0;
        return false;
    }

    /// <summary>Looks up a one-word phrase by its text.</summary>
    /// <param name="word">The word.</param>
    /// <param name="value">Its value.</param>
    /// <returns>True when the word is a phrase of the table.</returns>
    public bool TryGetWord(ReadOnlySpan<char> word, out T value) => TryGetWord(TryGetEntries(word, out var entries) ? entries : null, out value);

    /// <summary>Looks up a one-word phrase by a token: by its number when it is labelled, else by its text.</summary>
    /// <param name="body">The text the token points into.</param>
    /// <param name="token">The token.</param>
    /// <param name="value">Its value.</param>
    /// <returns>True when the token's word is a phrase of the table.</returns>
    public bool TryGetWord(string body, Token token, out T value) => TryGetWord(TryGetEntries(body, token, out var entries) ? entries : null, out value);

    /// <summary>True when a token's word is a one-word phrase of the table.</summary>
    /// <param name="body">The text the token points into.</param>
    /// <param name="token">The token.</param>
    /// <returns>Whether it is.</returns>
    public bool ContainsWord(string body, Token token) => TryGetWord(body, token, out _);

    private static bool TryGetWord(Entry[]? entries, out T value)
    {
        if (entries is not null)
        {
            foreach (var entry in entries)
            {
                if (entry.Words.Length == 1)
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>True when the word is a one-word phrase of the table.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is.</returns>
    public bool ContainsWord(ReadOnlySpan<char> word) => TryGetWord(word, out _);

    /// <summary>True when a phrase starts at token <paramref name="i"/>.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the phrase must start.</param>
    /// <returns>Whether one does.</returns>
    public bool StartsAt(string body, ReadOnlySpan<Token> tokens, int i) => TryMatch(body, tokens, i, out _, out _);

    /// <summary>Matches the longest phrase that ends just before token <paramref name="end"/>.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="end">The token just past the phrase.</param>
    /// <param name="value">The phrase's value.</param>
    /// <param name="start">The phrase's first token.</param>
    /// <returns>True when a phrase ends there.</returns>
    public bool TryMatchEndingAt(string body, ReadOnlySpan<Token> tokens, int end, out T value, out int start)
    {
        if (end > 0)
        {
            var last = Text(body, tokens[end - 1]);
            if (_lastWords.MayContain(last) && _byLast.TryGetValue(last, out var entries))
            {
                foreach (var entry in entries)
                {
                    int s = end - entry.Words.Length;
                    if (s >= 0 && Matches(body, tokens, s, entry, from: 0))
                    {
                        value = entry.Value;
                        start = s;
                        return true;
                    }
                }
            }
        }

        value = default!;
        start = end;
        return false;
    }

    private static ReadOnlySpan<char> Text(string body, Token token) => body.AsSpan(token.Start, token.Length);

    /// <summary>The phrases whose first word is a token's: by its number when it is labelled, else by its text.</summary>
    private bool TryGetEntries(string body, Token token, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Entry[] entries)
    {
        if (token.Word != Lexicon.Unlabelled && !(token.Word == Lexicon.Outside && _firstWordsOutside))
        {
            int slot = _slots[token.Word];
            entries = _bySlot[slot];
            return slot != 0;
        }

        return TryGetEntries(Text(body, token), out entries);
    }

    /// <summary>The phrases whose first word is <paramref name="word"/>; the filter answers most misses.</summary>
    private bool TryGetEntries(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Entry[] entries)
    {
        if (!_firstWords.MayContain(word))
        {
            entries = null;
            return false;
        }

        return _byFirst.TryGetValue(word, out entries);
    }

    /// <summary>True when a phrase's words from its word <paramref name="from"/> on are the tokens' from <paramref name="i"/> + <paramref name="from"/> on: the words before are known to match.</summary>
    private static bool Matches(string body, ReadOnlySpan<Token> tokens, int i, Entry entry, int from)
    {
        var words = entry.Words;
        if (i + words.Length > tokens.Length)
        {
            return false;
        }

        var numbers = entry.Numbers;
        for (int k = from; k < words.Length; k++)
        {
            var token = tokens[i + k];
            if (token.Word != Lexicon.Unlabelled && numbers is not null
                ? token.Word != numbers[k]
                : !Text(body, token).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The numbers of a phrase's words in the vocabulary, or null when one is not in it.</summary>
    private static ushort[]? Numbers(string[] words)
    {
        var numbers = new ushort[words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            if (!Lexicon.TryGetId(words[k], out numbers[k]))
            {
                return null;
            }
        }

        return numbers;
    }

    /// <summary>A phrase: its words, its value and its words' numbers in the vocabulary (null when one is not in it).</summary>
    private sealed record Entry(string[] Words, T Value, ushort[]? Numbers);
}
