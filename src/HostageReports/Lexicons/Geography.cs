using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace HostageReports.Lexicons;

/// <summary>The ways a nationality word can be used; a word may be several at once ("American", "Japanese").</summary>
[Flags]
internal enum DemonymForms : byte
{
    /// <summary>Not a nationality word.</summary>
    None = 0,

    /// <summary>Modifies a noun: "British nationals", "Algerian employees", "U.S. citizens".</summary>
    Adjective = 1,

    /// <summary>Names one person: "a Briton", "an Irishman", "one American".</summary>
    Singular = 2,

    /// <summary>Names people: "two Britons", "13 Norwegians", "seven Japanese".</summary>
    Plural = 4,
}

/// <summary>
/// A country of the lexicon. Invariants: <see cref="Code"/> is an ISO 3166-1 alpha-2 code (or the
/// user-assigned XK for Kosovo); <see cref="Name"/> is <see cref="Names"/>[0]; every list may be empty
/// but never null.
/// </summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Names">Its names and forms, the canonical name first ("United States", "U.S.", "America").</param>
/// <param name="Adjectives">Its nationality adjectives ("American", "U.S.").</param>
/// <param name="Singulars">The nouns for one of its nationals ("Briton", "Irishman").</param>
/// <param name="Plurals">The nouns for its nationals ("Britons", "Irishmen", "Japanese").</param>
/// <param name="Capitals">Its capital cities, the usual one first.</param>
internal sealed record Country(
    string Code,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Singulars,
    IReadOnlyList<string> Plurals,
    IReadOnlyList<string> Capitals)
{
    /// <summary>The canonical name.</summary>
    public string Name => Names[0];

    /// <summary>The usual capital, or null.</summary>
    public string? Capital => Capitals.Count > 0 ? Capitals[0] : null;
}

/// <summary>A nationality word resolved: the country and the ways the word is used.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code of the country.</param>
/// <param name="Forms">Adjective, singular noun, plural noun, or several of them.</param>
internal readonly record struct Demonym(string Code, DemonymForms Forms)
{
    /// <summary>True when the word can modify a noun ("Algerian employees").</summary>
    public bool IsAdjective => (Forms & DemonymForms.Adjective) != 0;

    /// <summary>True when the word can name one person ("a Briton").</summary>
    public bool IsSingular => (Forms & DemonymForms.Singular) != 0;

    /// <summary>True when the word can name several people ("two Britons").</summary>
    public bool IsPlural => (Forms & DemonymForms.Plural) != 0;
}

/// <summary>A US state (or DC, or a territory) of the lexicon.</summary>
/// <param name="Name">The full name ("Washington").</param>
/// <param name="Postal">The two-letter postal code ("WA").</param>
/// <param name="ApAbbreviations">The AP style abbreviations with their stops ("Wash."); empty for states AP never abbreviates.</param>
/// <param name="Capitals">The capital city, with its other spellings.</param>
internal sealed record UsState(string Name, string Postal, IReadOnlyList<string> ApAbbreviations, IReadOnlyList<string> Capitals)
{
    /// <summary>The capital city.</summary>
    public string Capital => Capitals[0];
}

/// <summary>
/// General geographic knowledge kept as data (embedded <c>countries.tsv</c> and <c>us-states.tsv</c>):
/// countries with their names, forms, nationality words and capitals, and US states with their postal
/// codes and AP abbreviations. Loaded once into frozen dictionaries; every lookup takes a span and
/// allocates nothing. Matching is ordinal and case-sensitive ("US" is the country, "us" is not); a
/// typographic apostrophe matches a straight one and runs of white space match one space.
/// Multi-word names ("Sierra Leone", "New York") are looked up whole: callers try their longest
/// candidate first, up to <see cref="MaxWords"/> words. AP abbreviations are keyed with their final
/// stop ("Wash.", "N.Y."), so "Miss" or "La" alone do not match.
/// </summary>
internal static class Geography
{
    private const string CountriesResource = "HostageReports.Lexicons.countries.tsv";
    private const string StatesResource = "HostageReports.Lexicons.us-states.tsv";

    /// <summary>Every white-space character but the plain space.</summary>
    private static readonly System.Buffers.SearchValues<char> OddSpaces = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(static c => (char)c).Where(static c => char.IsWhiteSpace(c) && c != ' ').ToArray());

    private static readonly Tables Data = Load();

    /// <summary>Every country of the lexicon, in the order of the data file.</summary>
    public static IReadOnlyList<Country> Countries => Data.Countries;

    /// <summary>Every US state, DC and territory of the lexicon.</summary>
    public static IReadOnlyList<UsState> UsStates => Data.States;

    /// <summary>The most words any name, nationality word or capital of the lexicon has ("Saint Vincent and the Grenadines").</summary>
    public static int MaxWords => Data.MaxWords;

    /// <summary>
    /// The leading letters (up to the first character that is no letter or digit, any case) of every name
    /// looked up here: countries, capitals, nationality words, US states, postal codes and AP abbreviations,
    /// in file order, repeats kept. A span whose first token starts otherwise names none of them.
    /// </summary>
    /// <returns>The leading letters of each name.</returns>
    public static IEnumerable<string> StartWords() =>
        Countries.SelectMany(static c => c.Names.Concat(c.Capitals).Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals).Append(c.Code))
            .Concat(UsStates.SelectMany(static s => s.ApAbbreviations.Append(s.Name).Append(s.Postal)))
            .Select(static name => LeadingLetters(name.AsSpan().Trim()).ToString());

    /// <summary>The letters and digits a text starts with.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its leading letters and digits.</returns>
    public static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && char.IsLetterOrDigit(text[n]))
        {
            n++;
        }

        return text[..n];
    }

    /// <summary>Finds a country by one of its names or forms: "United States", "U.S.", "America", "Britain", "UK".</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns>True when the span names a country.</returns>
    public static bool TryCountryByName(ReadOnlySpan<char> name, [NotNullWhen(true)] out Country? country) =>
        TryGet(Data.ByNameLookup, Data.ByNameFilter, name, out country);

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code ("GB").</summary>
    /// <param name="code">The code, upper case.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryCountryByCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out Country? country) =>
        TryGet(Data.ByCodeLookup, Data.ByCodeFilter, code, out country);

    /// <summary>Finds a country by its capital city ("Oslo", "Algiers").</summary>
    /// <param name="city">The city as written.</param>
    /// <param name="country">The country whose capital it is, when found.</param>
    /// <returns>True when the span is a capital.</returns>
    public static bool TryCapital(ReadOnlySpan<char> city, [NotNullWhen(true)] out Country? country) =>
        TryGet(Data.ByCapitalLookup, Data.ByCapitalFilter, city, out country);

    /// <summary>Resolves a nationality word: "Briton", "Britons", "British", "Irishmen", "Filipino", "U.S.".</summary>
    /// <param name="word">The word (or words: "South Korean") as written.</param>
    /// <param name="demonym">The country and the ways the word is used, when found.</param>
    /// <returns>True when the span is a nationality word.</returns>
    public static bool TryDemonym(ReadOnlySpan<char> word, out Demonym demonym) =>
        TryGet(Data.ByDemonymLookup, Data.ByDemonymFilter, word, out demonym);

    /// <summary>Finds a US state by its name ("Georgia"), postal code ("GA") or AP abbreviation with its stop ("Ga.", "N.Y.").</summary>
    /// <param name="nameOrAbbreviation">The name or abbreviation as written.</param>
    /// <param name="state">The state, when found.</param>
    /// <returns>True when the span names a state.</returns>
    public static bool TryUsState(ReadOnlySpan<char> nameOrAbbreviation, [NotNullWhen(true)] out UsState? state) =>
        TryGet(Data.ByStateLookup, Data.ByStateFilter, nameOrAbbreviation, out state);

    private static bool TryGet<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ulong[] filter, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out T value)
    {
        key = key.Trim();
        if (key.IsEmpty || key.Length > 64)
        {
            value = default;
            return false;
        }

        int bit = FilterBit(key);
        if ((filter[bit >> 6] & (1UL << bit)) == 0)
        {
            value = default;
            return false;
        }

        if (lookup.TryGetValue(key, out value))
        {
            return true;
        }

        // Typographic apostrophes and odd white space: normalize into a small buffer and retry.
        if (key.IndexOfAny('\u2019', '\u2018') < 0 && !HasOddSpace(key))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[key.Length];
        int n = 0;
        bool space = false;
        foreach (char c in key)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && n > 0)
            {
                buffer[n++] = ' ';
            }

            space = false;
            buffer[n++] = c is '\u2019' or '\u2018' ? '\'' : c;
        }

        return lookup.TryGetValue(buffer[..n], out value);
    }

    /// <summary>The size of a lookup's filter (see <see cref="FilterBit"/>), as a power of two.</summary>
    private const int FilterBits = 14;

    /// <summary>
    /// The bit of a key's first two and last two characters in a filter of a lookup's keys: a clear bit
    /// refuses a word without hashing it. The characters are read as the lookup normalizes them: a
    /// typographic apostrophe as '\'', and the second (or last but one) character, when it is white
    /// space, as the one space its run becomes. The ends of a trimmed key are no white space, so these
    /// four characters are the same before and after normalizing.
    /// </summary>
    private static int FilterBit(ReadOnlySpan<char> key)
    {
        static uint Fold(char c) => c is '\u2019' or '\u2018' ? '\'' : char.IsWhiteSpace(c) ? ' ' : c;
        uint second = key.Length > 1 ? Fold(key[1]) : 0;
        uint beforeLast = key.Length > 1 ? Fold(key[^2]) : 0;
        uint hash = ((Fold(key[0]) * 0x9E3779B1u) ^ (Fold(key[^1]) * 0x85EBCA77u) ^ (second * 0xC2B2AE3Du) ^ (beforeLast * 0x165667B1u)) * 0x27D4EB2Fu;
        return (int)(hash >> (32 - FilterBits));
    }

    /// <summary>The filter of a lookup's keys (see <see cref="FilterBit"/>).</summary>
    private static ulong[] FilterOf(IEnumerable<string> keys)
    {
        var filter = new ulong[(1 << FilterBits) / 64];
        foreach (var key in keys)
        {
            var trimmed = key.AsSpan().Trim();
            if (!trimmed.IsEmpty)
            {
                int bit = FilterBit(trimmed);
                filter[bit >> 6] |= 1UL << bit;
            }
        }

        return filter;
    }

    /// <summary>True when the key holds white space other than single spaces: a tab, a line break, two spaces.</summary>
    private static bool HasOddSpace(ReadOnlySpan<char> key) =>
        key.ContainsAny(OddSpaces) || key.IndexOf("  ", StringComparison.Ordinal) >= 0;

    private static Tables Load()
    {
        var countries = new List<Country>();
        foreach (var fields in LexiconFile.Rows(CountriesResource, 6))
        {
            countries.Add(new Country(fields[0][0], fields[1], fields[2], fields[3], fields[4], fields[5]));
        }

        var states = new List<UsState>();
        foreach (var fields in LexiconFile.Rows(StatesResource, 4))
        {
            states.Add(new UsState(fields[0][0], fields[1][0], fields[2], fields[3]));
        }

        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byCapital = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, Demonym>(StringComparer.Ordinal);
        int maxWords = 1;
        foreach (var country in countries)
        {
            byCode.TryAdd(country.Code, country);
            foreach (var name in country.Names)
            {
                byName.TryAdd(name, country);
                maxWords = Math.Max(maxWords, WordCount(name));
            }

            foreach (var capital in country.Capitals)
            {
                byCapital.TryAdd(capital, country);
                maxWords = Math.Max(maxWords, WordCount(capital));
            }

            AddDemonyms(byDemonym, country.Code, country.Adjectives, DemonymForms.Adjective, ref maxWords);
            AddDemonyms(byDemonym, country.Code, country.Singulars, DemonymForms.Singular, ref maxWords);
            AddDemonyms(byDemonym, country.Code, country.Plurals, DemonymForms.Plural, ref maxWords);
        }

        var byState = new Dictionary<string, UsState>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            byState.TryAdd(state.Name, state);
            byState.TryAdd(state.Postal, state);
            maxWords = Math.Max(maxWords, WordCount(state.Name));
            foreach (var abbreviation in state.ApAbbreviations)
            {
                byState.TryAdd(abbreviation, state);
            }
        }

        return new Tables(
            countries.ToArray(),
            states.ToArray(),
            byName.ToFrozenDictionary(StringComparer.Ordinal),
            byCode.ToFrozenDictionary(StringComparer.Ordinal),
            byCapital.ToFrozenDictionary(StringComparer.Ordinal),
            byDemonym.ToFrozenDictionary(StringComparer.Ordinal),
            byState.ToFrozenDictionary(StringComparer.Ordinal),
            maxWords);
    }

    private static void AddDemonyms(Dictionary<string, Demonym> map, string code, IReadOnlyList<string> words, DemonymForms form, ref int maxWords)
    {
        foreach (var word in words)
        {
            maxWords = Math.Max(maxWords, WordCount(word));
            if (map.TryGetValue(word, out var known))
            {
                // The first country to claim a word keeps it ("Congolese"); its forms accumulate.
                if (known.Code == code)
                {
                    map[word] = known with { Forms = known.Forms | form };
                }
            }
            else
            {
                map[word] = new Demonym(code, form);
            }
        }
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed class Tables
    {
        public Tables(
            Country[] countries,
            UsState[] states,
            FrozenDictionary<string, Country> byName,
            FrozenDictionary<string, Country> byCode,
            FrozenDictionary<string, Country> byCapital,
            FrozenDictionary<string, Demonym> byDemonym,
            FrozenDictionary<string, UsState> byState,
            int maxWords)
        {
            Countries = countries;
            States = states;
            ByNameLookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
            ByCodeLookup = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
            ByCapitalLookup = byCapital.GetAlternateLookup<ReadOnlySpan<char>>();
            ByDemonymLookup = byDemonym.GetAlternateLookup<ReadOnlySpan<char>>();
            ByStateLookup = byState.GetAlternateLookup<ReadOnlySpan<char>>();
            ByNameFilter = FilterOf(byName.Keys);
            ByCodeFilter = FilterOf(byCode.Keys);
            ByCapitalFilter = FilterOf(byCapital.Keys);
            ByDemonymFilter = FilterOf(byDemonym.Keys);
            ByStateFilter = FilterOf(byState.Keys);
            MaxWords = maxWords;
        }

        public Country[] Countries { get; }

        public UsState[] States { get; }

        public FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByNameLookup { get; }

        public FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByCodeLookup { get; }

        public FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByCapitalLookup { get; }

        public FrozenDictionary<string, Demonym>.AlternateLookup<ReadOnlySpan<char>> ByDemonymLookup { get; }

        public FrozenDictionary<string, UsState>.AlternateLookup<ReadOnlySpan<char>> ByStateLookup { get; }

        public int MaxWords { get; }

        public ulong[] ByNameFilter { get; }

        public ulong[] ByCodeFilter { get; }

        public ulong[] ByCapitalFilter { get; }

        public ulong[] ByDemonymFilter { get; }

        public ulong[] ByStateFilter { get; }
    }
}
