using System.Buffers;
using HostageReports.Lexicons;

namespace HostageReports.Reports;

/// <summary>
/// Phrases that mark a paragraph as page furniture rather than the report's own words: credits,
/// copyright lines, calls to follow, share or read more. Data (<c>non-claims.tsv</c>), matched ignoring case.
/// </summary>
internal static class NonClaimLexicon
{
    /// <summary>Where a phrase of <c>non-claims.tsv</c> marks a paragraph (its first column).</summary>
    private enum Where
    {
        /// <summary><see cref="Openings"/>.</summary>
        Opening,

        /// <summary><see cref="Anywhere"/>.</summary>
        Anywhere,
    }

    private static readonly IReadOnlyDictionary<Where, string[]> Phrases =
        LexiconFile.Lists<Where>(LexiconFile.Prefix + "non-claims.tsv");

    /// <summary>A paragraph that opens with one of these (then a non-letter) is not a claim.</summary>
    public static readonly string[] Openings = Phrases[Where.Opening];

    /// <summary>
    /// The <see cref="Openings"/> by their first character in upper case (as ignoring case compares it),
    /// so a paragraph is tested against a few of them only: the entry at a character's code, null when
    /// none opens so; characters past the table's end open none.
    /// </summary>
    public static readonly string[]?[] OpeningsByFirst = ByFirst(Openings);

    private static string[]?[] ByFirst(string[] phrases)
    {
        var groups = phrases.GroupBy(static o => char.ToUpperInvariant(o[0])).ToList();
        var table = new string[]?[groups.Max(static g => g.Key) + 1];
        foreach (var g in groups)
        {
            table[g.Key] = [.. g];
        }

        return table;
    }

    /// <summary>A short paragraph that contains one of these anywhere is not a claim.</summary>
    public static readonly string[] Anywhere = Phrases[Where.Anywhere];

    /// <summary>The <see cref="Anywhere"/> phrases, searched for all at once, ignoring case.</summary>
    public static readonly SearchValues<string> AnywhereSearch = SearchValues.Create(Anywhere, StringComparison.OrdinalIgnoreCase);

    /// <summary>Paragraphs longer than this are prose, whatever phrase they contain.</summary>
    public const int ShortParagraph = 240;

    /// <summary>A line without closing punctuation of at most this many words is a heading, a label or a name.</summary>
    public const int HeadingWords = 15;

    /// <summary>A caption cut short with "..." of at most this many words.</summary>
    public const int CaptionWords = 30;
}
