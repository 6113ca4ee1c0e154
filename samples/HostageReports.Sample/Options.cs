namespace HostageReports.Sample;

/// <summary>The command line.</summary>
internal sealed class Options
{
    public const string Usage = """
        usage: HostageReports.Sample [--format table|json] [--verbose] PATH...
               HostageReports.Sample --bench PATH

          PATH            a report (.txt, .text, .htm, .html), a folder of reports (one
                          incident; other files in it are ignored, and subfolders beside
                          its reports are not read: a warning names them), or a folder of
                          folders (one incident each); several files form one incident
          --format FMT    table (default): a readable table of facts; json: see SCHEMA.md
          --bench PATH    measure throughput on the reports under PATH (build with -c Release)
          --verbose       log what each report gave, and print what reading repaired or
                          guessed ("warning: ID: ..."), on standard error
          --help, -h      this text

        Reports are UTF-8 (UTF-16 with a byte order mark, Latin-1 and HTML pages are read too).
        A report's id is its file name without extension; files of one incident with the same
        name take their path from the folder they share (a/story and b/story; r.txt and r.html).
        A report that cannot be read (missing, empty, binary, over 16 MiB, a device, FIFO or
        socket, the same file named twice) is one line on standard error, and the other reports
        are still processed. Warnings ("warning: ...") never change the exit status.

        exit status: 0 all reports read, 1 some could not be read or the output could not
                     be written, 2 bad arguments, 130 cancelled (Ctrl+C; a second Ctrl+C
                     stops at once)
        """;

    public string Format { get; private set; } = "table";

    public bool Help { get; private set; }

    public string? BenchPath { get; private set; }

    public bool Verbose { get; private set; }

    public List<string> Paths { get; } = [];

    public static Options? Parse(string[] args, out string? error)
    {
        var o = new Options();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    o.Help = true;
                    return o;
                case "--format":
                    if (i + 1 >= args.Length || args[i + 1] is not ("table" or "json"))
                    {
                        error = "error: --format takes 'table' or 'json'.";
                        return null;
                    }

                    o.Format = args[++i];
                    break;
                case "--verbose":
                    o.Verbose = true;
                    break;
                case "--bench":
                    if (i + 1 >= args.Length)
                    {
                        error = "error: --bench takes a file or folder of reports.";
                        return null;
                    }

                    o.BenchPath = args[++i];
                    return o;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"error: unknown option '{args[i]}'.";
                        return null;
                    }

                    o.Paths.Add(args[i]);
                    break;
            }
        }

        if (o.Paths.Count == 0)
        {
            error = "error: name at least one report or folder.";
            return null;
        }

        return o;
    }
}
