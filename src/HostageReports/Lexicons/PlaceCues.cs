using System.Collections.Frozen;
using HostageReports.Claims;

namespace HostageReports.Lexicons;

/// <summary>
/// The location rule's word lists, one bit each: a token's classes are looked up once per report
/// (see <c>Locations.PlaceTokens</c>) and later tests of the same token read the bits.
/// </summary>
[Flags]
internal enum PlaceWord : uint
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary><see cref="PlaceCues.NotPlaceWords"/>.</summary>
    NotPlace = 1u << 0,

    /// <summary><see cref="PlaceCues.CountyWords"/>.</summary>
    County = 1u << 1,

    /// <summary><see cref="PlaceCues.StreetWords"/>.</summary>
    Street = 1u << 2,

    /// <summary><see cref="PlaceCues.CityAgencyWords"/>.</summary>
    CityAgency = 1u << 3,

    /// <summary><see cref="PlaceCues.SiteNouns"/>.</summary>
    SiteNoun = 1u << 4,

    /// <summary><see cref="PlaceCues.SiteModifiers"/>.</summary>
    SiteModifier = 1u << 5,

    /// <summary><see cref="PlaceCues.Directions"/>.</summary>
    Direction = 1u << 6,

    /// <summary><see cref="PlaceCues.ResidentNouns"/>.</summary>
    Resident = 1u << 7,

    /// <summary><see cref="PlaceCues.NotAgencyPlaceWords"/>.</summary>
    NotAgencyPlace = 1u << 8,

    /// <summary><see cref="PlaceCues.DistanceUnits"/>.</summary>
    DistanceUnit = 1u << 9,

    /// <summary><see cref="PlaceCues.Prepositions"/>.</summary>
    Preposition = 1u << 10,

    /// <summary>The lower-case words a place may follow: the prepositions, the nouns of "the town of X", "on", "of", "at" (streets, home towns).</summary>
    LowerCaseCue = 1u << 11,

    /// <summary>A key of <see cref="PlaceCues.OfNouns"/>.</summary>
    OfNoun = 1u << 12,

    /// <summary>A key of <see cref="PlaceCues.AfterNouns"/>.</summary>
    AfterNoun = 1u << 13,

    /// <summary>"the", "a", "an": "a Cedar Falls teen", "at the X".</summary>
    Article = 1u << 14,

    /// <summary>"of": "the town of X", "Terry Doe, 28, of Oakdale".</summary>
    Of = 1u << 15,

    /// <summary>"on": "a home on 11th Street".</summary>
    On = 1u << 16,

    /// <summary>"at": "at 500 Main Street".</summary>
    At = 1u << 17,

    /// <summary>"st", "ft", "mt": abbreviated first words of place names before their stop ("St. Paul", "Ft. Worth").</summary>
    AbbreviatedNameWord = 1u << 18,

    /// <summary>"th", "st", "nd", "rd": the suffix of an ordinal written with digits ("11th Street").</summary>
    OrdinalSuffix = 1u << 19,

    /// <summary>The leading letters of a name <see cref="Geography"/> knows (<see cref="Geography.StartWords"/>): a span starting so may name a country or state.</summary>
    GeographyStart = 1u << 20,
}

/// <summary>
/// Phrase lists for finding the places of an incident by how the text talks about them, read from the
/// lexicon files (<c>place-words.tsv</c>, <c>place-nouns.tsv</c>, <c>place-lists.tsv</c>, <c>place-abbreviations.tsv</c>):
/// "the town of X", "the X gas field", "X County", "in X", "X police"; and the words that make a place
/// context rather than the incident's ("800 miles from X", "the capital, X", "neighbouring X").
/// </summary>
internal static class PlaceCues
{
    /// <summary>The lists of <c>place-nouns.tsv</c> (its first column).</summary>
    private enum NounList
    {
        /// <summary><see cref="OfNouns"/>.</summary>
        Of,

        /// <summary><see cref="AfterNouns"/>.</summary>
        After,
    }

    /// <summary>The lists of <c>place-lists.tsv</c> (its first column).</summary>
    private enum List
    {
        /// <summary><see cref="ContextBefore"/>.</summary>
        ContextBefore,

        /// <summary><see cref="NotDatelineWords"/>.</summary>
        NotDateline,

        /// <summary><see cref="LeadingParticles"/>.</summary>
        LeadingParticle,
    }

    /// <summary>The word lists of <c>place-words.tsv</c>: each one's <see cref="PlaceWord"/> class, words and set.</summary>
    private static readonly (PlaceWord Class, string[] Words, WordSet Set)[] Listed = WordLists.Load<PlaceWord>(Lexicon.PlaceWords);

    private static readonly LexiconRow[] NounRows = [.. LexiconFile.Read(LexiconFile.Prefix + "place-nouns.tsv", 3)];

    private static readonly IReadOnlyDictionary<List, string[]> Lists = LexiconFile.Lists<List>(LexiconFile.Prefix + "place-lists.tsv");

    /// <summary>Nouns of "the town of X" and the rank they give X.</summary>
    public static readonly FrozenDictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> OfNouns = Nouns(NounList.Of);

    /// <summary>Lower-case nouns after a name that give its rank: "Anbar province", "Kidal region".</summary>
    public static readonly FrozenDictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> AfterNouns = Nouns(NounList.After);

    /// <summary>Capitalised words after a name that make it a county: "Harlan County", "Iberville Parish".</summary>
    public static readonly WordSet CountyWords = WordLists.Set(Listed, PlaceWord.County);

    /// <summary>Lower-case nouns after a name that make it a site: "the X gas field", "the X plant".</summary>
    public static readonly WordSet SiteNouns = WordLists.Set(Listed, PlaceWord.SiteNoun);

    /// <summary>Lower-case words allowed between a name and its site noun: "gas field", "oil plant".</summary>
    public static readonly WordSet SiteModifiers = WordLists.Set(Listed, PlaceWord.SiteModifier);

    /// <summary>Capitalised street words: "a home on 11th Street".</summary>
    public static readonly WordSet StreetWords = WordLists.Set(Listed, PlaceWord.Street);

    /// <summary>Prepositions before an incident's town: "in X", "near X", "at X", "outside X".</summary>
    public static readonly WordSet Prepositions = WordLists.Set(Listed, PlaceWord.Preposition);

    /// <summary>Lower-case words allowed between a preposition and the name: "in southern Algeria", "in rural X".</summary>
    public static readonly WordSet Directions = WordLists.Set(Listed, PlaceWord.Direction);

    /// <summary>Words just before a place that make it context: "neighbouring Chad", "the border with Niger", "the capital, Cairo".</summary>
    public static readonly string[] ContextBefore = Lists[List.ContextBefore];

    /// <summary>Units of a distance: "800 miles southeast of the capital" makes the capital context.</summary>
    public static readonly WordSet DistanceUnits = WordLists.Set(Listed, PlaceWord.DistanceUnit);

    /// <summary>Words after a name that make it a city's police, so the name a city: "Glenwood police", "Oakdale Police Department".</summary>
    public static readonly WordSet CityAgencyWords = WordLists.Set(Listed, PlaceWord.CityAgency);

    /// <summary>Abbreviated first words of place names and their full forms, each with its space: "St. Louis" is "Saint Louis".</summary>
    public static readonly (string Abbreviation, string Full)[] NameAbbreviations =
        [.. LexiconFile.Read(LexiconFile.Prefix + "place-abbreviations.tsv", 2).Select(static r => (LexiconFile.Single(r, 0) + " ", LexiconFile.Single(r, 1) + " "))];

    /// <summary>Lower-case nouns after a town used as an adjective: "a Cedar Falls teen", "an Oakdale home".</summary>
    public static readonly WordSet ResidentNouns = WordLists.Set(Listed, PlaceWord.Resident);

    /// <summary>All-capital words at the head of a paragraph that are no dateline: agencies, banners, press-release furniture.</summary>
    public static readonly WordSet NotDatelineWords = new(Lists[List.NotDateline]);

    /// <summary>Words before "police" or "officers" that are no town: "Responding officers", "Former police".</summary>
    public static readonly WordSet NotAgencyPlaceWords = WordLists.Set(Listed, PlaceWord.NotAgencyPlace);

    /// <summary>Short leading words of a place name that a variant spelling may drop or change: "In Salah", "Ain Salah".</summary>
    public static readonly WordSet LeadingParticles = new(Lists[List.LeadingParticle]);

    /// <summary>
    /// True when a span starting with this token may be a name <see cref="Geography"/> knows: the token's leading
    /// letters (up to the first character that is no letter or digit) are those of such a name
    /// (<see cref="Geography.StartWords"/>, the <see cref="PlaceWord.GeographyStart"/> words of the <see cref="Lexicon"/>).
    /// A span whose first token starts otherwise ("Oakdale", "The") names none, so the look-ups can be skipped.
    /// </summary>
    /// <param name="token">The text of the span's first token.</param>
    /// <returns>False when no geography name starts so.</returns>
    public static bool MayStartGeographyName(ReadOnlySpan<char> token)
    {
        var start = Geography.LeadingLetters(token);
        return GeographyStartFilter.MayContain(start) && (Lexicon.PlacesOf(Lexicon.Id(start)) & PlaceWord.GeographyStart) != 0;
    }

    /// <summary>A filter of the geography starts: most capitalised words ("Oakdale", "Smith", "Police") are turned away by their length and first and last letters, before the lexicon is asked.</summary>
    private static readonly WordFilter GeographyStartFilter = new(Geography.StartWords(), bits: 14);

    /// <summary>Capitalised words that are never the start or part of a town's name.</summary>
    public static readonly WordSet NotPlaceWords = WordLists.Set(Listed, PlaceWord.NotPlace);

    /// <summary>The word lists of <c>place-words.tsv</c> and the starts of geography names: each one's <see cref="PlaceWord"/> class and words.</summary>
    public static IReadOnlyList<(PlaceWord Class, string[] Words)> ClassedWords { get; } =
    [
        .. Listed.Select(static l => (l.Class, l.Words)),
        (PlaceWord.GeographyStart, [.. Geography.StartWords().Distinct(StringComparer.OrdinalIgnoreCase)]),
    ];

    /// <summary>The nouns of one list of <c>place-nouns.tsv</c> and the ranks they give.</summary>
    private static FrozenDictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> Nouns(NounList list) =>
        NounRows.Where(r => LexiconFile.Class<NounList>(r, 0) == list)
            .ToFrozenDictionary(static r => LexiconFile.Single(r, 1), static r => LexiconFile.Class<LocationKind>(r, 2), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
