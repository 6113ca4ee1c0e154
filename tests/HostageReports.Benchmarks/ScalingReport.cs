using System.Diagnostics;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Benchmarks;

/// <summary>
/// <c>-- scaling [words of a shape's name]</c>: each shape of the scaling tests at n, 4n and 16n, with
/// the time and allocation of each: the report shapes (<see cref="ShapeCatalog"/>) through the whole
/// pipeline, then the incident shapes (<see cref="IncidentShapes"/>: reconciliation and rendering of
/// claims made by hand). A linear mechanism takes about 4 and 16 times the time and memory of n; a
/// quadratic one 16 and 256.
/// </summary>
internal static class ScalingReport
{
    private static readonly int[] Times = [1, 4, 16];

    public static void Run(string[] filter, TextWriter output)
    {
        bool Chosen(string name) => filter.All(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

        Heading(output, "shape", "chars");
        foreach (var shape in ShapeCatalog.All.Where(s => Chosen(s.Name)))
        {
            Measure(output, shape.Name, shape.Size, shape.Text, text => text.Length, ShapePipeline.Run);
        }

        Heading(output, "incident shape", "claims");
        foreach (var shape in IncidentShapes.All.Where(s => Chosen(s.Name)))
        {
            Measure(output, shape.Name, shape.Size, shape.Reports, reports => reports.Sum(r => r.Claims.Count), IncidentShape.Run);
        }
    }

    private static void Heading(TextWriter output, string what, string units) =>
        output.WriteLine($"{what,-48} {"size",8} {units,12} {"ms",10} {"MB",10} {"x time",8} {"x alloc",8}");

    /// <summary>
    /// One row a size. Each size is run once unmeasured first (the JIT, and buffers pooled at that size),
    /// then timed as the best of two passes: a shape's own cost is small beside the machine's drift.
    /// </summary>
    private static void Measure<T>(TextWriter output, string name, int size, Func<int, T> make, Func<T, int> units, Func<T, int> run)
    {
        double firstMs = 0, firstBytes = 0;
        foreach (int times in Times)
        {
            T input = make(times * size);
            run(input);
            double ms = double.MaxValue;
            long bytes = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                run(input);
                ms = Math.Min(ms, clock.Elapsed.TotalMilliseconds);
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            if (times == 1)
            {
                (firstMs, firstBytes) = (ms, bytes);
            }

            output.WriteLine($"{name,-48} {times * size,8} {units(input),12:N0} {ms,10:F1} {bytes / 1e6,10:F1} {ms / firstMs,8:F1} {bytes / firstBytes,8:F1}");
        }
    }
}
