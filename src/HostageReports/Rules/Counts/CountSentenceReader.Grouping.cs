using HostageReports.Lexicons;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Groups the people phrases of a sentence: members coordinated by "and", "or" and commas ("a Briton,
/// an American and a Norwegian"), and breakdowns after "including" or a dash ("Seven hostages – three
/// Belgians and ..."), which <see cref="Between"/> tells apart by the words between two phrases.
/// </summary>
internal sealed partial class CountSentenceReader
{
    /// <summary>What stands between two people phrases of a sentence, and so how the second joins the first's group.</summary>
    private enum Between
    {
        /// <summary>Nothing that joins: the second phrase opens a group of its own.</summary>
        None,

        /// <summary>A comma alone: "In Kenwood, a teenage boy" (a list only if an "and" comes later).</summary>
        Comma,

        /// <summary>"and" or "or": "a Briton and an Algerian".</summary>
        And,

        /// <summary>A comma and "and": "a Briton, an American, and a Norwegian".</summary>
        CommaAnd,

        /// <summary>A phrase that opens a breakdown: "including", "among them".</summary>
        Including,

        /// <summary>A dash, a parenthesis or a colon: a breakdown when the group before is a count.</summary>
        Dash,
    }

    private void BuildGroups()
    {
        CountGroup? group = null;
        bool inBreakdown = false;
        foreach (var phrase in _phrases)
        {
            if (group is not null && TryJoin(group, phrase, ref inBreakdown))
            {
                continue;
            }

            group = NewGroup(phrase);
            inBreakdown = false;
            _groups.Add(group);
        }

        SplitCommaLists();
        IndexMembers();
    }

    /// <summary>
    /// Joins a phrase to the group before it, as a member ("a Briton and an Algerian") or a part of its
    /// breakdown ("Seven hostages – three Belgians, two Americans"), when a few words at most stand between.
    /// </summary>
    private bool TryJoin(CountGroup group, PeoplePhrase phrase, ref bool inBreakdown)
    {
        int gap = phrase.Start - group.End;
        if (gap < 0 || gap > 3)
        {
            return false;
        }

        var between = Kind(group.End, phrase.Start);
        if (between == Between.Dash)
        {
            // Only a count opens a dashed breakdown: "Seven hostages – three Belgians ...", not "HOUSTON – Four people".
            between = group.Members.Count == 1 && group.Breakdown.Count == 0 && group.Members[0].Count == PeopleCount.Quantity && !group.Members[0].Bare
                ? Between.Including
                : Between.None;
        }

        if (between == Between.Including)
        {
            group.Breakdown.Add(phrase);
            group.End = phrase.End;
            inBreakdown = true;
            return true;
        }

        if (between == Between.CommaAnd || (between == Between.And && !inBreakdown))
        {
            group.HasAnd = true;
            group.Members.Add(phrase);
            group.End = phrase.End;
            inBreakdown = false;
            return true;
        }

        if (between is Between.And or Between.Comma)
        {
            if (inBreakdown)
            {
                group.Breakdown.Add(phrase);
            }
            else
            {
                group.HasAnd |= between == Between.And;
                group.CommaJoined |= between == Between.Comma;
                group.Members.Add(phrase);
            }

            group.End = phrase.End;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "In Kenwood, a teenage boy was killed": commas without "and" list nothing; each phrase stands alone.
    /// The groups are laid out again in one pass (not an insertion per phrase), in the same order.
    /// </summary>
    private void SplitCommaLists()
    {
        if (!_groups.Exists(static g => g.CommaJoined && !g.HasAnd))
        {
            return;
        }

        var laidOut = _laidOut;
        laidOut.Clear();
        foreach (var joined in _groups)
        {
            if (!(joined.CommaJoined && !joined.HasAnd))
            {
                laidOut.Add(joined);
                continue;
            }

            for (int m = 0; m < joined.Members.Count; m++)
            {
                var single = NewGroup(joined.Members[m]);
                if (m == joined.Members.Count - 1)
                {
                    single.Breakdown.AddRange(joined.Breakdown);
                    single.End = joined.End;
                }

                laidOut.Add(single);
            }
        }

        _groups.Clear();
        _groups.AddRange(laidOut);
        laidOut.Clear();
    }

    /// <summary>Each phrase's group, for the look-ups by member and by start.</summary>
    private void IndexMembers()
    {
        if (_memberOf.Length < _phrases.Count)
        {
            _memberOf = new int[Math.Max(_phrases.Count, _memberOf.Length * 2)];
        }

        _memberOf.AsSpan(0, _phrases.Count).Fill(-1);
        for (int g = 0; g < _groups.Count; g++)
        {
            foreach (var member in _groups[g].Members)
            {
                _memberOf[_phraseAt[member.Start]] = g;
            }
        }
    }

    private Between Kind(int from, int to)
    {
        if (from == to)
        {
            return Between.None;
        }

        int k = from;
        bool comma = false;
        if (Is(k, ","))
        {
            comma = true;
            k++;
        }

        if (k < to && May(k, Starts.Including) && CasualtyLexicon.Including.TryMatch(_body, Tokens, k, out _, out int length) && k + length == to)
        {
            return Between.Including;
        }

        // "Seven hostages – three Belgians, two Americans and a Briton – were killed".
        if (!comma && k + 1 == to && Text(k) is "\u2013" or "\u2014" or "-" or "(" or ":")
        {
            return Between.Dash;
        }

        if (k + 1 == to && In(CountWords.Coordinators, k))
        {
            return comma ? Between.CommaAnd : Between.And;
        }

        return comma && k == to ? Between.Comma : Between.None;
    }
}
