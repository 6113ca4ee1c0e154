namespace HostageReports.Extraction;

/// <summary>
/// One extraction rule: reads the context's tokens, and the products of the shared stages before it, and adds
/// claims. A rule runs as a <see cref="ClaimRuleStage"/> of the <see cref="ExtractionPipeline"/>, which declares
/// the products it reads. Rules are built once, hold no per-report state and are safe to call from many threads.
/// </summary>
internal interface IClaimRule
{
    /// <summary>Adds the claims this rule finds in the report to <see cref="ExtractionContext.Claims"/>.</summary>
    void Apply(ExtractionContext context);
}
