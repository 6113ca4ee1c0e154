using System.Buffers;
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
/// large); bad input never throws. Misuse throws as .NET does: a null or blank argument gives an
/// <see cref="ArgumentException"/>, a cancelled token an <see cref="OperationCanceledException"/>.</para>
/// <para>What is repaired is said in <see cref="ReportReadResult.Warnings"/>: UTF-16, text that is
/// not UTF-8 (read as Windows-1252), invalid UTF-8 bytes, mojibake, HTML markup (stripped; the body
/// is the text a reader sees, and every offset points into it), a front-matter block that never
/// closes. Size: see <see cref="ReportReaderOptions"/>.</para>
/// </remarks>
public static class ReportReader
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
        options ??= ReportReaderOptions.Default;
        string id = IdOf(path);
        if (Check(path, id, options) is { } error)
        {
            return ReportReadResult.Failure(error);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return Unreadable(id, path, e);
        }

        return ReadBytes(id, bytes, path, options);
    }

    /// <summary>Reads a report from a file without blocking a thread while the file is read.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or why it could not be read.</returns>
    /// <exception cref="ArgumentException">The path is null, empty or white space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ReportReadResult> ReadFileAsync(string path, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= ReportReaderOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        string id = IdOf(path);
        if (Check(path, id, options) is { } error)
        {
            return ReportReadResult.Failure(error);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return Unreadable(id, path, e);
        }

        return ReadBytes(id, bytes, path, options);
    }

    /// <summary>Reads many files, in the order given; a file that cannot be read gives an error result in its place.</summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ReadFiles(paths, null, cancellationToken);

    /// <summary>Reads many files, in the order given; a file that cannot be read gives an error result in its place.</summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null, or holds a null or blank path.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ReportReadResult> ReadFiles(IEnumerable<string> paths, ReportReaderOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<ReportReadResult>();
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(ReadFile(path, options));
        }

        return result;
    }

    /// <summary>Reads many files one after another as they are enumerated, in the order given.</summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">Limits; <see cref="ReportReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result per path, in order.</returns>
    /// <exception cref="ArgumentException">The sequence is null (at once), or holds a null or blank path (when reached).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IAsyncEnumerable<ReportReadResult> ReadFilesAsync(IEnumerable<string> paths, ReportReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Iterate(paths, options, cancellationToken);

        static async IAsyncEnumerable<ReportReadResult> Iterate(IEnumerable<string> paths, ReportReaderOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (string path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
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
                warnings.Add($"{where}: read as UTF-16{(how == DecodedAs.Utf16Guessed ? " (no byte order mark)" : string.Empty)}.");
                break;
            case DecodedAs.Utf8WithReplacements:
                warnings.Add($"{where}: invalid UTF-8 bytes were replaced by U+FFFD.");
                break;
            case DecodedAs.Windows1252:
                warnings.Add($"{where}: not UTF-8; read as Windows-1252 (Latin-1).");
                break;
        }

        return Build(id, text, path, warnings);
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

        return Build(id, text, path, []);
    }

    private static ReportReadResult Build(string id, string text, string? path, List<string> warnings)
    {
        string where = path ?? id;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Empty, $"{where}: the report is empty."));
        }

        if (TextDecoding.LooksBinary(text))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Binary, $"{where}: holds binary data, not text."));
        }

        text = Normalise(text);
        var front = FrontMatter.Read(text);
        var meta = front.Metadata;
        if (front.Unclosed)
        {
            warnings.Add($"{where}: the front matter block never closes; the body starts at its first line that is not 'key: value'.");
        }

        string body = text[front.BodyStart..];
        var markup = Html.Detect(body);
        var markupCaptions = new List<TextSpan>();
        if (markup != HtmlKind.None)
        {
            body = Html.ToText(body, markup, out string? title, markupCaptions);
            meta = meta with { Title = meta.Title ?? title };
            warnings.Add($"{where}: HTML markup was stripped; offsets point into the stripped text.");
        }

        string repaired = Mojibake.Repair(body, markupCaptions);
        if (!ReferenceEquals(repaired, body))
        {
            warnings.Add($"{where}: repaired text that was UTF-8 read as Latin-1.");
            body = repaired;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Empty, $"{where}: the report has no body text."));
        }

        var paragraphs = Segmenter.Paragraphs(body);
        var captions = new List<TextSpan>();
        var excluded = NonClaims.Find(body, paragraphs, meta.Title, captions, markupCaptions);
        TextSpan? datelineSpan = null;
        int firstProse = FirstNotExcluded(paragraphs, excluded);
        if (firstProse >= 0 && Datelines.Read(body, paragraphs[firstProse]) is { } dateline)
        {
            meta = meta with
            {
                Published = meta.Published ?? dateline.Date,
                Dateline = meta.Dateline ?? dateline.Place,
                Outlet = meta.Outlet ?? dateline.Outlet,
            };
            if (dateline.Span.Length > 0)
            {
                datelineSpan = dateline.Span;
                excluded.Add(dateline.Span);
            }
        }

        var sentences = Segmenter.Sentences(body, paragraphs);
        if (NonClaims.SignOff(body, sentences) is { } signOff)
        {
            meta = meta with { Outlet = meta.Outlet ?? body.Substring(signOff.Start, signOff.Length) };
            excluded.Add(signOff);
        }

        var quotes = Segmenter.Quotes(body, paragraphs);
        var report = new Report(id, body, meta, paragraphs, sentences, Segmenter.Normalise(excluded), quotes, datelineSpan, captions);
        return ReportReadResult.Success(report, warnings);
    }

    /// <summary>
    /// Control characters other than tab and "\n": with the Unicode next-line, line and paragraph separators (searched
    /// apart, as three characters) what <see cref="Normalise"/> rewrites. ASCII only, so searched many characters at once.
    /// </summary>
    private static readonly SearchValues<char> ControlsToNormalise = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Line ends become "\n"; control characters other than tab and line breaks become spaces (offsets stay one to one).</summary>
    private static string Normalise(string text)
    {
        text = CanonicalComposition.Compose(text); // decomposed accents (NFD) composed, so the body and its offsets are NFC
        if (!text.AsSpan().ContainsAny(ControlsToNormalise) && !text.AsSpan().ContainsAny('\u0085', '\u2028', '\u2029'))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u0085' or '\u2028' or '\u2029' or '\f' or '\v')
            {
                sb.Append('\n');
            }
            else
            {
                sb.Append(c < ' ' && c != '\n' && c != '\t' ? ' ' : c);
            }
        }

        return sb.ToString();
    }

    private static int FirstNotExcluded(List<TextSpan> paragraphs, List<TextSpan> excluded)
    {
        int e = 0;
        for (int k = 0; k < paragraphs.Count; k++)
        {
            while (e < excluded.Count && excluded[e].End <= paragraphs[k].Start)
            {
                e++;
            }

            if (e >= excluded.Count || excluded[e].Start > paragraphs[k].Start)
            {
                return k;
            }
        }

        return -1;
    }

    private static ReportError? Check(string path, string id, ReportReaderOptions options)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path)
                    ? new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: is a folder, not a report file.")
                    : new ReportError(id, path, ReportErrorKind.NotFound, $"{path}: no such file.");
            }

            return info.Length > options.MaxBytes ? TooLarge(id, path, info.Length, options) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: cannot be read ({e.Message}).");
        }
    }

    private static ReportReadResult Unreadable(string id, string path, Exception e) =>
        ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: cannot be read ({e.Message})."));

    private static ReportError TooLarge(string id, string? path, long size, ReportReaderOptions options) =>
        new(id, path, ReportErrorKind.TooLarge,
            $"{path ?? id}: {size:N0} {(path is null ? "characters" : "bytes")} is more than the {options.MaxBytes:N0} a report may have (ReportReaderOptions.MaxBytes); it was not read.");

    private static string IdOf(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path.AsSpan().TrimEnd("/\\")).ToString();
        return string.IsNullOrWhiteSpace(id) ? path : id;
    }
}
