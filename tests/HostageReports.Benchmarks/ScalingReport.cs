using System.Diagnostics;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Benchmarks;

/// <summary>
/// <c>-- scaling [words of a shape's name]</c>: each shape of the scaling tests through the whole
/// pipeline at n, 4n and 16n, with the time and allocation of each. A linear mechanism takes about 4
/// and 16 times the time and memory of n; a quadratic one 16 and 256.
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
    }
}
