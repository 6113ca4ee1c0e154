using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>The cue read before a name: what it says, where it starts, where the filler before the name stopped.</summary>
/// <param name="Cue">What the cue says of the person; null when no cue stands before the name.</param>
/// <param name="Start">The cue's first token; the name's start when there is none.</param>
/// <param name="Stop">The token where the filler before the name stopped (for coordinated names).</param>
internal readonly record struct LeftCue(PersonCue? Cue, int Start, int Stop);

/// <summary>
/// A cue phrase before a person's name (<see cref="PerpetratorCues.Before"/>), filler between them skipped back
/// (numbers, ages, "alleged"): "gunman John Smith", "police arrested 24-year-old Jane Roe", "led by Abu Omar".
/// The longest phrase ending where the filler stops is taken, at most fourteen tokens before the name.
/// </summary>
internal static class LeftCueMatcher
{
    private static readonly WordPhrases<PersonCue> Before = new(PerpetratorCues.Before);

    /// <summary>The cue before the name starting at <paramref name="nameStart"/> within the sentence from <paramref name="start"/>.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="nameStart">The name's first token.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <returns>The cue read, with no cue when none stands there.</returns>
    public static LeftCue Match(TokenView v, int nameStart, int start)
    {
        int p = nameStart - 1;
        int floor = Math.Max(start, nameStart - 14);
        while (p >= floor)
        {
            if (Before.TryMatchEndingAt(v, p, floor, out int s, out var cue))
            {
                return new LeftCue(cue, s, p);
            }

            if (IsFiller(v, p))
            {
                p--;
                continue;
            }

            break;
        }

        return new LeftCue(null, nameStart, p);
    }

    private static bool IsFiller(TokenView v, int p) =>
        v[p].Kind == TokenKind.Number || v.Has(p, WordClass.Filler) || PersonWords.IsAge(v.Text(p));
}

/// <summary>
/// The cues after a person's name, filler between them skipped (ages, suffixes, "of Oakdale", "from Lake Verne"): an
/// apposition ("John Smith, a 24-year-old suspect", <see cref="AppositionMatcher"/>) or a cue phrase
/// (<see cref="PerpetratorCues.After"/>: "John Smith, who opened fire", "Jane Roe was arrested", "Smith said").
/// Read at most sixteen tokens after the name.
/// </summary>
internal static class RightCueMatcher
{
    private static readonly WordPhrases<PersonCue> After = new(PerpetratorCues.After);

    /// <summary>Reads the cues after the mention into it, and where its filler stopped.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="m">The mention.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    public static void Read(TokenView v, PersonMention m, int start, int end)
    {
        int q = m.End;
        int limit = Math.Min(end, m.End + 16);
        while (q < limit)
        {
            if (v.IsPunct(q, ',') && AppositionMatcher.Match(v, q + 1, limit) is { } app)
            {
                m.Apposition = app.Cue;
                m.CueEnd = app.End;
                break;
            }

            if (After.TryMatchAt(v, q, limit, out int len, out var cue))
            {
                m.Right = cue;
                m.CueEnd = q + len;
                m.CommaSpeaker = cue == PersonCue.Speech && q == m.End && m.Start > start && v.IsPunct(m.Start - 1, ',');
                break;
            }

            if (Origin(v, q, limit) is { } past)
            {
                q = past;
                continue;
            }

            if (IsFiller(v, q))
            {
                q++;
                continue;
            }

            break;
        }

        m.RightStop = q;
    }

    /// <summary>", of Oakdale,", "of the 1200 block of Elm Avenue", "from Lake Verne": the token past a home town or address at q, or null for none.</summary>
    private static int? Origin(TokenView v, int q, int limit)
    {
        if (!v.IsAny(q, NamesLexicon.Origin) || !(v.IsCapitalized(q + 1) || v.Is(q + 1, NamesLexicon.The) || v[q + 1].Kind == TokenKind.Number))
        {
            return null;
        }

        q++;
        while (q < limit && (v.IsCapitalized(q) || v.IsPunct(q, '.') || v[q].Kind == TokenKind.Number || v.IsAny(q, NamesLexicon.Address) || IsDash(v, q)))
        {
            q++;
        }

        return q;
    }

    /// <summary>True for a token that is a lone hyphen, of any kind.</summary>
    private static bool IsDash(TokenView v, int q) => v[q].Length == 1 && v.Body[v[q].Start] == '-';

    private static bool IsFiller(TokenView v, int q)
    {
        if (v[q].Kind == TokenKind.Number)
        {
            return true;
        }

        var classes = v.ClassesOf(q);
        return (classes & (WordClass.Filler | WordClass.NotRightFiller)) == WordClass.Filler || (classes & WordClass.RightFiller) != 0
            || (v.Text(q).Contains('-') && v.Text(q).Contains(NamesLexicon.AgeInfix, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>An apposition's cue: what its noun says of the person, and the token past the noun.</summary>
/// <param name="Cue">What the noun says.</param>
/// <param name="End">The token past the noun.</param>
internal readonly record struct AppositionCue(PersonCue Cue, int End);

/// <summary>
/// An apposition after a name's comma: an opening word and, within five words, a noun of
/// <see cref="PerpetratorCues.AppositionNouns"/>: "John Smith, a 24-year-old suspect", "Jane Roe, his accomplice",
/// "Abu Omar, the group's leader". Not past a comma, a stop, "of", "who" or "and" ("X, a resident of ...").
/// </summary>
internal static class AppositionMatcher
{
    /// <summary>The apposition starting at token k (just past the comma), or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="k">The apposition's first token.</param>
    /// <param name="limit">The token the apposition must end before.</param>
    /// <returns>The apposition's cue, or null.</returns>
    public static AppositionCue? Match(TokenView v, int k, int limit)
    {
        if (k >= limit || !v.IsAny(k, NamesLexicon.AppositionOpenings))
        {
            return null;
        }

        for (int n = k + 1; n < limit && n <= k + 5; n++)
        {
            if (v.IsPunct(n, ',') || v.IsPunct(n, '.') || v.IsAny(n, NamesLexicon.AppositionStops))
            {
                return null;
            }

            if (PerpetratorCues.AppositionNouns.TryGetValue(v.Text(n), out var cue))
            {
                return new AppositionCue(cue, n + 1);
            }
        }

        return null;
    }
}

/// <summary>The small tests of a person's words the matchers share.</summary>
internal static class PersonWords
{
    /// <summary>"22-year-old", "six-month-old": an age.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsAge(ReadOnlySpan<char> word) =>
        word.Contains('-') && (word.Contains(NamesLexicon.AgeInfix, StringComparison.OrdinalIgnoreCase) || word.EndsWith(NamesLexicon.AgeSuffix, StringComparison.OrdinalIgnoreCase));
}
