namespace HostageReports.Reports;

/// <summary>Why a report could not be read.</summary>
public enum ReportErrorKind
{
    /// <summary>The file does not exist.</summary>
    NotFound,

    /// <summary>The file exists but could not be opened or read.</summary>
    Unreadable,

    /// <summary>The file holds no text: empty or white space only.</summary>
    Empty,

    /// <summary>The file holds binary data, not text.</summary>
    Binary,

    /// <summary>The file is larger than the reader accepts, or grew past the limit while it was read.</summary>
    TooLarge,

    /// <summary>
    /// The path (or the link it is) names a character or block device such as <c>/dev/zero</c>, not a
    /// file: it was never opened, as a device can give bytes without end.
    /// </summary>
    Device,

    /// <summary>
    /// The path (or the link it is) names a FIFO (a named pipe), not a file: it was never opened, as
    /// opening one waits for a writer that may never come.
    /// </summary>
    Fifo,

    /// <summary>The path (or the link it is) names a Unix socket, not a file: it was never opened.</summary>
    Socket,

    /// <summary>
    /// Among files read together, two would have one report id (the same file named twice, or names that
    /// stay alike however much of their paths is kept); the later one was not read, so that no report
    /// replaces another in silence.
    /// </summary>
    DuplicateId,
}

/// <summary>A report that could not be read: which one, and why, in words a user can act on.</summary>
/// <param name="ReportId">The report's id.</param>
/// <param name="Path">The file's path, when it was read from a file.</param>
/// <param name="Kind">The cause.</param>
/// <param name="Message">What went wrong, naming the report.</param>
public sealed record ReportError(string ReportId, string? Path, ReportErrorKind Kind, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>
/// The outcome of reading one report: either a <see cref="Report"/> or a <see cref="ReportError"/>,
/// never both. Bad prose never throws; it gives an error here.
/// </summary>
public sealed class ReportReadResult
{
    private ReportReadResult(Report? report, ReportError? error, IReadOnlyList<string> warnings)
    {
        Report = report;
        Error = error;
        Warnings = warnings;
    }

    /// <summary>The report, when it was read.</summary>
    public Report? Report { get; }

    /// <summary>Why it was not read, when it was not.</summary>
    public ReportError? Error { get; }

    /// <summary>
    /// Things repaired or guessed while reading (mojibake repaired, encoding guessed, markup stripped),
    /// each naming the file (or the id when there is none): <c>"a/story.html: HTML markup was stripped; ..."</c>.
    /// The report keeps the same warnings without the name, in <see cref="Reports.Report.Warnings"/>.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when <see cref="Report"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Report))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null;

    /// <summary>A report that was read.</summary>
    /// <param name="report">The report.</param>
    /// <param name="warnings">What was repaired or guessed.</param>
    /// <returns>The result.</returns>
    public static ReportReadResult Success(Report report, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportReadResult(report, null, warnings ?? []);
    }

    /// <summary>A report that could not be read.</summary>
    /// <param name="error">Why.</param>
    /// <returns>The result.</returns>
    public static ReportReadResult Failure(ReportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ReportReadResult(null, error, []);
    }
}
