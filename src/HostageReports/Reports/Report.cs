using HostageReports.Claims;

namespace HostageReports.Reports;

/// <summary>
/// One news report, read and normalised. <see cref="Body"/> is the text every offset in the library
/// points into: front matter removed, mojibake repaired, markup stripped. Immutable: each list given to a
/// constructor is copied once, and the lists it exposes refuse every change (a cast back to an array or a
/// <see cref="List{T}"/> fails), so a report can be shared by any number of threads.
/// </summary>
public sealed class Report
{
    /// <summary>Creates a report from its parts; use <see cref="ReportReader"/> to read one from text or a file.</summary>
    /// <param name="id">The report's id (the file name without extension).</param>
    /// <param name="body">The body text.</param>
    /// <param name="metadata">Title, date, outlet and URL, as the front matter or the dateline give them.</param>
    /// <param name="paragraphs">The paragraphs, as spans of the body.</param>
    /// <param name="sentences">The sentences, as spans of the body.</param>
    /// <param name="excluded">Spans of the body that are not the report's own claims (captions, bylines, credits), in order and disjoint.</param>
    /// <exception cref="ArgumentException">An argument is null, the id is blank, a span lies outside the body, or the excluded spans are out of order.</exception>
    public Report(string id, string body, ReportMetadata metadata, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> excluded)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(excluded);
        RequireInside(paragraphs, body.Length, nameof(paragraphs), ordered: false);
        RequireInside(sentences, body.Length, nameof(sentences), ordered: false);
        RequireInside(excluded, body.Length, nameof(excluded), ordered: true);
        Id = id;
        Body = body;
        Metadata = metadata;
        _paragraphs = ValueList<TextSpan>.Of(paragraphs);
        _sentences = ValueList<TextSpan>.Of(sentences);
        _excluded = ValueList<TextSpan>.Of(excluded);
    }

    /// <summary>Creates a report from all its parts; use <see cref="ReportReader"/> to read one from text or a file.</summary>
    /// <param name="id">The report's id (the file name without extension).</param>
    /// <param name="body">The body text.</param>
    /// <param name="metadata">Title, date, outlet, URL and dateline.</param>
    /// <param name="paragraphs">The paragraphs, as spans of the body, in order.</param>
    /// <param name="sentences">The sentences, as spans of the body, in order.</param>
    /// <param name="excluded">Spans of the body that are not the report's own claims, in order and disjoint.</param>
    /// <param name="quotes">The quoted speech, in order.</param>
    /// <param name="datelineSpan">The dateline's span ("SPRINGFIELD, Ill. —"), when the body opens with one.</param>
    /// <param name="captions">The excluded spans that describe the incident in the page's own words (headings, captions), in order; none when null.</param>
    /// <param name="warnings">What reading repaired or guessed (see <see cref="Warnings"/>); none when null.</param>
    /// <exception cref="ArgumentException">An argument is null, the id is blank, a span lies outside the body, or the excluded spans, captions or quotes are out of order.</exception>
    public Report(string id, string body, ReportMetadata metadata, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<TextSpan> excluded, IReadOnlyList<Quote> quotes, TextSpan? datelineSpan, IReadOnlyList<TextSpan>? captions = null,
        IReadOnlyList<string>? warnings = null)
        : this(id, body, metadata, paragraphs, sentences, excluded)
    {
        if (warnings is { Count: > 0 })
        {
            Warnings = Array.AsReadOnly(warnings.ToArray());
        }

        ArgumentNullException.ThrowIfNull(quotes);
        var quoteSpans = new TextSpan[quotes.Count];
        for (int k = 0; k < quoteSpans.Length; k++)
        {
            quoteSpans[k] = quotes[k].Span;
        }

        RequireInside(quoteSpans, body.Length, nameof(quotes), ordered: true);
        if (captions is not null)
        {
            RequireInside(captions, body.Length, nameof(captions), ordered: true);
            _captions = ValueList<TextSpan>.Of(captions);
        }

        if (datelineSpan is { } d && (d.Start < 0 || d.Length < 0 || d.End > body.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(datelineSpan), "The dateline must lie inside the body.");
        }

        _quotes = ValueList<Quote>.Of(quotes);
        DatelineSpan = datelineSpan;
    }

    /// <summary>The report's id.</summary>
    public string Id { get; }

    /// <summary>The body text all offsets point into.</summary>
    public string Body { get; }

    /// <summary>Title, publication date, outlet and URL.</summary>
    public ReportMetadata Metadata { get; }

    /// <summary>The paragraphs in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>
    /// The sentences in order, trimmed, each inside one paragraph; together they cover every character
    /// of every paragraph but the white space between sentences. A dateline stays in the first
    /// sentence (see <see cref="DatelineSpan"/>); headings and captions are sentences too, and
    /// <see cref="IsExcluded"/> tells them apart.
    /// </summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences;

    /// <summary>
    /// Spans that carry no claims of the report, in order and disjoint: headings, a repeated headline,
    /// captions and photo credits, bylines, "(Reporting by ...)" lines, copyright and "Follow us"
    /// boilerplate, the dateline.
    /// </summary>
    public IReadOnlyList<TextSpan> Excluded => _excluded;

    /// <summary>
    /// The excluded spans that still describe the incident in the page's own words: headings, a
    /// repeated headline, photo captions. They are not the report's claims, but they may say where it
    /// happened or who is pictured; <see cref="IsCaption"/> tells them apart. A subset of <see cref="Excluded"/>.
    /// </summary>
    public IReadOnlyList<TextSpan> Captions => _captions;

    /// <summary>
    /// Quoted speech ("...", “...”), in order, each inside one paragraph. Who said it is left to
    /// extraction. A quote whose closing mark is missing runs to the end of its paragraph.
    /// </summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    /// <summary>
    /// What reading the report repaired or guessed, in the reader's words, without the file's name:
    /// the encoding guessed ("not UTF-8; read as Windows-1252 (Latin-1)."), mojibake repaired, HTML
    /// markup stripped, a front-matter block that never closes. A claim read from repaired text may
    /// deserve a second look; none when the text was read as it stands.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; } = [];

    /// <summary>
    /// The dateline the body opens with ("ALGIERS (Reuters) -", "SPRINGFIELD, Ill. —"), or null.
    /// It lies inside the first sentence and inside <see cref="Excluded"/>: it says where the report
    /// was filed, which <see cref="ReportMetadata.Dateline"/> gives as a place; the sentence's own
    /// words start after it.
    /// </summary>
    public TextSpan? DatelineSpan { get; }

    /// <summary>True when the offset lies in a span that carries no claims (<see cref="Excluded"/>). O(log n).</summary>
    /// <param name="offset">An offset into the body.</param>
    /// <returns>Whether an excluded span contains it.</returns>
    public bool IsExcluded(int offset) => Find(_excluded.Span, offset) >= 0;

    /// <summary>True when the offset lies in a heading or caption (<see cref="Captions"/>). O(log n).</summary>
    /// <param name="offset">An offset into the body.</param>
    /// <returns>Whether a caption contains it.</returns>
    public bool IsCaption(int offset) => Find(_captions.Span, offset) >= 0;

    /// <summary>The quote that contains the offset, marks included, or null. O(log n).</summary>
    /// <param name="offset">An offset into the body.</param>
    /// <returns>The quote, or null when the offset is not quoted.</returns>
    public Quote? QuoteAt(int offset)
    {
        var quotes = _quotes.Span;
        int lo = 0, hi = quotes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var q = quotes[mid].Span;
            if (q.Contains(offset))
            {
                return quotes[mid];
            }

            if (offset < q.Start)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return null;
    }

    /// <summary>The index of the sentence that contains the offset, or -1 (blank lines, trimmed space). O(log n).</summary>
    /// <param name="offset">An offset into the body.</param>
    /// <returns>The sentence's index in <see cref="Sentences"/>, or -1.</returns>
    public int SentenceAt(int offset) => Find(_sentences.Span, offset);

    private readonly ValueList<TextSpan> _paragraphs;
    private readonly ValueList<TextSpan> _sentences;
    private readonly ValueList<TextSpan> _excluded;
    private readonly ValueList<TextSpan> _captions = ValueList<TextSpan>.Empty;
    private readonly ValueList<Quote> _quotes = ValueList<Quote>.Empty;

    private static void RequireInside(IReadOnlyList<TextSpan> spans, int length, string name, bool ordered)
    {
        int last = 0;
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.Length < 0 || span.End > length)
            {
                throw new ArgumentOutOfRangeException(name, $"The span {span} does not lie inside the body of {length} characters.");
            }

            if (ordered && span.Start < last)
            {
                throw new ArgumentException($"The spans must be in order and disjoint; {span} starts before {last}.", name);
            }

            last = span.End;
        }
    }

    private static int Find(ReadOnlySpan<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = spans[mid];
            if (s.Contains(offset))
            {
                return mid;
            }

            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return -1;
    }

    /// <summary>The text of a span of the body.</summary>
    /// <param name="span">The span.</param>
    /// <returns>The text.</returns>
    public string TextOf(TextSpan span) => Body.Substring(span.Start, span.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Body.Length} chars)";
}

/// <summary>What is known about a report besides its text. Every field may be missing.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Outlet">The outlet that published it (front matter <c>source</c>, or an agency in the dateline such as EFE).</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Dateline">The dateline place ("LAGOS", "SPRINGFIELD, Ill."), when the text opens with one.</param>
public sealed record ReportMetadata(string? Title = null, DateOnly? Published = null, string? Outlet = null, string? Url = null, string? Dateline = null)
{
    /// <summary>No metadata.</summary>
    public static ReportMetadata Empty { get; } = new();
}

/// <summary>A span of a report's body: [Start, Start + Length) in UTF-16 code units.</summary>
/// <param name="Start">The first offset.</param>
/// <param name="Length">The number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the offset lies inside the span.</summary>
    /// <param name="offset">An offset into the body.</param>
    /// <returns>Whether Start &lt;= offset &lt; End.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Builds a span from its two ends.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset just past the span.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

/// <summary>A span of quoted speech in a report's body.</summary>
/// <param name="Span">The quote with its marks.</param>
/// <param name="Content">The words between the marks.</param>
/// <param name="Closed">False when the closing mark is missing and the quote runs to the paragraph's end.</param>
public readonly record struct Quote(TextSpan Span, TextSpan Content, bool Closed);
