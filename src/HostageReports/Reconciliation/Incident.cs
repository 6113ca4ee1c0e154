using System.Runtime.InteropServices;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Rendering;

namespace HostageReports.Reconciliation;

/// <summary>
/// The reports of one incident and what they say together. Add reports as they arrive: each claim goes
/// straight into the value it states (a dictionary keyed by fact and wording), so adding a report never
/// re-reads the reports already added, and <see cref="Facts"/> is worked out from the distinct values
/// only. The same reports in any order give the same facts. Not thread-safe: add from one thread.
/// </summary>
public sealed class Incident
{
    private readonly List<ReportClaims> _reports = [];
    private readonly HashSet<string> _reportIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(Measure Measure, Population Population), CountValues> _counts = [];
    private readonly EntityAccumulator _people = new();
    private readonly EntityAccumulator _groups = new();
    private readonly EntityAccumulator _places = new();
    private readonly SourceTable _sources = new();
    private IReadOnlyList<Fact>? _facts;

    /// <summary>Creates an empty incident.</summary>
    /// <param name="id">The incident's id (a folder's name).</param>
    public Incident(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The incident's id.</summary>
    public string Id { get; }

    /// <summary>The reports added so far, with their claims, in the order they were added.</summary>
    public IReadOnlyList<ReportClaims> Reports => _reports;

    /// <summary>
    /// The facts across every report added so far: counts (in the order of <see cref="Measure"/>, then
    /// all, foreign, local and nationalities), then <c>perpetrator/person</c>, <c>perpetrator/group</c>
    /// and <c>location</c>. Worked out on first use after an <see cref="Add"/> and kept until the next.
    /// </summary>
    public IReadOnlyList<Fact> Facts => _facts ??= Reconcile();

    /// <summary>Adds one report's claims and updates the facts.</summary>
    /// <param name="report">The report and its claims.</param>
    /// <returns>False, and nothing is added, when a report with the same id was added before.</returns>
    public bool Add(ReportClaims report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!_reportIds.Add(report.Report.Id))
        {
            return false;
        }

        _reports.Add(report);
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

        _facts = null;
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

    private List<Fact> Reconcile()
    {
        _sources.Freeze();
        var counts = new Dictionary<(Measure, Population), (Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)>();

        // the dead first: wounded whose outcome a report left open may be among them (see CountReconciler.Build)
        var killedKey = (Measure.Killed, Population.All);
        if (_counts.TryGetValue(killedKey, out var killedValues))
        {
            var grouped = killedValues.Group();
            counts[killedKey] = (CountReconciler.Build(CountKey(Measure.Killed, Population.All), grouped, _sources), grouped);
        }

        long dead = counts.TryGetValue(killedKey, out var killed) && killed.Fact.Best is > 0 and long best ? best : 0;
        foreach (var (key, values) in _counts)
        {
            if (key != killedKey)
            {
                var grouped = values.Group();
                long deadAmong = key == (Measure.Wounded, Population.All) ? dead : 0;
                counts[key] = (CountReconciler.Build(CountKey(key.Measure, key.Population), grouped, _sources, deadAmong), grouped);
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
            if (EntityReconciler.Build(key, type, acc, kind, _sources) is { } fact)
            {
                entities.Add(fact);
            }
        }

        string? country = entities.FirstOrDefault(f => f.Type == FactType.Location)?.Values
            .Where(v => v.Country is not null)
            .OrderByDescending(v => v.ReportCount).ThenByDescending(v => v.IndependentSourceCount).ThenBy(v => v.Country, StringComparer.Ordinal)
            .FirstOrDefault()?.Country;

        var facts = TotalsChecks.Apply(counts, country, _sources);
        facts.Sort((x, y) => CompareCountKeys(x.Key, y.Key));
        facts.AddRange(entities);
        return facts;
    }

    private static int CompareCountKeys(string x, string y)
    {
        int sx = x.IndexOf('/', StringComparison.Ordinal), sy = y.IndexOf('/', StringComparison.Ordinal);
        int c = MeasureRank(x[..sx]).CompareTo(MeasureRank(y[..sy]));
        if (c != 0)
        {
            return c;
        }

        c = PopulationRank(x[(sx + 1)..]).CompareTo(PopulationRank(y[(sy + 1)..]));
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }

    private static int MeasureRank(string name) => Array.FindIndex(Enum.GetValues<Measure>(), m => ClaimNames.Of(m) == name);

    private static int PopulationRank(string key) => key switch
    {
        "all" => 0,
        "foreign" => 1,
        "local" => 2,
        _ => 3,
    };
}
