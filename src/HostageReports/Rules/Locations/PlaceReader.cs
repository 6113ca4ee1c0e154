using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The extractor's half of the location rule: the phrasings that name a place, each a named matcher that
/// reads the words at one token and returns what it found (<see cref="PlaceMatch"/>), tried in a fixed order
/// (<see cref="Match"/>); <see cref="PlaceTally"/> resolves the matches. Per report; not shared.
/// </summary>
internal sealed partial class PlaceReader
{
    private readonly TokenView v;
    private readonly PlaceTokens _words;

    /// <summary>One flag a token: true once read as a group's name (the group scan's marks) or as a place.</summary>
    private readonly bool[] _used;

    /// <summary>A reader of one report's tokens.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="words">What the rule asks of each token.</param>
    /// <param name="used">One flag a token (at least): true inside a group's name; the reader marks the places it reads too.</param>
    public PlaceReader(TokenView v, PlaceTokens words, bool[] used)
    {
        this.v = v;
        _words = words;
        _used = used;
    }

    /// <summary>True when token i is read already (a group's name or a place).</summary>
    public bool IsRead(int i) => _used[i];

    /// <summary>What the last matcher that matched found (<see cref="Match"/>).</summary>
    public ref readonly PlaceMatch Found => ref _found;

    /// <summary>The last match, kept here so that a matcher that finds nothing copies nothing.</summary>
    private PlaceMatch _found;

    /// <summary>
    /// True when a matcher matches at token i of the sentence [start, end), tried in order: a country, a demonym, a state,
    /// "the town of X", a street, a hometown after an age, a place after a preposition, a capitalised run. What it found
    /// is <see cref="Found"/>.
    /// </summary>
    /// <param name="i">The token: a capitalised word, or a lower-case cue word.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="cap">True when token i is a capitalised name start, false for a lower-case cue word.</param>
    public bool Match(int i, int start, int end, bool cap)
    {
        if (cap && (CountryName(i, start, end) || DemonymAdjective(i) || StateName(i)))
        {
            return true;
        }

        if (OfNounPhrase(i, start, end) || StreetAddress(i, end) || HometownAfterAge(i, start, end))
        {
            return true;
        }

        if (!(cap && i != start) && _words.Has(i, PlaceWord.Preposition) && AfterPreposition(i, start, end, cap))
        {
            return true;
        }

        return cap && !_words.IsAllCaps(i) && CapitalizedRun(i, start, end);
    }

    /// <summary>Keeps what a matcher found; true, for the matcher to return.</summary>
    private bool Matched(in PlaceMatch match)
    {
        _found = match;
        return true;
    }

    /// <summary>Marks tokens [a, b) as read: no later matcher, and no walk, goes through them.</summary>
    public void Mark(TokenRange r)
    {
        int a = r.Start, b = r.End;
        if (b > a)
        {
            _used.AsSpan(a, b - a).Fill(true);

            // A walk from a word before b may now stop at a marked token: only the words from b on are answered from the last walk.
            if (_run is { } run && a <= run.To && b - 1 > run.From)
            {
                _run = run with { From = b - 1 };
            }
        }
    }

    /// <summary>
    /// A country's name anywhere: a vote of 2 for the incident's country unless it is context. "Gunmen in Algeria
    /// seized ...", "Nigeria's army"; not "neighbouring Chad", "the border with Niger" (read, no vote).
    /// </summary>
    private bool CountryName(int i, int start, int end)
    {
        if (!GeographyAt.TryCountry(_words, i, end, out var country, out int cEnd))
        {
            return false;
        }

        GeographyVote? vote = IsContext(i, start) ? null : new GeographyVote(country.Code, new TokenRange(i, cEnd), 2);
        return Matched(new PlaceMatch(Country: vote, Read: new TokenRange(i, cEnd)));
    }

    /// <summary>An adjective of a country: one vote, no evidence. "Algerian troops", "Nigerian police"; not "the Nigerians" (a noun).</summary>
    private bool DemonymAdjective(int i)
    {
        if (_words.MayNameGeography(i) && Geography.TryDemonym(v.Text(i), out var demonym) && demonym.IsAdjective)
        {
            return Matched(new PlaceMatch(Country: new GeographyVote(demonym.Code, null, 1)));
        }

        return false;
    }

    /// <summary>A US state's name, not in capitals and longer than an abbreviation: a vote of 1. "police in Texas", "a Georgia man"; not "WA", "in".</summary>
    private bool StateName(int i)
    {
        if (v[i].Length > 2 && !_words.IsAllCaps(i) && GeographyAt.TryState(_words, i, out var state, out int sEnd))
        {
            return Matched(new PlaceMatch(State: new GeographyVote(state.Name, new TokenRange(i, sEnd), 1), Read: new TokenRange(i, sEnd)));
        }

        return false;
    }

    /// <summary>
    /// A place with its kind before it: "the town of Glenwood", "the province of Anbar", "the state of Texas" (a state's
    /// 3 votes); not "the state of Israel" (a country: read, no claim), not context ("the capital of ...").
    /// </summary>
    private bool OfNounPhrase(int i, int start, int end)
    {
        if (!(_words.Has(i, PlaceWord.OfNoun) && i + 2 < end && _words.Has(i + 1, PlaceWord.Of) && v.IsCapitalized(i + 2)
            && PlaceCues.OfNouns.TryGetValue(v.Text(i), out var ofKind) && !IsContext(i, start)))
        {
            return false;
        }

        int runEnd = PlaceRun(i + 2, end);
        if (runEnd <= i + 2)
        {
            return Matched(PlaceMatch.Nothing);
        }

        var name = v.Span(i + 2, runEnd);
        var read = new TokenRange(i, runEnd);
        if (Geography.TryUsState(name, out var st))
        {
            return Matched(new PlaceMatch(State: new GeographyVote(st.Name, new TokenRange(i + 2, runEnd), 3), Read: read));
        }

        return Matched(Geography.TryCountryByName(name, out _) ? new PlaceMatch(Read: read) : new PlaceMatch(Place: Mention(name, ofKind, i, runEnd), Read: read));
    }

    /// <summary>A site on a street: "a home on 11th Street", "the 500 block of Main Street", "at Oak Ave."; not "on Main" (no street word).</summary>
    private bool StreetAddress(int i, int end)
    {
        if (_words.Has(i, PlaceWord.On | PlaceWord.Of | PlaceWord.At) && i + 1 < end && StreetAt(i + 1, end, out int streetEnd))
        {
            return Matched(new PlaceMatch(Place: Mention(v.Span(i + 1, streetEnd), Claims.LocationKind.Site, i + 1, streetEnd), Read: new TokenRange(i + 1, streetEnd)));
        }

        return false;
    }

    /// <summary>A hometown after an age: "Terry Doe, 28, of Oakdale", "a woman, 34, of Cedar Falls"; not "the mayor of Oakdale" (no age).</summary>
    private bool HometownAfterAge(int i, int start, int end)
    {
        if (!(_words.Has(i, PlaceWord.Of) && i >= start + 2 && v.IsPunct(i - 1, ',') && v[i - 2].Kind == TokenKind.Number && v.IsCapitalized(i + 1) && i + 1 < end))
        {
            return false;
        }

        int runEnd = PlaceRun(i + 1, end);
        return runEnd > i + 1 ? ReadNamed(i + 1, runEnd, end, start, i, preposition: true) || Matched(PlaceMatch.Nothing) : Matched(PlaceMatch.Nothing);
    }

    /// <summary>
    /// The place after a preposition: "in Oakdale", "near southern Anbar", "in Algeria" (3 votes), "at the Stagecoach" (after an
    /// article a bare name is a business). False when the sentence is in title case ("Man Shot In Oakdale"): its words are read on their own.
    /// </summary>
    private bool AfterPreposition(int i, int start, int end, bool cap)
    {
        int k = i + 1;
        bool article = false;
        while (k < end && !v.IsCapitalized(k) && _words.Has(k, PlaceWord.Direction))
        {
            article |= _words.Has(k, PlaceWord.Article);
            k++;
        }

        // In a title-case sentence a preposition says nothing ("Man Shot In Oakdale"): the words are read on their own.
        bool named = k < end && v.IsCapitalized(k) && !_used[k];
        if ((named || cap) && IsHeadline(start, end))
        {
            return false;
        }

        if (!named)
        {
            return Matched(PlaceMatch.Nothing);
        }

        if (GeographyAt.TryCountry(_words, k, end, out var c2, out int c2End))
        {
            GeographyVote? vote = IsContext(i, start) ? null : new GeographyVote(c2.Code, new TokenRange(k, c2End), 3);
            return Matched(new PlaceMatch(Country: vote, Read: new TokenRange(k, c2End)));
        }

        int runEnd = PlaceRun(k, end);
        if (runEnd > k && !IsContext(i, start) && !IsContext(k, start))
        {
            // "in the Stagecoach", "at the Mansion": after an article a bare name is a business, not a town
            // (a country after the article was read above).
            return ReadNamed(k, runEnd, end, start, i, preposition: !article) || Matched(PlaceMatch.Nothing);
        }

        return Matched(PlaceMatch.Nothing);
    }

    /// <summary>A capitalised run read on its own: "Harlan County", "Glenwood police", "a Cedar Falls teen" (see <see cref="ReadNamed"/>).</summary>
    private bool CapitalizedRun(int i, int start, int end)
    {
        int runEnd = PlaceRun(i, end);
        return runEnd > i ? ReadNamed(i, runEnd, end, start, i, preposition: false) : false;
    }

    /// <summary>A mention read in the sentences: the name as claimed, spelled out ("St. Paul" is "Saint Paul").</summary>
    private static PlaceMention Mention(string name, Claims.LocationKind kind, int start, int end, string? region = null, string? country = null) =>
        new(PlaceNames.Expand(name), kind, start, end, region, country);
}
