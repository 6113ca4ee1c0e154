using System.Diagnostics;
using System.Text;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>
/// The throughput command (<c>--bench PATH</c>): reads the reports under PATH once into memory, then
/// measures extraction (reading and claim extraction per report) on one thread and on all cores, and
/// reconciliation of one million claims. Run it in Release.
/// </summary>
internal static class Throughput
{
    private static readonly TimeSpan MinimumRun = TimeSpan.FromSeconds(3);

    public static int Run(string path, TextWriter output, TextWriter errors)
    {
        var texts = LoadTexts(path, errors, out int unread);
        if (texts.Count == 0)
        {
            errors.WriteLine($"error: {path}: no .txt reports found.");
            return App.BadArguments;
        }

        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
#if DEBUG
        output.WriteLine("warning: a Debug build; measure with -c Release");
#endif
        var extractor = new ClaimExtractor();
        output.WriteLine($"{texts.Count} reports, {bytes / 1e6:F1} MB, {Environment.ProcessorCount} cores");

        // Warm up for a while: the lexicons, and the JIT's second, optimised compilation of the hot
        // methods (tiered compilation swaps it in only after many calls, in the background).
        var claims = ExtractAll(extractor, texts);
        _ = Repeat(() => ExtractSerial(extractor, texts));

        var (seconds1, passes1) = Repeat(() => ExtractSerial(extractor, texts));
        output.WriteLine(Line("extraction, 1 thread", bytes, texts.Count, seconds1, passes1));

        var (secondsN, passesN) = Repeat(() => ExtractParallel(extractor, texts));
        output.WriteLine(Line("extraction, all cores", bytes, texts.Count, secondsN, passesN));

        var perReport = claims.Where(c => c.Claims.Count > 0).ToList();
        int claimCount = perReport.Sum(c => c.Claims.Count);
        if (claimCount == 0)
        {
            output.WriteLine("reconciliation: no claims to reconcile");
            return unread == 0 ? App.Ok : App.SomeUnread;
        }

        var synthetic = ClaimCorpus.Replicate(perReport, 1_000_000);
        long total = synthetic.Sum(r => (long)r.Claims.Count);
        _ = Reconcile(synthetic);
        var (secondsR, passesR) = Repeat(() => Reconcile(synthetic));
        output.WriteLine($"reconciliation: {total * passesR / secondsR:N0} claims/s ({total:N0} claims in {secondsR / passesR * 1000:F0} ms)");
        return unread == 0 ? App.Ok : App.SomeUnread;
    }

    /// <summary>
    /// The texts of the reports under the path, as the timed passes parse them. Each file is first read
    /// as the sample reads it, so that a device, a FIFO or a file too large is an error line here too,
    /// never opened as plain text.
    /// </summary>
    private static List<(string Id, string Text)> LoadTexts(string path, TextWriter errors, out int unread)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : Enumerable.Empty<string>();
        var texts = new List<(string, string)>();
        unread = 0;
        foreach (string file in files)
        {
            var read = ReportReader.ReadFile(file);
            if (!read.Succeeded)
            {
                errors.WriteLine("error: " + read.Error.Message.ReplaceLineEndings(" "));
                unread++;
                continue;
            }

            texts.Add((Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));
        }

        return texts;
    }

    private static List<ReportClaims> ExtractAll(ClaimExtractor extractor, List<(string Id, string Text)> texts)
    {
        var result = new List<ReportClaims>(texts.Count);
        foreach (var (id, text) in texts)
        {
            var read = ReportReader.Parse(id, text);
            if (read.Succeeded)
            {
                result.Add(extractor.Extract(read.Report));
            }
        }

        return result;
    }

    /// <summary>Reads and extracts every report on this thread; like <see cref="ExtractParallel"/>, it keeps only the claim count.</summary>
    private static int ExtractSerial(ClaimExtractor extractor, List<(string Id, string Text)> texts)
    {
        int claims = 0;
        foreach (var (id, text) in texts)
        {
            var read = ReportReader.Parse(id, text);
            claims += read.Succeeded ? extractor.Extract(read.Report).Claims.Count : 0;
        }

        return claims;
    }

    private static int ExtractParallel(ClaimExtractor extractor, List<(string Id, string Text)> texts)
    {
        int claims = 0;
        Parallel.For(0, texts.Count, () => 0, (i, _, local) =>
        {
            var read = ReportReader.Parse(texts[i].Id, texts[i].Text);
            return read.Succeeded ? local + extractor.Extract(read.Report).Claims.Count : local;
        }, local => Interlocked.Add(ref claims, local));
        return claims;
    }

    private static int Reconcile(List<ReportClaims> reports)
    {
        var incident = new Incident("bench");
        foreach (var r in reports)
        {
            incident.Add(r);
        }

        return incident.Facts.Count;
    }

    private static (double Seconds, int Passes) Repeat<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        int passes = 0;
        do
        {
            GC.KeepAlive(work());
            passes++;
        }
        while (clock.Elapsed < MinimumRun);
        return (clock.Elapsed.TotalSeconds, passes);
    }

    private static string Line(string what, long bytes, int reports, double seconds, int passes) =>
        $"{what}: {bytes * passes / seconds / 1e6:F1} MB/s, {reports * passes / seconds:N0} reports/s";
}
