namespace HostageReports.Reconciliation;

/// <summary>The lower-case, hyphenated names of a reconciled fact's type and status, as the JSON and the table write them.</summary>
public static class FactNames
{
    /// <summary>"agreed", "compatible", "conflicting", "single-source".</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its name.</returns>
    public static string Of(FactStatus status) => status switch
    {
        FactStatus.Agreed => "agreed",
        FactStatus.Compatible => "compatible",
        FactStatus.Conflicting => "conflicting",
        FactStatus.SingleSource => "single-source",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"count", "perpetrator", "location".</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its name.</returns>
    public static string Of(FactType type) => type switch
    {
        FactType.Count => "count",
        FactType.Perpetrator => "perpetrator",
        FactType.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
