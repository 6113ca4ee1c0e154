using HostageReports.Claims;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>The matchers of a capitalised run ("Harlan", "Cedar Falls"): what the words after it, or the preposition before it, make it.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>The words after a run that make it a place: a county's, a site's (and the words before a site's noun), a province's, a city's agency, a resident's.</summary>
    private const PlaceWord AfterRun = PlaceWord.County | PlaceWord.SiteModifier | PlaceWord.SiteNoun | PlaceWord.AfterNoun | PlaceWord.CityAgency | PlaceWord.Resident;

    /// <summary>
    /// The run [k, runEnd) of the sentence ending at end, in order: a state after a preposition, a demonym, a county, a city with its
    /// state, a site, "X province", a city's police, a town as an adjective, a town after a preposition. False when none matches.
    /// </summary>
    /// <param name="k">The run's first word.</param>
    /// <param name="runEnd">The token past the run.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="cueStart">The first token of the phrase (the preposition, or the run itself).</param>
    /// <param name="preposition">True after a preposition that makes a bare name a town ("in", "of" after an age).</param>
    private bool ReadNamed(int k, int runEnd, int end, int start, int cueStart, bool preposition)
    {
        var name = v.SpanOf(k, runEnd);
        bool geography = _words.MayNameGeography(k);

        // Without a preposition a run is a place only by the word after it ("County", "police", "gas field", "province",
        // "teen", ", Wash.") or as a geography name: most runs ("Terry Doe said") end here.
        if (!preposition && !geography
            && !(runEnd < end && (_words.Has(runEnd, AfterRun) || v.IsPunct(runEnd, ','))))
        {
            return false;
        }

        if (preposition && geography && Geography.TryUsState(name, out var inState))
        {
            // "in Texas": a state's 2 votes.
            return Matched(new PlaceMatch(State: new GeographyVote(inState.Name, new TokenRange(k, runEnd), 2), Read: new TokenRange(k, runEnd)));
        }

        if (geography && Geography.TryDemonym(name, out _))
        {
            return Matched(new PlaceMatch(Read: new TokenRange(k, runEnd))); // "the Nigerians": read, no place
        }

        return CountyName(k, runEnd, end) || CityWithState(k, runEnd, end, name, geography) || SiteName(k, runEnd, end, name)
            || PlaceWithKindAfter(k, runEnd, end, name) || CityAgency(k, runEnd, end, name, geography)
            || TownAsAdjective(k, runEnd, end, start, name, geography, preposition) || TownAfterPreposition(k, runEnd, end, cueStart, name, preposition);
    }

    /// <summary>A county or parish with its word: "Harlan County", "Iberville Parish"; not "Harlan county officials" (lower case).</summary>
    private bool CountyName(int k, int runEnd, int end)
    {
        if (runEnd < end && v.IsCapitalized(runEnd) && _words.Has(runEnd, PlaceWord.County))
        {
            return Matched(new PlaceMatch(Place: Mention(v.Span(k, runEnd + 1), LocationKind.County, k, runEnd + 1), Read: new TokenRange(k, runEnd + 1)));
        }

        return false;
    }

    /// <summary>A city with its state after a comma: "Glenwood, Okla.", "Oakdale, Washington" (the state's 2 votes); "Texas, Wash." is only the state.</summary>
    private bool CityWithState(int k, int runEnd, int end, ReadOnlySpan<char> name, bool geography)
    {
        if (!(v.IsPunct(runEnd, ',') && runEnd + 1 < end && GeographyAt.TryState(_words, runEnd + 1, out var st, out int stEnd)))
        {
            return false;
        }

        PlaceMention? city = geography && Geography.TryUsState(name, out _) ? null : Mention(name.ToString(), LocationKind.City, k, stEnd, st.Name, "US");
        return Matched(new PlaceMatch(State: new GeographyVote(st.Name, new TokenRange(runEnd + 1, stEnd), 2), Place: city, Read: new TokenRange(k, stEnd)));
    }

    /// <summary>A site with its noun: "the Wadi Sahel gas field", "the Marlow Springs plant", "the Oakdale Mall"; not "the Walmart Inc. plant" (an organisation).</summary>
    private bool SiteName(int k, int runEnd, int end, ReadOnlySpan<char> name)
    {
        int m = SiteModifiersUntil(runEnd, end);
        if (m < end && !v.IsCapitalized(m) && _words.Has(m, PlaceWord.SiteNoun) && !IsOrganisation(name))
        {
            return Matched(new PlaceMatch(Place: Mention(name.ToString(), LocationKind.Site, k, m + 1), Read: new TokenRange(k, m + 1)));
        }

        return false;
    }

    /// <summary>A place with its kind after it in lower case: "Anbar province", "Kidal region", "Diyala governorate".</summary>
    private bool PlaceWithKindAfter(int k, int runEnd, int end, ReadOnlySpan<char> name)
    {
        if (runEnd < end && !v.IsCapitalized(runEnd) && _words.Has(runEnd, PlaceWord.AfterNoun) && PlaceCues.AfterNouns.TryGetValue(v.Text(runEnd), out var after))
        {
            return Matched(new PlaceMatch(Place: Mention(name.ToString(), after, k, runEnd + 1), Read: new TokenRange(k, runEnd + 1)));
        }

        return false;
    }

    /// <summary>A city by its police: "Glenwood police", "the Oakdale Police Department"; not "Texas police" (a state), "Responding police", "Armed police".</summary>
    private bool CityAgency(int k, int runEnd, int end, ReadOnlySpan<char> name, bool geography)
    {
        if (runEnd < end && _words.Has(runEnd, PlaceWord.CityAgency) && !(geography && Geography.TryUsState(name, out _)) && !IsOrganisation(name)
            && !(runEnd == k + 1 && (_words.Has(k, PlaceWord.NotAgencyPlace) || PlaceVocabulary.EndsWithAny(v.Text(k), PlaceVocabulary.VerbSuffixes))))
        {
            return Matched(new PlaceMatch(Place: Mention(name.ToString(), LocationKind.City, k, runEnd + 1), Read: new TokenRange(k, runEnd + 1)));
        }

        return false;
    }

    /// <summary>A town as an adjective after an article: "a Cedar Falls teen", "an Oakdale home"; not "a Texas man" (a state), "a Dorsey's home" (a person).</summary>
    private bool TownAsAdjective(int k, int runEnd, int end, int start, ReadOnlySpan<char> name, bool geography, bool preposition)
    {
        if (!preposition && k > start && runEnd < end && _words.Has(runEnd, PlaceWord.Resident) && _words.Has(k - 1, PlaceWord.Article)
            && !IsPersonLike(k, runEnd) && !IsOrganisation(name) && !(geography && (Geography.TryUsState(name, out _) || Geography.TryCountryByName(name, out _))))
        {
            return Matched(new PlaceMatch(Place: Mention(name.ToString(), LocationKind.Town, k, runEnd + 1), Read: new TokenRange(k, runEnd + 1)));
        }

        return false;
    }

    /// <summary>A town after a preposition: "in Oakdale", "near Cedar Falls", "Terry Doe, 28, of Glenwood"; not "at Dorsey's" (a person), "in Alder Junior High" (an organisation).</summary>
    private bool TownAfterPreposition(int k, int runEnd, int end, int cueStart, ReadOnlySpan<char> name, bool preposition)
    {
        if (preposition && !IsPersonLike(k, runEnd) && (runEnd >= end || !_words.Has(runEnd, PlaceWord.NotPlace) || !v.IsCapitalized(runEnd)))
        {
            return Matched(new PlaceMatch(Place: Mention(name.ToString(), LocationKind.Town, cueStart, runEnd), Read: new TokenRange(k, runEnd)));
        }

        return false;
    }
}
