namespace HostageReports.Reports;

/// <summary>
/// Finds the paragraphs that are not the report's own claims, by their shape: headings and labels
/// (short lines without closing punctuation), a headline repeated from the metadata, photo captions
/// (a line ending in a credit such as "(courtesy of X)", a caption cut short with "..."), bylines,
/// credits, copyright lines and calls to follow, share or read more (<see cref="NonClaimLexicon"/>),
/// and lines with no words at all. Linear in the body's length.
/// </summary>
internal static class NonClaims
{
    /// <summary>
    /// The excluded spans, in order and disjoint. Those that describe the incident in the page's own
    /// words (headings, a repeated headline, photo captions) are also added to <paramref name="captions"/>.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <param name="paragraphs">Its paragraphs.</param>
    /// <param name="title">The headline, when the metadata has one.</param>
    /// <param name="captions">Receives the excluded spans that are headings and captions.</param>
    /// <param name="markupCaptions">Spans the page's markup marks as captions (&lt;figcaption&gt;, a table's &lt;caption&gt;), in order; none when null.</param>
    public static List<TextSpan> Find(string body, IReadOnlyList<TextSpan> paragraphs, string? title, List<TextSpan> captions, IReadOnlyList<TextSpan>? markupCaptions = null)
    {
        var result = new List<TextSpan>();
        int marked = 0; // the first markup caption that may still meet a paragraph
        var heading = new bool[paragraphs.Count];
        for (int k = 0; k < paragraphs.Count; k++)
        {
            var text = body.AsSpan(paragraphs[k].Start, paragraphs[k].Length);
            heading[k] = IsUnpunctuated(text) && WordCount(text, NonClaimLexicon.HeadingWords + 1) <= NonClaimLexicon.HeadingWords && !HasInnerStop(text);
        }

        for (int k = 0; k < paragraphs.Count; k++)
        {
            var p = paragraphs[k];
            var text = body.AsSpan(p.Start, p.Length);
            if (markupCaptions is not null && MarkedCaptions(body, p, markupCaptions, ref marked, result, captions))
            {
                continue;
            }

            if (IsFurniture(text, title))
            {
                result.Add(p);
                continue;
            }

            if ((k < HeadlineWindow && title is not null && RepeatsHeadline(text, title))
                || (heading[k] && IsHeading(text, first: k == 0 && paragraphs.Count > 1, last: k == paragraphs.Count - 1 && k > 0,
                    neighbour: (k > 0 && heading[k - 1]) || (k + 1 < paragraphs.Count && heading[k + 1]))))
            {
                result.Add(p);
                captions.Add(p);
                continue;
            }

            int credit = TrailingCredit(text);
            if (credit >= 0)
            {
                // "... near the border (Getty Images)": a caption. "... said. (AP)": only the credit.
                var before = text[..credit].TrimEnd();
                bool creditOnly = before.IsEmpty || EndsSentence(before);
                result.Add(creditOnly ? TextSpan.FromBounds(p.Start + credit, p.End) : p);
                if (!creditOnly)
                {
                    captions.Add(p);
                }

                continue;
            }

            if (IsCutCaption(text))
            {
                result.Add(p);
                captions.Add(p);
            }
        }

        return result;
    }

    /// <summary>
    /// Adds the parts of the paragraph that the markup marks as captions to the excluded spans and
    /// the captions (the whole paragraph when a caption holds it); true when there were any.
    /// </summary>
    private static bool MarkedCaptions(string body, TextSpan p, IReadOnlyList<TextSpan> marks, ref int next, List<TextSpan> result, List<TextSpan> captions)
    {
        while (next < marks.Count && marks[next].End <= p.Start)
        {
            next++;
        }

        bool any = false;
        for (int m = next; m < marks.Count && marks[m].Start < p.End; m++)
        {
            int start = Math.Max(p.Start, marks[m].Start), end = Math.Min(p.End, marks[m].End);
            while (start < end && char.IsWhiteSpace(body[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(body[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                var span = TextSpan.FromBounds(start, end);
                result.Add(span);
                captions.Add(span);
                any = true;
            }
        }

        return any;
    }

    /// <summary>How many opening paragraphs may repeat the headline.</summary>
    private const int HeadlineWindow = 5;

    /// <summary>
    /// "Headline Deck text ..." or "Headline" cut short, near the top: the page's headline and deck
    /// run together when it was saved. The headline must have three words or more, and a deck must
    /// start a new phrase (a capital or a digit), so a lede that opens with the headline's words stays.
    /// </summary>
    private static bool RepeatsHeadline(ReadOnlySpan<char> text, string title)
    {
        var t = title.AsSpan().Trim();
        if (WordCount(t, 3) < 3)
        {
            return false;
        }

        if (text.Length > t.Length && text.StartsWith(t, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[t.Length]))
        {
            // A deck starts a new phrase ("... shooting Police say ..."); a lede goes on ("... killed on Friday").
            var rest = text[t.Length..].TrimStart();
            return rest.Length > 0 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]));
        }

        return text.Length < t.Length && WordCount(text, 3) >= 3 && t.StartsWith(text, StringComparison.OrdinalIgnoreCase)
            && !char.IsLetterOrDigit(t[text.Length]) && !EndsSentence(text);
    }

    /// <summary>The last sentence when it is an agency's sign-off: one word in capitals ("EFE", "AP").</summary>
    public static TextSpan? SignOff(string body, IReadOnlyList<TextSpan> sentences)
    {
        if (sentences.Count < 2)
        {
            return null;
        }

        var last = sentences[^1];
        var text = body.AsSpan(last.Start, last.Length);
        if (text.Length is < 2 or > 8)
        {
            return null;
        }

        foreach (char c in text)
        {
            if (!char.IsUpper(c))
            {
                return null;
            }
        }

        return last;
    }

    private static bool IsFurniture(ReadOnlySpan<char> text, string? title)
    {
        if (!HasLetter(text) && !text.ContainsAnyInRange('0', '9'))
        {
            return true; // "___", "###", "--"
        }

        if (text[0] is '\u00D7' or '+' && text.Length > 1 && text[1] == ' ')
        {
            return true; // a closed pop-up's headline, a "related" link
        }

        if (title is not null && SameText(text, title))
        {
            return true;
        }

        char first = char.ToUpperInvariant(text[0]);
        if (first < NonClaimLexicon.OpeningsByFirst.Length && NonClaimLexicon.OpeningsByFirst[first] is { } openings)
        {
            foreach (string opening in openings)
            {
                if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == opening.Length || !char.IsLetter(opening[^1]) || !char.IsLetter(text[opening.Length])))
                {
                    return true;
                }
            }
        }

        if (text.Length <= NonClaimLexicon.ShortParagraph && text.ContainsAny(NonClaimLexicon.AnywhereSearch))
        {
            return true;
        }

        // "Image 3 of 40 ..." (a gallery caption); "— Name (@handle) date" (an embedded post's credit).
        if (text.StartsWith("Image ", StringComparison.Ordinal) && text.Length > 6 && char.IsDigit(text[6]))
        {
            return true;
        }

        return text[0] is '\u2014' or '\u2013' or '-' && text.Contains("(@", StringComparison.Ordinal);
    }

    private static bool IsHeading(ReadOnlySpan<char> text, bool first, bool last, bool neighbour)
    {
        int words = WordCount(text, int.MaxValue);
        if (words <= 4 || first || last || neighbour)
        {
            return true;
        }

        // Title Case: most longer words capitalised. A timestamp ("0:26 ...") or a link list ("a | b").
        if (text.Contains(" | ", StringComparison.Ordinal) || (char.IsDigit(text[0]) && text.Length > 2 && text[1..].IndexOf(':') is >= 0 and < 3))
        {
            return true;
        }

        int longWords = 0, capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var w = text[range];
            if (w.Length >= 4)
            {
                longWords++;
                capitalised += char.IsUpper(w[0]) ? 1 : 0;
            }
        }

        return longWords > 0 && capitalised * 10 >= longWords * 7;
    }

    /// <summary>The offset of a final parenthetical credit ("(Getty Images)", "(courtesy of the company)") when the paragraph ends with one; else -1.</summary>
    private static int TrailingCredit(ReadOnlySpan<char> text)
    {
        if (text[^1] != ')')
        {
            return -1;
        }

        int open = text.LastIndexOf('(');
        if (open < 0 || text.Length - open > 60)
        {
            return -1;
        }

        var inner = text[(open + 1)..^1];
        if (inner.IsEmpty || inner.ContainsAny('(', ')') || WordCount(inner, 8) > 6 || !HasLetter(inner))
        {
            return -1;
        }

        // A credit is a name ("Getty Images", "AP Photo/Name") or a courtesy line, not an aside such as "(pictured)".
        return char.IsUpper(inner[0]) || inner.StartsWith("courtesy", StringComparison.OrdinalIgnoreCase)
            || inner.StartsWith("photo", StringComparison.OrdinalIgnoreCase) ? open : -1;
    }

    private static bool IsCutCaption(ReadOnlySpan<char> text) =>
        (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith("\u2026", StringComparison.Ordinal))
        && WordCount(text, NonClaimLexicon.CaptionWords + 1) <= NonClaimLexicon.CaptionWords
        && !text[..^1].TrimEnd('.').TrimEnd().ContainsAny(".!?");

    /// <summary>True when a sentence ends inside the text: a heading is one phrase.</summary>
    private static bool HasInnerStop(ReadOnlySpan<char> text)
    {
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsLower(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnpunctuated(ReadOnlySpan<char> text) => !EndsSentence(text) && text[^1] is not (':' or ';' or ',' or ')');

    private static bool EndsSentence(ReadOnlySpan<char> text) =>
        text[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or '\u2026' or '\u00BB';

    private static bool SameText(ReadOnlySpan<char> text, string title)
    {
        var t = title.AsSpan().Trim();
        return t.Length > 0 && text.Trim().Equals(t, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words separated by white space, counting at most up to <paramref name="cap"/>.</summary>
    private static int WordCount(ReadOnlySpan<char> text, int cap)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count >= cap)
                {
                    return count;
                }
            }
        }

        return count;
    }
}
