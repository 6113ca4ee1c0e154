namespace HostageReports.Extraction;

/// <summary>
/// A shared stage: works out one product of the report (<paramref name="produces"/>) for the stages after it.
/// </summary>
/// <typeparam name="T">The product's type.</typeparam>
/// <param name="name">The stage's name.</param>
/// <param name="produces">The product it sets.</param>
/// <param name="compute">Works the product out of the report; reads only the products in <paramref name="requires"/>.</param>
/// <param name="requires">The products <paramref name="compute"/> reads.</param>
internal sealed class ProductStage<T>(string name, ProductKey<T> produces, Func<ExtractionContext, T> compute, params ProductKey[] requires) : IExtractionStage
    where T : class
{
    private readonly ProductKey[] _produces = [produces];

    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public IReadOnlyList<ProductKey> Requires { get; } = requires;

    /// <inheritdoc/>
    public IReadOnlyList<ProductKey> Produces => _produces;

    /// <inheritdoc/>
    public void Run(ExtractionContext context) => context.Set(produces, compute(context));
}

/// <summary>A rule as a stage: adds the claims the rule finds, after the stages whose products it reads.</summary>
/// <param name="name">The stage's name.</param>
/// <param name="rule">The rule.</param>
/// <param name="requires">The products the rule reads from the context.</param>
internal sealed class ClaimRuleStage(string name, IClaimRule rule, params ProductKey[] requires) : IExtractionStage
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public IReadOnlyList<ProductKey> Requires { get; } = requires;

    /// <inheritdoc/>
    public IReadOnlyList<ProductKey> Produces => [];

    /// <inheritdoc/>
    public void Run(ExtractionContext context) => rule.Apply(context);
}
