using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>What a fact is about.</summary>
public enum FactType
{
    /// <summary>A count of people, keyed by measure and population: <c>killed/GB</c>.</summary>
    Count,

    /// <summary>The people or the groups who did it: <c>perpetrator/person</c>, <c>perpetrator/group</c>.</summary>
    Perpetrator,

    /// <summary>Where it happened: <c>location</c>.</summary>
    Location,
}

/// <summary>How the values of a fact relate to each other.</summary>
public enum FactStatus
{
    /// <summary>Every value rests on one independent source.</summary>
    SingleSource,

    /// <summary>At least two independent sources, and every value states the same figure or the same entity.</summary>
    Agreed,

    /// <summary>The values differ but can all be true at once ("at least 20" and "41", or several groups named).</summary>
    Compatible,

    /// <summary>
    /// Two values cannot both be true ("3" and "5"; "as many as 40" and "41"), or a total and its parts
    /// cannot: the parts add up to more than the highest total reported (see <see cref="Fact.CrossChecks"/>).
    /// </summary>
    Conflicting,
}

/// <summary>The lowest and highest figure reported for a count.</summary>
/// <param name="Min">The lowest figure reported (or the lowest bound the wording allows when no figure is stated).</param>
/// <param name="Max">The highest figure reported, or null when the reports set no upper bound (the highest figure is only
/// a lower bound: "at least 3").</param>
public sealed record FactRange(long Min, long? Max)
{
    /// <summary>True when the figure lies inside the range.</summary>
    /// <param name="figure">A figure.</param>
    /// <returns>Whether Min &lt;= figure &lt;= Max.</returns>
    public bool Contains(long figure) => figure >= Min && (Max is null || figure <= Max);

    /// <inheritdoc/>
    public override string ToString() => Max is null ? $"{Min}+" : Min == Max ? $"{Min}" : $"{Min}-{Max}";
}

/// <summary>
/// A conflict between a total and its parts across the reports: a nationality breakdown that adds up to
/// more than the highest total reported ("a Briton, an Algerian and a Frenchman" dead, against "two dead").
/// A total that carries one is <see cref="FactStatus.Conflicting"/>.
/// </summary>
/// <param name="TotalKey">The key of the total: <c>killed/all</c>.</param>
/// <param name="Total">The highest figure reported for the total.</param>
/// <param name="PartsSum">What the parts add up to, each part at its best estimate.</param>
/// <param name="Parts">The parts as "key best" pairs, in key order: <c>killed/DZ 1</c>.</param>
public sealed record CrossCheck(string TotalKey, long Total, long PartsSum, IReadOnlyList<string> Parts)
{
    /// <summary>The parts as "key best" pairs, in key order: <c>killed/DZ 1</c>. Immutable: a copy of the list given is made once; compared item by item.</summary>
    public IReadOnlyList<string> Parts { get => _parts; init => _parts = ValueList<string>.Of(value); }

    private readonly ValueList<string> _parts = ValueList<string>.Of(Parts);

    /// <summary>The conflict in one line.</summary>
    public string Text => $"the parts ({string.Join(", ", Parts)}) add up to {PartsSum}, more than the highest total reported ({Total})";

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>
/// One thing the reports say together: every distinct value with the reports and sources behind it,
/// the range, a best estimate with the reason for it, and a status. Immutable: its lists refuse every
/// change (a cast back to an array or a <see cref="List{T}"/> fails), so a fact can be shared by threads.
/// Invariants: <see cref="Values"/> is never empty; every value has at least one source; for counts,
/// <see cref="Range"/> holds <see cref="Best"/> when both are set.
/// </summary>
public sealed class Fact
{
    internal Fact(string key, FactType type, FactStatus status, FactRange? range, long? best, FactValue? bestValue, string why, IReadOnlyList<FactValue> values, IReadOnlyList<CrossCheck> crossChecks)
    {
        Key = key;
        Type = type;
        Status = status;
        Range = range;
        Best = best;
        BestValue = bestValue;
        Why = why;
        Values = ValueList<FactValue>.Of(values);
        CrossChecks = ValueList<CrossCheck>.Of(crossChecks);
    }

    /// <summary>The key: <c>hostages/foreign</c>, <c>killed/all</c>, <c>perpetrator/person</c>, <c>perpetrator/group</c>, <c>location</c>.</summary>
    public string Key { get; }

    /// <summary>Count, perpetrator or location.</summary>
    public FactType Type { get; }

    /// <summary>Whether the values agree, are compatible or conflict, or rest on one source; a total whose parts exceed it (a <see cref="CrossChecks">cross-check</see>) conflicts.</summary>
    public FactStatus Status { get; }

    /// <summary>For counts: the lowest and highest figure reported; null for perpetrators and locations.</summary>
    public FactRange? Range { get; }

    /// <summary>For counts: the best estimate (UCDP's "best"); null for perpetrators and locations, or when no figure is known.</summary>
    public long? Best { get; }

    /// <summary>The value the best estimate rests on: for perpetrators and locations the best supported entity.</summary>
    public FactValue? BestValue { get; }

    /// <summary>One line saying how the best estimate was chosen.</summary>
    public string Why { get; }

    /// <summary>The distinct values, in order of first publication when the reports carry dates (the timeline), then by figure or support.</summary>
    public IReadOnlyList<FactValue> Values { get; }

    /// <summary>Totals contradicted by their parts (for a total such as <c>killed/all</c>); empty when none. A fact with one is <see cref="FactStatus.Conflicting"/>.</summary>
    public IReadOnlyList<CrossCheck> CrossChecks { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Key} {Status} {Range} best {Best?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
