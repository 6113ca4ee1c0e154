using System.Text;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;
using Microsoft.Extensions.Logging;

namespace HostageReports.Sample;

/// <summary>
/// Reads the reports, extracts their claims, reconciles each incident and writes the result. A report
/// that cannot be read is one line on the error stream; the others are still processed.
/// </summary>
internal static class App
{
    /// <summary>Exit status: every report was read.</summary>
    public const int Ok = 0;

    /// <summary>Exit status: some reports (or paths) could not be read; the rest were processed.</summary>
    public const int SomeUnread = 1;

    /// <summary>Exit status: the command line was wrong; nothing was read.</summary>
    public const int BadArguments = 2;

    /// <summary>Exit status: cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the command line; returns the exit status.</summary>
    public static int Run(string[] args, Stream output, TextWriter errors, CancellationToken cancellationToken)
    {
        var options = Options.Parse(args, out string? error);
        if (options is null)
        {
            errors.WriteLine(error);
            errors.WriteLine(Options.Usage);
            return BadArguments;
        }

        if (options.Help)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            writer.WriteLine(Options.Usage);
            return Ok;
        }

        if (options.BenchPath is not null)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            return Throughput.Run(options.BenchPath, writer, errors);
        }

        try
        {
            var (incidents, failures) = Read(options, errors, cancellationToken);
            Render(options, incidents, output);
            return failures == 0 ? Ok : SomeUnread;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("cancelled.");
            return Cancelled;
        }
    }

    /// <summary>Reads every incident; each report that cannot be read is counted and written to <paramref name="errors"/> as one line.</summary>
    private static (List<Incident> Incidents, int Failures) Read(Options options, TextWriter errors, CancellationToken cancellationToken)
    {
        using var logging = LoggerFactory.Create(builder =>
        {
            if (options.Verbose)
            {
                // Log lines go to standard error, beside the error lines; standard output stays the table or JSON.
                builder.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Debug);
                builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            }
        });
        var extractor = new ClaimExtractor(logging.CreateLogger<ClaimExtractor>());
        var incidents = new List<Incident>();
        var sourceErrors = new List<ReportError>();
        var sources = IncidentSources.Find(options.Paths, sourceErrors);
        foreach (var e in sourceErrors)
        {
            WriteError(errors, e);
        }

        int failures = sourceErrors.Count;
        foreach (var (id, files) in sources)
        {
            var incident = new Incident(id);
            foreach (var read in ReportReader.ReadFiles(files, cancellationToken))
            {
                if (!read.Succeeded)
                {
                    WriteError(errors, read.Error);
                    failures++;
                    continue;
                }

                incident.Add(extractor.Extract(read.Report));
            }

            incidents.Add(incident);
        }

        return (incidents, failures);
    }

    private static void Render(Options options, List<Incident> incidents, Stream output)
    {
        if (options.Format == "json")
        {
            JsonRenderer.Write(output, incidents);
            return;
        }

        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        TableRenderer.Write(writer, incidents);
    }

    /// <summary>One line per report, whatever the message holds.</summary>
    private static void WriteError(TextWriter errors, ReportError error) =>
        errors.WriteLine("error: " + error.Message.ReplaceLineEndings(" "));
}
