using HostageReports.Claims;
using HostageReports.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HostageReports.Extraction;

/// <summary>
/// Turns a report into typed claims. Build one and reuse it: the rules and their lexicons are built
/// once; <see cref="Extract"/> is thread-safe.
/// </summary>
public sealed class ClaimExtractor
{
    private readonly ExtractionPipeline _pipeline;
    private readonly ILogger _logger;

    /// <summary>Creates an extractor with every rule.</summary>
    /// <param name="logger">Where to log what was found and what was skipped; nothing is logged when null.</param>
    public ClaimExtractor(ILogger<ClaimExtractor>? logger = null)
        : this(ExtractionPipeline.Default, logger)
    {
    }

    /// <summary>Creates an extractor that reads reports with these stages (a test's pipeline).</summary>
    /// <param name="pipeline">The stages, in order.</param>
    /// <param name="logger">Where to log; nothing is logged when null.</param>
    internal ClaimExtractor(ExtractionPipeline pipeline, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Extracts every claim of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report with its claims, in order of their evidence.</returns>
    public ReportClaims Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var context = ExtractionContext.Rent(report);
        _pipeline.Run(context);

        var claims = context.Claims;
        claims.Sort(static (a, b) => a.Evidence.Start != b.Evidence.Start ? a.Evidence.Start.CompareTo(b.Evidence.Start) : a.Evidence.Length.CompareTo(b.Evidence.Length));
        Log.Extracted(_logger, report.Id, claims.Count);

        return new ReportClaims(report, ValueList<Claim>.Own(claims.ToArray()));
    }
}

/// <summary>A report and the claims read from it. Immutable; equal when the report is the same and the claims are equal, in order.</summary>
/// <param name="Report">The report.</param>
/// <param name="Claims">Its claims, in order of their evidence.</param>
public sealed record ReportClaims(Report Report, IReadOnlyList<Claim> Claims)
{
    /// <summary>Its claims, in order of their evidence. Immutable: a copy of the list given is made once.</summary>
    public IReadOnlyList<Claim> Claims { get => _claims; init => _claims = ValueList<Claim>.Of(value); }

    private readonly ValueList<Claim> _claims = ValueList<Claim>.Of(Claims);
}
