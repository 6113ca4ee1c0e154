using HostageReports.Lexicons;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Gives a group with no casualty word of its own the measure of the group it restates or breaks down.
/// Each phrasing is one matcher, tried in the order of <see cref="Inherit"/>: the first that matches adopts.
/// </summary>
internal sealed partial class CountSentenceReader
{
    private void Inherit()
    {
        // The last group before the one at hand that has a measure: the groups are in order of their starts, and
        // a group's measure is settled once the loop has passed it.
        CountGroup? previous = null;
        for (int g = 0; g < _groups.Count; g++)
        {
            if (g > 0 && _groups[g - 1].Measure is not null)
            {
                previous = _groups[g - 1];
            }

            var group = _groups[g];
            if (group.Measure is not null || CopulaToMember(group))
            {
                continue;
            }

            if (previous is not null)
            {
                _ = DashBreakdown(group, previous) || IncludingBreakdown(group, previous) || LinkedPeople(group, previous)
                    || CopulaRestatement(group, previous) || PartOfTheMeasured(group, previous) || PartOfThem(group, previous);
            }
        }
    }

    /// <summary>
    /// The people are one of a counted group they are linked to by a copula:
    /// "a British national was one of the two people who were killed", "a British national was one of the hostages".
    /// </summary>
    private bool CopulaToMember(CountGroup group)
    {
        var target = group.CopulaTo is int to ? GroupWithMember(to) : null;
        if (target is null)
        {
            return false;
        }

        Adopt(group, target);
        return true;
    }

    /// <summary>
    /// A breakdown after a dash or colon right after the casualty word:
    /// "six people had been wounded – two Britons, a Norwegian and a Japanese", "two were killed: an American and a Briton".
    /// </summary>
    private bool DashBreakdown(CountGroup group, CountGroup previous)
    {
        int prev = group.Start - 1;
        if (!(prev >= 0 && Text(prev) is "-" or "\u2013" or "\u2014" or ":" && previous.Predicate is { } predicate && prev <= predicate.End + 1))
        {
            return false;
        }

        Adopt(group, previous);
        group.Inherited = true;
        return true;
    }

    /// <summary>
    /// A breakdown opened by "including" or "among them" after the casualty word:
    /// "left 38 hostages dead, among them six Britons", "killed 23, including 10 Japanese".
    /// </summary>
    private bool IncludingBreakdown(CountGroup group, CountGroup previous)
    {
        if (!(previous.Predicate is { End: int end } && end <= group.Start && group.Start - end <= 3
            && CasualtyLexicon.Including.TryMatchEndingAt(_body, Tokens, group.Start, out _, out int includingStart)
            && (includingStart == end || (includingStart == end + 1 && Is(end, ",")))))
        {
            return false;
        }

        Adopt(group, previous);
        group.Inherited = true;
        return true;
    }

    /// <summary>
    /// More people joined to the casualty word by a link phrase:
    /// "two Americans were kidnapped as well as a French national", "two people were killed along with three Britons".
    /// </summary>
    private bool LinkedPeople(CountGroup group, CountGroup previous)
    {
        if (!(CasualtyLexicon.Links.TryMatchEndingAt(_body, Tokens, group.Start, out _, out int linkStart) && linkStart >= previous.End))
        {
            return false;
        }

        Adopt(group, previous);
        return true;
    }

    /// <summary>
    /// A copula that breaks down a group counted before; the breakdown replaces a definite restatement:
    /// "The two people killed in the attack were an Algerian and a Briton".
    /// </summary>
    private bool CopulaRestatement(CountGroup group, CountGroup previous)
    {
        int prev = group.Start - 1;
        if (!(prev >= 0 && In(CasualtyLexicon.Be, prev) && (previous.Predicate is not { } predicate || predicate.End <= prev) && previous.Members.TrueForAll(m => m.Nations.Count == 0)))
        {
            return false;
        }

        Adopt(group, previous);
        if (previous.Members.TrueForAll(m => m.Definite))
        {
            previous.Dropped = true;
        }

        return true;
    }

    /// <summary>
    /// A part of the measured people, said with a population: "of the six wounded two were foreigners".
    /// </summary>
    private bool PartOfTheMeasured(CountGroup group, CountGroup previous)
    {
        if (!(group.PopulationPredicate is not null && previous.Start > 0 && In(CountWords.Of, previous.Start - 1)))
        {
            return false;
        }

        Adopt(group, previous);
        previous.Dropped = true;
        return true;
    }

    /// <summary>
    /// Members that are parts of the people before: "two people were killed, one of them British", "three were hurt, two of them Canadians".
    /// </summary>
    private static bool PartOfThem(CountGroup group, CountGroup previous)
    {
        if (!group.Members.TrueForAll(m => m.PartOfPrevious))
        {
            return false;
        }

        Adopt(group, previous);
        return true;
    }

    private static void Adopt(CountGroup group, CountGroup from)
    {
        group.Measure = from.Measure;
        group.Predicate = null;
    }
}
