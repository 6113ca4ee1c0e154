using System.Diagnostics;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Benchmarks;

/// <summary>
/// <c>-- scaling [words of a shape's name]</c>: each shape of the scaling tests through the whole
/// pipeline at n, 4n and 16n, with the time and allocation of each. A linear mechanism takes about 4
/// and 16 times the time and memory of n; a quadratic one 16 and 256. Then each incident shape
/// (<see cref="IncidentShapes"/>: reconciliation and rendering of claims made by hand) likewise.
/// </summary>
internal static class ScalingReport
{
    public static void Run(string[] filter, TextWriter output)
    {
        output.WriteLine($"{"shape",-48} {"size",8} {"chars",12} {"ms",10} {"MB",10} {"x time",8} {"x alloc",8}");
        foreach (var shape in ShapeCatalog.All)
        {
            if (filter.Length > 0 && !filter.All(word => shape.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            ShapePipeline.Run(shape.Text(shape.Size)); // warm up: the JIT and the pooled buffers
            double firstMs = 0, firstBytes = 0;
            foreach (int times in (int[])[1, 4, 16])
            {
                string text = shape.Text(times * shape.Size);
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                ShapePipeline.Run(text);
                double ms = clock.Elapsed.TotalMilliseconds;
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                if (times == 1)
                {
                    (firstMs, firstBytes) = (ms, bytes);
                }

                output.WriteLine($"{shape.Name,-48} {times * shape.Size,8} {text.Length,12:N0} {ms,10:F1} {bytes / 1e6,10:F1} {ms / firstMs,8:F1} {bytes / firstBytes,8:F1}");
            }
        }

        output.WriteLine($"{"incident shape",-48} {"size",8} {"claims",12} {"ms",10} {"MB",10} {"x time",8} {"x alloc",8}");
        foreach (var shape in IncidentShapes.All)
        {
            if (filter.Length > 0 && !filter.All(word => shape.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            IncidentShape.Run(shape.Reports(shape.Size)); // warm up
            double firstMs = 0, firstBytes = 0;
            foreach (int times in (int[])[1, 4, 16])
            {
                var reports = shape.Reports(times * shape.Size);
                double ms = double.MaxValue;
                long bytes = 0;
                for (int pass = 0; pass < 3; pass++)
                {
                    // the best of three passes: reconciliation is short beside the machine's drift
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    IncidentShape.Run(reports);
                    ms = Math.Min(ms, clock.Elapsed.TotalMilliseconds);
                    bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                }
                if (times == 1)
                {
                    (firstMs, firstBytes) = (ms, bytes);
                }

                output.WriteLine($"{shape.Name,-48} {times * shape.Size,8} {reports.Sum(r => r.Claims.Count),12:N0} {ms,10:F1} {bytes / 1e6,10:F1} {ms / firstMs,8:F1} {bytes / firstBytes,8:F1}");
            }
        }
    }
}
