namespace HostageReports.Sample;

/// <summary>
/// HostageReports.Sample [--format table|json] PATH...
/// The console's streams and Ctrl+C around <see cref="App.Run(string[], Stream, TextWriter, CancellationToken)"/>, which does the work.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // The first Ctrl+C asks the run to stop at its next step (exit 130); a second one, should a step
        // not return, ends the process at once.
        int presses = 0;
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = Interlocked.Increment(ref presses) == 1;
            if (e.Cancel)
            {
                cancel.Cancel();
            }
        };

        using var stdout = Console.OpenStandardOutput();
        return App.Run(args, stdout, Console.Error, cancel.Token);
    }
}
