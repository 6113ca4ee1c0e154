using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Reconciliation;

/// <summary>Builds small hand-made reports and claims for reconciliation tests.</summary>
internal static class ClaimFactory
{
    private static readonly string Body = new('x', 500);

    public static ReportClaims Report(string id, params Claim[] claims) => Report(id, null, null, claims);

    public static ReportClaims Report(string id, DateOnly? published, string? outlet, params Claim[] claims) =>
        new(new Report(id, Body, new ReportMetadata(Published: published, Outlet: outlet), [], [], []), claims.Select(c => c with { ReportId = id }).ToArray());

    public static CountClaim Count(string key, Qualifier qualifier, long? value, string? speaker = null, Certainty certainty = Certainty.Reported, int at = 0)
    {
        var parts = key.Split('/');
        return new CountClaim
        {
            ReportId = "?",
            Evidence = Evidence.From(Body, at, 1),
            Source = speaker is null ? null : new Attribution(speaker),
            Certainty = certainty,
            Measure = Enum.Parse<Measure>(parts[0], ignoreCase: true),
            Population = Population.Parse(parts[1]),
            Quantity = Quantity.Of(qualifier, value),
        };
    }

    public static CountClaim Exactly(string key, long value, string? speaker = null, int at = 0) => Count(key, Qualifier.Exact, value, speaker, at: at);

    public static PerpetratorClaim Person(string name, params string[] aliases) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 0, 1), Name = name, Kind = PerpetratorKind.Person, Aliases = aliases };

    public static PerpetratorClaim Group(string name, params string[] aliases) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 0, 1), Name = name, Kind = PerpetratorKind.Group, Aliases = aliases };

    public static LocationClaim Place(string name, LocationKind kind, string? country = "US", string? region = null) =>
        new() { ReportId = "?", Evidence = Evidence.From(Body, 0, 1), Name = name, Kind = kind, Country = country, Region = region };

    public static HostageReports.Reconciliation.Incident Incident(params ReportClaims[] reports)
    {
        var incident = new HostageReports.Reconciliation.Incident("t");
        foreach (var r in reports)
        {
            incident.Add(r);
        }

        return incident;
    }
}
