using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>
/// HostageReports.Sample [--format table|json] PATH...
/// Reads the reports, extracts their claims, reconciles each incident and prints the result. A report
/// that cannot be read is one line on standard error; the others are still processed.
/// Exit status: 0 all reports read, 1 some could not be, 2 bad arguments, 130 cancelled (Ctrl+C).
/// </summary>
internal static class Program
{
    private const int Ok = 0, SomeUnread = 1, BadArguments = 2, Cancelled = 130;

    private static int Main(string[] args)
    {
        var options = Options.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Options.Usage);
            return BadArguments;
        }

        if (options.Help)
        {
            Console.Out.WriteLine(Options.Usage);
            return Ok;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var (incidents, failures) = Read(options, Console.Error, cancel.Token);
            Render(options, incidents);
            return failures == 0 ? Ok : SomeUnread;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled.");
            return Cancelled;
        }
    }

    /// <summary>Reads every incident; each report that cannot be read is counted and written to <paramref name="errors"/> as one line.</summary>
    private static (List<Incident> Incidents, int Failures) Read(Options options, TextWriter errors, CancellationToken cancellationToken)
    {
        var extractor = new ClaimExtractor();
        var incidents = new List<Incident>();
        var sourceErrors = new List<ReportError>();
        var sources = IncidentSources.Find(options.Paths, sourceErrors);
        foreach (var e in sourceErrors)
        {
            ReportError(errors, e);
        }

        int failures = sourceErrors.Count;
        foreach (var (id, files) in sources)
        {
            var incident = new Incident(id);
            foreach (var read in ReportReader.ReadFiles(files, cancellationToken))
            {
                if (!read.Succeeded)
                {
                    ReportError(errors, read.Error);
                    failures++;
                    continue;
                }

                incident.Add(extractor.Extract(read.Report));
            }

            incidents.Add(incident);
        }

        return (incidents, failures);
    }

    private static void Render(Options options, List<Incident> incidents)
    {
        using var stdout = Console.OpenStandardOutput();
        switch (options.Format)
        {
            default: // "json"; "table" writes JSON until the table renderer lands
                JsonRenderer.Write(stdout, incidents);
                break;
        }
    }

    /// <summary>One line per report, whatever the message holds.</summary>
    private static void ReportError(TextWriter errors, ReportError error) =>
        errors.WriteLine("error: " + error.Message.ReplaceLineEndings(" "));
}
