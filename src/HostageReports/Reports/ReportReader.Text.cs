using System.Buffers;

namespace HostageReports.Reports;

// From decoded text to a report: normalised line ends, front matter, markup, mojibake, then paragraphs, the spans that are not claims, the dateline, sentences and quotes.
public static partial class ReportReader
{
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

        var (body, meta, markupCaptions) = ReadBody(Normalise(text), warnings);
        if (string.IsNullOrWhiteSpace(body))
        {
            return ReportReadResult.Failure(new ReportError(id, path, ReportErrorKind.Empty, $"{where}: the report has no body text."));
        }

        var report = Segment(id, body, meta, markupCaptions, warnings);
        return warnings.Count == 0 ? ReportReadResult.Success(report) : ReportReadResult.Success(report, NameWarnings(id, where, warnings, options));
    }

    /// <summary>
    /// The text a reader sees and what the file says of itself: the front matter read off, the markup stripped
    /// (its captions kept), mojibake repaired; each repair said in <paramref name="warnings"/>.
    /// </summary>
    private static (string Body, ReportMetadata Meta, List<TextSpan> MarkupCaptions) ReadBody(string text, List<string> warnings)
    {
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

        return (body, meta, markupCaptions);
    }

    /// <summary>
    /// The body cut into paragraphs, sentences and quotes, with the spans that carry no claims (captions, bylines,
    /// the dateline, a sign-off); the dateline and the sign-off fill in what the metadata does not say.
    /// </summary>
    private static Report Segment(string id, string body, ReportMetadata meta, List<TextSpan> markupCaptions, List<string> warnings)
    {
        var paragraphs = Segmenter.Paragraphs(body);
        var captions = new List<TextSpan>();
        var excluded = NonClaims.Find(body, paragraphs, meta.Title, captions, markupCaptions);
        TextSpan? datelineSpan = null;
        if (FirstNotExcluded(paragraphs, excluded) is { } firstProse && Datelines.Read(body, paragraphs[firstProse]) is { } dateline)
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
        return new Report(id, body, meta, paragraphs, sentences, Segmenter.Normalise(excluded), quotes, datelineSpan, captions, warnings);
    }

    /// <summary>Each repair said with the report's file (or id) before it, and logged when a logger is set.</summary>
    private static string[] NameWarnings(string id, string where, List<string> warnings, ReportReaderOptions options)
    {
        var named = new string[warnings.Count];
        for (int k = 0; k < named.Length; k++)
        {
            named[k] = $"{where}: {warnings[k]}";
            if (options.Logger is { } logger)
            {
                Log.ReportRepaired(logger, id, named[k]);
            }
        }

        return named;
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

    /// <summary>The first paragraph that does not open inside a span carrying no claims (where a dateline may stand), or null when every one does.</summary>
    private static int? FirstNotExcluded(List<TextSpan> paragraphs, List<TextSpan> excluded)
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

        return null;
    }
}
