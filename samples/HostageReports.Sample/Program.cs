namespace HostageReports.Sample;

/// <summary>
/// HostageReports.Sample [--format table|json] PATH...
/// The console's streams and Ctrl+C around <see cref="App.Run"/>, which does the work.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        using var stdout = Console.OpenStandardOutput();
        return App.Run(args, stdout, Console.Error, cancel.Token);
    }
}
