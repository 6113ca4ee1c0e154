using System.Runtime.InteropServices;
using HostageReports.Claims;
using HostageReports.Extraction;

namespace HostageReports.Reconciliation;

/// <summary>
/// The reports of one incident and what they say together. Add reports as they arrive: each claim goes
/// straight into the value it states (a dictionary keyed by fact and wording), so adding a report never
/// re-reads the reports already added, and <see cref="Facts"/> is worked out from the distinct values
/// only. The same reports in any order give the same facts.
/// </summary>
/// <remarks>
/// Safe to share between threads: any number may call <see cref="Add"/>, <see cref="Facts"/>,
/// <see cref="Reports"/> and <see cref="Find"/> at once. Adds are serialised by a lock, so no claim is
/// lost; each version of the incident (the reports added so far) has its facts worked out once, under the
/// same lock, into an immutable snapshot that every reader of that version shares. A snapshot is
/// consistent: it is the facts of exactly the reports added before it was made, as if one thread had
/// added them, and it never changes afterwards (a later add makes a new snapshot). While the facts are
/// being worked out, adds wait; a reader that calls <see cref="Facts"/> after every add pays for a
/// reconciliation each time, so read them once the reports are in where you can.
/// </remarks>
public sealed class Incident
{
    private readonly Lock _gate = new();
    private ReportClaims[] _reports = [];
    private int _reportCount;
    private ValueList<ReportClaims>? _reportsView;
    private readonly HashSet<string> _reportIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(Measure Measure, Population Population), CountValues> _counts = [];
    private readonly EntityAccumulator _people = new();
    private readonly EntityAccumulator _groups = new();
    private readonly EntityAccumulator _places = new();
    private readonly SourceTable _sources = new();
    private ValueList<Fact>? _facts;

    /// <summary>Creates an empty incident.</summary>
    /// <param name="id">The incident's id (a folder's name).</param>
    public Incident(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The incident's id.</summary>
    public string Id { get; }

    /// <summary>
    /// The reports added so far, with their claims, in the order they were added: an immutable snapshot,
    /// which later adds leave as it is.
    /// </summary>
    public IReadOnlyList<ReportClaims> Reports
    {
        get
        {
            if (Volatile.Read(ref _reportsView) is { } view)
            {
                return view;
            }

            lock (_gate)
            {
                // the array only grows (into a new array) and never changes below the count: the view needs no copy
                return _reportsView ??= ValueList<ReportClaims>.Own(_reports, _reportCount);
            }
        }
    }

    /// <summary>
    /// The facts across every report added so far: counts (in the order of <see cref="Measure"/>, then
    /// all, foreign, local and nationalities), then <c>perpetrator/person</c>, <c>perpetrator/group</c>
    /// and <c>location</c>. Worked out on first use after an <see cref="Add"/> and kept until the next:
    /// an immutable snapshot of one version, shared by every reader of it (see the remarks on <see cref="Incident"/>).
    /// </summary>
    public IReadOnlyList<Fact> Facts
    {
        get
        {
            if (Volatile.Read(ref _facts) is { } facts)
            {
                return facts;
            }

            lock (_gate)
            {
                return _facts ??= ValueList<Fact>.Own([.. Reconcile()]);
            }
        }
    }

    /// <summary>Adds one report's claims and updates the facts. Safe to call from several threads at once.</summary>
    /// <param name="report">The report and its claims.</param>
    /// <returns>False, and nothing is added, when a report with the same id was added before.</returns>
    public bool Add(ReportClaims report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            return AddLocked(report);
        }
    }

    private bool AddLocked(ReportClaims report)
    {
        if (!_reportIds.Add(report.Report.Id))
        {
            return false;
        }

        // a new version from here on: its facts are worked out afresh on the next read
        Volatile.Write(ref _facts, null);
        if (_reportCount == _reports.Length)
        {
            // a new array: views handed out keep the old one, whose items never change
            Array.Resize(ref _reports, Math.Max(4, 2 * _reportCount));
        }

        _reports[_reportCount++] = report;
        Volatile.Write(ref _reportsView, null);
        var meta = report.Report.Metadata;
        var (ordinal, ownVoice) = _sources.AddReport(report.Report.Id, meta.Published, meta.Outlet);
        var claims = report.Claims;
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var source = new SourceEntry(claim, ordinal, _sources.IndependentOf(claim, ownVoice), claim.Evidence.Start, claim.Certainty);
            switch (claim)
            {
                case CountClaim c:
                    var values = CollectionsMarshal.GetValueRefOrAddDefault(_counts, (c.Measure, c.Population), out _) ??= new CountValues();
                    values.Add(c.Quantity, source);
                    break;
                case PerpetratorClaim p:
                    (p.Kind == PerpetratorKind.Person ? _people : _groups).Add(p.Name, p.Aliases, "p", source, role: p.Role);
                    break;
                case LocationClaim l:
                    _places.Add(l.Name, l.Aliases, Scope(l.Kind), source, kind: l.Kind, country: l.Country, region: l.Region);
                    break;
            }
        }

        return true;
    }

    /// <summary>The fact with this key, or null.</summary>
    /// <param name="key">A key such as <c>killed/all</c> or <c>location</c>.</param>
    /// <returns>The fact.</returns>
    public Fact? Find(string key) => Facts.FirstOrDefault(f => f.Key == key);

    /// <summary>The key of a count fact: <c>killed/GB</c>.</summary>
    /// <param name="measure">What is counted.</param>
    /// <param name="population">Whom it counts.</param>
    /// <returns>The key.</returns>
    public static string CountKey(Measure measure, Population population) => $"{ClaimNames.Of(measure)}/{population.Key}";

    /// <summary>A city is never the state of the same name: places only merge within one rank band.</summary>
    private static string Scope(LocationKind kind) => kind switch
    {
        <= LocationKind.City => "local",
        LocationKind.County => "county",
        LocationKind.Country => "country",
        _ => "area",
    };

    /// <summary>Works out the facts of the reports added so far; called under the lock, on a snapshot of the sources of its own.</summary>
    private List<Fact> Reconcile()
    {
        var sources = _sources.Freeze();
        var counts = new Dictionary<(Measure, Population), (Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)>();

        // the dead first: wounded whose outcome a report left open may be among them (see CountReconciler.Build)
        var killedKey = (Measure.Killed, Population.All);
        if (_counts.TryGetValue(killedKey, out var killedValues))
        {
            var grouped = killedValues.Group();
            counts[killedKey] = (CountReconciler.Build(CountKey(Measure.Killed, Population.All), grouped, sources), grouped);
        }

        long dead = counts.TryGetValue(killedKey, out var killed) && killed.Fact.Best is > 0 and long best ? best : 0;
        foreach (var (key, values) in _counts)
        {
            if (key != killedKey)
            {
                var grouped = values.Group();
                long deadAmong = key == (Measure.Wounded, Population.All) ? dead : 0;
                counts[key] = (CountReconciler.Build(CountKey(key.Measure, key.Population), grouped, sources, deadAmong), grouped);
            }
        }

        var entities = new List<Fact>(3);
        foreach (var (key, type, acc, kind) in new[]
        {
            ("perpetrator/person", FactType.Perpetrator, _people, (PerpetratorKind?)PerpetratorKind.Person),
            ("perpetrator/group", FactType.Perpetrator, _groups, PerpetratorKind.Group),
            ("location", FactType.Location, _places, null),
        })
        {
            if (EntityReconciler.Build(key, type, acc, kind, sources) is { } fact)
            {
                entities.Add(fact);
            }
        }

        string? country = entities.FirstOrDefault(f => f.Type == FactType.Location)?.Values
            .Where(v => v.Country is not null)
            .OrderByDescending(v => v.ReportCount).ThenByDescending(v => v.IndependentSourceCount).ThenBy(v => v.Country, StringComparer.Ordinal)
            .FirstOrDefault()?.Country;

        var facts = TotalsChecks.Apply(counts, country, sources);
        facts.Sort((x, y) => CompareCountKeys(x.Key, y.Key));
        facts.AddRange(entities);
        return facts;
    }

    /// <summary>The measures' names in the order of <see cref="Measure"/>: the order count facts are shown in.</summary>
    private static readonly string[] MeasureNames = [.. Enum.GetValues<Measure>().Select(ClaimNames.Of)];

    /// <summary>By measure, then all, foreign, local and nationalities, then by key; read from the keys without a string made.</summary>
    private static int CompareCountKeys(string x, string y)
    {
        int sx = x.IndexOf('/', StringComparison.Ordinal), sy = y.IndexOf('/', StringComparison.Ordinal);
        int c = MeasureRank(x.AsSpan(0, sx)).CompareTo(MeasureRank(y.AsSpan(0, sy)));
        if (c != 0)
        {
            return c;
        }

        c = PopulationRank(x.AsSpan(sx + 1)).CompareTo(PopulationRank(y.AsSpan(sy + 1)));
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }

    private static int MeasureRank(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < MeasureNames.Length; i++)
        {
            if (name.SequenceEqual(MeasureNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int PopulationRank(ReadOnlySpan<char> key) => key switch
    {
        "all" => 0,
        "foreign" => 1,
        "local" => 2,
        _ => 3,
    };
}
