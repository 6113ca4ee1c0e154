using System.Globalization;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>
/// Relates a total to its parts, per measure. The parts of <c>all</c> are the nationalities, or the
/// foreigners plus the locals (the nationals of the incident's country count as locals); the parts of
/// <c>foreign</c> are the nationalities other than the incident's country. Each part counts at its best
/// estimate. When the parts add up to more than the highest total reported, the total carries a
/// <see cref="CrossCheck"/> and is <see cref="FactStatus.Conflicting"/>, whatever its own values say: the
/// reports cannot all be right ("two dead" and a Briton, an Algerian and a Frenchman among the dead). When
/// no report gives a total, the sum of the parts stands in for it as a derived "at least" value traced to
/// the parts' sources.
/// </summary>
internal static class TotalsChecks
{
    public static List<Fact> Apply(Dictionary<(Measure, Population), (Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)> counts, string? incidentCountry, SourceSnapshot table)
    {
        var result = new List<Fact>(counts.Count + 4);
        foreach (var measure in counts.Keys.Select(k => k.Item1).Distinct().Order())
        {
            var nationalities = counts.Where(p => p.Key.Item1 == measure && p.Key.Item2.CountryCode is not null && p.Value.Fact.Best is not null)
                .OrderBy(p => p.Key.Item2.Key, StringComparer.Ordinal)
                .Select(p => p.Value)
                .ToList();
            var foreign = counts.GetValueOrDefault((measure, Population.Foreign));
            var local = counts.GetValueOrDefault((measure, Population.Local));
            var national = incidentCountry is null ? default : counts.GetValueOrDefault((measure, Population.Nationality(incidentCountry)));

            // the parts of 'all': the nationalities, or the foreigners and the locals
            var byNationality = nationalities;
            var byOrigin = new List<(Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)>();
            if (foreign.Fact?.Best is not null)
            {
                byOrigin.Add(foreign);
            }

            var locals = new[] { local, national }.Where(p => p.Fact?.Best is not null).OrderByDescending(p => p.Fact.Best).ThenBy(p => p.Fact.Key, StringComparer.Ordinal).FirstOrDefault();
            if (locals.Fact is not null)
            {
                byOrigin.Add(locals);
            }

            var allParts = Sum(byNationality) >= Sum(byOrigin) ? byNationality : byOrigin;
            var foreignParts = incidentCountry is null ? [] : nationalities.Where(p => p.Fact.Key != national.Fact?.Key).ToList();

            foreach (var (key, entry) in counts.Where(p => p.Key.Item1 == measure).OrderBy(p => p.Key.Item2.Key, StringComparer.Ordinal))
            {
                var parts = key.Item2 == Population.All ? allParts : key.Item2 == Population.Foreign ? foreignParts : [];
                result.Add(Check(entry.Fact, parts));
            }

            if (!counts.ContainsKey((measure, Population.All)) && allParts.Count > 0 && Sum(allParts) > 0)
            {
                var sources = allParts.SelectMany(p => SourcesOfBest(p.Fact, p.Values)).ToList();
                result.Add(CountReconciler.Derived(Incident.CountKey(measure, Population.All), Sum(allParts), Names(allParts), sources, table));
            }
        }

        return result;
    }

    private static long Sum(List<(Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)> parts) => parts.Sum(p => p.Fact.Best ?? 0);

    private static string[] Names(List<(Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)> parts) =>
        parts.Select(p => $"{p.Fact.Key[(p.Fact.Key.IndexOf('/', StringComparison.Ordinal) + 1)..]} {p.Fact.Best!.Value.ToString(CultureInfo.InvariantCulture)}").ToArray();

    private static Fact Check(Fact total, List<(Fact Fact, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Values)> parts)
    {
        long sum = Sum(parts);
        if (parts.Count < 1 || total.Range?.Max is not { } max || sum <= max)
        {
            return total;
        }

        // a total its parts exceed is a contradiction between reports (or within one), however well its own values agree
        var check = new CrossCheck(total.Key, max, sum, parts.Select(p => $"{p.Fact.Key} {p.Fact.Best!.Value.ToString(CultureInfo.InvariantCulture)}").ToArray());
        return new Fact(total.Key, total.Type, FactStatus.Conflicting, total.Range, total.Best, total.BestValue, total.Why, total.Values, [check]);
    }

    /// <summary>The sources of the values that state the part's best figure (or allow it, for vague parts).</summary>
    private static IEnumerable<SourceEntry> SourcesOfBest(Fact part, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] values)
    {
        long best = part.Best!.Value;
        var stating = values.Where(p => CountReconciler.Candidate(p.Quantity) == best).SelectMany(p => p.Sources).ToList();
        return stating.Count > 0 ? stating : values.Where(p => p.Quantity.Min == best).SelectMany(p => p.Sources);
    }
}
