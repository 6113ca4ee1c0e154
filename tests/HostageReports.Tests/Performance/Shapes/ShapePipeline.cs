using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>
/// Everything a user's run does with one report: read it, extract its claims, reconcile them, and write
/// the JSON and the table (to nowhere). A shape that is linear here is linear end to end.
/// </summary>
public static class ShapePipeline
{
    private static readonly ClaimExtractor Extractor = new();

    /// <summary>Runs the whole pipeline on one report's text; returns how many claims it found.</summary>
    public static int Run(string text)
    {
        var read = ReportReader.Parse("shape", text);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException(read.Error!.Message);
        }

        var claims = Extractor.Extract(read.Report!);
        var incident = new Incident("shape");
        incident.Add(claims);
        _ = incident.Facts;
        JsonRenderer.Write(Stream.Null, [incident]);
        TableRenderer.Write(TextWriter.Null, [incident]);
        return claims.Claims.Count;
    }
}
