using System.Globalization;

namespace HostageReports.Reports;

/// <summary>
/// Reads an optional front-matter block: a line "---", lines "key: value" (title, published or date,
/// source, url; other keys are ignored), a line "---". A block that never closes keeps the
/// "key: value" lines that open it as metadata and starts the body at the first other line.
/// </summary>
internal static class FrontMatter
{
    /// <summary>What the block held, and where the body starts.</summary>
    /// <param name="Metadata">The fields read.</param>
    /// <param name="BodyStart">The offset of the first character after the block.</param>
    /// <param name="Unclosed">True when the block opened and never closed.</param>
    public readonly record struct Result(ReportMetadata Metadata, int BodyStart, bool Unclosed);

    /// <summary>Reads the block at the start of the text, if there is one.</summary>
    public static Result Read(string text)
    {
        if (!IsFence(text, 0, out int pos))
        {
            return new Result(ReportMetadata.Empty, 0, false);
        }

        bool closes = Closes(text, pos);
        var meta = ReportMetadata.Empty;
        int keys = 0;
        while (pos < text.Length)
        {
            int eol = text.IndexOf('\n', pos);
            int next = eol < 0 ? text.Length : eol + 1;
            if (IsFence(text, pos, out _))
            {
                return new Result(meta, next, false);
            }

            var line = text.AsSpan(pos, next - pos).Trim();
            if (line.IsEmpty)
            {
                pos = next;
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon].TrimEnd()))
            {
                if (closes)
                {
                    pos = next; // a stray line inside a block that closes: skipped
                    continue;
                }

                // The block never closes: the body starts at the first line that is not "key: value".
                return keys == 0 ? new Result(ReportMetadata.Empty, 0, false) : new Result(meta, pos, true);
            }

            meta = Apply(meta, line[..colon].TrimEnd(), line[(colon + 1)..].Trim());
            keys++;
            pos = next;
        }

        return new Result(meta, text.Length, true);
    }

    /// <summary>True when a closing fence line follows <paramref name="pos"/>.</summary>
    private static bool Closes(string text, int pos)
    {
        while (pos < text.Length)
        {
            if (IsFence(text, pos, out int next))
            {
                return true;
            }

            pos = next;
        }

        return false;
    }

    private static bool IsFence(string text, int pos, out int next)
    {
        int eol = text.IndexOf('\n', pos);
        next = eol < 0 ? text.Length : eol + 1;
        var line = text.AsSpan(pos, next - pos).TrimEnd();
        return line.SequenceEqual("---");
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > 40)
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReportMetadata Apply(ReportMetadata meta, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        value = Unquote(value);
        if (value.IsEmpty)
        {
            return meta;
        }

        if (key.Equals("title", StringComparison.OrdinalIgnoreCase))
        {
            return meta with { Title = value.ToString() };
        }

        if (key.Equals("source", StringComparison.OrdinalIgnoreCase) || key.Equals("outlet", StringComparison.OrdinalIgnoreCase))
        {
            return meta with { Outlet = value.ToString() };
        }

        if (key.Equals("url", StringComparison.OrdinalIgnoreCase))
        {
            return meta with { Url = value.ToString() };
        }

        if ((key.Equals("published", StringComparison.OrdinalIgnoreCase) || key.Equals("date", StringComparison.OrdinalIgnoreCase))
            && TryParseDate(value, out var date))
        {
            return meta with { Published = date };
        }

        return meta;
    }

    /// <summary>Reads "2014-02-11", "2014-02-11T08:30:00Z" or "2014-02-11 08:30".</summary>
    internal static bool TryParseDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')) ? value[1..^1].Trim() : value;
}
