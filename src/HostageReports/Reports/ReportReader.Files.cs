namespace HostageReports.Reports;

// Probing a path before it is opened (missing, a folder, a device, too large) and reading a file through a stream that never holds more than the limit.
public static partial class ReportReader
{
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

    private static ReportError TooLarge(string id, string? path, long size, ReportReaderOptions options) =>
        new(id, path, ReportErrorKind.TooLarge,
            $"{path ?? id}: {size:N0} {(path is null ? "characters" : "bytes")} is more than the {options.MaxBytes:N0} a report may have (ReportReaderOptions.MaxBytes); it was not read.");
}
