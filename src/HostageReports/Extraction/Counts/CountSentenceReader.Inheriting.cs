using HostageReports.Claims;
using HostageReports.Extraction.Attribution;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Numbers;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Counts;

/// <summary>Gives a group with no casualty word of its own the measure of the group it restates or breaks down.</summary>
internal sealed partial class CountSentenceReader
{
    private void Inherit()
    {
        // The last group before the one at hand that has a measure: the groups are in order of their starts, and
        // a group's measure is settled once the loop has passed it.
        int measured = -1;
        for (int g = 0; g < _groups.Count; g++)
        {
            if (g > 0 && _groups[g - 1].Measure is not null)
            {
                measured = g - 1;
            }

            var group = _groups[g];
            if (group.Measure is not null)
            {
                continue;
            }

            // "a British national was one of the two people who were killed".
            if (group.CopulaTo >= 0)
            {
                var target = GroupWithMember(group.CopulaTo);
                if (target is not null)
                {
                    Adopt(group, target);
                    continue;
                }
            }

            var previous = measured >= 0 ? _groups[measured] : null;
            if (previous is null)
            {
                continue;
            }

            int prev = group.Start - 1;

            // "six people had been wounded – two Britons, a Norwegian and ...".
            if (prev >= 0 && Text(prev) is "-" or "\u2013" or "\u2014" or ":" && previous.PredicateEnd >= 0 && prev <= previous.PredicateEnd + 1)
            {
                Adopt(group, previous);
                group.Inherited = true;
                continue;
            }

            // "left 38 hostages dead, among them six Britons", "killed 23, including 10 Japanese".
            if (previous.PredicateEnd >= 0 && previous.PredicateEnd <= group.Start && group.Start - previous.PredicateEnd <= 3
                && CasualtyLexicon.Including.TryMatchEndingAt(_body, Tokens, group.Start, out _, out int includingStart)
                && (includingStart == previous.PredicateEnd || (includingStart == previous.PredicateEnd + 1 && Is(previous.PredicateEnd, ","))))
            {
                Adopt(group, previous);
                group.Inherited = true;
                continue;
            }

            // "were kidnapped as well as a French national".
            if (CasualtyLexicon.Links.TryMatchEndingAt(_body, Tokens, group.Start, out _, out int linkStart) && linkStart >= previous.End)
            {
                Adopt(group, previous);
                continue;
            }

            // "The two people killed in the attack were an Algerian and a Briton": the breakdown replaces a definite restatement.
            if (prev >= 0 && In(CasualtyLexicon.Be, prev) && previous.PredicateEnd <= prev && previous.Members.TrueForAll(m => m.Nations.Count == 0))
            {
                Adopt(group, previous);
                if (previous.Members.TrueForAll(m => m.Definite))
                {
                    previous.Dropped = true;
                }

                continue;
            }

            // "of the six wounded two were foreigners".
            if (group.PopulationPredicate is not null && previous.Start > 0 && Is(previous.Start - 1, "of"))
            {
                Adopt(group, previous);
                previous.Dropped = true;
                continue;
            }

            // "two people were killed, one of them British".
            if (group.Members.TrueForAll(m => m.PartOfPrevious))
            {
                Adopt(group, previous);
            }
        }
    }

    private static void Adopt(CountGroup group, CountGroup from)
    {
        group.Measure = from.Measure;
        group.PredicateStart = -1;
        group.PredicateEnd = -1;
    }
}
