using System.Globalization;

namespace HostageReports.Reports;

/// <summary>Reads what a report's opening says about itself: "date 2013-01-16 ALGIERS", "PUYALLUP, Wash. --", "Lima, 10 Dec 88 (EFE) --".</summary>
internal static class Datelines
{
    /// <summary>Fills the metadata's missing date and dateline from the body's first line.</summary>
    public static ReportMetadata Apply(string body, ReportMetadata meta)
    {
        var text = body.AsSpan().TrimStart();
        int lead = body.Length - text.Length;
        DateOnly? published = meta.Published;
        if (text.StartsWith("date ", StringComparison.OrdinalIgnoreCase) && text.Length >= 15
            && DateOnly.TryParseExact(text.Slice(5, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            published ??= d;
            text = text[15..].TrimStart();
        }

        string? dateline = meta.Dateline ?? ReadPlace(text);
        _ = lead;
        return meta with { Published = published, Dateline = dateline };
    }

    private static string? ReadPlace(ReadOnlySpan<char> text)
    {
        // An all-capitals run at the start ("ALGIERS", "PUYALLUP, Wash.") ending at a dash or before ordinary words.
        int end = text.IndexOfAny('\n', '\u2014', '\u2013');
        int dash = text.IndexOf("--", StringComparison.Ordinal);
        if (dash >= 0 && (end < 0 || dash < end))
        {
            end = dash;
        }

        if (end <= 0 || end > 60)
        {
            return null;
        }

        var head = text[..end].Trim();
        int paren = head.IndexOf('(');
        if (paren > 0)
        {
            head = head[..paren].TrimEnd();
        }

        if (head.Length < 3 || !char.IsUpper(head[0]))
        {
            return null;
        }

        return head.ToString();
    }
}
