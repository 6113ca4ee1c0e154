using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>
/// hostage-reports [--format table|json] PATH...
/// A folder of .txt files is one incident; a folder whose subfolders hold reports is one incident per
/// subfolder; files given one by one form one incident together.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Options.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Options.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.Out.WriteLine(Options.Usage);
            return 0;
        }

        if (options.BenchPath is not null)
        {
            return Throughput.Run(options.BenchPath, Console.Out);
        }

        var extractor = new ClaimExtractor();
        var incidents = new List<Incident>();
        int failures = 0;
        foreach (var (id, files) in IncidentSources.Find(options.Paths, Console.Error, ref failures))
        {
            var incident = new Incident(id);
            foreach (string file in files)
            {
                var read = ReportReader.ReadFile(file);
                if (!read.Succeeded)
                {
                    Console.Error.WriteLine($"error: {read.Error.Message}");
                    failures++;
                    continue;
                }

                incident.Add(extractor.Extract(read.Report));
            }

            incidents.Add(incident);
        }

        using var stdout = Console.OpenStandardOutput();
        JsonRenderer.Write(stdout, incidents);
        return failures == 0 ? 0 : 1;
    }
}
