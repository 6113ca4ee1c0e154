using BenchmarkDotNet.Running;

namespace HostageReports.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's switcher selects (<c>--filter '*'</c> for all), or with
/// <c>scaling</c> first, the times and allocations of the input shapes at n, 4n and 16n.
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
