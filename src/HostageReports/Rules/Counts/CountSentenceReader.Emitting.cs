using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>Turns each measured group into claims: one per member and nationality, a sum, or a total of the shot.</summary>
internal sealed partial class CountSentenceReader
{
    private void Emit(CountGroup group)
    {
        EmitGroup(group);
        _outcomeOpen = false;
    }

    /// <summary>
    /// The measure a group's claims count, or null when it gives none here: "shot" counts the wounded, or
    /// the dead and the wounded ("five people were shot, one fatally"), or a total kept aside in a report
    /// with deaths; "in critical condition" and "with gunshot wounds" count the wounded only when they count.
    /// </summary>
    private CasualtyMeasure? MeasureToCount(CountGroup group, CasualtyMeasure casualty)
    {
        var measure = casualty;

        if (casualty == CasualtyMeasure.Shot && TryFatally(group))
        {
            return null;
        }

        if (casualty == CasualtyMeasure.Shot)
        {
            // In a report with deaths, "shot" may count the dead; "three others were shot" does not.
            if (_reading.ReportHasDeaths && !group.Members.TrueForAll(m => m.Other))
            {
                ShotTotal(group);
                return null;
            }

            measure = CasualtyMeasure.Wounded;
            _outcomeOpen = !_reading.ReportHasDeaths;
        }

        // "three men are in stable condition" counts them; "a man is in critical condition" describes one of them.
        if (casualty == CasualtyMeasure.Condition)
        {
            // "he and two other people are in stable condition": one named beside a number.
            if (!group.Members.Exists(m => m.Count == PeopleCount.Quantity && (m.Quantity.Form == QuantityForm.Number || m.Other) && (m.Other || m.Quantity.Value is not (long and < 2)))
                || !group.Members.TrueForAll(m => m.Count == PeopleCount.One || (m.Count == PeopleCount.Quantity && (m.Quantity.Form == QuantityForm.Number || m.Other))))
            {
                return null;
            }

            casualty = CasualtyMeasure.Injury;
        }

        if (casualty == CasualtyMeasure.Injury)
        {
            // "left a man dead and six others with gunshot wounds": the others are not the dead.
            if (SentenceHasDeathCue() && !group.Members.TrueForAll(m => m.Other))
            {
                return null;
            }

            measure = CasualtyMeasure.Wounded;
        }

        return measure;
    }

    private void EmitGroup(CountGroup group)
    {
        if (group.Measure is not { } casualty || group.Dropped || MeasureToCount(group, casualty) is not { } measure)
        {
            return;
        }

        if (HistoryFollows(group) || IsIrrealis(group.Predicate))
        {
            return;
        }

        // "a boy is in critical condition" in a report that mentions no death: he may have died since
        if (measure == CasualtyMeasure.Wounded && !_reading.ReportHasDeaths && IsGrave(group))
        {
            _outcomeOpen = true;
        }

        // "At least 15 foreign and 30 local workers": the hedge of an elliptical first member covers the rest.
        var shared = group.Members[0].Bare && group.Members.Count > 1 && group.Members[0].Count == PeopleCount.Quantity
            ? group.Members[0].Quantity.Qualifier
            : Qualifier.Exact;

        if (TrySum(group, measure))
        {
            return;
        }

        foreach (var member in group.Members)
        {
            EmitMember(group, member, measure, shared, breakdown: group.Inherited);
        }

        foreach (var member in group.Breakdown)
        {
            EmitMember(group, member, measure, Qualifier.Exact, breakdown: true);
        }
    }

    /// <summary>"Five people were shot" in a report with deaths: kept aside until the report's dead are counted.</summary>
    private void ShotTotal(CountGroup group)
    {
        if (group.Members.Count != 1 || group.Breakdown.Count > 0 || group.Predicate is not { } predicate || predicate.Start < group.End)
        {
            return;
        }

        var member = group.Members[0];
        if (member.Count != PeopleCount.Quantity || member.Quantity.Form != QuantityForm.Number || member.Quantity.Qualifier != Qualifier.Exact
            || member.Quantity.Value is not (long and >= 2) || member.Nations.Count > 0 || member.PartOfPrevious || !In(CasualtyLexicon.GenericPeople, member.End - 1)
            || IsNegated(member.Start) || HistoryFollows(group) || IsIrrealis(predicate))
        {
            return;
        }

        var attribution = Attribution.For(member.Start, IsDenied());
        _shotTotals.Add(new CountClaim
        {
            ReportId = _context.Report.Id,
            Evidence = _context.EvidenceOf(_tokens[member.Start].Start, _tokens[predicate.End - 1].End),
            Measure = Measure.Wounded,
            Population = Population.All,
            Quantity = member.Quantity.ToQuantity(),
            Source = attribution.Source,
            Certainty = attribution.Certainty,
        });
    }

    /// <summary>"Five people were shot, one fatally": the dead and the wounded.</summary>
    private bool TryFatally(CountGroup group)
    {
        if (group.Predicate is not { End: int k } || group.Members.Count != 1 || !Is(k, ",") || group.Members[0].Count != PeopleCount.Quantity)
        {
            return false;
        }

        if (!QuantityReader.TryRead(_body, Tokens, k + 1, out var dead) || dead.Value is not long deaths)
        {
            return false;
        }

        int f = dead.End;
        if (In(CountWords.Of, f) && In(CountWords.Them, f + 1))
        {
            f += 2;
        }

        if (!In(CountWords.Fatally, f))
        {
            return false;
        }

        var member = group.Members[0];
        if (IsNegated(member.Start) || HistoryFollows(group))
        {
            return true;
        }

        AddClaim(Measure.Killed, Quantity.Exactly(deaths), k + 1, f + 1);
        if (member.Quantity.Value is long shot && shot > deaths)
        {
            var wounded = member.Quantity.Qualifier == Qualifier.Exact ? Quantity.Exactly(shot - deaths) : Quantity.Of(Qualifier.AtLeast, Math.Max(0, (member.Quantity.ToQuantity().Min ?? shot) - deaths));
            AddClaim(Measure.Wounded, wounded, member.Start, f + 1);
        }

        return true;
    }

    /// <summary>"One man and two women were wounded": people of no nationality, each counted exactly, add up to one claim.</summary>
    private bool TrySum(CountGroup group, CasualtyMeasure measure)
    {
        if (group.Members.Count < 2 || group.Inherited)
        {
            return false;
        }

        long total = 0;
        bool exact = true;
        foreach (var member in group.Members)
        {
            if (member.Nations.Count > 0 || member.Population != Population.All || member.PartOfPrevious)
            {
                return false;
            }

            // "a former teacher and two others": each part adds; a part with no number adds at least one.
            if (member.Count == PeopleCount.Quantity && member.Quantity.Value is long value && member.Quantity.Qualifier == Qualifier.Exact)
            {
                total += value;
            }
            else if (member.Count == PeopleCount.One)
            {
                // "killed three people and himself", "the man and two women": one named person is one.
                total++;
            }
            else
            {
                total += member.Quantity.ToQuantity().Min ?? 1;
                exact = false;
            }
        }

        // "Three victims, a 25-year-old man, a 26-year-old man and a 33-year-old man": the first counts the rest.
        if (group.Members.Count >= 3 && group.Members[0].Quantity.Value is long first && first * 2 == total)
        {
            total = first;
        }

        if (IsNegated(group.Start) || IsDemand(group.Start) || (measure == CasualtyMeasure.Attackers && group.Members[0].Role != PeopleRole.Attacker))
        {
            return true;
        }

        var (start, end) = group.Predicate is { } predicate
            ? (Math.Min(group.Start, predicate.Start), Math.Max(group.End, predicate.End))
            : (group.Start, group.End);
        if (measure is not (CasualtyMeasure.Killed or CasualtyMeasure.Wounded or CasualtyMeasure.Shot) && !exact)
        {
            return true;
        }

        AddClaim(ToMeasure(measure), exact ? Quantity.Exactly(total) : Quantity.Of(Qualifier.AtLeast, total), start, end);
        return true;
    }

    /// <summary>The claims of one member of a group: one per nationality it names, with the quantity its wording allows.</summary>
    private void EmitMember(CountGroup group, PeoplePhrase member, CasualtyMeasure casualty, Qualifier shared, bool breakdown)
    {
        if (breakdown && member.Nations.Count == 0 && member.Population == Population.All)
        {
            return;
        }

        if (casualty == CasualtyMeasure.Attackers && (member.Role != PeopleRole.Attacker || member.Count != PeopleCount.Quantity))
        {
            return;
        }

        // "he was treated", "the victim is in stable condition": too often one of several mentions of the same person.
        if (casualty == CasualtyMeasure.Injury && member.Count != PeopleCount.Quantity)
        {
            return;
        }

        if (IsNegated(member.Start) || IsDemand(member.Start))
        {
            return;
        }

        var measure = ToMeasure(casualty);
        if (MemberQuantity(group, member, measure, shared, breakdown) is not { } quantity)
        {
            return;
        }

        var attribution = Attribution.For(member.Start, IsDenied());
        var populations = MemberPopulations(group, member, attribution);
        var (startToken, endToken) = MemberEvidence(group, member, breakdown);
        int start = _tokens[startToken].Start;
        int end = _tokens[Math.Min(endToken, _tokens.Length) - 1].End;
        Evidence? evidence = null;
        foreach (var population in populations)
        {
            // "several people" says too little to count; "dozens of people" says at least 24.
            if (population == Population.All && ((quantity.Qualifier == Qualifier.Vague && quantity.Min < 10) || member.PartOfPrevious || (breakdown && quantity.Qualifier == Qualifier.Present)))
            {
                continue;
            }

            // The member's nationalities share one evidence.
            _context.Claims.Add(new CountClaim
            {
                ReportId = _context.Report.Id,
                Evidence = evidence ??= _context.EvidenceOf(start, end),
                Measure = measure,
                Population = population,
                Quantity = quantity,
                Source = attribution.Source,
                Certainty = attribution.Certainty,
                OutcomeOpen = _outcomeOpen,
            });
        }
    }

    /// <summary>
    /// How many a member counts, or null when it counts none: its number with the group's shared hedge
    /// ("at least 15 foreign and 30 local workers"), at least one for one person, present or vague for nationalities.
    /// </summary>
    private Quantity? MemberQuantity(CountGroup group, PeoplePhrase member, Measure measure, Qualifier shared, bool breakdown)
    {
        switch (member.Count)
        {
            case PeopleCount.Quantity:
                var phrase = member.Quantity;
                if (shared != Qualifier.Exact && phrase.Qualifier == Qualifier.Exact)
                {
                    phrase = phrase.WithQualifier(shared);
                }

                var quantity = phrase.ToQuantity();
                if (member.Nations.Count > 1 && phrase.Value is not null)
                {
                    quantity = Quantity.Of(Qualifier.Present, null);
                }

                // "a third victim was also shot": one more beside those counted; no total of the wounded.
                if (measure == Measure.Wounded && member.Other && group.Members.Count == 1 && quantity.Qualifier == Qualifier.Exact && quantity.Value == 1)
                {
                    quantity = Quantity.Of(Qualifier.AtLeast, 1);
                }

                return quantity;
            case PeopleCount.One:
                return measure is Measure.Killed or Measure.Wounded ? Quantity.Of(Qualifier.AtLeast, 1) : null;
            default:
                return group.ViaAmong || breakdown || member.Nations.Count > 1 || IsThereWere(group)
                    ? Quantity.Of(Qualifier.Present, null)
                    : Quantity.Of(Qualifier.Vague, 1);
        }
    }

    /// <summary>The populations a member's claims count: each nationality once in the order first named, else the copula's, the speaker's citizens', or the member's own.</summary>
    private List<Population> MemberPopulations(CountGroup group, PeoplePhrase member, AttributionResult attribution)
    {
        var populations = _populations;
        populations.Clear();
        if (member.Nations.Count > 0)
        {
            // Each nationality once, in the order first named.
            for (int n = 0; n < member.Nations.Count; n++)
            {
                if (member.Nations.IndexOf(member.Nations[n]) == n)
                {
                    populations.Add(Population.Nationality(member.Nations[n]));
                }
            }
        }
        else if (group.PopulationPredicate is { } predicated && member.Population == Population.All)
        {
            populations.Add(predicated);
        }
        else if (member.SpeakersCitizens && attribution.SpeakerCountry is { } country)
        {
            populations.Add(Population.Nationality(country));
        }
        else
        {
            populations.Add(member.Population);
        }

        return populations;
    }

    /// <summary>
    /// The tokens a member's evidence covers: the member and its casualty word with what stands between
    /// when that is a few words ("killed a Briton"); across a long list the member's own words (else each
    /// member's evidence would hold the list up to it).
    /// </summary>
    private static (int Start, int End) MemberEvidence(CountGroup group, PeoplePhrase member, bool breakdown)
    {
        int startToken = member.Start;
        int endToken = member.End;
        if (!breakdown && group.Predicate is { } predicate)
        {
            startToken = Math.Min(startToken, predicate.Start);
            endToken = Math.Max(endToken, predicate.End);
            if (endToken - startToken - (member.End - member.Start) > MaxEvidenceGap)
            {
                (startToken, endToken) = (member.Start, member.End);
            }
        }

        return (startToken, endToken);
    }

    private void AddClaim(Measure measure, Quantity quantity, int startToken, int endToken)
    {
        var attribution = Attribution.For(startToken, IsDenied());
        _context.Claims.Add(new CountClaim
        {
            ReportId = _context.Report.Id,
            Evidence = _context.EvidenceOf(_tokens[startToken].Start, _tokens[endToken - 1].End),
            Measure = measure,
            Population = Population.All,
            Quantity = quantity,
            Source = attribution.Source,
            Certainty = attribution.Certainty,
            OutcomeOpen = _outcomeOpen && measure == Measure.Wounded,
        });
    }
}
