using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>
/// One report's ground for a value: which report, who it quotes, the span of text, when it was published
/// and how sure it is.
/// </summary>
/// <param name="ReportId">The report.</param>
/// <param name="Speaker">Who the report says it comes from, or null when the report says it in its own voice.</param>
/// <param name="Evidence">The span of the report's body the claim rests on.</param>
/// <param name="Published">The report's publication date, when known.</param>
/// <param name="Certainty">How sure the report is.</param>
public sealed record FactSource(string ReportId, Attribution? Speaker, Evidence Evidence, DateOnly? Published, Certainty Certainty)
{
    /// <summary>The report id, with the speaker in brackets when there is one.</summary>
    /// <returns>"002 (local officials)".</returns>
    public override string ToString() => Speaker is null ? ReportId : $"{ReportId} ({Speaker})";
}

/// <summary>
/// One distinct value of a fact with every source behind it. For counts, equal wordings ("at least 20"
/// in two reports) are one value; for perpetrators and locations, every spelling and alias of one entity
/// is one value. Immutable (its lists refuse every change). Invariant: <see cref="Sources"/> is never empty.
/// </summary>
public sealed class FactValue
{
    internal FactValue(string text, IReadOnlyList<FactSource> sources, int reportCount, int independentSourceCount, DateOnly? firstPublished)
    {
        Text = text;
        Sources = sources;
        ReportCount = reportCount;
        IndependentSourceCount = independentSourceCount;
        FirstPublished = firstPublished;
    }

    /// <summary>The value in words: "at least 20", "41", "Jane Roe".</summary>
    public string Text { get; }

    /// <summary>For counts: the quantity as worded; null for perpetrators and locations.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>True for a count no report states, worked out from its parts (a total from its nationalities); its sources are the parts' sources.</summary>
    public bool IsDerived { get; init; }

    /// <summary>For perpetrators and locations: the name most reports use; null for counts.</summary>
    public string? Name { get; init; }

    /// <summary>For perpetrators and locations: every other name and spelling seen for the same entity.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ValueList<string>.Of(value); }

    private readonly ValueList<string> _aliases = ValueList<string>.Empty;

    /// <summary>For perpetrators: person or group.</summary>
    public PerpetratorKind? PerpetratorKind { get; init; }

    /// <summary>For perpetrators: the parts the reports give it (leader, linked ...), most frequent first.</summary>
    public IReadOnlyList<string> Roles { get => _roles; init => _roles = ValueList<string>.Of(value); }

    private readonly ValueList<string> _roles = ValueList<string>.Empty;

    /// <summary>For locations: the rank most reports give the place.</summary>
    public LocationKind? LocationKind { get; init; }

    /// <summary>For locations: the ISO 3166-1 alpha-2 country code, when known.</summary>
    public string? Country { get; init; }

    /// <summary>For locations: the state or province, when known.</summary>
    public string? Region { get; init; }

    /// <summary>Every source, earliest published first, then by report and offset.</summary>
    public IReadOnlyList<FactSource> Sources { get; }

    /// <summary>How many distinct reports state the value.</summary>
    public int ReportCount { get; }

    /// <summary>How many independent sources state it: reports repeating one speaker count once.</summary>
    public int IndependentSourceCount { get; }

    /// <summary>The earliest publication date among the sources, when any carries one.</summary>
    public DateOnly? FirstPublished { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Text} ({ReportCount} reports, {IndependentSourceCount} sources)";
}
