using HostageReports.Extraction;

namespace HostageReports.Reconciliation;

/// <summary>
/// The reports of one incident and what they say together. Add reports as they arrive; the facts
/// are kept up to date without re-reading the reports already added.
/// </summary>
public sealed class Incident
{
    private readonly List<ReportClaims> _reports = [];

    /// <summary>Creates an empty incident.</summary>
    /// <param name="id">The incident's id (a folder's name).</param>
    public Incident(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The incident's id.</summary>
    public string Id { get; }

    /// <summary>The reports added so far, with their claims.</summary>
    public IReadOnlyList<ReportClaims> Reports => _reports;

    /// <summary>Adds one report's claims.</summary>
    /// <param name="report">The report and its claims.</param>
    public void Add(ReportClaims report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _reports.Add(report);
    }
}
