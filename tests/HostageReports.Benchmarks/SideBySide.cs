using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace HostageReports.Benchmarks;

/// <summary>
/// Compares the single-thread extraction speed of two builds of the library in one process: each build's
/// HostageReports.dll is loaded into a load context of its own, both read the same reports into their own
/// <c>Report</c> objects, and the passes alternate (A B, B A, A B, ...) so that the machine's drift, which
/// reaches 40% over minutes here, falls on both alike. Prints each pass and the median of each build.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/HostageReports.Benchmarks -- side-by-side OLD_DIR NEW_DIR CORPUS [passes]</c>,
/// where a directory holds a build's HostageReports.dll (the sample's bin/Release/net10.0 does).
/// </remarks>
internal static class SideBySide
{
    public static void Run(string[] args, TextWriter output)
    {
        if (args.Length < 3)
        {
            output.WriteLine("usage: side-by-side OLD_DIR NEW_DIR CORPUS [passes]");
            return;
        }

        int passes = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var files = Directory.EnumerateFiles(args[2], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var builds = new[] { Build.Load("old", args[0], files), Build.Load("new", args[1], files) };
        output.WriteLine($"{files.Length} files, {builds[0].Characters / 1e6:F1} M characters; {passes} passes each, alternating");
        // Warm up, alternating too: the lexicons' first load, then the JIT's tiers, which promote a
        // method after it has run many times and a short while has passed, so a pass or two is not enough.
        var warmUp = Stopwatch.StartNew();
        for (int w = 0; w < 4 || warmUp.Elapsed < TimeSpan.FromSeconds(5); w++)
        {
            builds[w % 2].Pass();
        }

        var rates = builds.ToDictionary(static b => b, static _ => new List<double>());
        for (int p = 0; p < passes; p++)
        {
            foreach (var build in p % 2 == 0 ? builds : builds.Reverse())
            {
                rates[build].Add(build.Pass());
            }

            output.WriteLine($"pass {p + 1}: old {rates[builds[0]][^1]:F1} MB/s, new {rates[builds[1]][^1]:F1} MB/s");
        }

        foreach (var build in builds)
        {
            var sorted = rates[build].Order().ToArray();
            output.WriteLine($"{build.Name} ({build.Directory}): median {sorted[sorted.Length / 2]:F1} MB/s, best {sorted[^1]:F1}, claims {build.Claims}");
        }

        var ratio = rates[builds[1]].Zip(rates[builds[0]], static (n, o) => n / o).Order().ToArray();
        output.WriteLine($"new / old, pass by pass: median {ratio[ratio.Length / 2]:F3} (range {ratio[0]:F3} to {ratio[^1]:F3})");
    }

    /// <summary>One build: its extractor and its reports, reached through compiled delegates so that no reflection is paid per report.</summary>
    private sealed class Build
    {
        private readonly Func<object, int> _extract;
        private readonly object[] _reports;

        private Build(string name, string directory, Func<object, int> extract, object[] reports, long characters)
        {
            Name = name;
            Directory = directory;
            _extract = extract;
            _reports = reports;
            Characters = characters;
        }

        public string Name { get; }

        public string Directory { get; }

        public long Characters { get; }

        public int Claims { get; private set; }

        public static Build Load(string name, string directory, string[] files)
        {
            var full = Path.GetFullPath(directory);
            var context = new BuildContext(full);
            var library = context.LoadFromAssemblyPath(Path.Combine(full, "HostageReports.dll"));
            var readerType = library.GetType("HostageReports.Reports.ReportReader", throwOnError: true)!;
            var readFile = readerType.GetMethod("ReadFile", [typeof(string)])!;
            var extractorType = library.GetType("HostageReports.Extraction.ClaimExtractor", throwOnError: true)!;
            var reportType = library.GetType("HostageReports.Reports.Report", throwOnError: true)!;
            var extractor = extractorType.GetConstructors().Single().Invoke([null]);
            var reports = new List<object>();
            long characters = 0;
            foreach (var file in files)
            {
                var read = readFile.Invoke(null, [file])!;
                if (read.GetType().GetProperty("Report")!.GetValue(read) is { } report)
                {
                    reports.Add(report);
                    characters += ((string)reportType.GetProperty("Body")!.GetValue(report)!).Length;
                }
            }

            // report => extractor.Extract((Report)report).Claims.Count
            var parameter = Expression.Parameter(typeof(object), "report");
            var extract = Expression.Call(Expression.Constant(extractor), extractorType.GetMethod("Extract")!, Expression.Convert(parameter, reportType));
            var claims = Expression.Property(extract, nameof(Claims));
            var count = Expression.Property(claims, typeof(IReadOnlyCollection<>).MakeGenericType(claims.Type.GetGenericArguments()[0]).GetProperty("Count")!);
            var lambda = Expression.Lambda<Func<object, int>>(count, parameter).Compile();
            return new Build(name, full, lambda, [.. reports], characters);
        }

        /// <summary>Extracts every report once; returns the rate in millions of characters a second.</summary>
        public double Pass()
        {
            int claims = 0;
            var watch = Stopwatch.StartNew();
            foreach (var report in _reports)
            {
                claims += _extract(report);
            }

            watch.Stop();
            Claims = claims;
            return Characters / watch.Elapsed.TotalSeconds / 1e6;
        }
    }

    /// <summary>Loads the library from a build's folder; its dependencies (the logging abstractions) come from this process.</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext("build " + directory)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "HostageReports" ? LoadFromAssemblyPath(Path.Combine(directory, "HostageReports.dll")) : null;
    }
}
