using System.Buffers;

namespace HostageReports.Reports;

/// <summary>
/// Phrases that mark a paragraph as page furniture rather than the report's own words: credits,
/// copyright lines, calls to follow, share or read more. Data, matched ignoring case.
/// </summary>
internal static class NonClaimLexicon
{
    /// <summary>A paragraph that opens with one of these (then a non-letter) is not a claim.</summary>
    public static readonly string[] Openings =
    [
        "copyright", "©", "(©", "all rights reserved", "reporting by", "(reporting by", "editing by", "additional reporting", "writing by",
        "compiled by", "follow us", "follow @", "read more", "read also", "see also", "related:", "related content", "related stories",
        "related articles", "related coverage", "previous coverage", "more:", "more from", "click here", "sign up", "subscribe", "advertisement",
        "share this", "like this", "please enable javascript", "photo:", "photos:", "photo by", "photo credit", "image via", "image:",
        "video:", "watch:", "watch this", "download the", "download our", "email newsletters", "stay with", "stay up to date", "stay updated",
        "check back", "get breaking news", "get email", "don't miss", "join the conversation", "sign in", "report an error", "report a typo", "updated:", "posted:", "published:",
        "last updated", "this story has been updated", "the associated press contributed", "contributing:",
        "original story:", "story continues below", "continue reading", "recommended:",
    ];

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
    public static readonly string[] Anywhere =
    [
        "all rights reserved", "contributed to this report", "reprint permission", "enable javascript",
        "this material may not be published", "pic.twitter.com", "follow us on", "like us on facebook",
    ];

    /// <summary>The <see cref="Anywhere"/> phrases, searched for all at once, ignoring case.</summary>
    public static readonly SearchValues<string> AnywhereSearch = SearchValues.Create(Anywhere, StringComparison.OrdinalIgnoreCase);

    /// <summary>Paragraphs longer than this are prose, whatever phrase they contain.</summary>
    public const int ShortParagraph = 240;

    /// <summary>A line without closing punctuation of at most this many words is a heading, a label or a name.</summary>
    public const int HeadingWords = 15;

    /// <summary>A caption cut short with "..." of at most this many words.</summary>
    public const int CaptionWords = 30;
}
