using HostageReports.Annotation;

namespace HostageReports.Lexicons;

/// <summary>The families of lexicon files a word is written in (the file names' first word).</summary>
[Flags]
internal enum LexemeFamily : byte
{
    /// <summary>In no file (the two reserved ids).</summary>
    None = 0,

    /// <summary>A word of the count lexicons: numbers, hedges, people, predicates, speech, vague, words, <c>counts-*</c>.</summary>
    Counts = 1 << 0,

    /// <summary>A word of the geography lexicons: <c>countries</c>, <c>us-states</c>.</summary>
    Geography = 1 << 1,

    /// <summary>A word of the perpetrator lexicons: <c>perpetrator-*</c>, <c>group-*</c>, <c>armed-groups</c>, <c>names-*</c>.</summary>
    Perpetrators = 1 << 2,

    /// <summary>A word of the location lexicons: <c>place-*</c>, <c>places-*</c>.</summary>
    Places = 1 << 3,

    /// <summary>A word of reading a report: <c>non-claims</c>, <c>segmenter</c>.</summary>
    Reading = 1 << 4,
}

/// <summary>What the lexicon knows of a word: the families of files it is written in, and the word lists it is in.</summary>
/// <param name="Families">The families of lexicon files the word (or a phrase holding it) is written in.</param>
/// <param name="Classes">The perpetrator rule's lists the word is in (<c>perpetrator-words.tsv</c>, <c>group-words.tsv</c>).</param>
/// <param name="Places">The location rule's lists the word is in (<c>place-words.tsv</c>, and the starts of geography names).</param>
internal readonly record struct Lexeme(LexemeFamily Families, WordClass Classes, PlaceWord Places);

/// <summary>
/// Every word of every lexicon file, interned once (spaCy's vocabulary of lexemes): each word has one
/// id, words equal ignoring case share it, and the id carries the word's <see cref="Lexeme"/>, so one
/// look-up a token answers every list of every rule. A word is every token of every entry of every file
/// under <c>Lexicons/Data</c> (cut by the <see cref="Tokenizer"/> as reports are), every entry
/// of a classed word list as written ("smith &amp; wesson"), and the leading letters of every name
/// <see cref="Geography"/> knows. Ids fit <see cref="Token.Word"/>. Built once, immutable,
/// thread-safe; a look-up allocates nothing.
/// </summary>
/// <remarks>The ids are found in one <see cref="WordTable{T}"/>; a one-character ASCII text (a fifth of a report's tokens) by one read of <see cref="OneAscii"/>.</remarks>
internal static class Lexicon
{
    /// <summary>The id of a token not looked up: its text is read instead.</summary>
    public const ushort Unlabelled = 0;

    /// <summary>The id of a text that is no word of the lexicon.</summary>
    public const ushort Outside = 1;

    /// <summary>The perpetrator rule's classed word lists.</summary>
    public const string PerpetratorWords = LexiconFile.Prefix + "perpetrator-words.tsv";

    /// <summary>The group finder's classed word lists.</summary>
    public const string GroupWords = LexiconFile.Prefix + "group-words.tsv";

    /// <summary>The location rule's classed word lists.</summary>
    public const string PlaceWords = LexiconFile.Prefix + "place-words.tsv";

    /// <summary>The words by id: the first spelling met; ids 0 and 1 are empty.</summary>
    private static readonly string[] Words;

    /// <summary>The lexemes by id; ids 0 and 1 know nothing.</summary>
    private static readonly Lexeme[] Lexemes;

    /// <summary>The perpetrator classes by id, apart from the lexemes: the hot look-ups read four bytes an id.</summary>
    private static readonly WordClass[] Classes;

    /// <summary>The place classes by id, apart from the lexemes: the hot look-ups read four bytes an id.</summary>
    private static readonly PlaceWord[] Places;

    /// <summary>The ids of the words; <see cref="Outside"/> for a text that is no word.</summary>
    private static readonly WordTable<ushort> Ids;

    /// <summary>The id of each one-character ASCII text (punctuation, "a", "I", a digit).</summary>
    private static readonly ushort[] OneAscii;

    static Lexicon()
    {
        var builder = new Builder();
        var tokens = new List<Token>();
        foreach (var resource in typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(static r => r.StartsWith(LexiconFile.Prefix, StringComparison.Ordinal) && r.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var family = FamilyOf(resource);
            foreach (var row in LexiconFile.Read(resource, LexiconFile.AnyColumns))
            {
                foreach (var text in row.Cells.SelectMany(static c => c))
                {
                    tokens.Clear();
                    Tokenizer.Tokenize(text, 0, text.Length, tokens);
                    foreach (var token in tokens)
                    {
                        builder.Add(text.Substring(token.Start, token.Length), family, WordClass.None, PlaceWord.None);
                    }
                }
            }
        }

        foreach (var resource in new[] { PerpetratorWords, GroupWords })
        {
            foreach (var (c, words) in LexiconFile.Classes<WordClass>(resource))
            {
                foreach (var w in words)
                {
                    builder.Add(w, LexemeFamily.Perpetrators, c, PlaceWord.None);
                }
            }
        }

        foreach (var (c, words) in LexiconFile.Classes<PlaceWord>(PlaceWords))
        {
            foreach (var w in words)
            {
                builder.Add(w, LexemeFamily.Places, WordClass.None, c);
            }
        }

        foreach (var w in Geography.StartWords())
        {
            builder.Add(w, LexemeFamily.Geography, WordClass.None, PlaceWord.GeographyStart);
        }

        Words = [.. builder.Words];
        Lexemes = [.. builder.Lexemes];
        Classes = [.. Lexemes.Select(static l => l.Classes)];
        Places = [.. Lexemes.Select(static l => l.Places)];
        Ids = new WordTable<ushort>(builder.Ids, Outside, filterBits: 16);
        OneAscii = new ushort[128];
        for (char c = '\0'; c < 128; c++)
        {
            OneAscii[c] = Ids[[c]];
        }
    }

    /// <summary>One more than the largest id.</summary>
    public static int Count => Words.Length;

    /// <summary>The id of a word, ignoring case: <see cref="Outside"/> when it is no word of the lexicon.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The id, less than <see cref="Count"/>.</returns>
    public static ushort Id(ReadOnlySpan<char> word) =>
        word.Length == 1 && word[0] < 128 ? OneAscii[word[0]] : Ids[word];

    /// <summary>True when the text is a word of the lexicon, with its id.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <param name="id">Its id, or <see cref="Outside"/>.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryGetId(ReadOnlySpan<char> word, out ushort id)
    {
        id = Id(word);
        return id != Outside;
    }

    /// <summary>The word of an id, as first spelled in the files; empty for the reserved ids.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The word.</returns>
    public static string Text(ushort id) => Words[id];

    /// <summary>What the lexicon knows of the word of an id.</summary>
    /// <param name="id">The id (<see cref="Unlabelled"/> and <see cref="Outside"/> know nothing).</param>
    /// <returns>Its lexeme.</returns>
    public static Lexeme Of(ushort id) => Lexemes[id];

    /// <summary>The perpetrator word lists the word of an id is in.</summary>
    /// <param name="id">The id.</param>
    /// <returns>One bit a list.</returns>
    public static WordClass ClassesOf(ushort id) => Classes[id];

    /// <summary>The location word lists the word of an id is in.</summary>
    /// <param name="id">The id.</param>
    /// <returns>One bit a list.</returns>
    public static PlaceWord PlacesOf(ushort id) => Places[id];

    /// <summary>The family of a lexicon file, by the first word of its name.</summary>
    /// <param name="resource">The file's resource name.</param>
    /// <returns>Its family.</returns>
    public static LexemeFamily FamilyOf(string resource)
    {
        var name = resource.AsSpan(LexiconFile.Prefix.Length);
        int dash = name.IndexOfAny('-', '.');
        return name[..dash] switch
        {
            "countries" or "us" => LexemeFamily.Geography,
            "perpetrator" or "group" or "armed" or "names" => LexemeFamily.Perpetrators,
            "place" or "places" => LexemeFamily.Places,
            "non" or "segmenter" => LexemeFamily.Reading,
            _ => LexemeFamily.Counts,
        };
    }

    /// <summary>The words met so far, their ids and lexemes.</summary>
    private sealed class Builder
    {
        /// <summary>The ids by word, ignoring case.</summary>
        public Dictionary<string, ushort> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The words by id.</summary>
        public List<string> Words { get; } = ["", ""];

        /// <summary>The lexemes by id.</summary>
        public List<Lexeme> Lexemes { get; } = [default, default];

        /// <summary>Interns a word (once) and adds to what is known of it.</summary>
        public void Add(string word, LexemeFamily family, WordClass classes, PlaceWord places)
        {
            if (!Ids.TryGetValue(word, out ushort id))
            {
                // Token.Word keeps an id in a ushort: the largest id is one less than its maximum.
                if (Words.Count >= ushort.MaxValue)
                {
                    throw new InvalidOperationException("Too many lexicon words for their ids: " + Words.Count);
                }

                id = (ushort)Words.Count;
                Ids.Add(word, id);
                Words.Add(word);
                Lexemes.Add(default);
            }

            var l = Lexemes[id];
            Lexemes[id] = new Lexeme(l.Families | family, l.Classes | classes, l.Places | places);
        }
    }
}
