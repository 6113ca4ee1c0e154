using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// What the group matchers ask of a name they read: whether it is a place instead ("Algeria", "New York"), its
/// affiliation ending ("Qaeda-linked"), its leading "the"; and the marking of a group's tokens as read.
/// </summary>
internal static class GroupNames
{
    /// <summary>True when tokens [a, b) name a country, a US state, a capital or a nationality: no group's name.</summary>
    public static bool IsPlace(TokenView v, int a, int b)
    {
        var text = v.Body.AsSpan(v[a].Start, v[b - 1].End - v[a].Start);
        return PlaceCues.MayStartGeographyName(v.Text(a)) && (Geography.TryCountryByName(text, out _) || Geography.TryUsState(text, out _) || Geography.TryCapital(text, out _) || Geography.TryDemonym(text, out _));
    }

    /// <summary>The word without its hyphenated affiliation ending ("Qaeda-linked": "Qaeda"); <paramref name="hasSuffix"/> tells whether it had one.</summary>
    public static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> word, out bool hasSuffix)
    {
        hasSuffix = false;
        if (!word.Contains('-'))
        {
            return word; // every suffix is hyphenated
        }

        foreach (var suffix in GroupCues.AffiliationSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                hasSuffix = true;
                return word[..^suffix.Length];
            }
        }

        hasSuffix = false;
        return word;
    }

    /// <summary>The name without a leading "the ".</summary>
    public static string TrimThe(string text)
    {
        var the = NamesLexicon.The;
        return text.Length > the.Length && text[the.Length] == ' ' && text.StartsWith(the, StringComparison.OrdinalIgnoreCase) ? text[(the.Length + 1)..] : text;
    }

    /// <summary>Marks tokens [a, b) as a group's.</summary>
    public static void Mark(bool[] used, int a, int b)
    {
        if (b > a)
        {
            used.AsSpan(a, b - a).Fill(true);
        }
    }
}
