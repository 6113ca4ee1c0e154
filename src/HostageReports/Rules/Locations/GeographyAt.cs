using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The two geography matchers every reading of a place asks first: a country's name and a US state's
/// name starting at a token. Shared by the dateline (read with the report) and the location rule's scan.
/// </summary>
internal static class GeographyAt
{
    /// <summary>
    /// A country's name of up to four words at token k, before end: "Algeria", "the United Kingdom" (from
    /// "United"), "Nigeria's". Not a one-word name between two capitalised words ("Dontay Jordan", "Chad
    /// Miller": a person), not "U.S." before a capitalised word ("U.S. State Department": an adjective).
    /// </summary>
    public static bool TryCountry(PlaceTokens w, int k, int end, out Country country, out int countryEnd)
    {
        country = null!;
        countryEnd = k;
        if (k >= end || !w.MayNameGeography(k))
        {
            return false;
        }

        for (int n = Math.Min(4, end - k); n >= 1; n--)
        {
            var text = w.Body.AsSpan(w[k].Start, w[k + n - 1].End - w[k].Start);
            var bare = text.EndsWith("'s") || text.EndsWith("\u2019s") ? text[..^2] : text;
            if (Geography.TryCountryByName(bare, out var c) && !(bare.Length <= 3 && w.IsAllCaps(k) && n == 1 && c.Code != "US" && c.Code != "GB"))
            {
                if (n == 1 && !w.IsAllCaps(k) && (IsNameWord(w, k - 1, k > w.SentenceStart(k)) || IsNameWord(w, k + 1, k + 1 < end)))
                {
                    return false; // "Dontay Jordan", "Chad Miller": a person
                }

                if (PlaceVocabulary.IsExactly(bare, PlaceVocabulary.UnitedStates) && k + n < end && w.IsCapitalized(k + n))
                {
                    return false; // "U.S. State Department": an adjective
                }

                country = c;
                countryEnd = k + n;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token j (inside the sentence, as <paramref name="inside"/> says) is a capitalised word of a person's name.</summary>
    private static bool IsNameWord(PlaceTokens w, int j, bool inside) =>
        inside && w.IsCapitalized(j) && !w.IsAllCaps(j) && !PerpetratorCues.NotNameWords.Contains(w.Text(j));

    /// <summary>
    /// A US state's name or abbreviation of up to three words at token k, with its stop when it touches one:
    /// "Wash.", "N.C.", "New York", "OKLA"; a two-letter abbreviation only in capitals ("WA", not "in").
    /// </summary>
    public static bool TryState(PlaceTokens w, int k, out UsState state, out int stateEnd)
    {
        state = null!;
        stateEnd = k;
        if (k >= w.Count || w[k].Kind != TokenKind.Word || !w.MayNameGeography(k))
        {
            return false;
        }

        for (int n = 3; n >= 1; n--)
        {
            if (k + n > w.Count)
            {
                continue;
            }

            int last = k + n - 1;
            int stop = w.IsPunct(last + 1, '.') && w.Touches(last) ? last + 2 : last + 1;
            var withStop = w.Body.AsSpan(w[k].Start, w[stop - 1].End - w[k].Start);
            if (Geography.TryUsState(withStop, out var s))
            {
                state = s;
                stateEnd = stop;
                return true;
            }

            var plain = w.Body.AsSpan(w[k].Start, w[last].End - w[k].Start);
            if (Geography.TryUsState(plain, out s) && (plain.Length > 2 || w.IsAllCaps(k)))
            {
                state = s;
                stateEnd = last + 1;
                return true;
            }
        }

        return false;
    }
}
