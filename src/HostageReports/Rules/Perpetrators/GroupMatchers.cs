using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// A group named by the shape of its name: a capitalised run ending in a group word, or starting with an Arabic one:
/// "the Ahmed Abu al-Hassan Brigade", "Katibat al-Furqan", "the Islamic Liberation Front" (in a sentence about militants).
/// Not "the Salvation Army" (a weak head outside such a sentence), "the Algerian Army", "Police Department".
/// </summary>
internal static class HeadedGroupMatcher
{
    /// <summary>The headed group starting at token i, or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The name's first token.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="militant">Whether the sentence talks of militants; null until read, read once a sentence.</param>
    /// <param name="runs">The report's last run read.</param>
    /// <returns>The mention, or null.</returns>
    public static GroupMention? Match(TokenView v, int i, int start, int end, ref bool? militant, RunCache runs)
    {
        if (!v.IsCapitalized(i) || v.Is(i, NamesLexicon.The))
        {
            return null;
        }

        // Most capitalised words stand alone: the run is read before the word is looked up.
        int runEnd = runs.Run(v, i, end);
        if (runEnd - i < 2 || v.Has(i, WordClass.MilitantWords | WordClass.MemberNouns))
        {
            return null; // "Rebels of the X Movement": the name starts after "of the"
        }

        bool head = v.Has(runEnd - 1, WordClass.Heads);
        bool arabic = v.Has(i, WordClass.Starts);
        if (!head && !arabic)
        {
            return null;
        }

        if (head && !arabic && !v.Has(runEnd - 1, WordClass.StrongHeads) && !(militant ??= MilitantSentence(v, start, end)))
        {
            return null; // "the Salvation Army", "the Popular Front" of a valley
        }

        if (runs.HasBarrierFrom(v, i))
        {
            return null; // "the Algerian Army", "the National Front party", "Police Department"
        }

        return new GroupMention { Start = i, End = runEnd, Text = v.Span(i, runEnd), EvidenceStart = i, EvidenceEnd = runEnd };
    }

    /// <summary>True when the sentence holds a word about militants ("militants", "rebels").</summary>
    private static bool MilitantSentence(TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v.Has(k, WordClass.MilitantWords))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A group the text introduces by name: after a naming phrase owned by a group noun or a pronoun ("a group calling
/// itself the Sons of the Desert", "they called themselves Black Dawn"), or after a descriptor and a group noun
/// ("militant group Ansar Beit", "the rebel movement Free Valley").
/// </summary>
internal static class IntroducedGroupMatcher
{
    private static readonly WordPhrases<bool> Naming = new(GroupCues.Naming.Select(static p => (p, true)));

    /// <summary>A filter of the last words of the naming phrases (<see cref="Naming"/>).</summary>
    private static readonly WordFilter NamingEnds = new(PhraseWords.Cut(GroupCues.Naming.Select(static p => (p, true))).Select(static p => p.Words[^1]));

    /// <summary>A filter of the nouns a descriptor goes with (<see cref="GroupCues.DescribedNouns"/>).</summary>
    private static readonly WordFilter DescribedNouns = new(GroupCues.ClassedWords.Where(static l => l.Class == WordClass.DescribedNouns).SelectMany(static l => l.Words));

    /// <summary>The group introduced at token i, or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The name's first token.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="runs">The report's last run read.</param>
    /// <returns>The mention, or null.</returns>
    public static GroupMention? Match(TokenView v, int i, int start, int end, RunCache runs)
    {
        if (!v.IsCapitalized(i) || v.Is(i, NamesLexicon.The) || v.IsQuote(i))
        {
            return null;
        }

        // A naming phrase before the name decides alone; only without one is a descriptor pair looked for.
        int? cueStart = NamingPhrase(v, i, start) is { } naming ? (naming.Owned ? naming.Start : null) : DescriptorPair(v, i, start);
        if (cueStart is not { } cue)
        {
            return null;
        }

        int runEnd = runs.Run(v, i, end);
        if (runEnd <= i || GroupNames.IsPlace(v, i, runEnd))
        {
            return null;
        }

        return new GroupMention { Start = i, End = runEnd, Text = v.Span(i, runEnd), EvidenceStart = cue, EvidenceEnd = runEnd, Introduced = true };
    }

    /// <summary>
    /// The naming phrase ending before token i ("the" and quotes between): "a group calling itself X", "they call
    /// themselves X"; owned when a naming noun or a pronoun stands within seven words before it. Null for none.
    /// </summary>
    private static NamingCue? NamingPhrase(TokenView v, int i, int start)
    {
        int c = i - 1;
        while (c > start && (v.Is(c, NamesLexicon.The) || v.IsQuote(c)))
        {
            c--;
        }

        // Most words end no naming phrase: a filter turns them away before any look-up.
        if (c < start || !NamingEnds.MayContain(v.Text(c)) || !Naming.TryMatchEndingAt(v, c, start, out int cs, out _))
        {
            return null;
        }

        bool owned = false;
        for (int b = cs - 1; b >= Math.Max(start, cs - 7) && !owned; b--)
        {
            owned = v.Has(b, WordClass.NamingNouns) || v.IsAny(b, NamesLexicon.NamingPronouns);
        }

        return new NamingCue(cs, owned);
    }

    /// <summary>"militant group X", "armed faction X": the first token of a descriptor and a group noun right before token i, or null.</summary>
    private static int? DescriptorPair(TokenView v, int i, int start) =>
        i >= start + 2 && DescribedNouns.MayContain(v.Text(i - 1)) && v.Has(i - 1, WordClass.DescribedNouns) && v.Has(i - 2, WordClass.Descriptors) ? i - 2 : null;

    /// <summary>A naming phrase found: its first token, and whether a group noun or a pronoun owns it.</summary>
    private readonly record struct NamingCue(int Start, bool Owned);
}

/// <summary>
/// The second name of a pair a naming phrase introduced: "calling themselves the Black Dawn and the Red Hand",
/// "known as \"Free Valley\" and \"New Dawn\"". Read only right after an introduced name.
/// </summary>
internal static class CoordinatedGroupMatcher
{
    /// <summary>The second group named from token k (just past the first), or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="k">The token past the first name.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="runs">The report's last run read.</param>
    /// <returns>The mention, or null.</returns>
    public static GroupMention? Match(TokenView v, int k, int end, RunCache runs)
    {
        if (v.IsQuote(k))
        {
            k++;
        }

        if (k + 1 >= end || !v.Is(k, NamesLexicon.And))
        {
            return null;
        }

        k++;
        while (k < end && (v.Is(k, NamesLexicon.The) || v.IsQuote(k)))
        {
            k++;
        }

        if (!v.IsCapitalized(k))
        {
            return null;
        }

        int runEnd = runs.Run(v, k, end);
        if (runEnd <= k || GroupNames.IsPlace(v, k, runEnd))
        {
            return null;
        }

        return new GroupMention { Start = k, End = runEnd, Text = v.Span(k, runEnd), EvidenceStart = k, EvidenceEnd = runEnd };
    }
}

/// <summary>
/// A quoted capitalised name before a lower-case group word: the "Sons of the Desert" cell, a "Black Dawn" faction.
/// Not a quoted name of one word, nor one followed by a capitalised word.
/// </summary>
internal static class QuotedGroupMatcher
{
    /// <summary>The quoted group starting at token i, or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The name's first token (after the opening quote).</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="runs">The report's last run read.</param>
    /// <returns>The mention, or null.</returns>
    public static GroupMention? Match(TokenView v, int i, int end, RunCache runs)
    {
        if (!v.IsQuote(i - 1) || !v.IsCapitalized(i))
        {
            return null;
        }

        int runEnd = runs.Run(v, i, end);
        if (runEnd - i < 2 || !v.IsQuote(runEnd) || runEnd + 1 >= end || !v.Has(runEnd + 1, WordClass.QuotedHeads) || char.IsUpper(v.Body[v[runEnd + 1].Start]))
        {
            return null;
        }

        return new GroupMention { Start = i, End = runEnd, Text = v.Span(i, runEnd), EvidenceStart = i - 1, EvidenceEnd = runEnd + 2 };
    }
}
