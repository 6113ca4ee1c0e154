using Microsoft.Extensions.Logging;

namespace HostageReports.Reports;

/// <summary>
/// How <see cref="ReportReader"/> reads reports. Immutable; <see cref="Default"/> suits news reports.
/// </summary>
/// <remarks>
/// <para>
/// <b>Size limit.</b> A news report, even a saved web page with its markup, runs to a few hundred
/// kilobytes. A file larger than <see cref="MaxBytes"/> (16 MiB by default) is almost certainly not
/// a report (a log, a dump, a whole archive), so it is <em>not read at all</em>: the result is an
/// error of kind <see cref="ReportErrorKind.TooLarge"/> that names the file, its size and the limit.
/// The file is never loaded, so the check costs nothing however large the file is. Nothing is
/// silently truncated: a truncated report would give claims that look complete and are not.
/// The limit holds while the file is read too: a file that grows past it (or a link whose target
/// is larger than the link) gives the same error, and the reader never holds more than the limit.
/// Raise the limit for unusual inputs; reading stays linear in the input's size.
/// </para>
/// <para>
/// <b>Files that are not files.</b> Only regular files are opened. A path that names (or links to) a
/// device, a FIFO or a socket gives an error of kind <see cref="ReportErrorKind.Device"/>,
/// <see cref="ReportErrorKind.Fifo"/> or <see cref="ReportErrorKind.Socket"/> and is never opened:
/// <c>/dev/zero</c> gives bytes without end and a FIFO waits for a writer. On Linux the kind is read
/// from the file system; elsewhere a file that holds no bytes is not opened either, and its error
/// says it may be one of these.
/// </para>
/// <para>For text passed to <see cref="ReportReader.Parse(string, string, string?, ReportReaderOptions?)"/>
/// the same limit applies to its length in UTF-16 code units.</para>
/// </remarks>
public sealed record ReportReaderOptions
{
    /// <summary>The default limit: 16 MiB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static ReportReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest file, in bytes, that is read; larger ones give a <see cref="ReportErrorKind.TooLarge"/>
    /// error. Must be positive; at most <see cref="Array.MaxLength"/>.
    /// </summary>
    public long MaxBytes
    {
        get => _maxBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, (long)Array.MaxLength);
            _maxBytes = value;
        }
    }

    private readonly long _maxBytes = DefaultMaxBytes;

    /// <summary>
    /// Where to log what reading repaired or guessed (each of a report's <see cref="Report.Warnings"/>,
    /// at <see cref="LogLevel.Warning"/>, naming the file); nothing is logged when null. The warnings
    /// are in every result and report whether or not they are logged.
    /// </summary>
    public ILogger? Logger { get; init; }
}
