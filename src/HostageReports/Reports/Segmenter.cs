using System.Buffers;
using System.Collections.Frozen;

namespace HostageReports.Reports;

/// <summary>Splits a body into paragraphs and sentences in one pass each, over spans; no regular expressions.</summary>
internal static class Segmenter
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

    /// <summary>Words that end in a full stop without ending a sentence.</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpl", "pvt", "maj", "cmdr", "adm",
        "st", "ave", "rd", "blvd", "hwy", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "approx", "dept", "est", "u.s", "u.k", "u.n", "d.c",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
        "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "w.va", "p.m", "a.m",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each run of non-blank lines is cut into one paragraph per line: wire copy puts one paragraph on a line.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string body)
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

    /// <summary>Sentences inside each paragraph: a stop, then white space, then a capital, digit or quote; abbreviations and initials do not end one.</summary>
    public static IReadOnlyList<TextSpan> Sentences(string body, IReadOnlyList<TextSpan> paragraphs)
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
                while (after < p.End && body[after] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')')
                {
                    after++;
                }

                if (after < p.End && char.IsWhiteSpace(body[after]) && StartsSentence(body, after, p.End) && !IsAbbreviation(body, p.Start, stop))
                {
                    result.Add(TextSpan.FromBounds(start, after));
                    int next = after;
                    while (next < p.End && char.IsWhiteSpace(body[next]))
                    {
                        next++;
                    }

                    start = next;
                    i = next;
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

    /// <summary>Paragraphs that are not the report's claims: credits such as "(Reporting by ...)" and "Editing by".</summary>
    public static IReadOnlyList<TextSpan> NonClaimSpans(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new List<TextSpan>();
        foreach (var p in paragraphs)
        {
            var text = body.AsSpan(p.Start, p.Length).TrimStart('(');
            if (text.StartsWith("Reporting by", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Editing by", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Additional reporting", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Writing by", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(p);
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

    private static bool StartsSentence(string body, int pos, int end)
    {
        while (pos < end && char.IsWhiteSpace(body[pos]))
        {
            pos++;
        }

        return pos < end && (char.IsUpper(body[pos]) || char.IsDigit(body[pos]) || body[pos] is '"' or '\u201C' or '\'' or '\u2018' or '(');
    }

    private static bool IsAbbreviation(string body, int paragraphStart, int stop)
    {
        int w = stop;
        while (w > paragraphStart && (char.IsLetter(body[w - 1]) || body[w - 1] == '.'))
        {
            w--;
        }

        var word = body.AsSpan(w, stop - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
