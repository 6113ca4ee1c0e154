using System.Buffers;
using System.Collections.Frozen;
using HostageReports.Lexicons;

namespace HostageReports.Reports;

/// <summary>
/// Splits a body into paragraphs, sentences and quotes in one pass each, over spans; no regular
/// expressions. Every step is linear in the body's length (look-backs are bounded), so a 10 MB line
/// costs what ten thousand short ones do.
/// </summary>
internal static class Segmenter
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\u2026");

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019");

    /// <summary>Characters that may follow a sentence's final stop and still belong to it.</summary>
    private static readonly SearchValues<char> Closers = SearchValues.Create(".!?\u2026\"\u201D\u2019')]\u00BB");

    /// <summary>The longest word looked back at when deciding whether a stop ends an abbreviation.</summary>
    private const int MaxAbbreviation = 12;

    /// <summary>The lists of <c>segmenter.tsv</c> (its first column).</summary>
    private enum WordList
    {
        /// <summary><see cref="Abbreviations"/>.</summary>
        Abbreviations,

        /// <summary><see cref="NumberAbbreviations"/>.</summary>
        NumberAbbreviations,

        /// <summary><see cref="TimeWords"/>.</summary>
        TimeWords,
    }

    private static readonly IReadOnlyDictionary<WordList, string[]> Words = LexiconFile.Lists<WordList>(LexiconFile.Prefix + "segmenter.tsv");

    /// <summary>Words that end in a stop and are followed by a name or a number, never ending a sentence ("Mr.", "Feb.", "U.S.").</summary>
    private static readonly FrozenSet<string> Abbreviations = Words[WordList.Abbreviations].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end in a stop only before a number ("No. 1", "Vol. 2", "pp. 3").</summary>
    private static readonly FrozenSet<string> NumberAbbreviations = Words[WordList.NumberAbbreviations].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Days and months, which follow "a.m." and "p.m." inside a sentence.</summary>
    private static readonly FrozenSet<string> TimeWords = Words[WordList.TimeWords].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each non-blank line is a paragraph, trimmed: wire copy puts one paragraph on a line.</summary>
    public static List<TextSpan> Paragraphs(string body)
    {
        var result = new List<TextSpan>();
        int pos = 0;
        while (pos < body.Length)
        {
            int eol = body.IndexOf('\n', pos);
            if (eol < 0)
            {
                eol = body.Length;
            }

            var (s, e) = Trim(body, pos, eol);
            if (e > s)
            {
                result.Add(TextSpan.FromBounds(s, e));
            }

            pos = eol + 1;
        }

        return result;
    }

    /// <summary>
    /// The sentences of each paragraph. A sentence ends at ".", "!", "?" or "…" (with any closing
    /// quotes and brackets after it) that is followed by white space and a capital, a digit or an
    /// opening quote, unless the stop ends an abbreviation ("Mr.", "Feb.", "U.S."), an initial
    /// ("John F. Kennedy") or a number marker ("No. 1"). Decimals ("2.5") have no white space after
    /// their stop. Sentences are trimmed and never span paragraphs.
    /// </summary>
    public static List<TextSpan> Sentences(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new List<TextSpan>(paragraphs.Count * 2);
        foreach (var p in paragraphs)
        {
            int start = p.Start;
            int i = p.Start;
            while (i < p.End)
            {
                int k = body.AsSpan(i, p.End - i).IndexOfAny(SentenceEnds);
                if (k < 0)
                {
                    break;
                }

                int stop = i + k;
                int after = stop + 1;
                while (after < p.End && Closers.Contains(body[after]))
                {
                    after++;
                }

                after = SkipCitations(body, after, p.End);

                if (after < p.End && char.IsWhiteSpace(body[after]))
                {
                    int next = after + 1;
                    while (next < p.End && char.IsWhiteSpace(body[next]))
                    {
                        next++;
                    }

                    if (next < p.End && StartsSentence(body[next]) && !IsAbbreviation(body, p.Start, stop, next))
                    {
                        result.Add(TextSpan.FromBounds(start, after));
                        start = next;
                    }

                    i = next;
                }
                else if (IsGlued(body, p.Start, stop, after, p.End))
                {
                    // "in court.Smith worked": paragraphs joined without a space when the page was saved.
                    // A straight quote right before the capital opens the next sentence ("died.\"Well")
                    // unless it closes one the sentence opened ("said \"we ran.\"Police").
                    bool opens = after - 1 > stop && body[after - 1] == '"' && body.AsSpan(start, stop - start).Count('"') % 2 == 0;
                    int cut = opens ? after - 1 : after;
                    result.Add(TextSpan.FromBounds(start, cut));
                    start = cut;
                    i = after;
                }
                else
                {
                    i = after;
                }
            }

            if (start < p.End)
            {
                result.Add(TextSpan.FromBounds(start, p.End));
            }
        }

        return result;
    }

    /// <summary>
    /// Quoted speech: straight double quotes pair up in order, curly and angle quotes open and close,
    /// curly single quotes (\u2018...\u2019, as British papers write) count when no double quote is open.
    /// Straight single quotes are apostrophes. A quote never crosses a paragraph; a double quote left
    /// open runs to the paragraph's end and is marked not closed.
    /// </summary>
    public static List<Quote> Quotes(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new List<Quote>();
        foreach (var p in paragraphs)
        {
            int open = -1;
            int i = p.Start;
            while (i < p.End)
            {
                int k = body.AsSpan(i, p.End - i).IndexOfAny(QuoteMarks);
                if (k < 0)
                {
                    break;
                }

                int at = i + k;
                char c = body[at];
                if (open >= 0 && body[open] == '\u2018' && c is not ('\u2018' or '\u2019'))
                {
                    open = -1; // a double quote after an unclosed single one: that was no quote ("the \u201890s")
                }

                if (open >= 0 && body[open] == '\u2018')
                {
                    // Inside single quotes only a closing single quote counts; "don\u2019t" is an apostrophe.
                    if (c == '\u2019' && (at + 1 >= p.End || !char.IsLetter(body[at + 1])))
                    {
                        result.Add(new Quote(TextSpan.FromBounds(open, at + 1), TextSpan.FromBounds(open + 1, at), true));
                        open = -1;
                    }
                }
                else if (c == '\u2019')
                {
                    // An apostrophe, or a single quote closing nothing.
                }
                else if (open < 0)
                {
                    if (c is not ('\u201D' or '\u00BB'))
                    {
                        open = at; // a closing mark with nothing open is a stray: skip it
                    }
                }
                else if (c == '\u2018')
                {
                    // A single quote inside double quotes: part of the quote.
                }
                else if (c is not ('\u201C' or '\u201E' or '\u00AB') || body[open] == '"')
                {
                    result.Add(new Quote(TextSpan.FromBounds(open, at + 1), TextSpan.FromBounds(open + 1, at), true));
                    open = -1;
                }
                else
                {
                    open = at; // a second opening mark: the first was never closed
                }

                i = at + 1;
            }

            // A double quote left open runs to the paragraph's end; a single one was likely an
            // apostrophe or an abbreviation ("\u201890s") and is dropped.
            if (open >= 0 && open + 1 < p.End && body[open] != '\u2018')
            {
                result.Add(new Quote(TextSpan.FromBounds(open, p.End), TextSpan.FromBounds(open + 1, p.End), false));
            }
        }

        return result;
    }

    /// <summary>Merges sorted-or-not spans into disjoint ones in order.</summary>
    public static List<TextSpan> Normalise(List<TextSpan> spans)
    {
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var result = new List<TextSpan>(spans.Count);
        foreach (var s in spans)
        {
            if (s.Length == 0)
            {
                continue;
            }

            if (result.Count > 0 && s.Start <= result[^1].End)
            {
                var last = result[^1];
                result[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, s.End));
            }
            else
            {
                result.Add(s);
            }
        }

        return result;
    }

    private static (int Start, int End) Trim(string body, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '\u00AB'
        || (char.IsLetter(c) && !char.IsLower(c));

    /// <summary>Skips reference marks after a stop: "killed.[9] The", "said.[20][37] He".</summary>
    private static int SkipCitations(string body, int at, int end)
    {
        while (at < end && body[at] == '[')
        {
            int k = at + 1;
            while (k < end && k - at <= 6 && char.IsDigit(body[k]))
            {
                k++;
            }

            if (k == at + 1 || k >= end || body[k] != ']')
            {
                break;
            }

            at = k + 1;
        }

        return at;
    }

    /// <summary>
    /// True when a sentence ends with no space after its stop: a lower-case letter, the stop (and any
    /// closing quotes), then a capitalised word ("court.Smith", "said.\"Well"). Not "U.S.Army",
    /// not "Salon.com", not an abbreviation.
    /// </summary>
    private static bool IsGlued(string body, int paragraphStart, int stop, int after, int end)
    {
        if (body[stop] != '.' || stop == paragraphStart || !char.IsLower(body[stop - 1]))
        {
            return false;
        }

        int next = after;
        if (next < end && body[next] is '"' or '\u201C')
        {
            next++;
        }

        return next + 1 < end && char.IsUpper(body[next]) && char.IsLower(body[next + 1]) && !IsAbbreviation(body, paragraphStart, stop, next);
    }

    /// <summary>True when the stop at <paramref name="stop"/> ends an abbreviation or an initial rather than a sentence.</summary>
    private static bool IsAbbreviation(string body, int paragraphStart, int stop, int nextAt)
    {
        char next = body[nextAt];
        if (body[stop] != '.')
        {
            return false;
        }

        int floor = Math.Max(paragraphStart, stop - MaxAbbreviation - 1);
        int w = stop;
        while (w > floor && (char.IsLetter(body[w - 1]) || body[w - 1] == '.'))
        {
            w--;
        }

        if (w == floor && w > paragraphStart && (char.IsLetter(body[w - 1]) || body[w - 1] == '.'))
        {
            return false; // longer than any abbreviation
        }

        var word = body.AsSpan(w, stop - w).TrimStart('.');
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        if (Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (char.IsDigit(next) && NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (word.Length < 3 || word[1] != '.' || !IsInitialism(word))
        {
            return false;
        }

        // Initials run together ("J.R.R. Tolkien", "N.Y. police"): capitals between stops. Lower-case
        // ones ("a.m.", "p.m.") end a sentence when a capital follows, unless it is a day or a month:
        // "at 1:35 a.m. Sunday".
        return char.IsUpper(word[0]) ? !char.IsDigit(body[nextAt]) : TimeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordAt(body, nextAt));
    }

    /// <summary>The letters of the word at <paramref name="at"/>, at most <see cref="MaxAbbreviation"/> of them.</summary>
    private static ReadOnlySpan<char> WordAt(string body, int at)
    {
        int end = at;
        while (end < body.Length && end - at < MaxAbbreviation && char.IsLetter(body[end]))
        {
            end++;
        }

        return body.AsSpan(at, end - at);
    }

    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        for (int k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
