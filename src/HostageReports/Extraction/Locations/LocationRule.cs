using HostageReports.Claims;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Perpetrators;
using HostageReports.Extraction.Text;
using HostageReports.Reports;

namespace HostageReports.Extraction.Locations;

/// <summary>
/// Adds one <see cref="LocationClaim"/> per place of the incident: sites ("the X gas field", "a home on
/// 11th Street"), towns and cities (datelines, "in the town of X", "X, Wash.", "in X", "X police"),
/// counties, provinces and states, and the incident's country. Places the text gives as context (the
/// capital a distance is measured from, a neighbouring country, a border) are left out. Spellings of
/// one place that differ only in a leading "In"/"Ain"/"El" are one place.
/// </summary>
internal sealed class LocationRule : IClaimRule
{
    private static readonly CuePhrases<bool> ContextBefore = new(PlaceCues.ContextBefore.Select(static p => (p, true)));

    /// <inheritdoc/>
    public void Apply(ExtractionContext context)
    {
        if (context.Tokens.Count == 0)
        {
            return;
        }

        // The thread's arrays are taken while the report is read (a rule reading another report meanwhile would make its own).
        var buffers = t_buffers ?? new Buffers();
        t_buffers = null;
        int count = context.Tokens.Count;
        if (buffers.Used.Length < count)
        {
            buffers.Used = new bool[count + (count >> 1)];
            buffers.Bits = new uint[buffers.Used.Length];
        }

        var v = new TokenView(context);
        var used = buffers.Used.AsSpan(0, count);
        GroupFinder.Scan(context).Tokens.CopyTo(used); // the scan marks the places it reads too
        var scan = new Scan(v, buffers.Used, buffers.Bits);
        scan.Run();
        scan.Emit();
        if (buffers.Used.Length <= KeptTokens)
        {
            t_buffers = buffers;
        }
    }

    /// <summary>The most tokens a thread keeps arrays for: a longer report's are left to the collector, not held by the thread.</summary>
    private const int KeptTokens = 1 << 16;

    /// <summary>The arrays a report's reading needs, one entry a token, kept from report to report on a thread: they are allocated for the longest report only (up to <see cref="KeptTokens"/>).</summary>
    [ThreadStatic]
    private static Buffers? t_buffers;

    /// <summary>Per-token arrays of <see cref="Scan"/>, as long as the longest report read on the thread so far.</summary>
    private sealed class Buffers
    {
        /// <summary>The tokens already read as a place or a group (<see cref="Scan"/>'s marks).</summary>
        public bool[] Used { get; set; } = [];

        /// <summary>The array of <see cref="PlaceTokens"/>.</summary>
        public uint[] Bits { get; set; } = [];
    }

    /// <summary>One mention of a place.</summary>
    private sealed record Mention(string Name, LocationKind Kind, int Start, int End, string? Region, string? Country, MentionStrength Strength, MentionSource Source = MentionSource.Text);

    /// <summary>The reading of one report.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="groupTokens">One flag a token (at least): true inside a group's name; the reading marks the places it reads too.</param>
    /// <param name="bits">The array of <see cref="PlaceTokens"/>: one entry a token at least, cleared by it.</param>
    private sealed class Scan(TokenView v, bool[] groupTokens, uint[] bits)
    {
        private readonly List<Mention> _places = [];
        private readonly Dictionary<string, int> _countryVotes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _stateVotes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Start, int End)> _countryEvidence = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Start, int End)> _stateEvidence = new(StringComparer.Ordinal);
        private readonly bool[] _used = groupTokens;
        private readonly PlaceTokens _words = new(v.Context, bits);
        private string? _datelineState;
        private string? _datelineCountry;
        private int _headlineStart = -1;
        private bool _headline;

        public void Run()
        {
            Dateline();
            var starts = v.Context.SentenceTokenStart;
            var tokens = v.Tokens;
            string body = v.Body;

            // Only capitalised words and a few lower-case cue words can start a place. The capitalised words are
            // among the report's name starts (capitalised or "al" words, found once a report for every rule), so
            // the other tokens are only tested as cue words, and a cue word only when a capitalised word follows
            // in its sentence: the reading stops at the sentence's last one.
            var names = v.NameStartTokens;
            int n = 0;
            for (int s = 0; s + 1 < starts.Length; s++)
            {
                int start = starts[s];
                int end = starts[s + 1];
                while (n < names.Length && names[n] < start)
                {
                    n++;
                }

                // Headings and captions say where it happened as well as the prose does.
                if (start == end || (v.Context.IsExcludedSentence(s) && !v.Context.IsCaptionSentence(s)))
                {
                    continue;
                }

                int last = -1;
                int sentenceNames = n;
                while (sentenceNames < names.Length && names[sentenceNames] < end)
                {
                    if (char.IsUpper(body[tokens[names[sentenceNames]].Start]))
                    {
                        last = names[sentenceNames];
                    }

                    sentenceNames++;
                }

                for (int i = start; i <= last; i++)
                {
                    bool name = names[n] == i;
                    if (name)
                    {
                        n++;
                    }

                    var t = tokens[i];
                    if (_used[i] || t.Kind != TokenKind.Word)
                    {
                        continue;
                    }

                    // Most lower-case words are turned away by the cue list's filter, before any hash.
                    if (name && char.IsUpper(body[t.Start]))
                    {
                        Read(i, start, end, cap: true);
                    }
                    else if (PlaceCues.LowerCaseCueFilter.MayContain(body.AsSpan(t.Start, t.Length)) && _words.Has(i, PlaceWord.LowerCaseCue))
                    {
                        Read(i, start, end, cap: false);
                    }
                }
            }
        }

        public void Emit()
        {
            var ctx = v.Context;
            string? country = ChooseCountry();
            string? state = _datelineState ?? MostVoted(_stateVotes);
            if (state is not null)
            {
                country ??= "US";
            }

            // Merge mentions of one place; drop capitals when other places exist.
            var merged = new List<(Mention First, List<Mention> All)>();
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> keyBuffer = stackalloc char[PlaceNames.KeyBufferLength];
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
                // The first name not in capitals, the lowest kind, the first country and region any mention gives.
                Mention? best = null;
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
                var aliases = Aliases(all, best.Name);
                ctx.Claims.Add(new LocationClaim
                {
                    ReportId = ctx.Report.Id,
                    Name = best.Name,
                    Kind = kind,
                    Country = placeCountry,
                    Region = region,
                    Aliases = aliases,
                    Evidence = ctx.EvidenceOf(v[best.Start].Start, v[best.End - 1].End),
                });
            }

            if (state is not null && country == "US" && _stateEvidence.TryGetValue(state, out var se) && !byKeySpan.ContainsKey(PlaceNames.Key(state, keyBuffer)))
            {
                ctx.Claims.Add(new LocationClaim
                {
                    ReportId = ctx.Report.Id,
                    Name = state,
                    Kind = LocationKind.State,
                    Country = "US",
                    Region = state,
                    Evidence = ctx.EvidenceOf(v[se.Start].Start, v[se.End - 1].End),
                });
            }

            if (country is not null && _countryEvidence.TryGetValue(country, out var ce) && Geography.TryCountryByCode(country, out var c))
            {
                ctx.Claims.Add(new LocationClaim
                {
                    ReportId = ctx.Report.Id,
                    Name = c.Name,
                    Kind = LocationKind.Country,
                    Country = country,
                    Evidence = ctx.EvidenceOf(v[ce.Start].Start, v[ce.End - 1].End),
                });
            }
        }

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

        /// <summary>The places the dateline names, read with the report (<see cref="Report.DatelinePlace"/>): votes, the dateline's state and country, its city.</summary>
        private void Dateline()
        {
            if (v.Context.Report.DatelinePlace is not { } d)
            {
                return;
            }

            foreach (var c in d.Countries)
            {
                var (a, b) = TokensOf(c.Span);
                AddCountry(c.Name, a, b, 1);
            }

            if (d.State is { } st)
            {
                _datelineState = st.Name;
                var (a, b) = TokensOf(st.Span);
                AddState(st.Name, a, b, 3);
            }

            _datelineCountry = d.Country;
            if (d.Town is { } town)
            {
                var (a, b) = TokensOf(town.Span);
                _places.Add(new Mention(town.Name, town.Kind, a, b, town.Region, town.Country, town.Region is not null ? MentionStrength.Strong : MentionStrength.Weak, MentionSource.Dateline));
                Mark(a, b);
            }
        }

        /// <summary>The tokens [a, b) of a span of words (one cut at token boundaries).</summary>
        private (int A, int B) TokensOf(TextSpan span) =>
            (_words.FirstTokenAt(span.Start) ?? v.Count, _words.FirstTokenAt(span.End) ?? v.Count);

        private void Read(int i, int start, int end, bool cap)
        {
            // Countries and states anywhere: votes for the incident's country and state.
            if (cap && GeographyAt.TryCountry(_words, i, end, out var country, out int cEnd))
            {
                if (!IsContext(i, start))
                {
                    AddCountry(country.Code, i, cEnd, 2);
                }

                Mark(i, cEnd);
                return;
            }

            if (cap && MayNameGeography(i) && Geography.TryDemonym(v.Text(i), out var demonym) && demonym.IsAdjective)
            {
                Vote(_countryVotes, demonym.Code, 1);
                return;
            }

            if (cap && v[i].Length > 2 && !AllCaps(i) && GeographyAt.TryState(_words, i, out var state, out int sEnd))
            {
                AddState(state.Name, i, sEnd, 1);
                Mark(i, sEnd);
                return;
            }

            var w = v.Text(i);

            // "the town of X", "the province of X", "the state of X".
            if (_words.Has(i, PlaceWord.OfNoun) && i + 2 < end && _words.Has(i + 1, PlaceWord.Of) && v.IsCapitalized(i + 2) && PlaceCues.OfNouns.TryGetValue(w, out var ofKind) && !IsContext(i, start))
            {
                int runEnd = PlaceRun(i + 2, end);
                if (runEnd > i + 2)
                {
                    var name = v.Span(i + 2, runEnd);
                    if (Geography.TryUsState(name, out var st))
                    {
                        AddState(st.Name, i + 2, runEnd, 3);
                    }
                    else if (!Geography.TryCountryByName(name, out _))
                    {
                        AddPlace(name, ofKind, i, runEnd, strong: true);
                    }

                    Mark(i, runEnd);
                }

                return;
            }

            // "the southeastern province of X" is above; "a home on 11th Street", "the 500 block of Main Street".
            if (_words.Has(i, PlaceWord.On | PlaceWord.Of | PlaceWord.At) && i + 1 < end && StreetAt(i + 1, end, out int streetEnd))
            {
                AddPlace(v.Span(i + 1, streetEnd), LocationKind.Site, i + 1, streetEnd, strong: true);
                Mark(i + 1, streetEnd);
                return;
            }

            // "Terry Doe, 28, of Oakdale": a hometown after an age.
            if (_words.Has(i, PlaceWord.Of) && i >= start + 2 && v.IsPunct(i - 1, ',') && v[i - 2].Kind == TokenKind.Number && v.IsCapitalized(i + 1) && i + 1 < end)
            {
                int runEnd = PlaceRun(i + 1, end);
                if (runEnd > i + 1)
                {
                    ReadNamed(i + 1, runEnd, end, start, i, preposition: true);
                }

                return;
            }

            if (!(cap && i != start) && _words.Has(i, PlaceWord.Preposition) && ReadAfterPreposition(i, start, end, cap))
            {
                return;
            }

            if (cap && !AllCaps(i))
            {
                int runEnd = PlaceRun(i, end);
                if (runEnd > i)
                {
                    ReadNamed(i, runEnd, end, start, i, preposition: false);
                }
            }
        }

        /// <summary>"in X", "near southern X", "at the X": the place after a preposition. False when the sentence is in title case and the words are to be read on their own.</summary>
        private bool ReadAfterPreposition(int i, int start, int end, bool cap)
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

            if (named)
            {
                if (GeographyAt.TryCountry(_words, k, end, out var c2, out int c2End))
                {
                    if (!IsContext(i, start))
                    {
                        AddCountry(c2.Code, k, c2End, 3);
                    }

                    Mark(k, c2End);
                    return true;
                }

                int runEnd = PlaceRun(k, end);
                if (runEnd > k && !IsContext(i, start) && !IsContext(k, start))
                {
                    // "in the Stagecoach", "at the Mansion": after an article a bare name is a business, not a town
                    // (a country after the article was read above).
                    ReadNamed(k, runEnd, end, start, i, preposition: !article);
                }
            }

            return true;
        }

        /// <summary>The words after a run that make it a place: a county's, a site's (and the words before a site's noun), a province's, a city's agency, a resident's.</summary>
        private const PlaceWord AfterRun = PlaceWord.County | PlaceWord.SiteModifier | PlaceWord.SiteNoun | PlaceWord.AfterNoun | PlaceWord.CityAgency | PlaceWord.Resident;

        /// <summary>A capitalised run: a county, a site, a city with its state, a city's police, or (after a preposition) a town.</summary>
        private void ReadNamed(int k, int runEnd, int end, int start, int cueStart, bool preposition)
        {
            var name = v.SpanOf(k, runEnd);
            bool geography = MayNameGeography(k);

            // Without a preposition a run is a place only by the word after it ("County", "police", "gas field", "province",
            // "teen", ", Wash.") or as a geography name: most runs ("Terry Doe said") end here.
            if (!preposition && !geography
                && !(runEnd < end && (_words.Has(runEnd, AfterRun) || v.IsPunct(runEnd, ','))))
            {
                return;
            }
            if (preposition && geography && Geography.TryUsState(name, out var inState))
            {
                AddState(inState.Name, k, runEnd, 2);
                Mark(k, runEnd);
                return;
            }

            if (geography && Geography.TryDemonym(name, out _))
            {
                Mark(k, runEnd);
                return;
            }

            // "Harlan County", "Iberville Parish".
            if (runEnd < end && v.IsCapitalized(runEnd) && _words.Has(runEnd, PlaceWord.County))
            {
                AddPlace(v.Span(k, runEnd + 1), LocationKind.County, k, runEnd + 1, strong: true);
                Mark(k, runEnd + 1);
                return;
            }

            // "Glenwood, Okla.", "Oakdale, Washington".
            if (v.IsPunct(runEnd, ',') && runEnd + 1 < end && GeographyAt.TryState(_words, runEnd + 1, out var st, out int stEnd))
            {
                AddState(st.Name, runEnd + 1, stEnd, 2);
                if (!(geography && Geography.TryUsState(name, out _)))
                {
                    _places.Add(new Mention(PlaceNames.Expand(name.ToString()), LocationKind.City, k, stEnd, st.Name, "US", MentionStrength.Strong));
                }

                Mark(k, stEnd);
                return;
            }

            // "the In Salah gas field", "the X plant".
            int m = SiteModifiersUntil(runEnd, end);

            if (m < end && !v.IsCapitalized(m) && _words.Has(m, PlaceWord.SiteNoun) && !IsOrganisation(name))
            {
                AddPlace(name, LocationKind.Site, k, m + 1, strong: true);
                Mark(k, m + 1);
                return;
            }

            // "Anbar province".
            if (runEnd < end && !v.IsCapitalized(runEnd) && _words.Has(runEnd, PlaceWord.AfterNoun) && PlaceCues.AfterNouns.TryGetValue(v.Text(runEnd), out var after))
            {
                AddPlace(name, after, k, runEnd + 1, strong: true);
                Mark(k, runEnd + 1);
                return;
            }

            // "Glenwood police", "the Oakdale Police Department".
            if (runEnd < end && _words.Has(runEnd, PlaceWord.CityAgency) && !(geography && Geography.TryUsState(name, out _)) && !IsOrganisation(name)
                && !(runEnd == k + 1 && (_words.Has(k, PlaceWord.NotAgencyPlace) || v.Text(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || v.Text(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
            {
                AddPlace(name, LocationKind.City, k, runEnd + 1, strong: false);
                Mark(k, runEnd + 1);
                return;
            }

            // "a Cedar Falls teen", "an Oakdale home": a town used as an adjective.
            if (!preposition && k > start && runEnd < end && _words.Has(runEnd, PlaceWord.Resident) && _words.Has(k - 1, PlaceWord.Article)
                && !IsPersonLike(k, runEnd) && !IsOrganisation(name) && !(geography && (Geography.TryUsState(name, out _) || Geography.TryCountryByName(name, out _))))
            {
                AddPlace(name, LocationKind.Town, k, runEnd + 1, strong: false);
                Mark(k, runEnd + 1);
                return;
            }

            if (preposition && !IsPersonLike(k, runEnd) && (runEnd >= end || !_words.Has(runEnd, PlaceWord.NotPlace) || !v.IsCapitalized(runEnd)))
            {
                AddPlace(name, LocationKind.Town, cueStart, runEnd, strong: false);
                Mark(k, runEnd);
            }
        }

        /// <summary>The other names of a place: its mentions' names, then their written forms ("St. Louis"), each once ignoring case.</summary>
        private static List<string> Aliases(List<Mention> all, string name)
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

        /// <summary>The most mentions of a place whose aliases are compared one by one (<see cref="Aliases"/>).</summary>
        private const int ScannedMentions = 16;

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

        /// <summary>True for a sentence in title case ("Man Arrested In Possession Of Stolen Gun"): its capitals say nothing of names.</summary>
        private bool IsHeadline(int start, int end)
        {
            if (_headlineStart == start)
            {
                return _headline;
            }

            _headlineStart = start;
            _headline = ReadHeadline(start, end);
            return _headline;
        }

        private bool ReadHeadline(int start, int end)
        {
            int words = 0, caps = 0;
            for (int k = start; k < end; k++)
            {
                if (v[k].Kind == TokenKind.Word && v[k].Length > 3)
                {
                    words++;
                    caps += v.IsCapitalized(k) ? 1 : 0;
                }
            }

            return words >= 4 && caps * 10 >= words * 7;
        }

        private bool IsPersonLike(int k, int runEnd)
        {
            // "at Dorsey's apartment": a possessive is a person's; an honorific or a known first name would be too.
            var last = v.Text(runEnd - 1);
            return last.EndsWith("'s") || last.EndsWith("\u2019s") || v.In(k, PerpetratorCues.Titles) || v.In(k, PerpetratorCues.Honorifics);
        }

        private static bool IsOrganisation(ReadOnlySpan<char> name)
        {
            foreach (var word in name.Split(' '))
            {
                if (PlaceCues.NotPlaceWords.Contains(name[word]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool StreetAt(int k, int end, out int streetEnd)
        {
            streetEnd = k;
            int j = k;
            if (v[j].Kind == TokenKind.Number)
            {
                j++;
                if (j < end && _words.Has(j, PlaceWord.OrdinalSuffix) && v.Touches(j - 1))
                {
                    j++;
                }
            }

            int stop = CapitalizedUntilStreet(j, end);
            int words = stop - j;
            j = stop;

            if ((words == 0 && j == k) || j >= end || !v.IsCapitalized(j) || !_words.Has(j, PlaceWord.Street))
            {
                return false;
            }

            j++;
            if (v.IsPunct(j, '.') && v.Touches(j - 1))
            {
                j++;
            }

            streetEnd = j;
            return true;
        }

        /// <summary>
        /// A place name: capitalised words ("Cedar Falls", "St. Paul", "In Salah"), no organisation or calendar words.
        /// Every capitalised word of a sentence may be asked for the run it starts: a run is walked once, from the first of
        /// its words asked, and answered for its later words from what that walk found (see <see cref="_run"/>).
        /// </summary>
        private int PlaceRun(int k, int end)
        {
            var run = _run;
            if (end == run.End && k > run.From && k < run.To && _words.IsCapitalized(k))
            {
                // The walk from run.From went through k as any later word goes, and on as the walk from k would (see RunWalk).
                return run.Street || run.Organisation ? k : run.To;
            }

            int result = WalkPlaceRun(k, end, out run);
            _run = run;
            return result;
        }

        /// <summary>
        /// What the walk of <see cref="PlaceRun"/> from <see cref="From"/> found: where it stopped (<see cref="To"/>, the token
        /// past the run or the street word it met), and whether that makes the run no town's name. The walk treats a word it
        /// meets after the first the same whatever word it started at, so a walk from a later word of the run (before
        /// <see cref="To"/>) meets the same words after it and stops at the same place: it is answered from here. Marking
        /// tokens as read (<see cref="Mark"/>) can stop a walk earlier: a mark inside the run leaves only the words past it
        /// answered here.
        /// </summary>
        /// <param name="From">The word the walk started at; a later word of the run is answered from it.</param>
        /// <param name="To">The token the walk stopped at: past the run's last word, or the street word it met.</param>
        /// <param name="End">The token the walk had to stop before (the sentence's end).</param>
        /// <param name="Street">True when the walk met a street word after its first word: the run is a street's, no town's.</param>
        /// <param name="Organisation">True when an organisation's word follows the run: "Alder Junior High School".</param>
        private readonly record struct RunWalk(int From, int To, int End, bool Street, bool Organisation)
        {
            /// <summary>No walk yet.</summary>
            public static RunWalk None => new(-1, -1, -1, false, false);
        }

        /// <summary>The last walk of <see cref="PlaceRun"/>.</summary>
        private RunWalk _run = RunWalk.None;

        /// <summary>
        /// A stretch of tokens [<see cref="From"/>, <see cref="To"/>) that all pass one test, <see cref="To"/> failing it or
        /// being <see cref="End"/>: a walk from any token of it stops at <see cref="To"/>, so it is walked once.
        /// </summary>
        /// <param name="From">The first token walked.</param>
        /// <param name="To">The token the walk stopped at.</param>
        /// <param name="End">The token the walk had to stop before (the sentence's end).</param>
        private readonly record struct Stretch(int From, int To, int End)
        {
            /// <summary>No walk yet.</summary>
            public static Stretch None => new(-1, -1, -1);

            /// <summary>True when a walk from token j, to stop before end, stops at <see cref="To"/>.</summary>
            public bool Covers(int j, int end) => end == End && j >= From && j <= To;
        }

        /// <summary>The last walk of <see cref="CapitalizedUntilStreet"/>.</summary>
        private Stretch _capitalized = Stretch.None;

        /// <summary>The last walk of <see cref="SiteModifiersUntil"/>.</summary>
        private Stretch _siteModifiers = Stretch.None;

        /// <summary>
        /// The first token from j on (before end) that is not a capitalised word or is a street word: the end of a street's
        /// name before its street word. Asked from each "on", "of" and "at" of a sentence, so walked once for a run.
        /// </summary>
        private int CapitalizedUntilStreet(int j, int end)
        {
            if (!_capitalized.Covers(j, end))
            {
                int k = j;
                while (k < end && v.IsCapitalized(k) && !_words.Has(k, PlaceWord.Street))
                {
                    k++;
                }

                _capitalized = new Stretch(j, k, end);
            }

            return _capitalized.To;
        }

        /// <summary>
        /// The first token from j on (before end) that is not a lower-case site modifier ("gas", "oil"): where a site's noun
        /// would stand after a name ("the In Salah gas field"). Asked after a run from each of its words, so walked once.
        /// </summary>
        private int SiteModifiersUntil(int j, int end)
        {
            if (!_siteModifiers.Covers(j, end))
            {
                int k = j;
                while (k < end && !v.IsCapitalized(k) && _words.Has(k, PlaceWord.SiteModifier))
                {
                    k++;
                }

                _siteModifiers = new Stretch(j, k, end);
            }

            return _siteModifiers.To;
        }

        /// <summary>The walk of <see cref="PlaceRun"/> from word k.</summary>
        private int WalkPlaceRun(int k, int end, out RunWalk walk)
        {
            int j = k;
            while (j < end && v.IsCapitalized(j) && !_used[j] && !(v[j].Length > 1 && AllCaps(j)))
            {
                var w = v.Text(j);
                bool possessive = IsPossessive(w, '\'');
                if (_words.Has(j, PlaceWord.NotPlace | PlaceWord.County) || (possessive && j > k))
                {
                    break;
                }

                if (j > k && _words.Has(j, PlaceWord.Street))
                {
                    walk = new RunWalk(k, j, end, Street: true, Organisation: false);
                    return k; // a street, not a town
                }

                j++;
                if (possessive || IsPossessive(w, '\u2019'))
                {
                    break;
                }

                if (w.Length == 2 && _words.Has(j - 1, PlaceWord.AbbreviatedNameWord) && v.IsPunct(j, '.'))
                {
                    j++;
                }
            }

            bool organisation = j < end && v.IsCapitalized(j) && _words.Has(j, PlaceWord.NotPlace) && !_words.Has(j, PlaceWord.County | PlaceWord.CityAgency);
            walk = new RunWalk(k, j, end, Street: false, organisation);
            if (j > k && organisation)
            {
                return k; // "Alder Junior High School": an organisation
            }

            return j;
        }

        /// <summary><see cref="TokenView.IsAllCaps"/>, read from the token's bits.</summary>
        private bool AllCaps(int i) => _words.IsAllCaps(i);

        /// <summary>True when the word ends in this apostrophe and an "s" of either case ("Dorsey's"), as an ordinal comparison ignoring case tells.</summary>
        private static bool IsPossessive(ReadOnlySpan<char> word, char apostrophe) =>
            word.Length >= 2 && word[^2] == apostrophe && word[^2..].EndsWith(apostrophe == '\'' ? "'s" : "\u2019s", StringComparison.OrdinalIgnoreCase);

        /// <summary>True when a geography name may start at token k (<see cref="PlaceCues.MayStartGeographyName"/>), read from the token's bits.</summary>
        private bool MayNameGeography(int k) => _words.MayNameGeography(k);

        private bool IsContext(int k, int start)
        {
            // "neighbouring Chad", "the border with Niger", "the capital, Cairo", "800 miles southeast of the capital".
            // Back over "the", ",", "city" and "of" to a context phrase, which may end at one of them too.
            for (int p = k - 1; p >= start; p--)
            {
                if (ContextBefore.TryMatchEndingAt(v, p, start, out _, out _))
                {
                    return true;
                }

                if (!v.IsAny(p, "the", ",", "city", "of"))
                {
                    break;
                }
            }

            for (int q = k - 1; q >= Math.Max(start, k - 8); q--)
            {
                if (PlaceCues.DistanceUnits.MayContain(v.Text(q)) && _words.Has(q, PlaceWord.DistanceUnit))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddPlace(ReadOnlySpan<char> name, LocationKind kind, int evStart, int evEnd, bool strong)
        {
            _places.Add(new Mention(PlaceNames.Expand(name.ToString()), kind, evStart, evEnd, null, null, strong ? MentionStrength.Strong : MentionStrength.Weak));
        }

        private void AddCountry(string code, int a, int b, int weight)
        {
            Vote(_countryVotes, code, weight);
            _countryEvidence.TryAdd(code, (a, b));
        }

        private void AddState(string name, int a, int b, int weight)
        {
            Vote(_stateVotes, name, weight);
            _stateEvidence.TryAdd(name, (a, b));
        }

        private static void Vote(Dictionary<string, int> votes, string key, int weight) =>
            votes[key] = votes.GetValueOrDefault(key) + weight;

        private void Mark(int a, int b)
        {
            if (b > a)
            {
                _used.AsSpan(a, b - a).Fill(true);

                // A walk from a word before b may now stop at a marked token: only the words from b on are answered from the last walk.
                if (a <= _run.To && b - 1 > _run.From)
                {
                    _run = _run with { From = b - 1 };
                }
            }
        }
    }
}

/// <summary>How much a mention of a place says of the incident's place: a town with its state or a named site is strong; a town read from "X police" or "an X teen" is weak.</summary>
internal enum MentionStrength
{
    /// <summary>A town read from a weaker cue ("Glenwood police", "a Cedar Falls teen", "in Oakdale").</summary>
    Weak,

    /// <summary>A place named with its kind or its state ("Harlan County", "Oakdale, Wash.", "the X gas field").</summary>
    Strong,
}

/// <summary>Where a mention of a place was read.</summary>
internal enum MentionSource
{
    /// <summary>The report's sentences.</summary>
    Text,

    /// <summary>The dateline: the reporter's city, context when it is a capital and other places are named.</summary>
    Dateline,
}
