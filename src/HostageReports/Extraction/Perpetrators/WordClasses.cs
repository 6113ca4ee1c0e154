using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// The perpetrator rule's words: every word of the word lists of <see cref="PerpetratorCues"/> and
/// <see cref="GroupCues"/> and every word of its cue phrases (<see cref="PhraseLists"/>), each with a
/// number, its <see cref="Id"/>: words equal ignoring case share it. A word's <see cref="WordClass"/> bits
/// (the lists it is in) come with its number, so one look-up a token answers every list, and the cue
/// phrases are matched by comparing numbers (<see cref="WordPhrases{T}"/>). A word is in a list exactly
/// when it equals one of the list's words ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>).
/// Built once, immutable, thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>The numbers are found in a <see cref="WordTable{T}"/>: most tokens are turned away by a filter, the rest by one packed comparison.</remarks>
internal static class WordClasses
{
    /// <summary>The phrase lists of the perpetrator rule, whose words have numbers too.</summary>
    public static IReadOnlyList<string[]> PhraseLists { get; } =
    [
        GroupCues.Naming,
        GroupCues.AffiliationBefore,
        PerpetratorCues.Before.Select(static p => p.Phrase).ToArray(),
        PerpetratorCues.After.Select(static p => p.Phrase).ToArray(),
    ];

    /// <summary>The words by number; number 0, no word of the lists, is empty.</summary>
    private static readonly string[] Words;

    /// <summary>The classes of the words by number.</summary>
    private static readonly WordClass[] ClassesById;

    /// <summary>The numbers of the words; 0 for a text that is no word of the lists or phrases.</summary>
    private static readonly WordTable<ushort> Ids;

    static WordClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (c, words, _) in PerpetratorCues.ClassedWords.Concat(GroupCues.ClassedWords))
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        // The phrases' words, cut by the tokenizer as reports are.
        var tokens = new List<Token>();
        foreach (var phrase in PhraseLists.SelectMany(static l => l))
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            foreach (var t in tokens)
            {
                classes.TryAdd(phrase.Substring(t.Start, t.Length), WordClass.None);
            }
        }

        Words = ["", .. classes.Keys];
        if (Words.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many perpetrator words for their numbers: " + Words.Length);
        }

        ClassesById = [.. Words.Select(w => w.Length == 0 ? WordClass.None : classes[w])];
        Ids = new WordTable<ushort>(Words.Skip(1).Select(static (w, i) => new KeyValuePair<string, ushort>(w, (ushort)(i + 1))), missing: 0);
    }

    /// <summary>One more than the largest number.</summary>
    public static int Count => Words.Length;

    /// <summary>The lists the word is in.</summary>
    /// <param name="word">The word.</param>
    /// <returns>One bit a list.</returns>
    public static WordClass Of(ReadOnlySpan<char> word) => ClassesById[Id(word)];

    /// <summary>The lists the word of a number is in.</summary>
    /// <param name="id">The word's number (see <see cref="Id"/>).</param>
    /// <returns>One bit a list.</returns>
    public static WordClass OfId(ushort id) => ClassesById[id];

    /// <summary>The number of the word, ignoring case; 0 when it is no word of the lists or phrases.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The number: less than <see cref="Count"/>.</returns>
    public static ushort Id(ReadOnlySpan<char> word) => Ids[word];
}
