using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// Another name the text gives a group right after it: an acronym in brackets ("al-Qaeda in the Islamic Maghreb
/// (AQIM)"), or a second name ("the Brigade, or the Sons of the Desert", "X, also known as Y", "X, aka Y").
/// </summary>
internal static class GroupAliasMatcher
{
    /// <summary>Reads the alias after the mention into it, its tokens marked as a group's.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="m">The mention.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="used">One flag a token: true inside a group's name or alias.</param>
    /// <param name="runs">The report's last run read.</param>
    public static void Read(TokenView v, GroupMention m, int end, bool[] used, RunCache runs)
    {
        if (!BracketedAcronym(v, m, end))
        {
            SecondName(v, m, end, used, runs);
        }
    }

    /// <summary>"X (AQIM)", "the Front (FLN)": a capitalised word in brackets right after the name, taken into the mention.</summary>
    private static bool BracketedAcronym(TokenView v, GroupMention m, int end)
    {
        int e = m.End;
        if (!v.IsPunct(e, '(') || e + 2 >= end || !v.IsPunct(e + 2, ')') || v[e + 1].Kind != TokenKind.Word || !char.IsUpper(v.Body[v[e + 1].Start]))
        {
            return false;
        }

        string acronym = v.Text(e + 1).ToString();
        m.Aliases.Add(acronym);
        if (m.Canonical is null && ArmedGroups.ByKey.TryGetValue(ArmedGroups.Key(acronym), out var c))
        {
            m.Canonical = c;
        }

        m.End = e + 3;
        m.EvidenceEnd = Math.Max(m.EvidenceEnd, e + 3);
        return true;
    }

    /// <summary>"X, or the Y", "X, also known as Y", "X aka Y": a capitalised run after an alias word, not a place.</summary>
    private static void SecondName(TokenView v, GroupMention m, int end, bool[] used, RunCache runs)
    {
        int k = m.End;
        if (v.IsPunct(k, ','))
        {
            k++;
        }

        if (k + 1 >= end || AliasLead(v, k) is not { } lead)
        {
            return;
        }

        k += lead;
        if (k < end && v.Is(k, NamesLexicon.The))
        {
            k++;
        }

        if (v.IsCapitalized(k))
        {
            int runEnd = runs.Run(v, k, end);
            if (runEnd > k && !GroupNames.IsPlace(v, k, runEnd))
            {
                m.Aliases.Add(v.Span(k, runEnd));
                GroupNames.Mark(used, k, runEnd);
                m.EvidenceEnd = Math.Max(m.EvidenceEnd, runEnd);
            }
        }
    }

    /// <summary>The number of tokens of the alias words at token k ("or", "aka": one; "also known as": three), or null for none.</summary>
    private static int? AliasLead(TokenView v, int k)
    {
        if (v.IsAny(k, NamesLexicon.AliasWords))
        {
            return 1;
        }

        // The phrase's last word ("as") is stepped over unread.
        var phrase = NamesLexicon.AliasPhrase;
        for (int n = 0; n < phrase.Length - 1; n++)
        {
            if (!v.Is(k + n, phrase[n]))
            {
                return null;
            }
        }

        return phrase.Length;
    }
}

/// <summary>
/// A group the text makes an affiliation of the perpetrators, not the perpetrator: a phrase before it ("linked to
/// al-Qaeda", "with ties to the X Brigade", "inspired by the Taliban"), or a word after it ("an al-Shabaab affiliate").
/// </summary>
internal static class AffiliationMatcher
{
    private static readonly WordPhrases<bool> Before = new(GroupCues.AffiliationBefore.Select(static p => (p, true)));

    /// <summary>Marks the mention an affiliation when a phrase before it or a word after it makes it one, its evidence widened.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="m">The mention.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    public static void Read(TokenView v, GroupMention m, int start, int end)
    {
        int p = m.Start - 1;
        while (p >= start && p >= m.Start - 8)
        {
            if (Before.TryMatchEndingAt(v, p, start, out int s, out _))
            {
                m.Affiliation = true;
                m.EvidenceStart = Math.Min(m.EvidenceStart, s);
                return;
            }

            if (v.Has(p, WordClass.AffiliationFiller))
            {
                p--;
                continue;
            }

            break;
        }

        int q = m.End;
        if (q < end && v.Has(q, WordClass.AffiliationAfter))
        {
            m.Affiliation = true;
            m.EvidenceEnd = Math.Max(m.EvidenceEnd, q + 1);
        }
    }
}
