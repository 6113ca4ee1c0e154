using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Lexicons;

/// <summary>
/// Every word of the embedded lexicons (the tokens of every phrase of every <c>.tsv</c> file), each
/// with a number: words equal ignoring case share it. A token labelled with its word's number
/// (<see cref="Token.Word"/>) is matched by <see cref="PhraseTable{T}"/> and <see cref="WordSet"/>
/// by that number, without hashing its text again. Built once, immutable, thread-safe.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The label of a token not looked up: its text is read instead.</summary>
    public const ushort Unlabelled = 0;

    /// <summary>The label of a token whose text is no word of the lexicons.</summary>
    public const ushort Outside = 1;

    /// <summary>The words and their numbers; a text that is no word gets <see cref="Outside"/>.</summary>
    private static readonly WordTable<ushort> Words;

    static Vocabulary()
    {
        var words = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var resource in typeof(Vocabulary).Assembly.GetManifestResourceNames().Where(static r => r.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var line in LexiconFile.Lines(resource))
            {
                foreach (var cell in line.Split('\t', '|'))
                {
                    tokens.Clear();
                    Tokenizer.Tokenize(cell, 0, cell.Length, tokens);
                    foreach (var token in tokens)
                    {
                        var word = cell.Substring(token.Start, token.Length);
                        if (!words.ContainsKey(word))
                        {
                            words[word] = checked((ushort)(words.Count + Outside + 1));
                        }
                    }
                }
            }
        }

        Count = words.Count + Outside + 1;
        Words = new WordTable<ushort>(words, Outside, filterBits: 16);
        OneAscii = new ushort[128];
        for (char c = '\0'; c < 128; c++)
        {
            OneAscii[c] = Words[[c]];
        }
    }

    /// <summary>The label of each one-character ASCII text (punctuation, "a", "I", a digit): a fifth of a report's tokens, labelled by one read.</summary>
    private static readonly ushort[] OneAscii;

    /// <summary>One more than the largest label.</summary>
    public static int Count { get; }

    /// <summary>The label of a word: its number, or <see cref="Outside"/>.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <returns>The label.</returns>
    public static ushort Of(ReadOnlySpan<char> word) =>
        word.Length == 1 && word[0] < 128 ? OneAscii[word[0]] : Words[word];

    /// <summary>True when the word is a word of the lexicons, with its number.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <param name="number">Its number.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryGet(string word, out ushort number) => Words.TryGetValue(word, out number);

    /// <summary>Labels tokens with the numbers of their words.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, labelled in place.</param>
    public static void Label(string body, Span<Token> tokens)
    {
        foreach (ref var token in tokens)
        {
            token = token with { Word = Of(body.AsSpan(token.Start, token.Length)) };
        }
    }
}
