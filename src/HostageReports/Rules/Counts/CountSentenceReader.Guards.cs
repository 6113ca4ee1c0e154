using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>What keeps a casualty statement from counting: negation, demands, another period, threats, denial.</summary>
internal sealed partial class CountSentenceReader
{
    private bool SentenceHasDeathCue() => _sentenceHasDeathCue ??= ScanDeathCue();

    private bool ScanDeathCue()
    {
        for (int k = 0; k < _tokens.Length; k++)
        {
            if (In(CasualtyLexicon.DeathWords, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HistoryFollows(CountGroup group)
    {
        int first = group.Predicate is { } predicate ? Math.Min(group.Start, predicate.Start) : group.Start;
        for (int k = Math.Max(0, first - 8); k < first; k++)
        {
            if (May(k, Starts.Earlier) && CasualtyLexicon.Earlier.StartsAt(_body, Tokens, k))
            {
                return true;
            }
        }

        int from = group.Predicate is { } p ? Math.Max(group.End, p.End) : group.End;
        for (int k = from; k < _tokens.Length && k < from + 6; k++)
        {
            if (May(k, Starts.History) && CasualtyLexicon.History.StartsAt(_body, Tokens, k))
            {
                return true;
            }

            // "killed 20 people in 2009": another year than the report's.
            if (k < from + 3 && In(CountWords.InYear, k) && k + 1 < _tokens.Length && _tokens[k + 1].Kind == TokenKind.Number && _tokens[k + 1].Length == 4
                && int.TryParse(Text(k + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                && year is > 1800 and < 2100 && _context.Report.Metadata.Published is { } published && year < published.Year - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"threatened to kill", "tried to kidnap": the casualty did not happen (yet).</summary>
    private bool IsIrrealis(PredicateSpan? span)
    {
        if (span is not { Start: > 0 and int predicate })
        {
            return false;
        }

        for (int k = Math.Max(0, predicate - 4); k < predicate; k++)
        {
            if (May(k, Starts.Irrealis) && CasualtyLexicon.Irrealis.TryMatch(_body, Tokens, k, out _, out int length) && k + length >= predicate - 1)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegated(int before)
    {
        // "No Americans were among the hostages", "not a single person was hurt".
        if (before > 0 && In(Negators, before - 1))
        {
            return true;
        }

        return FirstNegation() < before;
    }

    /// <summary>The first token where a negation starts, or the sentence's length; found once per sentence.</summary>
    private int FirstNegation()
    {
        if (_firstNegation is not int first)
        {
            int k = (_sentenceStarts & Starts.Negation) == 0 ? _tokens.Length : 0;
            while (k < _tokens.Length && !(May(k, Starts.Negation) && CasualtyLexicon.Negations.StartsAt(_body, Tokens, k)))
            {
                k++;
            }

            _firstNegation = first = k;
        }

        return first;
    }

    private bool IsDemand(int start)
    {
        for (int k = Math.Max(0, start - 4); k < start; k++)
        {
            if (May(k, Starts.Demand) && CasualtyLexicon.Demands.StartsAt(_body, Tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDenied() => _denied ??= ScanDenied();

    private bool ScanDenied()
    {
        if ((_sentenceStarts & Starts.Denied) == 0)
        {
            return false;
        }

        for (int k = 0; k < _tokens.Length; k++)
        {
            if (May(k, Starts.Denied) && CasualtyLexicon.Denied.StartsAt(_body, Tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsReflexive(PeoplePhrase phrase) => phrase.End - phrase.Start == 1 && In(CasualtyLexicon.Reflexives, phrase.Start);

    private bool IsThereWere(CountGroup group) =>
        group.Start >= 2 && In(CountWords.There, group.Start - 2) && In(CasualtyLexicon.Be, group.Start - 1)
        || group.Start >= 3 && In(CountWords.There, group.Start - 3) && In(CasualtyLexicon.Be, group.Start - 2) && In(CountWords.Also, group.Start - 1);


    /// <summary>True when the group's casualty words say the wound may kill ("critically injured"; not "non-life-threatening").</summary>
    private bool IsGrave(CountGroup group)
    {
        if (group.Predicate is not { } span)
        {
            return false;
        }

        for (int i = Math.Max(0, span.Start - 1); i < span.End && i < _tokens.Length; i++)
        {
            if (In(CasualtyLexicon.GraveWords, i))
            {
                return true;
            }
        }

        return false;
    }
}
