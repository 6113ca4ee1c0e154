using System.Collections.Frozen;
using System.Globalization;
using HostageReports.Lexicons;

namespace HostageReports.Reports;

/// <summary>
/// Reads the dateline a report opens with: "date 2013-01-16 ALGIERS Islamist militants ...",
/// "SPRINGFIELD, Ill. — Two men ...", "Lima, 10 Dec 88 (EFE) -- ...", "ALGIERS (Reuters) - ...".
/// The place must look like one (capitalised words, no digits) and be marked as a dateline by
/// capitals, an agency in parentheses, a date or a state after a comma; otherwise nothing is read.
/// </summary>
internal static class Datelines
{
    /// <summary>How far into the paragraph the dash that closes a dateline may lie.</summary>
    private const int MaxHead = 80;

    /// <summary>Two-digit years at or above this are in the 1900s ("88" is 1988), below it in the 2000s ("13" is 2013).</summary>
    private const int CenturyPivot = 50;

    /// <summary>The months' names ("jan", "january") and numbers (Lexicons/Data/places-months.tsv).</summary>
    private static readonly FrozenDictionary<string, int> Months = DatelineVocabulary.Months;

    /// <summary>Small words a place name may hold in lower case ("Bosnia and Herzegovina", "Rio de Janeiro").</summary>
    private static readonly FrozenSet<string> Connectors = DatelineVocabulary.NameConnectors.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a dateline said.</summary>
    /// <param name="Span">The dateline with its closing dash, from the paragraph's start.</param>
    /// <param name="Place">The place, as written.</param>
    /// <param name="Outlet">The agency in parentheses, if any.</param>
    /// <param name="Date">The date, if the dateline gives a full one.</param>
    public readonly record struct Dateline(TextSpan Span, string? Place, string? Outlet, DateOnly? Date);

    /// <summary>Reads a dateline at the start of the paragraph, or returns null.</summary>
    public static Dateline? Read(string body, TextSpan paragraph)
    {
        var text = body.AsSpan(paragraph.Start, paragraph.Length);
        DateOnly? date = DatedOpening(text, out int pos);

        var rest = text[pos..];
        var window = rest[..Math.Min(rest.Length, MaxHead)];
        if (FindDash(window) is { At: > 0 } dash && TryHead(window[..dash.At].Trim(), out string? place, out string? outlet, out DateOnly? headDate))
        {
            int end = Skip(text, pos + dash.At + dash.Length);
            return new Dateline(new TextSpan(paragraph.Start, end), place, outlet, date ?? headDate);
        }

        // No dash: "date 2013-01-16 ALGIERS Islamist ...", "NEW YORK (AP) Police ...": the words in capitals.
        int caps = CapitalsRun(rest);
        if (caps > 0)
        {
            int after = Skip(text, pos + caps);
            string? agency = null;
            if (after < text.Length && text[after] == '(')
            {
                int close = text[after..].IndexOf(')');
                if (close is > 1 and < 30)
                {
                    agency = text.Slice(after + 1, close - 1).Trim().ToString();
                    after = Skip(text, after + close + 1);
                }
            }

            if (date is not null || agency is not null)
            {
                return new Dateline(new TextSpan(paragraph.Start, after), rest[..caps].TrimEnd().TrimEnd(',').ToString(), agency, date);
            }
        }

        return date is null ? null : new Dateline(new TextSpan(paragraph.Start, pos), null, null, date);
    }

    /// <summary>"date 2013-01-16 ...": the date an opening gives after its word (<see cref="DatelineVocabulary.DateWords"/>), and where the text after it starts (0 when none).</summary>
    private static DateOnly? DatedOpening(ReadOnlySpan<char> text, out int pos)
    {
        pos = 0;
        foreach (var word in DatelineVocabulary.DateWords)
        {
            int dateStart = word.Length + 1, dateEnd = dateStart + 10;
            if (text.Length >= dateEnd && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text[word.Length] == ' '
                && DateOnly.TryParseExact(text.Slice(dateStart, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                pos = Skip(text, dateEnd);
                return d;
            }
        }

        return null;
    }

    /// <summary>A dash that closes a dateline.</summary>
    /// <param name="At">Where it starts.</param>
    /// <param name="Length">Its length: 2 for "--", else 1.</param>
    private readonly record struct Dash(int At, int Length);

    /// <summary>The first "--", em or en dash, or " - " in the window; null when there is none.</summary>
    private static Dash? FindDash(ReadOnlySpan<char> window)
    {
        for (int i = 0; i < window.Length; i++)
        {
            char c = window[i];
            if (c is '\u2014' or '\u2013')
            {
                return new Dash(i, 1);
            }

            if (c == '-' && i > 0 && window[i - 1] == ' ' && i + 1 < window.Length && (window[i + 1] == ' ' || window[i + 1] == '-'))
            {
                return new Dash(i, window[i + 1] == '-' ? 2 : 1);
            }
        }

        return null;
    }

    /// <summary>Reads "PLACE[, Region][, date] [(Outlet)]".</summary>
    private static bool TryHead(ReadOnlySpan<char> head, out string? place, out string? outlet, out DateOnly? date)
    {
        place = outlet = null;
        date = null;
        if (head.IsEmpty)
        {
            return false;
        }

        if (!TrimOutlet(ref head, out outlet))
        {
            return false;
        }

        int placeEnd = 0; // set by the first part, which is the place or no dateline
        bool marked = outlet is not null, first = true;
        int start = 0;
        while (start <= head.Length)
        {
            int comma = head[start..].IndexOf(',');
            int end = comma < 0 ? head.Length : start + comma;
            var part = head[start..end].Trim();
            if (first)
            {
                if (!IsPlace(part, out bool capitals))
                {
                    return false;
                }

                marked |= capitals;
                placeEnd = end;
                first = false;
            }
            else if (TryDate(part, comma < 0 ? [] : head[(end + 1)..].Trim(), out var d, out bool usedYear))
            {
                date = d;
                if (usedYear)
                {
                    break;
                }
            }
            else if (date is null && IsPlace(part, out _) && part.Length <= 20)
            {
                marked = true; // "SPRINGFIELD, Ill.", "Springfield, Illinois"
                placeEnd = end;
            }
            else if (!IsPartialDate(part))
            {
                return false;
            }
            else
            {
                marked = true;
            }

            if (comma < 0)
            {
                break;
            }

            start = end + 1;
        }

        marked |= date is not null;
        if (!marked)
        {
            return false;
        }

        place = head[..placeEnd].Trim().ToString();
        return true;
    }

    /// <summary>"(Reuters)" at the head's end: the outlet, taken off the head; false when the parentheses hold no outlet's name.</summary>
    private static bool TrimOutlet(ref ReadOnlySpan<char> head, out string? outlet)
    {
        outlet = null;
        if (head[^1] != ')')
        {
            return true;
        }

        int open = head.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        outlet = head[(open + 1)..^1].Trim().ToString();
        head = head[..open].TrimEnd();
        return outlet.Length > 0 && char.IsUpper(outlet[0]);
    }

    /// <summary>Capitalised words (connectors allowed inside), letters, stops, hyphens and apostrophes only; at most five words.</summary>
    private static bool IsPlace(ReadOnlySpan<char> part, out bool capitals)
    {
        capitals = false;
        if (part.IsEmpty || !char.IsUpper(part[0]))
        {
            return false;
        }

        int words = 0, upperWords = 0;
        foreach (var range in part.Split(' '))
        {
            var w = part[range];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            bool allUpper = true, letters = false;
            foreach (char c in w)
            {
                if (char.IsLetter(c))
                {
                    letters = true;
                    allUpper &= char.IsUpper(c);
                }
                else if (c is not ('.' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            if (!letters || (!char.IsUpper(w[0]) && !Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)))
            {
                return false;
            }

            upperWords += allUpper && w.Length >= 2 ? 1 : 0;
        }

        capitals = words > 0 && upperWords == words;
        return words is > 0 and <= 5;
    }

    /// <summary>"10 Dec 88", "Jan. 16" (no year: null), "Jan. 16, 2013" (the year is the next part).</summary>
    private static bool TryDate(ReadOnlySpan<char> part, ReadOnlySpan<char> next, out DateOnly date, out bool usedNext)
    {
        date = default;
        usedNext = false;
        Span<Range> r = stackalloc Range[4];
        int n = part.SplitAny(r, " .", StringSplitOptions.RemoveEmptyEntries);
        if (n is < 2 or > 3)
        {
            return false;
        }

        int day, month;
        int? year = null;
        if (int.TryParse(part[r[0]], NumberStyles.None, CultureInfo.InvariantCulture, out day) && Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(part[r[1]], out month))
        {
            if (n == 3 && (year = Year(part[r[2]])) is null)
            {
                return false;
            }
        }
        else if (Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(part[r[0]], out month) && int.TryParse(part[r[1]], NumberStyles.None, CultureInfo.InvariantCulture, out day))
        {
            if (n == 3 && (year = Year(part[r[2]])) is null)
            {
                return false;
            }

            if (year is null && (year = Year(next)) is not null)
            {
                usedNext = true;
            }
        }
        else
        {
            return false;
        }

        if (year is not { } y || day is < 1 or > 31 || day > DateTime.DaysInMonth(y, month))
        {
            // A day and a month without a year: a date, but not one that can be resolved.
            return false;
        }

        date = new DateOnly(y, month, day);
        return true;
    }

    private static bool IsPartialDate(ReadOnlySpan<char> part)
    {
        Span<Range> r = stackalloc Range[3];
        int n = part.SplitAny(r, " .", StringSplitOptions.RemoveEmptyEntries);
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        return n == 2 && ((months.ContainsKey(part[r[0]]) && int.TryParse(part[r[1]], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            || (months.ContainsKey(part[r[1]]) && int.TryParse(part[r[0]], NumberStyles.None, CultureInfo.InvariantCulture, out _)));
    }

    /// <summary>The year "88" (1988), "13" (2013) or "2013" names; null for no year.</summary>
    private static int? Year(ReadOnlySpan<char> text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            return null;
        }

        return text.Length switch
        {
            2 => y >= CenturyPivot ? 1900 + y : 2000 + y,
            4 when y is >= 1800 and <= 2200 => y,
            _ => null,
        };
    }

    /// <summary>The length of the words in capitals that open the text ("ALGIERS", "NEW YORK,"), when a capitalised word follows.</summary>
    private static int CapitalsRun(ReadOnlySpan<char> text)
    {
        int i = 0, end = 0;
        while (i < text.Length && i < MaxHead)
        {
            int s = i;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is '.' or '-' or '\'' or ','))
            {
                i++;
            }

            var word = text[s..i].TrimEnd(',');
            if (word.Length < 2 || (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '('))
            {
                break;
            }

            end = i;
            i = Skip(text, i);
        }

        if (end == 0)
        {
            return 0;
        }

        int next = Skip(text, end);
        return next < text.Length && (char.IsUpper(text[next]) || text[next] is '(' or '"' or '\u201C') ? end : 0;
    }

    private static int Skip(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
