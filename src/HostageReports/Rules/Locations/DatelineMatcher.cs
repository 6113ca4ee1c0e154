using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The place a report's dateline names, read once a report by the pipeline's dateline stage (<see cref="Products.DatelinePlace"/>):
/// "OAKDALE, Wash. —" (a city and its state), "GLENWOOD —", "CEDAR FALLS (KXYZ) –", "date 2013-01-16 CAIRO"
/// (a capital: its country), "Lima, 10 Dec 88 (EFE) --", "LAGOS, Nigeria —" (a city and its country).
/// One of the first three paragraphs must open with words in capitals, or with a capitalised run, a comma and
/// a number; banners ("UPDATE"), agencies and call signs ("AP", "HPD") are no place.
/// </summary>
internal static class DatelineMatcher
{
    /// <summary>The most tokens of a paragraph's opening a dateline is read from.</summary>
    private const int MaxTokens = 12;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouAEIOU");

    /// <summary>Reads the dateline's place from the first three paragraphs of the report.</summary>
    /// <param name="context">The report and its tokens.</param>
    /// <returns>The places found, or <see cref="DatelineReading.None"/>.</returns>
    public static DatelineReading Read(ExtractionContext context)
    {
        var paragraphs = context.Report.Paragraphs;
        int read = Math.Min(3, paragraphs.Count);
        if (read == 0 || context.Tokens.Count == 0)
        {
            return DatelineReading.None;
        }

        var w = new PlaceTokens(context);
        for (int p = 0; p < read; p++)
        {
            if (w.FirstTokenAt(paragraphs[p].Start) is not { } i)
            {
                continue;
            }

            int end = w.FirstTokenAt(paragraphs[p].End) is { } e ? Math.Min(e, i + MaxTokens) : Math.Min(w.Count, i + MaxTokens);
            if (TryParagraph(w, i, end) is { } place)
            {
                return new DatelineReading(place);
            }
        }

        return DatelineReading.None;
    }

    /// <summary>The dateline at token i of a paragraph, read up to end, or null.</summary>
    private static DatelinePlace? TryParagraph(PlaceTokens w, int i, int end)
    {
        bool dated = false;
        if (PlaceVocabulary.DatelineDate.Contains(w.Text(i)))
        {
            i++;
            while (i < end && (w[i].Kind == TokenKind.Number || w.IsPunct(i, '-')))
            {
                i++;
            }

            dated = true;
        }

        int j = i;
        while (j < end && w.IsAllCaps(j) && w[j].Length >= 2)
        {
            j++;
            if (w.IsPunct(j, '.') && w.Touches(j - 1))
            {
                j++; // "ST. LOUIS"
            }
        }

        bool caps = j > i;
        if (caps && !IsDatelineWords(w, i, j))
        {
            return null;
        }

        if (!caps)
        {
            // "Lima, 10 Dec 88": a capitalised run, a comma and a number.
            while (j < end && w.IsCapitalized(j))
            {
                j++;
            }

            if (j == i || !w.IsPunct(j, ',') || j + 1 >= end || w[j + 1].Kind != TokenKind.Number)
            {
                return null;
            }
        }

        return TryPlace(w, i, j, end, dated, caps);
    }

    /// <summary>The place of the words [i, nameEnd) and what follows them (", Wash.", ", Nigeria", a dash), or null.</summary>
    private static DatelinePlace? TryPlace(PlaceTokens w, int i, int nameEnd, int end, bool dated, bool caps)
    {
        DatelineWords? state = null;
        DatelineWords? after = null;
        int k = nameEnd;
        if (w.IsPunct(k, ',') && k + 1 < end && GeographyAt.TryState(w, k + 1, out var st, out int stEnd))
        {
            state = new DatelineWords(st.Name, SpanOf(w, k + 1, stEnd)); // the state's words ("Wash.", "New York"), not only their last token
            k = stEnd;
        }
        else if (w.IsPunct(k, ',') && k + 1 < end && GeographyAt.TryCountry(w, k + 1, end, out var dc, out int dcEnd))
        {
            after = new DatelineWords(dc.Code, SpanOf(w, k + 1, dcEnd));
            k = dcEnd;
        }

        bool dash = k < w.Count && (w.IsPunct(k, '\u2014') || w.IsPunct(k, '\u2013') || w.IsPunct(k, '-') || w.IsPunct(k, '(') || w.IsPunct(k, '_') || w.IsPunct(k, ':'));
        if (!(dash || dated || !caps))
        {
            return null;
        }

        string name = w.Span(i, nameEnd);
        if (name.Contains('&', StringComparison.Ordinal) || PlaceVocabulary.DatelineBanner.Contains(w.Text(i)))
        {
            return null;
        }

        var nameSpan = SpanOf(w, i, nameEnd);
        DatelineWords[] countries = after is { } a ? [a] : [];
        if (Geography.TryUsState(name, out var asState) && state is null)
        {
            return new DatelinePlace(null, new DatelineWords(asState.Name, nameSpan), countries, null);
        }

        if (Geography.TryCountryByName(PlaceNames.Title(name), out var asCountry) || Geography.TryCountryByName(name, out asCountry))
        {
            return new DatelinePlace(null, null, [.. countries, new DatelineWords(asCountry.Code, nameSpan)], asCountry.Code);
        }

        string? country = state is not null ? null : after?.Name;
        if (state is null && after is null && (Geography.TryCapital(PlaceNames.Title(name), out var capitalOf) || Geography.TryCapital(name, out capitalOf)))
        {
            country = capitalOf.Code;
        }

        var kind = PlaceVocabulary.EndsWithAny(name, PlaceVocabulary.CountySuffixes) ? LocationKind.County : LocationKind.City;
        var town = new DatelineTown(PlaceNames.Expand(caps ? PlaceNames.Title(name) : name), kind, nameSpan, state?.Name, state is null ? after?.Name : "US");
        return new DatelinePlace(town, state, countries, country);
    }

    private static TextSpan SpanOf(PlaceTokens w, int a, int b) => new(w[a].Start, w[b - 1].End - w[a].Start);

    /// <summary>All-capital words that can be a dateline's place: not an agency or a call sign ("AP", "HPD"), not "UPDATE" or "FOR IMMEDIATE RELEASE".</summary>
    private static bool IsDatelineWords(PlaceTokens w, int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (w[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var text = w.Text(k);
            bool acronym = !text.ContainsAny(Vowels) && !(text.Length >= 4 && text.IndexOfAny('y', 'Y') >= 0);
            acronym |= text.Length <= 5 && PlaceVocabulary.EndsWithAny(text, PlaceVocabulary.AgencySuffixes); // "LAPD", "NYPD"
            if ((k == a && PlaceCues.NotDatelineWords.Contains(text)) || acronym)
            {
                return false;
            }
        }

        return true;
    }
}
