using BenchmarkDotNet.Running;

namespace HostageReports.Benchmarks;

/// <summary>Runs the benchmarks BenchmarkDotNet's switcher selects (<c>--filter '*'</c> for all).</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
