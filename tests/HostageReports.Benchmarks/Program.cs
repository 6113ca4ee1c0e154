using BenchmarkDotNet.Running;

namespace HostageReports.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's switcher selects (<c>--filter '*'</c> for all), or with
/// <c>scaling</c> first, the times and allocations of the input shapes at n, 4n and 16n, or with
/// <c>side-by-side</c> first, two builds' single-thread extraction speed in one process (<see cref="SideBySide"/>).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            ScalingReport.Run(args[1..], Console.Out);
            return;
        }

        if (args.Length > 0 && args[0] == "side-by-side")
        {
            SideBySide.Run(args[1..], Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
