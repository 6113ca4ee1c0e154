using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace HostageReports.Reports;

/// <summary>
/// Reads reports from files, bytes or text: encoding, markup, front matter, dateline, mojibake,
/// paragraphs, sentences, quotes and the spans that are not claims. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>A report that cannot be read gives a <see cref="ReportReadResult"/> whose
/// <see cref="ReportError"/> names the report and the cause (missing, unreadable, empty, binary, too
/// large, a device, FIFO or socket, an id taken by another file); bad input never throws. Misuse
/// throws as .NET does: a null or blank argument gives an <see cref="ArgumentException"/>, a
/// cancelled token an <see cref="OperationCanceledException"/>.</para>
/// <para>What is repaired is said in <see cref="ReportReadResult.Warnings"/> and
/// <see cref="Report.Warnings"/> (and logged, when <see cref="ReportReaderOptions.Logger"/> is set):
/// UTF-16, text that is not UTF-8 (read as Windows-1252), invalid UTF-8 bytes, mojibake, HTML markup
/// (stripped; the body is the text a reader sees, and every offset points into it), a front-matter
/// block that never closes. Size, and files that are not files: see <see cref="ReportReaderOptions"/>.</para>
/// <para><b>Report ids.</b> A file read alone has its name without extension as its id. Files read
/// together (<see cref="ReadFiles(IEnumerable{string}, ReportReaderOptions?, CancellationToken)"/>,
/// <see cref="ReadFolder(string, ReportReaderOptions?, CancellationToken)"/> and their kin) keep that
/// id where no other file of them has the same name without extension, so the ids of a folder's
/// reports are their plain names. Files whose names are alike take their path from the folder they
/// share, without extension where that tells them apart (<c>a/story</c>, <c>b/story</c>), else with it
/// (<c>r.txt</c>, <c>r.html</c>). Should two still have one id (the same file named twice), the later
/// one is not read and gives a <see cref="ReportErrorKind.DuplicateId"/> error: ids are unique
/// among the reports of one call, as <see cref="Reconciliation.Incident.Add"/> needs.</para>
/// </remarks>
public static partial class ReportReader
{
    /// <summary>The file extensions <see cref="ReadFolder(string, CancellationToken)"/> reads as reports: .txt, .text, .htm, .html.</summary>
    public static IReadOnlySet<string> ReportExtensions { get; } = new[] { ".txt", ".text", ".htm", ".html" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a report from a file; the id is the file name without extension.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    public static ReportReadResult ReadFile(string path) => ReadFile(path, null);
    /// <summary>Reads a report from a file; the id is the file name without extension.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    public static ReportReadResult ReadFile(string path, ReportReaderOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileAs(path, IdOf(path), options ?? ReportReaderOptions.Default);
    }
    /// <summary>Reads a report from a file without blocking a thread while the file is read.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ReportReadResult> ReadFileAsync(string path, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileAsAsync(path, IdOf(path), options ?? ReportReaderOptions.Default, cancellationToken);
    }
    /// <summary>
    /// Reads many files, in the order given; a file that cannot be read gives an error result in its
    /// place. The reports' ids are unique among them (see the remarks on <see cref="ReportReader"/>).
    /// </summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ReadFiles(paths, null, cancellationToken);
    /// <summary>
    /// Reads many files, in the order given; a file that cannot be read gives an error result in its
    /// place. The reports' ids are unique among them (see the remarks on <see cref="ReportReader"/>).
    /// </summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFiles(IEnumerable<string> paths, ReportReaderOptions? options, CancellationToken cancellationToken = default) =>
        [.. EnumerateFiles(paths, options, cancellationToken)];
    /// <summary>
    /// Reads many files one after another as the results are enumerated, in the order given, so that
    /// a caller can work on each report before the next is read. The paths are listed at once (each
    /// report's id depends on the others' names: see the remarks on <see cref="ReportReader"/>); each
    /// file is read when its result is reached.
    /// </summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path (at once).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (when the next result is asked for).</exception>
    public static IEnumerable<ReportReadResult> EnumerateFiles(IEnumerable<string> paths, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = ListPaths(paths);
        return Iterate(list, IdsOf(list), options ?? ReportReaderOptions.Default, cancellationToken);

        static IEnumerable<ReportReadResult> Iterate(List<string> paths, string[] ids, ReportReaderOptions options, CancellationToken cancellationToken)
        {
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < paths.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return taken.TryAdd(ids[i], paths[i])
                    ? ReadFileAs(paths[i], ids[i], options)
                    : ReportReadResult.Failure(DuplicateId(ids[i], paths[i], taken[ids[i]]));
            }
        }
    }
    /// <summary>
    /// Reads many files one after another as they are enumerated, in the order given. The reports' ids
    /// are unique among them; the paths are listed at once (see <see cref="EnumerateFiles"/>).
    /// </summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path (at once).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IAsyncEnumerable<ReportReadResult> ReadFilesAsync(IEnumerable<string> paths, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = ListPaths(paths);
        return Iterate(list, IdsOf(list), options ?? ReportReaderOptions.Default, cancellationToken);

        static async IAsyncEnumerable<ReportReadResult> Iterate(List<string> paths, string[] ids, ReportReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < paths.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return taken.TryAdd(ids[i], paths[i])
                    ? await ReadFileAsAsync(paths[i], ids[i], options, cancellationToken).ConfigureAwait(false)
                    : ReportReadResult.Failure(DuplicateId(ids[i], paths[i], taken[ids[i]]));
            }
        }
    }
    /// <summary>
    /// Reads every report of a folder (files with an extension in <see cref="ReportExtensions"/>, not
    /// hidden, in ordinal order of their names; subfolders and other files are left alone). A folder
    /// that does not exist or cannot be listed gives a single error result naming it.
    /// </summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per report file, in order of file name.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFolder(string folder, CancellationToken cancellationToken = default) =>
        ReadFolder(folder, null, cancellationToken);
    /// <summary>Reads every report of a folder; see <see cref="ReadFolder(string, CancellationToken)"/>.</summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per report file, in order of file name.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFolder(string folder, ReportReaderOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = ListReports(folder, out var error);
        return error is not null ? [ReportReadResult.Failure(error)] : ReadFiles(files, options, cancellationToken);
    }
    /// <summary>Reads every report of a folder as the results are enumerated; see <see cref="ReadFolder(string, CancellationToken)"/>.</summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result per report file, in order of file name; one error result when the folder cannot be listed.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IAsyncEnumerable<ReportReadResult> ReadFolderAsync(string folder, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = ListReports(folder, out var error);
        return error is not null ? One(ReportReadResult.Failure(error)) : ReadFilesAsync(files, options, cancellationToken);

        static async IAsyncEnumerable<ReportReadResult> One(ReportReadResult result)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield return result;
        }
    }
    /// <summary>
    /// The report files of a folder, in ordinal order of their names: files with an extension in
    /// <see cref="ReportExtensions"/> that are not hidden. Empty, with an error naming the folder,
    /// when it does not exist or cannot be listed.
    /// </summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="error">Why the folder could not be listed, or null.</param>
    /// <returns>The files' paths.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    public static IReadOnlyList<string> ListReports(string folder, out ReportError? error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        error = null;
        string id = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (id.Length == 0)
        {
            id = folder;
        }

        if (!Directory.Exists(folder))
        {
            error = new ReportError(id, folder, File.Exists(folder) ? ReportErrorKind.Unreadable : ReportErrorKind.NotFound,
                File.Exists(folder) ? $"{folder}: is a file, not a folder." : $"{folder}: no such folder.");
            return [];
        }

        try
        {
            return Directory.EnumerateFiles(folder)
                .Where(f => ReportExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = new ReportError(id, folder, ReportErrorKind.Unreadable, $"{folder}: the folder cannot be listed ({e.Message}).");
            return [];
        }
    }
    /// <summary>Reads a report from the bytes of a file: UTF-8 (with or without a byte order mark), UTF-16, Windows-1252 or Latin-1, plain text or HTML.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file it came from, for messages; null when there is none.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The id is null, empty or white space.</exception>
    public static ReportReadResult ReadBytes(string id, ReadOnlySpan<byte> bytes, string? path = null, ReportReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        options ??= ReportReaderOptions.Default;
        string where = path ?? id;
        if (bytes.Length > options.MaxBytes)
        {
            return ReportReadResult.Failure(TooLarge(id, path, bytes.Length, options));
        }

        var (text, how) = TextDecoding.Decode(bytes);
        if (how == DecodedAs.Binary)
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Binary, $"{where}: holds binary data, not text."));
        }

        var warnings = new List<string>();
        switch (how)
        {
            case DecodedAs.Utf16Bom:
            case DecodedAs.Utf16Guessed:
                warnings.Add($"read as UTF-16{(how == DecodedAs.Utf16Guessed ? " (no byte order mark)" : string.Empty)}.");
                break;
            case DecodedAs.Utf8WithReplacements:
                warnings.Add("invalid UTF-8 bytes were replaced by U+FFFD.");
                break;
            case DecodedAs.Windows1252:
                warnings.Add("not UTF-8; read as Windows-1252 (Latin-1).");
                break;
        }

        return Build(id, text, path, warnings, options);
    }
    /// <summary>Reads a report from its text.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="text">The whole text, front matter included.</param>
    /// <param name="path">The file it came from, for error messages.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The id is null or blank, or the text is null.</exception>
    public static ReportReadResult Parse(string id, string text, string? path = null) => Parse(id, text, path, null);
    /// <summary>Reads a report from its text.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="text">The whole text, front matter included.</param>
    /// <param name="path">The file it came from, for error messages.</param>
    /// <param name="options">Limits (the size limit counts UTF-16 code units); <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The id is null or blank, or the text is null.</exception>
    public static ReportReadResult Parse(string id, string text, string? path, ReportReaderOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReportReaderOptions.Default;
        if (text.Length > options.MaxBytes)
        {
            return ReportReadResult.Failure(TooLarge(id, path, text.Length, options));
        }

        return Build(id, text, path, [], options);
    }
}
