using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>A fact source with the key of the independent source behind it.</summary>
/// <param name="Source">The source as shown.</param>
/// <param name="Independent">
/// Who stands behind it: the speaker's key when the report quotes one (five outlets quoting the police are
/// one source), otherwise the outlet's own voice (or the report's, when the outlet is unknown).
/// </param>
internal readonly record struct SourceEntry(FactSource Source, string Independent)
{
    public static SourceEntry Of(Claim claim, DateOnly? published, string? outlet)
    {
        var source = new FactSource(claim.ReportId, claim.Source, claim.Evidence, published, claim.Certainty);
        string independent = claim.Source is { } attribution
            ? "speaker:" + NameKeys.Speaker(attribution.Speaker)
            : outlet is { Length: > 0 } ? "outlet:" + NameKeys.Exact(outlet) : "report:" + claim.ReportId;
        return new SourceEntry(source, independent);
    }

    /// <summary>Earliest published first (undated last), then by report and offset: the order sources are shown in.</summary>
    public static int Compare(SourceEntry x, SourceEntry y)
    {
        int c = ComparePublished(x.Source.Published, y.Source.Published);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Source.ReportId, y.Source.ReportId);
        if (c != 0)
        {
            return c;
        }

        c = x.Source.Evidence.Start.CompareTo(y.Source.Evidence.Start);
        if (c != 0)
        {
            return c;
        }

        c = x.Source.Evidence.Length.CompareTo(y.Source.Evidence.Length);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Independent, y.Independent);
        return c != 0 ? c : x.Source.Certainty.CompareTo(y.Source.Certainty);
    }

    /// <summary>Dated before undated, earlier before later.</summary>
    public static int ComparePublished(DateOnly? x, DateOnly? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y.Value),
    };
}
