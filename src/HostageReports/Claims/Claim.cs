namespace HostageReports.Claims;

/// <summary>
/// One thing a report says, with the span it rests on, who it comes from and how sure it is.
/// Claims are immutable, and compare by value: two claims are equal when every field is, lists compared
/// item by item in order (two readings of one report give equal claims, and equal claims hash alike).
/// Every claim's <see cref="Evidence"/> lies inside its report's body.
/// </summary>
public abstract record Claim
{
    /// <summary>The report the claim was read from.</summary>
    public required string ReportId { get; init; }

    /// <summary>The span of the report's body the claim rests on.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>Who the report says the claim comes from, or null when the report says it in its own voice.</summary>
    public Attribution? Source { get; init; }

    /// <summary>How sure the report is.</summary>
    public Certainty Certainty { get; init; } = Certainty.Reported;
}

/// <summary>A count of people: "at least 20 foreign nationals" taken hostage.</summary>
public sealed record CountClaim : Claim
{
    /// <summary>What is counted.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Whom it counts.</summary>
    public required Population Population { get; init; }

    /// <summary>The number and the interval the wording allows.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>
    /// True for wounded whose outcome is still open: a report that mentions no death says only that they
    /// were hit ("a boy was shot", "four people were struck") or that their wounds may kill ("critically
    /// injured", "in critical condition"). Wounded as far as that report knows; they may be among the dead
    /// that other reports count.
    /// </summary>
    public bool OutcomeOpen { get; init; }
}

/// <summary>A person or group who did it, led it, claimed it or is linked to it.</summary>
public sealed record PerpetratorClaim : Claim
{
    /// <summary>The name as the report gives it in full.</summary>
    public required string Name { get; init; }

    /// <summary>Person or group.</summary>
    public required PerpetratorKind Kind { get; init; }

    /// <summary>
    /// Other names the report gives the same person or group, in the order it gives them. Immutable (a copy
    /// is made once, when set); claims compare their aliases as sequences: the same names in the same
    /// order are equal, the same names in another order are not (the order is the report's).
    /// </summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ValueList<string>.Of(value); }

    private readonly ValueList<string> _aliases = ValueList<string>.Empty;

    /// <summary>The part played: leader, member, spokesman, associate, suspect, shooter, perpetrator, affiliate.</summary>
    public string? Role { get; init; }
}

/// <summary>A place where the incident happened.</summary>
public sealed record LocationClaim : Claim
{
    /// <summary>The place's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its rank: site, town, city, county, province, state, region or country.</summary>
    public required LocationKind Kind { get; init; }

    /// <summary>Its ISO 3166-1 alpha-2 country code, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Its state or province, when known.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// Other spellings of the same place in the report, in the order it gives them. Immutable (a copy is
    /// made once, when set); claims compare their aliases as sequences, as <see cref="PerpetratorClaim.Aliases"/> do.
    /// </summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ValueList<string>.Of(value); }

    private readonly ValueList<string> _aliases = ValueList<string>.Empty;
}
