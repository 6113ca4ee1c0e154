using System.Globalization;
using System.Text;

namespace HostageReports.Reports;

/// <summary>
/// Reads reports from text or files: front matter, dateline, mojibake repair, paragraphs and
/// sentences. Stateless and thread-safe. Bad prose gives a <see cref="ReportReadResult"/> with an
/// error; only misuse (a null argument) throws.
/// </summary>
public static class ReportReader
{
    /// <summary>Reads a report from a UTF-8 text file; the id is the file name without extension.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The report, or why it could not be read.</returns>
    public static ReportReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string id = Path.GetFileNameWithoutExtension(path);
        if (!File.Exists(path))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.NotFound, $"{path}: no such file."));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Unreadable, $"{path}: cannot be read ({e.Message})."));
        }

        return Parse(id, Encoding.UTF8.GetString(bytes), path);
    }

    /// <summary>Reads a report from its text.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="text">The whole text, front matter included.</param>
    /// <param name="path">The file it came from, for error messages.</param>
    /// <returns>The report, or why it could not be read.</returns>
    public static ReportReadResult Parse(string id, string text, string? path = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<string>();
        string where = path ?? id;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Empty, $"{where}: the report is empty."));
        }

        var meta = ReadFrontMatter(text, out int bodyStart);
        string body = text[bodyStart..];
        string repaired = Mojibake.Repair(body);
        if (!ReferenceEquals(repaired, body))
        {
            warnings.Add($"{where}: repaired text that was UTF-8 read as Latin-1.");
        }

        body = repaired.Replace("\r\n", "\n", StringComparison.Ordinal);
        meta = Datelines.Apply(body, meta);
        var paragraphs = Segmenter.Paragraphs(body);
        var sentences = Segmenter.Sentences(body, paragraphs);
        var excluded = Segmenter.NonClaimSpans(body, paragraphs);
        return ReportReadResult.Success(new Report(id, body, meta, paragraphs, sentences, excluded), warnings);
    }

    private static ReportMetadata ReadFrontMatter(string text, out int bodyStart)
    {
        bodyStart = 0;
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!text.AsSpan(i).StartsWith("---\n", StringComparison.Ordinal) && !text.AsSpan(i).StartsWith("---\r\n", StringComparison.Ordinal))
        {
            bodyStart = i;
            return ReportMetadata.Empty;
        }

        int pos = text.IndexOf('\n', i) + 1;
        string? title = null, outlet = null, url = null;
        DateOnly? published = null;
        while (pos < text.Length)
        {
            int eol = text.IndexOf('\n', pos);
            if (eol < 0)
            {
                eol = text.Length;
            }

            var line = text.AsSpan(pos, eol - pos).TrimEnd('\r');
            if (line.SequenceEqual("---"))
            {
                bodyStart = Math.Min(eol + 1, text.Length);
                return new ReportMetadata(title, published, outlet, url);
            }

            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                string key = line[..colon].Trim().ToString().ToLowerInvariant();
                string value = line[(colon + 1)..].Trim().ToString();
                switch (key)
                {
                    case "title": title = value; break;
                    case "source": outlet = value; break;
                    case "url": url = value; break;
                    case "published" or "date":
                        if (DateOnly.TryParse(value.Length >= 10 ? value[..10] : value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        {
                            published = d;
                        }

                        break;
                }
            }

            pos = eol + 1;
        }

        // The block never closed: treat the whole text as the body.
        bodyStart = i;
        return ReportMetadata.Empty;
    }
}
