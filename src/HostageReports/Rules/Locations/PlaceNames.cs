using System.Text;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>
/// How a place's name is written in a claim: abbreviations spelled out ("St. Louis" is "Saint Louis"),
/// capitals titled ("OAKDALE" is "Oakdale"), and the key two spellings of one place share.
/// </summary>
internal static class PlaceNames
{
    /// <summary>The length of a name whose key is written on the stack; a longer one's goes in an array.</summary>
    public const int KeyBufferLength = 128;

    /// <summary>"St. Louis" is named "Saint Louis", "Ft. Worth" "Fort Worth", "Mt. Vernon" "Mount Vernon"; the written form stays an alias.</summary>
    public static string Expand(string name)
    {
        foreach (var (abbr, full) in PlaceCues.NameAbbreviations)
        {
            if (name.StartsWith(abbr, StringComparison.Ordinal))
            {
                return full + name[abbr.Length..];
            }
        }

        return name;
    }

    /// <summary>The written form of an expanded name ("St. Louis" for "Saint Louis"), or null.</summary>
    public static string? Written(string name)
    {
        foreach (var (abbr, full) in PlaceCues.NameAbbreviations)
        {
            if (name.StartsWith(full, StringComparison.Ordinal))
            {
                return abbr + name[full.Length..];
            }
        }

        return null;
    }

    /// <summary>True when the name has no lower-case letter ("OAKDALE").</summary>
    public static bool IsAllCaps(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name in capitals in title case: "NEW YORK" is "New York", "O'FALLON" "O'Fallon".</summary>
    public static string Title(string caps)
    {
        var sb = new StringBuilder(caps.Length);
        bool startOfWord = true;
        foreach (char c in caps)
        {
            sb.Append(startOfWord ? c : char.ToLowerInvariant(c));
            startOfWord = !char.IsLetter(c) && c != '\'';
        }

        return sb.ToString();
    }

    /// <summary>
    /// The key two spellings of one place share: lower case, letters only, a leading "In"/"Ain"/"El"
    /// dropped. Written in the buffer (or, for a name longer than it, in a new array), not copied.
    /// </summary>
    public static ReadOnlySpan<char> Key(string name, Span<char> buffer)
    {
        // Words are split at spaces and hyphens, which are neither letters nor digits: the key is the
        // name's letters and digits, less the first word's when it is a particle before other words.
        var span = name.AsSpan();
        int start = span.IndexOfAnyExcept(' ', '-');
        if (start < 0)
        {
            return [];
        }

        int firstEnd = span[start..].IndexOfAny(' ', '-');
        if (firstEnd >= 0)
        {
            firstEnd += start;
            var first = span[start..firstEnd];
            if (span[firstEnd..].IndexOfAnyExcept(' ', '-') >= 0
                && (PlaceCues.LeadingParticles.Contains(first) || PlaceVocabulary.KeyParticle.Contains(first)))
            {
                start = firstEnd;
            }
        }

        var rest = span[start..];
        var key = rest.Length <= buffer.Length ? buffer : new char[rest.Length];
        int n = 0;
        foreach (char c in rest)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[n++] = char.ToLowerInvariant(c);
            }
        }

        return key[..n];
    }
}
