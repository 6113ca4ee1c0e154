namespace HostageReports.Claims;

/// <summary>
/// Who the report says a claim comes from. <see cref="Speaker"/> is the innermost speaker
/// ("a militant spokesman" in "ANI reported that a spokesman claimed"); <see cref="Chain"/> lists
/// every speaker from the outermost to the innermost, the speaker last. Immutable; two attributions are
/// equal when their speakers are and their chains hold the same speakers in the same order.
/// </summary>
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="speaker">The innermost speaker.</param>
    /// <param name="chain">Every speaker, outermost first; the speaker alone when null.</param>
    public Attribution(string speaker, IReadOnlyList<string>? chain = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(speaker);
        Speaker = speaker;
        _chain = chain is { Count: > 0 } ? ValueList<string>.Of(chain) : ValueList<string>.Own([speaker]);
    }

    /// <summary>The innermost speaker.</summary>
    public string Speaker { get; }

    /// <summary>
    /// Every speaker from the outermost to the innermost. Immutable: a copy of the chain given is made once,
    /// unless it is already one of the library's immutable lists, which attributions may share.
    /// </summary>
    public IReadOnlyList<string> Chain => _chain;

    private readonly ValueList<string> _chain;

    /// <summary>The chain as one line: "spokesman (via ANI)".</summary>
    /// <returns>The speaker, with the outer speakers behind "via".</returns>
    public override string ToString() =>
        Chain.Count <= 1 ? Speaker : $"{Speaker} (via {string.Join(", ", Chain.Take(Chain.Count - 1).Reverse())})";
}
