using System.Collections.Frozen;
using HostageReports.Claims;

namespace HostageReports.Extraction.Lexicons;

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

    /// <summary><see cref="PlaceCues.LowerCaseCues"/>.</summary>
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

    /// <summary>A word of <see cref="PlaceCues.GeographyStarts"/>: the leading letters of a name <see cref="Geography"/> knows.</summary>
    GeographyStart = 1u << 20,
}

/// <summary>
/// Phrase lists (data) for finding the places of an incident by how the text talks about them:
/// "the town of X", "the X gas field", "X County", "in X", "X police"; and the words that make a place
/// context rather than the incident's ("800 miles from X", "the capital, X", "neighbouring X").
/// </summary>
internal static class PlaceCues
{
    /// <summary>The word lists below as they are built (declared first, so it exists before them).</summary>
    private static readonly List<(PlaceWord Class, string[] Words)> Registered = [];

    private static readonly string[] PrepositionWords = ["in", "near", "at", "outside", "inside"];

    /// <summary>Nouns of "the town of X" and the rank they give X.</summary>
    public static readonly FrozenDictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> OfNouns = new Dictionary<string, LocationKind>
    {
        ["town"] = LocationKind.Town, ["village"] = LocationKind.Town, ["hamlet"] = LocationKind.Town, ["community"] = LocationKind.Town,
        ["township"] = LocationKind.Town, ["oasis"] = LocationKind.Town, ["settlement"] = LocationKind.Town, ["suburb"] = LocationKind.Town,
        ["neighborhood"] = LocationKind.Town, ["neighbourhood"] = LocationKind.Town, ["borough"] = LocationKind.Town, ["port"] = LocationKind.Town,
        ["city"] = LocationKind.City, ["province"] = LocationKind.Province, ["region"] = LocationKind.Province, ["district"] = LocationKind.Province,
        ["governorate"] = LocationKind.Province, ["prefecture"] = LocationKind.Province, ["wilaya"] = LocationKind.Province,
["oblast"] = LocationKind.Province, ["state"] = LocationKind.State, ["county"] = LocationKind.County,
        ["parish"] = LocationKind.County,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-case nouns after a name that give its rank: "Anbar province", "Kidal region".</summary>
    public static readonly FrozenDictionary<string, LocationKind>.AlternateLookup<ReadOnlySpan<char>> AfterNouns = new Dictionary<string, LocationKind>
    {
        ["province"] = LocationKind.Province, ["region"] = LocationKind.Province, ["governorate"] = LocationKind.Province,
        ["district"] = LocationKind.Province, ["prefecture"] = LocationKind.Province, ["state"] = LocationKind.Province,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised words after a name that make it a county: "Harlan County", "Iberville Parish".</summary>
    public static readonly WordSet CountyWords = Classed(PlaceWord.County, new[] { "county", "parish", "borough" });

    /// <summary>Lower-case nouns after a name that make it a site: "the X gas field", "the X plant".</summary>
    public static readonly WordSet SiteNouns = Classed(PlaceWord.SiteNoun, new[]
    {
        "field", "gasfield", "oilfield", "plant", "facility", "complex", "refinery", "installation", "mine", "base", "camp", "compound",
        "terminal", "pipeline", "site", "hotel", "embassy", "consulate", "airport", "dam", "barracks", "station", "platform",
    });

    /// <summary>Lower-case words allowed between a name and its site noun: "gas field", "oil plant".</summary>
    public static readonly WordSet SiteModifiers = Classed(PlaceWord.SiteModifier, new[]
    {
        "gas", "oil", "natural", "petroleum", "chemical", "power", "nuclear", "military", "army", "air", "processing", "production", "industrial",
        "mining", "desert", "refugee", "training", "energy", "police",
    });

    /// <summary>Capitalised street words: "a home on 11th Street".</summary>
    public static readonly WordSet StreetWords = Classed(PlaceWord.Street, new[]
    {
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "ln", "way", "court", "ct", "place", "pl",
        "highway", "hwy", "parkway", "pkwy", "circle", "terrace", "trail", "pike", "square",
    });

    /// <summary>Prepositions before an incident's town: "in X", "near X", "at X", "outside X".</summary>
    public static readonly WordSet Prepositions = Classed(PlaceWord.Preposition, PrepositionWords);

    /// <summary>The lower-case words a place may follow: <see cref="Prepositions"/>, the nouns of <see cref="OfNouns"/>, "on", "of", "at" (streets, home towns).</summary>
    public static readonly WordSet LowerCaseCues = Classed(PlaceWord.LowerCaseCue, [.. PrepositionWords, "on", "of", .. OfNouns.Dictionary.Keys]);

    /// <summary>A filter of <see cref="LowerCaseCues"/>: most lower-case words ("the", "said") are turned away by their length and first and last letters, before any hash.</summary>
    public static readonly WordFilter LowerCaseCueFilter = new([.. PrepositionWords, "on", "of", .. OfNouns.Dictionary.Keys]);

    /// <summary>Lower-case words allowed between a preposition and the name: "in southern Algeria", "in rural X".</summary>
    public static readonly WordSet Directions = Classed(PlaceWord.Direction, new[]
    {
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central", "north",
        "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "rural", "downtown", "suburban", "remote", "far",
        "the", "a", "an", "nearby", "western-most", "eastern-most",
    });

    /// <summary>Words just before a place that make it context: "neighbouring Chad", "the border with Niger", "the capital, Cairo".</summary>
    public static readonly string[] ContextBefore =
    [
        "neighboring", "neighbouring", "border with", "borders with", "bordering", "the capital ,", "the capital", "capital city of",
        "capital of", "the capital city of", "embassy in", "consulate in", "headquartered in", "based in", "flown to", "flew to",
        "sent to", "returned to", "back to", "home to", "offensive in", "intervention in", "operation in", "operations in", "war in",
        "conflict in", "fighting in", "rebels in", "insurgency in", "forces in", "troops in", "crisis in", "reporting from",
        "reporting by", "operating in", "active in", "operates in", "fighters in", "militants in", "groups in", "islamists in", "jihadists in", "visit to", "trip to", "talks in", "meeting in", "from the",
    ];

    /// <summary>Units of a distance: "800 miles southeast of the capital" makes the capital context.</summary>
    public static readonly WordSet DistanceUnits = Classed(PlaceWord.DistanceUnit, new[]
    {
        "miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer", "kms", "mi", "yards", "feet", "meters", "metres",
    });

    /// <summary>Words after a name that make it a city's police, so the name a city: "Glenwood police", "Oakdale Police Department".</summary>
    public static readonly WordSet CityAgencyWords = Classed(PlaceWord.CityAgency, new[] { "police", "officers", "firefighters", "detectives", "mayor", "city" });

    /// <summary>Abbreviated first words of place names and their full forms: "St. Louis" is "Saint Louis".</summary>
    public static readonly (string Abbreviation, string Full)[] NameAbbreviations = [("St. ", "Saint "), ("Ft. ", "Fort "), ("Mt. ", "Mount ")];

    /// <summary>Lower-case nouns after a town used as an adjective: "a Cedar Falls teen", "an Oakdale home".</summary>
    public static readonly WordSet ResidentNouns = Classed(PlaceWord.Resident, new[]
    {
        "man", "woman", "men", "women", "teen", "teenager", "boy", "girl", "resident", "residents", "family", "home", "house", "couple",
        "mother", "father", "student", "apartment", "child", "toddler", "native", "neighborhood", "business", "bar", "gas", "street",
        "shooting", "hospital", "intersection", "suburb", "motel", "park", "restaurant", "nightclub", "apartments", "complex", "area",
    });

    /// <summary>All-capital words at the head of a paragraph that are no dateline: agencies, banners, press-release furniture.</summary>
    public static readonly WordSet NotDatelineWords = new(new[]
    {
        "ap", "upi", "afp", "reuters", "news", "date", "update", "updated", "updates", "breaking", "for", "immediate", "release", "watch",
        "video", "photos", "photo", "exclusive", "close", "advertisement", "note", "editor's", "correction", "live", "alert", "warning",
        "the", "a", "an", "and", "of", "by", "police", "sheriff", "press", "media", "contact", "statement", "urgent", "sign",
    });

    /// <summary>Words before "police" or "officers" that are no town: "Responding officers", "Former police".</summary>
    public static readonly WordSet NotAgencyPlaceWords = Classed(PlaceWord.NotAgencyPlace, new[]
    {
        "former", "unconfirmed", "local", "state", "county", "city", "area", "federal", "tribal", "military", "campus", "transit",
        "other", "several", "two", "three", "four", "many", "some", "off-duty", "undercover", "plainclothes", "uniformed", "armed",
    });

    /// <summary>Short leading words of a place name that a variant spelling may drop or change: "In Salah", "Ain Salah".</summary>
    public static readonly WordSet LeadingParticles = new(new[] { "in", "ain", "ein", "el", "al", "ad", "as", "ar", "at", "an" });

    /// <summary>
    /// The leading letters (up to the first character that is no letter or digit, any case) of every name
    /// <see cref="Geography"/> looks up: countries, capitals, nationality words, US states, postal codes and
    /// AP abbreviations. A span whose first token starts otherwise names none of them ("Oakdale", "The"),
    /// so the look-ups can be skipped. Read from the geography lexicon, so it follows its data.
    /// </summary>
    public static readonly WordSet GeographyStarts = new(GeographyStartWords());

    /// <summary>A filter of <see cref="GeographyStarts"/>: most capitalised words ("Oakdale", "Smith") are turned away by their length and first and last letters, before any hash.</summary>
    private static readonly WordFilter GeographyStartFilter = new(GeographyStartWords(), bits: 14);

    /// <summary>True when a span starting with this token may be a name <see cref="Geography"/> knows (see <see cref="GeographyStarts"/>).</summary>
    /// <param name="token">The text of the span's first token.</param>
    /// <returns>False when no geography name starts so.</returns>
    public static bool MayStartGeographyName(ReadOnlySpan<char> token)
    {
        var start = LeadingLetters(token);
        return GeographyStartFilter.MayContain(start) && GeographyStarts.Contains(start);
    }

    /// <summary>The leading letters of every name <see cref="Geography"/> looks up (see <see cref="GeographyStarts"/>).</summary>
    private static IEnumerable<string> GeographyStartWords() =>
        Geography.Countries.SelectMany(static c => c.Names.Concat(c.Capitals).Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals).Append(c.Code))
            .Concat(Geography.UsStates.SelectMany(static s => s.ApAbbreviations.Append(s.Name).Append(s.Postal)))
            .Select(static name => LeadingLetters(name.AsSpan().Trim()).ToString());

    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && char.IsLetterOrDigit(text[n]))
        {
            n++;
        }

        return text[..n];
    }

    /// <summary>Capitalised words that are never the start or part of a town's name.</summary>
    public static readonly WordSet NotPlaceWords = Classed(PlaceWord.NotPlace, new[]
    {
        "the", "a", "an", "and", "but", "or", "if", "when", "while", "after", "before", "as", "at", "on", "of", "for", "from", "with", "by",
        "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "that", "these", "those", "there", "who", "what",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "thanksgiving", "may",
        "town", "possession", "face", "area", "local",
        "police", "department", "office", "university", "college", "school", "academy", "hospital", "center", "centre", "medical", "clinic",
        "church", "news", "press", "agency", "times", "post", "journal", "tribune", "herald", "gazette", "media", "tv", "radio", "channel",
        "company", "corp", "corporation", "inc", "llc", "ltd", "group", "association", "service", "services", "bureau", "ministry",
        "government", "council", "court", "commission", "committee", "board", "foundation", "institute", "club", "bar", "restaurant",
        "hotel", "motel", "apartments", "apartment", "store", "market", "bank", "station", "airport", "jail", "prison", "high", "middle",
        "elementary", "sheriff", "sheriff's", "state", "federal", "national", "international", "brigade", "army", "front", "islamic",
        "god", "lord", "facebook", "twitter", "instagram", "youtube", "copyright", "reuters", "ap", "afp", "cnn", "bbc", "walmart",
        "mr", "mrs", "ms", "dr", "officer", "chief", "sgt", "lt", "capt", "det", "judge", "jail", "superior", "district", "circuit",
        "memorial", "regional", "general", "community", "health", "care", "children's", "emergency", "trauma", "unit", "ward",
        "interstate", "route", "avenue", "street", "road", "drive", "boulevard", "lane", "highway", "parkway",
    });

    /// <summary>The word lists above and the few words the location rule asks a token for: each one's <see cref="PlaceWord"/> class and words.</summary>
    public static IReadOnlyList<(PlaceWord Class, string[] Words)> ClassedWords =>
    [
        .. Registered,
        (PlaceWord.OfNoun, [.. OfNouns.Dictionary.Keys]),
        (PlaceWord.AfterNoun, [.. AfterNouns.Dictionary.Keys]),
        (PlaceWord.Article, ["the", "a", "an"]),
        (PlaceWord.Of, ["of"]),
        (PlaceWord.On, ["on"]),
        (PlaceWord.At, ["at"]),
        (PlaceWord.AbbreviatedNameWord, ["st", "ft", "mt"]),
        (PlaceWord.OrdinalSuffix, ["th", "st", "nd", "rd"]),
        (PlaceWord.GeographyStart, [.. GeographyStartWords().Distinct(StringComparer.OrdinalIgnoreCase)]),
    ];

    /// <summary>Registers a word list under its class and builds its set.</summary>
    private static WordSet Classed(PlaceWord c, string[] words) => new(Register(c, words));

    /// <summary>Registers a word list under its class.</summary>
    private static string[] Register(PlaceWord c, string[] words)
    {
        Registered.Add((c, words));
        return words;
    }
}
