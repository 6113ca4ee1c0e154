using System.Buffers;
using System.Collections.Frozen;
using System.Net;
using System.Text;
using HostageReports.Lexicons;

namespace HostageReports.Reports;

/// <summary>
/// Turns an HTML page into the plain text a reader sees: tags removed, scripts, styles and page
/// furniture (navigation, headers, footers, forms) dropped, block elements on lines of their own,
/// white space collapsed as a browser does, entities decoded. The result is the report's body, so
/// every offset points into the stripped text. One pass; no regular expressions.
/// </summary>
internal static class Html
{
    private static readonly SearchValues<char> TagOrSpace = SearchValues.Create("< \t\r\n\f");

    private static readonly SearchValues<char> TagOnly = SearchValues.Create("<");

    /// <summary>The lists of html-elements.tsv.</summary>
    private enum ElementList
    {
        /// <summary><see cref="BlockElements"/>.</summary>
        Block,

        /// <summary><see cref="DroppedElements"/>.</summary>
        Dropped,

        /// <summary><see cref="CaptionElements"/>.</summary>
        Caption,

        /// <summary><see cref="CaptionHolders"/>.</summary>
        CaptionHolder,
    }

    private static readonly IReadOnlyDictionary<ElementList, string[]> Elements = LexiconFile.Lists<ElementList>(LexiconFile.Prefix + "html-elements.tsv");

    /// <summary>Elements that start a new line.</summary>
    private static readonly FrozenSet<string> BlockElements = Elements[ElementList.Block].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose whole content is dropped: code, styling and page furniture, never the story.</summary>
    private static readonly FrozenSet<string> DroppedElements = Elements[ElementList.Dropped].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Block = BlockElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Dropped = DroppedElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Elements whose text is a caption, not the report's own words: a figure's caption (the photo's
    /// description and credit) and a table's title. Their text stays in the body, marked as a caption.
    /// </summary>
    private static readonly FrozenSet<string> CaptionElements = Elements[ElementList.Caption].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose end also ends a caption left open inside them.</summary>
    private static readonly FrozenSet<string> CaptionHolders = Elements[ElementList.CaptionHolder].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Caption = CaptionElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionHolder = CaptionHolders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tag names whose presence marks a text as markup.</summary>
    private static readonly string[] MarkerTags = ["<p>", "<p ", "</p>", "<br", "<div", "</div>", "<html", "<body", "<!doctype html", "<span", "</a>", "<h1", "<h2"];

    /// <summary>Tags that structure a page into blocks; counted to tell a page from text with a stray tag.</summary>
    private static readonly string[] BlockMarkers = ["<p>", "<p ", "<br", "<div", "<li", "<h1", "<h2", "<h3", "<tr", "<article", "<section"];

    /// <summary>
    /// What kind of markup the text holds: none; a page (a document, or text whose lines are laid out
    /// by block tags), whose white space collapses as in a browser; or plain lines with some tags,
    /// whose tags are removed and whose lines are kept.
    /// </summary>
    public static HtmlKind Detect(ReadOnlySpan<char> text)
    {
        var head = text.TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase))
        {
            return HtmlKind.Page;
        }

        // Two different markers of markup in the first 64 KiB: plain prose has none. Every marker opens with '<'.
        var sample = text[..Math.Min(text.Length, 65536)];
        if (!sample.Contains('<'))
        {
            return HtmlKind.None;
        }

        int found = 0;
        foreach (string marker in MarkerTags)
        {
            if (sample.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        if (found < 2)
        {
            return HtmlKind.None;
        }

        int blocks = 0;
        foreach (string marker in BlockMarkers)
        {
            blocks += Occurrences(sample, marker);
        }

        int lines = 0;
        foreach (var range in sample.Split('\n'))
        {
            lines += sample[range].IsWhiteSpace() ? 0 : 1;
        }

        return blocks * 2 >= lines ? HtmlKind.Page : HtmlKind.Lines;
    }

    private static int Occurrences(ReadOnlySpan<char> text, string marker)
    {
        int count = 0;
        int k;
        while ((k = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            count++;
            text = text[(k + marker.Length)..];
        }

        return count;
    }

    /// <summary>Strips the markup; <paramref name="title"/> is the page's &lt;title&gt;, when it has one.</summary>
    /// <param name="html">The text.</param>
    /// <param name="kind">A page collapses white space and breaks lines at block tags; lines keep the text's own white space.</param>
    /// <param name="title">The page's title, or null.</param>
    public static string ToText(string html, HtmlKind kind, out string? title) => ToText(html, kind, out title, null);

    /// <summary>
    /// Strips the markup; <paramref name="title"/> is the page's &lt;title&gt;, when it has one, and
    /// <paramref name="captions"/> receives the spans of the text that hold the page's captions
    /// (&lt;figcaption&gt;, a table's &lt;caption&gt;), trimmed, in order.
    /// </summary>
    /// <param name="html">The text.</param>
    /// <param name="kind">A page collapses white space and breaks lines at block tags; lines keep the text's own white space.</param>
    /// <param name="title">The page's title, or null.</param>
    /// <param name="captions">Receives the captions' spans of the returned text; null when they are not wanted.</param>
    public static string ToText(string html, HtmlKind kind, out string? title, List<TextSpan>? captions)
    {
        var stops = kind == HtmlKind.Page ? TagOrSpace : TagOnly;
        var state = new Stripping(new StringBuilder(html.Length / 2), captions is null ? null : new List<(int Start, int End)>());
        int i = 0;
        int noCloseFrom = int.MaxValue; // no '>' at or after this offset: later '<' cannot open tags

        while (i < html.Length)
        {
            int k = html.AsSpan(i).IndexOfAny(stops);
            if (k < 0)
            {
                AppendText(state.Text, html.AsSpan(i), ref state.PendingSpace);
                break;
            }

            if (k > 0)
            {
                AppendText(state.Text, html.AsSpan(i, k), ref state.PendingSpace);
            }

            i += k;
            if (html[i] != '<')
            {
                state.PendingSpace = true;
                i++;
                continue;
            }

            if (!TryReadTag(html, i, ref noCloseFrom, out int tagEnd, out Range nameRange, out bool closing))
            {
                AppendText(state.Text, "<", ref state.PendingSpace);
                i++;
                continue;
            }

            // A comment, a doctype or a processing instruction has no name and is stepped over.
            i = nameRange.Equals(default(Range)) ? tagEnd : OnTag(html, kind, new Tag(nameRange, tagEnd, closing), ref state);
        }

        title = state.Title;
        var sb = state.Text;
        var marked = state.Captions;
        if (marked is not null && state.CaptionStart >= 0)
        {
            marked.Add((Math.Min(state.CaptionStart, sb.Length), sb.Length)); // a caption that never closes runs to the end
        }

        return marked is { Count: > 0 } ? Decode(sb.ToString(), marked, captions!) : Decode(sb.ToString().Trim());
    }

    /// <summary>A tag read from the page: its name's place, the offset after its '&gt;', and whether it closes an element.</summary>
    private readonly record struct Tag(Range Name, int End, bool Closing);

    /// <summary>What stripping a page has built so far: the text, the title and the captions' spans.</summary>
    private struct Stripping(StringBuilder text, List<(int Start, int End)>? captions)
    {
        /// <summary>The text built so far.</summary>
        public readonly StringBuilder Text = text;

        /// <summary>The captions' spans of the text, or null when they are not wanted.</summary>
        public readonly List<(int Start, int End)>? Captions = captions;

        /// <summary>True when white space was seen and not yet written.</summary>
        public bool PendingSpace;

        /// <summary>Where the open &lt;title&gt;'s text starts in the text, or -1.</summary>
        public int TitleStart = -1;

        /// <summary>Where the open caption's text starts in the text, or -1.</summary>
        public int CaptionStart = -1;

        /// <summary>The page's title, once read.</summary>
        public string? Title;
    }

    /// <summary>
    /// Acts on one named tag: drops an element of page furniture whole, takes the title out of the body,
    /// opens and closes captions, and breaks the line at a block; returns the offset to read on from.
    /// </summary>
    private static int OnTag(string html, HtmlKind kind, Tag tag, ref Stripping state)
    {
        var name = html.AsSpan()[tag.Name];
        var sb = state.Text;
        bool selfClosing = html[tag.End - 2] == '/';
        if (!tag.Closing && Dropped.Contains(name) && !selfClosing)
        {
            int after = SkipElement(html, tag.End, name);
            if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
            {
                state.Title ??= FindTitle(html.AsSpan(tag.End, Math.Max(0, after - tag.End)));
            }

            return after;
        }

        if (name.Equals("title", StringComparison.OrdinalIgnoreCase))
        {
            if (!tag.Closing)
            {
                state.TitleStart = sb.Length;
            }
            else if (state.TitleStart >= 0)
            {
                state.Title ??= Clean(sb.ToString(state.TitleStart, sb.Length - state.TitleStart));
                sb.Length = state.TitleStart; // the title is metadata, not body
                state.TitleStart = -1;
            }

            return tag.End;
        }

        var marked = state.Captions;
        if (marked is not null && state.CaptionStart >= 0 && tag.Closing && (Caption.Contains(name) || CaptionHolder.Contains(name)))
        {
            marked.Add((Math.Min(state.CaptionStart, sb.Length), sb.Length));
            state.CaptionStart = -1;
        }

        if (kind == HtmlKind.Page && Block.Contains(name))
        {
            NewLine(sb, isBreak: name.Equals("br", StringComparison.OrdinalIgnoreCase));
            state.PendingSpace = false;
        }

        if (marked is not null && state.CaptionStart < 0 && !tag.Closing && Caption.Contains(name) && !selfClosing)
        {
            state.CaptionStart = sb.Length;
        }

        return tag.End;
    }

    /// <summary>Entities decoded; accents they spell with combining marks composed, as the rest of the text was when read.</summary>
    private static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? CanonicalComposition.Compose(WebUtility.HtmlDecode(text)) : text;

    /// <summary>
    /// The text trimmed and decoded as <see cref="Decode(string)"/> does, piece by piece between the
    /// captions' ends (an entity never spans a tag), so each caption's span in the decoded text is known.
    /// </summary>
    private static string Decode(string raw, List<(int Start, int End)> marked, List<TextSpan> captions)
    {
        int from = 0, to = raw.Length;
        while (from < to && char.IsWhiteSpace(raw[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(raw[to - 1]))
        {
            to--;
        }

        var text = new StringBuilder(to - from);
        int pos = from;
        foreach (var (start, end) in marked)
        {
            int s = Math.Clamp(start, pos, to), e = Math.Clamp(end, s, to);
            text.Append(Decode(raw[pos..s]));
            int captionStart = text.Length;
            text.Append(Decode(raw[s..e]));
            int captionEnd = text.Length;
            while (captionStart < captionEnd && char.IsWhiteSpace(text[captionStart]))
            {
                captionStart++;
            }

            while (captionEnd > captionStart && char.IsWhiteSpace(text[captionEnd - 1]))
            {
                captionEnd--;
            }

            if (captionEnd > captionStart)
            {
                captions.Add(TextSpan.FromBounds(captionStart, captionEnd));
            }

            pos = e;
        }

        return text.Append(Decode(raw[pos..to])).ToString();
    }

    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> text, ref bool pendingSpace)
    {
        if (pendingSpace && sb.Length > 0 && sb[^1] is not ('\n' or ' '))
        {
            sb.Append(' ');
        }

        pendingSpace = false;
        sb.Append(text);
    }

    private static void NewLine(StringBuilder sb, bool isBreak)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        if (sb.Length == 0)
        {
            return;
        }

        // A paragraph ends with a blank line; a line break ends a line.
        bool blank = !isBreak;
        if (sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        if (blank && (sb.Length < 2 || sb[^2] != '\n'))
        {
            sb.Append('\n');
        }
    }

    /// <summary>Reads "&lt;name ...&gt;", "&lt;/name&gt;", "&lt;!-- --&gt;", "&lt;!doctype&gt;" at <paramref name="at"/>; the name is null for comments and declarations.</summary>
    private static bool TryReadTag(string html, int at, ref int noCloseFrom, out int end, out Range name, out bool closing)
    {
        end = at;
        name = default;
        closing = false;
        int j = at + 1;
        if (j >= html.Length)
        {
            return false;
        }

        if (html[j] == '!' || html[j] == '?')
        {
            if (html.AsSpan(j).StartsWith("!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", j + 3, StringComparison.Ordinal);
                end = close < 0 ? html.Length : close + 3;
                return true;
            }

            int gt = html.IndexOf('>', j);
            end = gt < 0 ? html.Length : gt + 1;
            return true;
        }

        if (html[j] == '/')
        {
            closing = true;
            j++;
        }

        int nameStart = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':'))
        {
            j++;
        }

        if (j == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return false; // "a < b": not a tag
        }

        int tagClose = j >= noCloseFrom ? -1 : html.IndexOf('>', j);
        if (tagClose < 0)
        {
            noCloseFrom = Math.Min(noCloseFrom, j);
            return false;
        }

        name = nameStart..j;
        end = tagClose + 1;
        return true;
    }

    /// <summary>The offset just past the element's closing tag, or the end of the text when it never closes.</summary>
    private static int SkipElement(string html, int from, ReadOnlySpan<char> name)
    {
        int close = html.AsSpan(from).IndexOf(string.Concat("</", name).AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return html.Length;
        }

        int gt = html.IndexOf('>', from + close);
        return gt < 0 ? html.Length : gt + 1;
    }

    private static string? FindTitle(ReadOnlySpan<char> head)
    {
        int open = head.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        int gt = head[open..].IndexOf('>');
        if (gt < 0)
        {
            return null;
        }

        var rest = head[(open + gt + 1)..];
        int close = rest.IndexOf("</title", StringComparison.OrdinalIgnoreCase);
        return Clean((close < 0 ? rest : rest[..close]).ToString());
    }

    private static string? Clean(string s)
    {
        string t = Decode(string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return t.Length == 0 ? null : t;
    }
}

/// <summary>What kind of markup a text holds.</summary>
internal enum HtmlKind
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>An HTML page or fragment laid out by its tags.</summary>
    Page,

    /// <summary>Plain lines with a few tags in them.</summary>
    Lines,
}
