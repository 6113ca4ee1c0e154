using System.Collections.Frozen;
using HostageReports.Claims;

namespace HostageReports.Extraction.Lexicons;

/// <summary>
/// Phrase lists (data) for finding the places of an incident by how the text talks about them:
/// "the town of X", "the X gas field", "X County", "in X", "X police"; and the words that make a place
/// context rather than the incident's ("800 miles from X", "the capital, X", "neighbouring X").
/// </summary>
internal static class PlaceCues
{
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
    public static readonly WordSet CountyWords = new(new[] { "county", "parish", "borough" });

    /// <summary>Lower-case nouns after a name that make it a site: "the X gas field", "the X plant".</summary>
    public static readonly WordSet SiteNouns = new(new[]
    {
        "field", "gasfield", "oilfield", "plant", "facility", "complex", "refinery", "installation", "mine", "base", "camp", "compound",
        "terminal", "pipeline", "site", "hotel", "embassy", "consulate", "airport", "dam", "barracks", "station", "platform",
    });

    /// <summary>Lower-case words allowed between a name and its site noun: "gas field", "oil plant".</summary>
    public static readonly WordSet SiteModifiers = new(new[]
    {
        "gas", "oil", "natural", "petroleum", "chemical", "power", "nuclear", "military", "army", "air", "processing", "production", "industrial",
        "mining", "desert", "refugee", "training", "energy", "police",
    });

    /// <summary>Capitalised street words: "a home on 11th Street".</summary>
    public static readonly WordSet StreetWords = new(new[]
    {
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "ln", "way", "court", "ct", "place", "pl",
        "highway", "hwy", "parkway", "pkwy", "circle", "terrace", "trail", "pike", "square",
    });

    /// <summary>Prepositions before an incident's town: "in X", "near X", "at X", "outside X".</summary>
    public static readonly WordSet Prepositions = new(PrepositionWords);

    /// <summary>The lower-case words a place may follow: <see cref="Prepositions"/>, the nouns of <see cref="OfNouns"/>, "on", "of", "at" (streets, home towns).</summary>
    public static readonly WordSet LowerCaseCues = new(PrepositionWords.Concat(["on", "of"]).Concat(OfNouns.Dictionary.Keys));

    /// <summary>Lower-case words allowed between a preposition and the name: "in southern Algeria", "in rural X".</summary>
    public static readonly WordSet Directions = new(new[]
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
    public static readonly WordSet DistanceUnits = new(new[]
    {
        "miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer", "kms", "mi", "yards", "feet", "meters", "metres",
    });

    /// <summary>Words after a name that make it a city's police, so the name a city: "Glenwood police", "Oakdale Police Department".</summary>
    public static readonly WordSet CityAgencyWords = new(new[] { "police", "officers", "firefighters", "detectives", "mayor", "city" });

    /// <summary>Abbreviated first words of place names and their full forms: "St. Louis" is "Saint Louis".</summary>
    public static readonly (string Abbreviation, string Full)[] NameAbbreviations = [("St. ", "Saint "), ("Ft. ", "Fort "), ("Mt. ", "Mount ")];

    /// <summary>Lower-case nouns after a town used as an adjective: "a Cedar Falls teen", "an Oakdale home".</summary>
    public static readonly WordSet ResidentNouns = new(new[]
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
    public static readonly WordSet NotAgencyPlaceWords = new(new[]
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
    public static readonly WordSet GeographyStarts = new(
        Geography.Countries.SelectMany(static c => c.Names.Concat(c.Capitals).Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals).Append(c.Code))
            .Concat(Geography.UsStates.SelectMany(static s => s.ApAbbreviations.Append(s.Name).Append(s.Postal)))
            .Select(static name => LeadingLetters(name.AsSpan().Trim()).ToString()));

    /// <summary>True when a span starting with this token may be a name <see cref="Geography"/> knows (see <see cref="GeographyStarts"/>).</summary>
    /// <param name="token">The text of the span's first token.</param>
    /// <returns>False when no geography name starts so.</returns>
    public static bool MayStartGeographyName(ReadOnlySpan<char> token) => GeographyStarts.Contains(LeadingLetters(token));

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
    public static readonly WordSet NotPlaceWords = new(new[]
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
}
