using System.Text;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;
using Microsoft.Extensions.Logging;

namespace HostageReports.Sample;

/// <summary>The steps of a run, in order; <see cref="App.Run(string[], Stream, TextWriter, Action{RunPhase}?, CancellationToken)"/> says when each begins.</summary>
internal enum RunPhase
{
    /// <summary>Before each report file is read (and once more when an incident's files are done).</summary>
    Reading,

    /// <summary>Before each report's claims are extracted.</summary>
    Extracting,

    /// <summary>Before each incident's facts are reconciled.</summary>
    Reconciling,

    /// <summary>Before each incident is written.</summary>
    Rendering,
}

/// <summary>
/// Reads the reports, extracts their claims, reconciles each incident and writes the result. A report
/// that cannot be read is one line on the error stream; the others are still processed. A cancelled
/// token stops the run between two steps of any phase (file, report, incident).
/// </summary>
internal static class App
{
    /// <summary>Exit status: every report was read and the output written.</summary>
    public const int Ok = 0;

    /// <summary>Exit status: some reports (or paths) could not be read, or two had one id; the rest were processed.</summary>
    public const int SomeUnread = 1;

    /// <summary>Exit status: the output could not be written (a full disk, a closed pipe); the same status as <see cref="SomeUnread"/>.</summary>
    public const int OutputFailed = 1;

    /// <summary>Exit status: the command line was wrong; nothing was read.</summary>
    public const int BadArguments = 2;

    /// <summary>Exit status: cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the command line; returns the exit status.</summary>
    public static int Run(string[] args, Stream output, TextWriter errors, CancellationToken cancellationToken) =>
        Run(args, output, errors, null, cancellationToken);

    /// <summary>Runs the command line, saying when each step begins (<paramref name="onPhase"/>: for tests); returns the exit status.</summary>
    internal static int Run(string[] args, Stream stdout, TextWriter errors, Action<RunPhase>? onPhase, CancellationToken cancellationToken)
    {
        var options = Options.Parse(args, out string? error);
        if (options is null)
        {
            errors.WriteLine(error);
            errors.WriteLine(Options.Usage);
            return BadArguments;
        }

        using var output = new OutputStream(stdout);
        try
        {
            if (options.Help)
            {
                using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    writer.WriteLine(Options.Usage);
                }

                output.Flush();
                return Ok;
            }

            if (options.BenchPath is not null)
            {
                using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
                return Throughput.Run(options.BenchPath, writer, errors);
            }

            var (incidents, failures) = Read(options, errors, onPhase, cancellationToken);
            foreach (var incident in incidents)
            {
                onPhase?.Invoke(RunPhase.Reconciling);
                cancellationToken.ThrowIfCancellationRequested();
                _ = incident.Facts; // reconciled here, once, so that rendering only writes
            }

            Render(options, Rendering(incidents, onPhase, cancellationToken), output, cancellationToken);
            output.Flush(); // a buffered output's last bytes: a full disk may say so only now
            return failures == 0 ? Ok : SomeUnread;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("cancelled.");
            return Cancelled;
        }
        catch (IOException) when (output.Failure is { } failure)
        {
            // A writer disposed while the failure unwinds tries to flush again: the first failure says why.
            errors.WriteLine($"error: the output could not be written ({failure.Message.ReplaceLineEndings(" ")}).");
            return OutputFailed;
        }
    }

    /// <summary>
    /// Reads every incident, extracting each report as soon as it is read; each report that cannot be
    /// read (or added) is counted and written to <paramref name="errors"/> as one line.
    /// </summary>
    private static (List<Incident> Incidents, int Failures) Read(Options options, TextWriter errors, Action<RunPhase>? onPhase, CancellationToken cancellationToken)
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
        var notes = new List<string>();
        var sources = IncidentSources.Find(options.Paths, sourceErrors, notes);
        foreach (var e in sourceErrors)
        {
            WriteError(errors, e);
        }

        foreach (string note in notes)
        {
            errors.WriteLine("warning: " + note.ReplaceLineEndings(" "));
        }

        int failures = sourceErrors.Count;
        foreach (var (id, files) in sources)
        {
            var incident = new Incident(id);

            // The reader gets no logger: with --verbose the warnings are printed below, once, by report id.
            using var reads = ReportReader.EnumerateFiles(files, null, cancellationToken).GetEnumerator();
            while (true)
            {
                onPhase?.Invoke(RunPhase.Reading);
                if (!reads.MoveNext())
                {
                    break;
                }

                var read = reads.Current;
                if (!read.Succeeded)
                {
                    WriteError(errors, read.Error);
                    failures++;
                    continue;
                }

                if (options.Verbose)
                {
                    foreach (string warning in read.Report.Warnings)
                    {
                        errors.WriteLine($"warning: {read.Report.Id}: {warning}".ReplaceLineEndings(" "));
                    }
                }

                onPhase?.Invoke(RunPhase.Extracting);
                cancellationToken.ThrowIfCancellationRequested();
                if (!incident.Add(extractor.Extract(read.Report)))
                {
                    // The reader gives ids unique among an incident's files, so this is a defect; never lose a report in silence.
                    errors.WriteLine($"error: {incident.Id}: a second report with the id '{read.Report.Id}' was not added.");
                    failures++;
                }
            }

            incidents.Add(incident);
        }

        return (incidents, failures);
    }

    /// <summary>The incidents one by one, checking the token (and saying the phase) before each is written.</summary>
    private static IEnumerable<Incident> Rendering(List<Incident> incidents, Action<RunPhase>? onPhase, CancellationToken cancellationToken)
    {
        foreach (var incident in incidents)
        {
            onPhase?.Invoke(RunPhase.Rendering);
            cancellationToken.ThrowIfCancellationRequested();
            yield return incident;
        }
    }

    private static void Render(Options options, IEnumerable<Incident> incidents, Stream output, CancellationToken cancellationToken)
    {
        // The renderers check the token between incidents, reports and facts, so Ctrl+C stops a large write too.
        if (options.Format == "json")
        {
            JsonRenderer.Write(output, incidents, cancellationToken: cancellationToken);
            return;
        }

        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        TableRenderer.Write(writer, incidents, cancellationToken);
    }

    /// <summary>One line per report, whatever the message holds.</summary>
    private static void WriteError(TextWriter errors, ReportError error) =>
        errors.WriteLine("error: " + error.Message.ReplaceLineEndings(" "));
}
