using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// A capitalised run that names a place or an organisation, not a person: before a resident noun ("a Lake Verne man",
/// not "the Lake Verne home"), before an organisation word ("Alder Junior High School", "Glenwood Police Department"),
/// after a capitalised word never in a name, before ", Okla." ("Glenwood, Okla."), or a known place itself ("Sierra
/// Leone", "Kenyan").
/// </summary>
internal static class PlaceOrOrgName
{
    /// <summary>True when the name read is a place's or an organisation's.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="words">The report's list of name words.</param>
    /// <param name="m">The name read.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <returns>Whether it is one.</returns>
    public static bool Matches(TokenView v, List<NameWord> words, in NameScan m, int start, int end)
    {
        if (m.End < end && !v.IsCapitalized(m.End) && v.In(m.End, PlaceCues.ResidentNouns) && !v.IsAny(m.End, NamesLexicon.NotResident))
        {
            return true; // "a Lake Verne man", "the Glen Arbor woman"
        }

        if (m.End < end && v.IsCapitalized(m.End) && (v.ClassesOf(m.End) & (WordClass.NotNameWords | WordClass.Honorifics)) == WordClass.NotNameWords)
        {
            return true; // "Alder Junior High School", "Glenwood Police Department"
        }

        if (m.Start > start && v.IsCapitalized(m.Start - 1) && (v.ClassesOf(m.Start - 1) & (WordClass.Titles | WordClass.Honorifics | WordClass.NotNameWords)) == WordClass.NotNameWords && m.Start - 1 != start)
        {
            return true;
        }

        if (v.IsPunct(m.End, ',') && m.End + 1 < end && PlaceCues.MayStartGeographyName(v.Text(m.End + 1)))
        {
            var next = v.Text(m.End + 1);
            int len = v[m.End + 1].Length + (v.IsPunct(m.End + 2, '.') ? 1 : 0);
            if (Geography.TryUsState(v.Body.AsSpan(v[m.End + 1].Start, len), out _) || Geography.TryUsState(next, out _) || Geography.TryCountryByName(next, out _))
            {
                return true; // "Glenwood, Okla."
            }
        }

        var w0 = words[m.FirstWord];
        if (!w0.Stop && !PlaceCues.MayStartGeographyName(v.Body.AsSpan(w0.Start, w0.Length)))
        {
            return false;
        }

        // The words joined by single spaces, in a buffer: "Sierra Leone" is a country, "Kenyan" a nationality.
        int length = m.WordCount - 1;
        for (int k = 0; k < m.WordCount; k++)
        {
            length += words[m.FirstWord + k].NameLength;
        }

        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int k = 0; k < m.WordCount; k++)
        {
            if (at > 0)
            {
                buffer[at++] = ' ';
            }

            var w = words[m.FirstWord + k];
            w.CopyTo(v.Body, buffer[at..]);
            at += w.NameLength;
        }

        ReadOnlySpan<char> joined = buffer;
        var firstWord = joined[..w0.NameLength];
        if (w0.Stop && !PlaceCues.MayStartGeographyName(firstWord))
        {
            return false;
        }

        return Geography.TryCountryByName(joined, out _) || Geography.TryUsState(joined, out _) || Geography.TryCapital(joined, out _) || Geography.TryDemonym(joined, out _)
            || (m.WordCount == 1 && Geography.TryDemonym(firstWord, out _));
    }
}
