using System.Text;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>
/// One shape of an incident that a careless reconciliation handles in time or memory growing faster than
/// its claims: many reports, many distinct figures, speakers, nationalities or names, names that nearly
/// match. <see cref="Reports"/> makes the incident's reports (claims made by hand, no text read) at a size.
/// </summary>
/// <param name="Name">What the shape is, in a few words (the test's row name).</param>
/// <param name="Size">The n of the tests: big enough that fixed costs are small beside the shape's own.</param>
/// <param name="Reports">The reports with their claims at a size.</param>
public sealed record IncidentShape(string Name, int Size, Func<int, IReadOnlyList<ReportClaims>> Reports)
{
    /// <summary>Adds every report to a new incident, reads its facts and writes the JSON and the table to nowhere; returns how many facts.</summary>
    public static int Run(IReadOnlyList<ReportClaims> reports)
    {
        var incident = new Incident("shape");
        foreach (var r in reports)
        {
            incident.Add(r);
        }

        int facts = incident.Facts.Count;
        JsonRenderer.Write(Stream.Null, [incident]);
        TableRenderer.Write(TextWriter.Null, [incident]);
        return facts;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The incident shapes: reconciliation alone, on claims made by hand.</summary>
public static class IncidentShapes
{
    private static readonly string Body = new('x', 64);

    private static readonly string[] Measures = ["killed", "wounded", "hostages", "escaped", "released", "attackers", "missing"];

    /// <summary>All incident shapes.</summary>
    public static IReadOnlyList<IncidentShape> All { get; } =
    [
        new("reports agreeing on one figure", 2000, n => Reports(n, k => [Count("killed/all", Qualifier.Exact, 3, k % 3 == 0 ? "police" : null)])),
        new("reports each with a new figure", 2000, n => Reports(n, k => [Count("killed/all", Qualifier.Exact, k + 1), Count("wounded/all", Qualifier.AtLeast, k + 2)])),
        new("reports each quoting a new speaker", 2000, n => Reports(n, k => [Count("killed/all", Qualifier.Exact, 3 + (k % 4), "the chief of " + Word(k))])),
        new("reports each counting a new nationality", 1000, n => Reports(n, k => [Count("killed/all", Qualifier.Exact, 2), Count(Measures[k % Measures.Length] + "/" + Code(k / Measures.Length), Qualifier.Exact, 1, "the embassy of " + Word(k))])),
        new("one report with many figures", 2000, n => [Report("r0", Enumerable.Range(0, n).Select(k => (Claim)Count("killed/all", Qualifier.Exact, k + 1)).ToArray())]),
        new("reports each naming a new person", 1000, n => Reports(n, k => [Person(Name(k) + " " + Name(k + 7919)), Person(Name(k + 7919))])),
        new("persons whose names nearly match", 1000, n => Reports(n, k => [Person("Ann Bellweath" + Word(k))])),
        new("reports each naming a new group and alias", 1000, n => Reports(n, k => [Group("Sons of " + Name(k), "SO" + Word(k).ToUpperInvariant()), Group("Brigade of the North", "Brigade " + Name(k))])),
        new("reports each naming a new place", 1000, n => Reports(n, k => [Place(Name(k) + " Springs", LocationKind.City, Code(k)), Place("Marlow County", LocationKind.County, "US")])),
    ];

    /// <summary>n reports, each dated, from one of seven outlets, with the claims <paramref name="claims"/> makes for it.</summary>
    private static ReportClaims[] Reports(int n, Func<int, Claim[]> claims)
    {
        var all = new ReportClaims[n];
        for (int k = 0; k < n; k++)
        {
            all[k] = Report($"r{k}", claims(k), new DateOnly(2020, 1, 1).AddDays(k % 300), $"Outlet {k % 7}");
        }

        return all;
    }

    private static ReportClaims Report(string id, Claim[] claims, DateOnly? published = null, string? outlet = null) =>
        new(new Report(id, Body, new ReportMetadata(Published: published, Outlet: outlet), [], [], []), claims.Select(c => c with { ReportId = id }).ToArray());

    /// <summary>A word of lower-case letters for a number: a, b, ... z, ba, bb ...</summary>
    private static string Word(int k)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Insert(0, (char)('a' + (k % 26)));
            k /= 26;
        }
        while (k > 0);
        return sb.ToString();
    }

    /// <summary>A capitalised name of at least six letters for a number.</summary>
    private static string Name(int k)
    {
        string w = Word(k).PadLeft(4, 'a');
        return "Mor" + w;
    }

    /// <summary>A two-letter country code for a number (676 of them).</summary>
    private static string Code(int k) => string.Concat((char)('A' + (k / 26 % 26)), (char)('A' + (k % 26)));

    private static CountClaim Count(string key, Qualifier qualifier, long value, string? speaker = null)
    {
        var parts = key.Split('/');
        return new CountClaim
        {
            ReportId = "?",
            Evidence = Evidence.From(Body, 0, 1),
            Source = speaker is null ? null : new Attribution(speaker),
            Measure = Enum.Parse<Measure>(parts[0], ignoreCase: true),
            Population = Population.Parse(parts[1]),
            Quantity = Quantity.Of(qualifier, value),
        };
    }

    private static PerpetratorClaim Person(string name) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 1, 1), Name = name, Kind = PerpetratorKind.Person };

    private static PerpetratorClaim Group(string name, string alias) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 2, 1), Name = name, Kind = PerpetratorKind.Group, Aliases = [alias] };

    private static LocationClaim Place(string name, LocationKind kind, string country) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 3, 1), Name = name, Kind = kind, Country = country };
}
