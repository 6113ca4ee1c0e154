namespace HostageReports.Claims;

/// <summary>
/// A number as the wording states it: the figure itself (when the text gives one) and the closed
/// interval [<see cref="Min"/>, <see cref="Max"/>] the wording allows. A null bound is unknown or
/// unbounded. Invariants: when both bounds are known, <c>Min &lt;= Max</c>; an <see cref="Qualifier.Exact"/>
/// quantity has <c>Min == Max == Value</c>.
/// </summary>
public sealed record Quantity
{
    private Quantity(long? value, long? min, long? max, Qualifier qualifier)
    {
        Value = value;
        Min = min;
        Max = max;
        Qualifier = qualifier;
    }

    /// <summary>The number the text states, or null when it states none ("several", "dozens").</summary>
    public long? Value { get; }

    /// <summary>The lowest figure the wording allows, or null when it sets no lower bound.</summary>
    public long? Min { get; }

    /// <summary>The highest figure the wording allows, or null when it sets no upper bound.</summary>
    public long? Max { get; }

    /// <summary>How the wording bounds the number.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>Builds the quantity a qualifier gives a stated number: "at least 20" is [20, ∞), "fewer than 20" is [?, 19].</summary>
    /// <param name="qualifier">How the wording bounds the number.</param>
    /// <param name="value">The stated number. For <see cref="Qualifier.Vague"/> it is the least the word allows
    /// ("several" 2, "dozens" 24; 1 when null) and the quantity's <see cref="Value"/> stays null; for
    /// <see cref="Qualifier.Present"/> it may be null (at least one).</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or missing where the qualifier needs one.</exception>
    public static Quantity Of(Qualifier qualifier, long? value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A count cannot be negative.");
        }

        return qualifier switch
        {
            Qualifier.Exact => new Quantity(Require(value, qualifier), value, value, qualifier),
            Qualifier.AtLeast => new Quantity(Require(value, qualifier), value, null, qualifier),
            Qualifier.MoreThan => new Quantity(Require(value, qualifier), value + 1, null, qualifier),
            Qualifier.AtMost => new Quantity(Require(value, qualifier), null, value, qualifier),
            Qualifier.FewerThan => new Quantity(Require(value, qualifier), null, Math.Max(0, Require(value, qualifier) - 1), qualifier),
            Qualifier.About => new Quantity(Require(value, qualifier), null, null, qualifier),
            Qualifier.Vague => new Quantity(null, value ?? 1, null, qualifier),
            Qualifier.Present => new Quantity(value ?? 1, 1, null, qualifier),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
        };
    }

    /// <summary>An exact number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>[value, value].</returns>
    public static Quantity Exactly(long value) => Of(Qualifier.Exact, value);

    /// <inheritdoc/>
    public override string ToString() => Qualifier switch
    {
        Qualifier.Exact => $"{Value}",
        Qualifier.AtLeast => $"at least {Value}",
        Qualifier.MoreThan => $"more than {Value}",
        Qualifier.AtMost => $"as many as {Value}",
        Qualifier.FewerThan => $"fewer than {Value}",
        Qualifier.About => $"about {Value}",
        Qualifier.Present => "present",
        _ => Value is null ? "several" : $"{Value}+",
    };

    private static long Require(long? value, Qualifier qualifier) =>
        value ?? throw new ArgumentOutOfRangeException(nameof(value), $"The qualifier {qualifier} needs a number.");
}
