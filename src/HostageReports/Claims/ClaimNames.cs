namespace HostageReports.Claims;

/// <summary>
/// The lower-case, hyphenated names of the claim vocabulary (measures, qualifiers, certainties, kinds), as the
/// JSON, the README and the keys of reconciled facts use them: part of the claim model, so the reconciliation
/// that keys facts by them and the rendering that writes them share one spelling. The names of a fact's type and
/// status are the reconciliation's (<see cref="Reconciliation.FactNames"/>).
/// </summary>
public static class ClaimNames
{
    /// <summary>"killed", "wounded", "hostages" ...</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its name.</returns>
    public static string Of(Measure measure) => measure switch
    {
        Measure.Killed => "killed",
        Measure.Wounded => "wounded",
        Measure.Hostages => "hostages",
        Measure.Escaped => "escaped",
        Measure.Released => "released",
        Measure.Attackers => "attackers",
        Measure.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>"exact", "at-least", "more-than" ...</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>Its name.</returns>
    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at-least",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtMost => "at-most",
        Qualifier.FewerThan => "fewer-than",
        Qualifier.About => "about",
        Qualifier.Vague => "vague",
        Qualifier.Present => "present",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>"reported", "claimed", "unconfirmed", "denied".</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>Its name.</returns>
    public static string Of(Certainty certainty) => certainty switch
    {
        Certainty.Reported => "reported",
        Certainty.Claimed => "claimed",
        Certainty.Unconfirmed => "unconfirmed",
        Certainty.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, null),
    };

    /// <summary>"person" or "group".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string Of(PerpetratorKind kind) => kind == PerpetratorKind.Person ? "person" : "group";

    /// <summary>"site", "town", "city" ...</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string Of(LocationKind kind) => kind switch
    {
        LocationKind.Site => "site",
        LocationKind.Town => "town",
        LocationKind.City => "city",
        LocationKind.County => "county",
        LocationKind.Province => "province",
        LocationKind.State => "state",
        LocationKind.Region => "region",
        LocationKind.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
