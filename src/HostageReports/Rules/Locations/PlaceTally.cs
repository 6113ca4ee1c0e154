using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The resolver's half of the location rule: the votes for the incident's country and state and the
/// mentions of places the matchers found in one report, then the claims they make. Per report; not shared.
/// </summary>
/// <param name="context">The report's context, where the claims go.</param>
/// <param name="words">The report's tokens, for the claims' evidence.</param>
internal sealed class PlaceTally(ExtractionContext context, PlaceTokens words)
{
    private readonly List<PlaceMention> _places = [];
    private readonly Dictionary<string, int> _countryVotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stateVotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenRange> _countryEvidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenRange> _stateEvidence = new(StringComparer.Ordinal);
    private string? _datelineState;
    private string? _datelineCountry;

    /// <summary>The most mentions of a place whose aliases are compared one by one (<see cref="Aliases"/>).</summary>
    private const int ScannedMentions = 16;

    /// <summary>
    /// Takes the places the dateline names, read by the dateline stage (<see cref="Products.DatelinePlace"/>): its country
    /// votes, its state (3 votes), the country it places the report in, its city. Returns the city's tokens, or null.
    /// </summary>
    public TokenRange? AddDateline(DatelinePlace d)
    {
        foreach (var c in d.Countries)
        {
            AddCountry(c.Name, TokensOf(c.Span), 1);
        }

        if (d.State is { } st)
        {
            _datelineState = st.Name;
            AddState(st.Name, TokensOf(st.Span), 3);
        }

        _datelineCountry = d.Country;
        if (d.Town is not { } town)
        {
            return null;
        }

        var r = TokensOf(town.Span);
        _places.Add(new PlaceMention(town.Name, town.Kind, r.Start, r.End, town.Region, town.Country, MentionSource.Dateline));
        return r;
    }

    /// <summary>Resolves what a matcher found: its votes and its place.</summary>
    public void Add(in PlaceMatch m)
    {
        if (m.Country is { } c)
        {
            if (c.Evidence is { } e)
            {
                AddCountry(c.Key, e, c.Weight);
            }
            else
            {
                Vote(_countryVotes, c.Key, c.Weight);
            }
        }

        if (m.State is { } s)
        {
            AddState(s.Key, s.Evidence!.Value, s.Weight);
        }

        if (m.Place is { } p)
        {
            _places.Add(p);
        }
    }

    /// <summary>The claims: one a place (mentions of one place merged), then the incident's state and country.</summary>
    public void Emit()
    {
        string? country = ChooseCountry();
        string? state = _datelineState ?? MostVoted(_stateVotes);
        if (state is not null)
        {
            country ??= "US";
        }

        Span<char> keyBuffer = stackalloc char[PlaceNames.KeyBufferLength];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = Merge(country, byKey, keyBuffer);
        EmitPlaces(merged, country, state);
        if (state is not null && country == "US" && _stateEvidence.TryGetValue(state, out var se)
            && !byKey.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(PlaceNames.Key(state, keyBuffer)))
        {
            context.Claims.Add(new LocationClaim
            {
                ReportId = context.Report.Id,
                Name = state,
                Kind = LocationKind.State,
                Country = "US",
                Region = state,
                Evidence = EvidenceOf(se),
            });
        }

        if (country is not null && _countryEvidence.TryGetValue(country, out var ce) && Geography.TryCountryByCode(country, out var c))
        {
            context.Claims.Add(new LocationClaim
            {
                ReportId = context.Report.Id,
                Name = c.Name,
                Kind = LocationKind.Country,
                Country = country,
                Evidence = EvidenceOf(ce),
            });
        }
    }

    /// <summary>The mentions of one place together, keyed by <see cref="PlaceNames.Key"/>; capitals dropped where they are context.</summary>
    private List<(PlaceMention First, List<PlaceMention> All)> Merge(string? country, Dictionary<string, int> byKey, Span<char> keyBuffer)
    {
        var merged = new List<(PlaceMention First, List<PlaceMention> All)>();
        var byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        bool hasTown = false;
        foreach (var p in _places)
        {
            if (p.Source != MentionSource.Dateline && p.Kind is LocationKind.Site or LocationKind.Town or LocationKind.City or LocationKind.County or LocationKind.Province)
            {
                hasTown = true;
                break;
            }
        }

        foreach (var p in _places)
        {
            // A capital is context when it is only the dateline (the reporter's city) and other places are named,
            // or the capital of another country in a report from abroad ("In Tokyo, the foreign ministry said");
            // in a US report "Rome" or "Lima" is a US town. Distances and "the capital, X" are context where they are read.
            if (Geography.TryCapital(p.Name, out var capitalOf)
                && ((p.Source == MentionSource.Dateline && capitalOf.Code == country && hasTown) || (capitalOf.Code != country && country != "US")))
            {
                continue;
            }

            var key = PlaceNames.Key(p.Name, keyBuffer);
            if (key.Length == 0)
            {
                continue;
            }

            if (byKeySpan.TryGetValue(key, out int k))
            {
                merged[k].All.Add(p);
            }
            else
            {
                byKeySpan[key] = merged.Count;
                merged.Add((p, [p]));
            }
        }

        return merged;
    }

    /// <summary>One claim a merged place: the first name not in capitals, the lowest kind, the first country and region any mention gives.</summary>
    private void EmitPlaces(List<(PlaceMention First, List<PlaceMention> All)> merged, string? country, string? state)
    {
        // Outside the US the province named in the report is the region of its towns and sites.
        string? province = null;
        foreach (var (first, all) in merged)
        {
            if (province is null && all.Exists(static m => m.Kind == LocationKind.Province))
            {
                province = first.Name;
            }
        }

        foreach (var (first, all) in merged)
        {
            PlaceMention? best = null;
            var kind = first.Kind;
            string? placeCountry = null;
            string? region = null;
            foreach (var m in all)
            {
                best ??= PlaceNames.IsAllCaps(m.Name) ? null : m;
                kind = m.Kind < kind ? m.Kind : kind;
                placeCountry ??= m.Country;
                region ??= m.Region;
            }

            best ??= first;
            placeCountry ??= country;
            region ??= (placeCountry == "US" && kind is not LocationKind.State ? state : null)
                ?? (placeCountry != "US" && kind is LocationKind.Site or LocationKind.Town or LocationKind.City ? province : null);
            context.Claims.Add(new LocationClaim
            {
                ReportId = context.Report.Id,
                Name = best.Name,
                Kind = kind,
                Country = placeCountry,
                Region = region,
                Aliases = Aliases(all, best.Name),
                Evidence = EvidenceOf(new TokenRange(best.Start, best.End)),
            });
        }
    }

    private Evidence EvidenceOf(TokenRange r) => context.EvidenceOf(words[r.Start].Start, words[r.End - 1].End);

    /// <summary>The tokens of a span of words (one cut at token boundaries).</summary>
    private TokenRange TokensOf(TextSpan span) =>
        new(words.FirstTokenAt(span.Start) ?? words.Count, words.FirstTokenAt(span.End) ?? words.Count);

    private string? ChooseCountry()
    {
        if (_datelineCountry is not null)
        {
            Vote(_countryVotes, _datelineCountry, 3);
        }

        if (_stateVotes.Count > 0)
        {
            Vote(_countryVotes, "US", _stateVotes.Values.Sum() * 2);
        }

        return MostVoted(_countryVotes);
    }

    /// <summary>The key with the most votes, the first counted among equals; null when there are none.</summary>
    private static string? MostVoted(Dictionary<string, int> votes)
    {
        string? best = null;
        int most = 0;
        foreach (var (key, count) in votes)
        {
            if (best is null || count > most)
            {
                best = key;
                most = count;
            }
        }

        return best;
    }

    private void AddCountry(string code, TokenRange r, int weight)
    {
        Vote(_countryVotes, code, weight);
        _countryEvidence.TryAdd(code, r);
    }

    private void AddState(string name, TokenRange r, int weight)
    {
        Vote(_stateVotes, name, weight);
        _stateEvidence.TryAdd(name, r);
    }

    private static void Vote(Dictionary<string, int> votes, string key, int weight) =>
        votes[key] = votes.GetValueOrDefault(key) + weight;

    /// <summary>The other names of a place: its mentions' names, then their written forms ("St. Louis"), each once ignoring case.</summary>
    private static List<string> Aliases(List<PlaceMention> all, string name)
    {
        // Most places are named a few times: their few aliases are compared one by one. A place named again and again in
        // other spellings keeps the names taken in a set, or each new one would be compared with all before it.
        var aliases = new List<string>();
        var taken = all.Count > ScannedMentions ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name } : null;
        foreach (var m in all)
        {
            AddAlias(aliases, taken, m.Name, name);
        }

        foreach (var m in all)
        {
            if (PlaceNames.Written(m.Name) is { } written)
            {
                AddAlias(aliases, taken, written, name);
            }
        }

        return aliases;
    }

    /// <summary>Adds the alias unless it is the name or an alias already, ignoring case; <paramref name="taken"/> holds the name and the aliases when not null.</summary>
    private static void AddAlias(List<string> aliases, HashSet<string>? taken, string alias, string name)
    {
        if (taken is not null)
        {
            if (taken.Add(alias))
            {
                aliases.Add(alias);
            }

            return;
        }

        if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var a in aliases)
        {
            if (string.Equals(a, alias, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        aliases.Add(alias);
    }
}
