using System.Text;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress reading a report: paragraphs, sentences, quotes, decoding, markup, front matter, datelines.</summary>
public static class ReadingShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        // Sentences and paragraphs.
        new("reading: one long line with no stop", 4000, n => Repeat(n, "the river runs past old stone walls and green fields ")),
        new("reading: many short paragraphs", 4000, n => Repeat(n, "Rain fell on the hills.\n\n")),
        new("reading: many short lines without a stop", 4000, n => Repeat(n, "Weather and roads\n")),
        new("reading: one long line of stops", 4000, n => Repeat(n, "A. b. C. d. ")),
        new("reading: one long line of initials", 4000, n => Repeat(n, "J.R.R. ")),
        new("reading: long run of stops and closers", 4000, n => "It ended" + Repeat(n, ".\".)\u201D") + " Then it rained."),
        new("reading: sentences glued without spaces", 4000, n => Repeat(n, "in court.\"Smith said so.Then")),
        new("reading: one long line of citation marks", 4000, n => "It rained." + Repeat(n, "[12]") + " Then it stopped."),

        // Quotes of each kind on one long line.
        new("reading: long line of straight double quotes", 4000, n => Repeat(n, "a \"b\" ")),
        new("reading: long line of unclosed straight quotes", 4000, n => Repeat(n, "\"a ")),
        new("reading: long line of curly double quotes", 4000, n => Repeat(n, "a \u201Cb\u201D ")),
        new("reading: long line of opening curly quotes", 4000, n => Repeat(n, "\u201Ca ")),
        new("reading: long line of closing curly quotes", 4000, n => Repeat(n, "a\u201D ")),
        new("reading: long line of angle quotes", 4000, n => Repeat(n, "\u00ABa\u00BB \u00BB\u00AB ")),
        new("reading: long line of low quotes", 4000, n => Repeat(n, "\u201Ea\u201C ")),
        new("reading: long line of single curly quotes", 4000, n => Repeat(n, "\u2018a\u2019 \u2018b don\u2019t ")),
        new("reading: long line of opening single quotes", 4000, n => Repeat(n, "\u2018a ")),

        // Markup.
        new("reading: html many paragraphs", 4000, n => "<html><body>" + Repeat(n, "<p>Rain fell on the hills.</p>") + "</body></html>"),
        new("reading: html deep nesting", 4000, n => "<html><body>" + Repeat(n, "<div><span>") + "Rain fell." + Repeat(n, "</span></div>") + "</body></html>"),
        new("reading: html unclosed tags", 4000, n => "<html><body>" + Repeat(n, "<div><b>rain <i>falls ")),
        new("reading: html tags that never end", 4000, n => "<html><body><p>Rain fell.</p>" + Repeat(n, "<a href=x ")),
        new("reading: html unclosed comments", 4000, n => "<html><body><p>Rain fell.</p>" + Repeat(n, "<!-- a ")),
        new("reading: html declarations that never end", 4000, n => "<html><body><p>Rain fell.</p>" + Repeat(n, "<!x ")),
        new("reading: html dropped elements", 4000, n => "<html><body>" + Repeat(n, "<script>x</script><nav>y</nav><p>Rain fell.</p>")),
        new("reading: html unclosed dropped elements", 4000, n => "<html><body><p>Rain fell.</p>" + Repeat(n, "<p>a</p><svg>")),
        new("reading: html many titles", 4000, n => "<html><body>" + Repeat(n, "<title>A title</title><p>Rain.</p>")),
        new("reading: html long run of entities", 4000, n => "<html><body><p>" + Repeat(n, "&amp;&lt;&#8212;&#x2014;&nbsp;") + "</p></body></html>"),
        new("reading: html ampersands without semicolons", 4000, n => "<html><body><p>" + Repeat(n, "& &a &#1 &amp") + "</p></body></html>"),
        new("reading: html huge table row", 4000, n => "<html><body><table><tr>" + Repeat(n, "<td>12</td><td>rain</td>") + "</tr></table></body></html>"),
        new("reading: html many figure captions", 4000, n => "<html><body>" + Repeat(n, "<p>Rain fell.</p><figure><figcaption>Hills &amp; fields.</figcaption></figure>")),
        new("reading: html angle brackets that open no tag", 4000, n => "<html><body><p>" + Repeat(n, "a < b <3 <= c </ d ") + "</p></body></html>"),
        new("reading: html many line breaks", 4000, n => "<html><body>" + Repeat(n, "rain<br><br/>") + "</body></html>"),
        new("reading: html title that never closes", 4000, n => "<html><body><title>" + Repeat(n, "<p>Rain fell.</p>") + "</body></html>"),
        new("reading: html lines with a few tags", 4000, n => "<p>Rain</p> <br>\n" + Repeat(n, "Rain <b>fell</b> on the hills.\n")),

        // Front matter, datelines, furniture.
        new("reading: many front matter lines", 4000, n => "---\n" + Repeat(n, "title: A title\nnote: x\n") + "---\nRain fell."),
        new("reading: unclosed front matter", 4000, n => "---\n" + Repeat(n, "title: A title\n") + "Rain fell."),
        new("reading: many fence lines", 4000, n => Repeat(n, "---\n") + "Rain fell."),
        new("reading: headline repeated in every paragraph", 4000, n => "---\ntitle: Rain over the hills tonight\n---\n" + Repeat(n, "Rain over the hills tonight\nRain over the hills tonight and more\n")),
        new("reading: many datelines", 4000, n => Repeat(n, "SPRINGFIELD, Ill. (AP) \u2014 Rain fell.\n")),
        new("reading: one long dateline line", 4000, n => Repeat(n, "SPRINGFIELD ")),
        new("reading: many credits and captions", 4000, n => Repeat(n, "Hills in the rain on Friday (Photo courtesy of the county)\nCopyright 2020\nRain fell on the hills...\n")),
        new("reading: many cut captions", 4000, n => Repeat(n, "Hills in the rain on Friday...\nRain fell \u2026\n")),
        new("reading: plain text table row", 4000, n => "| " + Repeat(n, "12 | rain | ") + "\n"),
        new("reading: one long word", 4000, n => Repeat(n, "rainfallonthehills")),
        new("reading: long paragraph ending in a bracket", 4000, n => Repeat(n, "rain on the hills ") + ")"),

        // Decoding and repair.
        new("reading: long run of mojibake", 4000, n => Repeat(n, "It\u00E2\u20AC\u2122s caf\u00C3\u00A9 \u00E2 ")),
        new("reading: long run of control characters", 4000, n => Repeat(n, "rain\r\nfell\u2028on\u0085hills\f")),
        new("reading: decomposed accents", 4000, n => Repeat(n, "Jose\u0301 Garci\u0301a, Nguye\u0302\u0303n. ")),
        new("reading: long run of combining marks", 4000, n => "a" + Repeat(n, "\u0301\u0323\u0300\u0324")),

        // Rendering: one figure from every sentence, a different figure from every sentence.
        new("rendering: one claim repeated in every paragraph", 1000, n => Repeat(n, "Two people were killed in the town, police said.\n\n")),
        new("rendering: a different figure in every paragraph", 1000, n => Numbered(n, k => $"{k + 2} people were killed in the town, police said.\n\n")),
    ];

    private static string Numbered(int n, Func<int, string> unit)
    {
        var text = new StringBuilder();
        for (int k = 0; k < n; k++)
        {
            text.Append(unit(k));
        }

        return text.ToString();
    }

    private static string Repeat(int n, string unit) => ProseShapes.Repeat(n, unit);
}
