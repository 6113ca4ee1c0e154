using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        return ReadFileAs(path, IdOf(path), options ?? ReportReaderOptions.Default);
    }

    /// <summary>Reads a regular file under the given id, through a stream that never holds more than the limit.</summary>
    private static ReportReadResult ReadFileAs(string path, string id, ReportReaderOptions options)
    {
        if (Check(path, id, options, out long length) is { } error)
        {
            return ReportReadResult.Failure(error);
        }

        byte[] bytes;
        int count;
        try
        {
            using var stream = OpenRead(path);
            (bytes, count) = ReadAtMost(stream, length, options.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return Unreadable(id, path, e);
        }

        return count > options.MaxBytes
            ? ReportReadResult.Failure(Grew(id, path, options))
            : ReadBytes(id, bytes.AsSpan(0, count), path, options);
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

    private static async Task<ReportReadResult> ReadFileAsAsync(string path, string id, ReportReaderOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Check(path, id, options, out long length) is { } error)
        {
            return ReportReadResult.Failure(error);
        }

        byte[] bytes;
        int count;
        try
        {
            var stream = OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                (bytes, count) = await ReadAtMostAsync(stream, length, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return Unreadable(id, path, e);
        }

        return count > options.MaxBytes
            ? ReportReadResult.Failure(Grew(id, path, options))
            : ReadBytes(id, bytes.AsSpan(0, count), path, options);
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

    private static List<string> ListPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = new List<string>(paths);
        foreach (string path in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path, nameof(paths));
        }

        return list;
    }

    /// <summary>
    /// The ids of files read together, unique where their paths allow: each file's name without
    /// extension, unless another file has the same; then the path from the folder the alike files
    /// share ('/' between folders), without extension where that tells them apart, else with it.
    /// Ids stay alike only for paths that name one file (or pathological names such as <c>r.txt</c>
    /// beside <c>r.txt.html</c>); the caller refuses the later one. Linear in the paths' length.
    /// </summary>
    internal static string[] IdsOf(IReadOnlyList<string> paths)
    {
        var ids = new string[paths.Count];
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(paths[i]);
            (CollectionsMarshal.GetValueRefOrAddDefault(byName, ids[i], out _) ??= []).Add(i);
        }

        foreach (var alike in byName.Values)
        {
            if (alike.Count > 1)
            {
                TellApart(paths, alike, ids);
            }
        }

        return ids;
    }

    /// <summary>Gives files of one name the path from their shared folder: "a/story" and "b/story", or "r.txt" and "r.html".</summary>
    private static void TellApart(IReadOnlyList<string> paths, List<int> alike, string[] ids)
    {
        var full = new string[alike.Count];
        for (int k = 0; k < full.Length; k++)
        {
            full[k] = Path.GetFullPath(paths[alike[k]]);
        }

        int shared = SharedFolderLength(full);
        var relative = new string[full.Length];
        var bare = new string[full.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < full.Length; k++)
        {
            relative[k] = full[k][shared..].Replace('\\', '/');
            bare[k] = WithoutExtension(relative[k]);
            if (files.Add(full[k]))
            {
                // A file named twice counts once: it keeps its short id, and its second naming is refused.
                CollectionsMarshal.GetValueRefOrAddDefault(counts, bare[k], out _)++;
            }
        }

        for (int k = 0; k < full.Length; k++)
        {
            ids[alike[k]] = counts[bare[k]] == 1 ? bare[k] : relative[k];
        }
    }

    /// <summary>The length of the folder path (with its final separator) that every one of the full paths starts with.</summary>
    private static int SharedFolderLength(string[] full)
    {
        string first = full[0];
        int length = first.AsSpan().LastIndexOfAny('/', Path.DirectorySeparatorChar) + 1;
        for (int k = 1; k < full.Length && length > 0; k++)
        {
            string other = full[k];
            int limit = Math.Min(length, other.AsSpan().LastIndexOfAny('/', Path.DirectorySeparatorChar) + 1);
            int same = first.AsSpan(0, limit).CommonPrefixLength(other.AsSpan(0, limit));
            while (same > 0 && first[same - 1] != '/' && first[same - 1] != Path.DirectorySeparatorChar)
            {
                same--;
            }

            length = same;
        }

        return length;
    }

    /// <summary>A relative path without its file name's extension; unchanged when the name has none (or is only one, as ".txt").</summary>
    private static string WithoutExtension(string relative)
    {
        int slash = relative.LastIndexOf('/');
        int dot = relative.LastIndexOf('.');
        return dot > slash + 1 ? relative[..dot] : relative;
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

    /// <summary>Reads the report from its decoded text; <paramref name="warnings"/> holds what decoding repaired, without the file's name.</summary>
    private static ReportReadResult Build(string id, string text, string? path, List<string> warnings, ReportReaderOptions options)
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
            warnings.Add("the front matter block never closes; the body starts at its first line that is not 'key: value'.");
        }

        string body = text[front.BodyStart..];
        var markup = Html.Detect(body);
        var markupCaptions = new List<TextSpan>();
        if (markup != HtmlKind.None)
        {
            body = Html.ToText(body, markup, out string? title, markupCaptions);
            meta = meta with { Title = meta.Title ?? title };
            warnings.Add("HTML markup was stripped; offsets point into the stripped text.");
        }

        string repaired = Mojibake.Repair(body, markupCaptions);
        if (!ReferenceEquals(repaired, body))
        {
            warnings.Add("repaired text that was UTF-8 read as Latin-1.");
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
        var report = new Report(id, body, meta, paragraphs, sentences, Segmenter.Normalise(excluded), quotes, datelineSpan, captions, warnings);
        if (warnings.Count == 0)
        {
            return ReportReadResult.Success(report);
        }

        var named = new string[warnings.Count];
        for (int k = 0; k < named.Length; k++)
        {
            named[k] = $"{where}: {warnings[k]}";
            if (options.Logger is { } logger)
            {
                Log.ReportRepaired(logger, id, named[k]);
            }
        }

        return ReportReadResult.Success(report, named);
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

    /// <summary>
    /// Why the path cannot be read as a report before it is opened (missing, a folder, a device, FIFO
    /// or socket, too large, empty), or null with the regular file's size, links followed.
    /// </summary>
    private static ReportError? Check(string path, string id, ReportReaderOptions options, out long length)
    {
        length = 0;
        FileKind kind;
        string? target;
        try
        {
            (kind, length) = FileProbe.Probe(path, out target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: cannot be read ({e.Message}).");
        }

        string what = target is null ? path : $"{path} (a link to {target})";
        return kind switch
        {
            FileKind.Regular when length > options.MaxBytes => TooLarge(id, path, length, options),
            FileKind.Regular when length == 0 => new ReportError(id, path, ReportErrorKind.Empty, $"{what}: the report is empty."),
            FileKind.Regular => null,
            FileKind.Missing => new ReportError(id, path, ReportErrorKind.NotFound,
                target is null ? $"{path}: no such file." : $"{path}: links to {target}, which does not exist."),
            FileKind.Directory => new ReportError(id, path, ReportErrorKind.Unreadable, $"{what}: is a folder, not a report file."),
            FileKind.Device => new ReportError(id, path, ReportErrorKind.Device,
                $"{what}: is a device, not a report file; it was not opened."),
            FileKind.Fifo => new ReportError(id, path, ReportErrorKind.Fifo,
                $"{what}: is a FIFO (named pipe), not a report file; it was not opened (reading one waits for a writer)."),
            FileKind.Socket => new ReportError(id, path, ReportErrorKind.Socket,
                $"{what}: is a socket, not a report file; it was not opened."),
            _ => new ReportError(id, path, ReportErrorKind.Empty,
                $"{what}: holds no bytes (an empty file, or a device, FIFO or socket); it was not opened."),
        };
    }

    /// <summary>Opens a file for reading without a buffer of its own: the reader's buffer is the only copy.</summary>
    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>
    /// Reads the stream to its end into one array sized by the file's length, but never more than
    /// <paramref name="max"/> bytes: a count above it (max + 1) says the file grew past the limit, or
    /// was larger than its length said, and the rest is left unread.
    /// </summary>
    internal static (byte[] Bytes, int Count) ReadAtMost(Stream stream, long expected, long max)
    {
        var buffer = new byte[Math.Min(expected, max)];
        var probe = new byte[1];
        int count = 0;
        while (true)
        {
            if (count < buffer.Length)
            {
                int n = stream.Read(buffer, count, buffer.Length - count);
                if (n == 0)
                {
                    return (buffer, count);
                }

                count += n;
                continue;
            }

            // Full: one byte more tells whether the file has grown since its length was read.
            if (stream.Read(probe, 0, 1) == 0)
            {
                return (buffer, count);
            }

            if (count >= max)
            {
                return (buffer, count + 1);
            }

            Array.Resize(ref buffer, (int)Math.Min(max, Math.Max(4096L, 2L * count)));
            buffer[count++] = probe[0];
        }
    }

    /// <summary>As <see cref="ReadAtMost"/>, without blocking a thread.</summary>
    private static async Task<(byte[] Bytes, int Count)> ReadAtMostAsync(Stream stream, long expected, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(expected, max)];
        var probe = new byte[1];
        int count = 0;
        while (true)
        {
            if (count < buffer.Length)
            {
                int n = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    return (buffer, count);
                }

                count += n;
                continue;
            }

            if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
            {
                return (buffer, count);
            }

            if (count >= max)
            {
                return (buffer, count + 1);
            }

            Array.Resize(ref buffer, (int)Math.Min(max, Math.Max(4096L, 2L * count)));
            buffer[count++] = probe[0];
        }
    }

    private static ReportReadResult Unreadable(string id, string path, Exception e) =>
        ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: cannot be read ({e.Message})."));

    private static ReportError Grew(string id, string path, ReportReaderOptions options) =>
        new(id, path, ReportErrorKind.TooLarge,
            $"{path}: grew past the {options.MaxBytes:N0} bytes a report may have (ReportReaderOptions.MaxBytes) while it was read; it was not read.");

    private static ReportError DuplicateId(string id, string path, string taken) =>
        new(id, path, ReportErrorKind.DuplicateId, Path.GetFullPath(path) == Path.GetFullPath(taken)
            ? $"{path}: named more than once; it is read once."
            : $"{path}: its report id '{id}' is that of {taken} too; it was not read (rename one of them).");

    private static ReportError TooLarge(string id, string? path, long size, ReportReaderOptions options) =>
        new(id, path, ReportErrorKind.TooLarge,
            $"{path ?? id}: {size:N0} {(path is null ? "characters" : "bytes")} is more than the {options.MaxBytes:N0} a report may have (ReportReaderOptions.MaxBytes); it was not read.");

    private static string IdOf(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path.AsSpan().TrimEnd("/\\")).ToString();
        return string.IsNullOrWhiteSpace(id) ? path : id;
    }
}
