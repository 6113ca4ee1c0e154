using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>The phrasings read on their own, each hanging on one word: "death toll", "the number of", "murder-suicide", the count verbs.</summary>
internal sealed partial class CountSentenceReader
{

    /// <summary>The words the phrasings read on their own hang on ("death toll", "murder-suicide", "the number of", the count verbs), each with all it may open.</summary>
    private static readonly PhraseTable<AloneWord> AloneWords = new(
        CountWords.Toll.FirstWords.Select(static w => (w, AloneWord.Toll))
            .Concat(CountWords.MurderSuicide.FirstWords.Select(static w => (w, AloneWord.MurderSuicide)))
            .Concat(CountWords.NumberNoun.FirstWords.Select(static w => (w, AloneWord.Number)))
            .Concat(CasualtyLexicon.CountVerbs.FirstWords.Where(static w => CasualtyLexicon.CountVerbs.ContainsWord(w)).Select(static w => (w, AloneWord.CountVerb)))
            .GroupBy(static p => p.Item1, StringComparer.OrdinalIgnoreCase)
            .Select(static g => KeyValuePair.Create(g.Key, g.Aggregate(AloneWord.None, static (all, p) => all | p.Item2))));

    /// <summary>For each vocabulary number, whether its word may be one of <see cref="AloneWords"/> (<see cref="WordStarts.NumbersOf"/>).</summary>
    private static readonly bool[] AloneStarts = WordStarts.NumbersOf(AloneWords.FirstWords);

    /// <summary>Which of the phrasings read on their own a sentence may hold, by the word each hangs on.</summary>
    [Flags]
    private enum AloneWord : byte
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>"toll": "the death toll rose to five".</summary>
        Toll = 1,

        /// <summary>"murder-suicide".</summary>
        MurderSuicide = 2,

        /// <summary>"number": "the number of people killed".</summary>
        Number = 4,

        /// <summary>A count verb (<see cref="CasualtyLexicon.CountVerbs"/>): "the hostages, which they say number 41".</summary>
        CountVerb = 8,
    }

    /// <summary>What a death toll is put at: the people after it, or a number.</summary>
    /// <param name="Start">The first token of "death toll".</param>
    /// <param name="People">The group it is put at ("rose to 37 foreigners and one Algerian"), or null.</param>
    /// <param name="Figure">The number it is put at ("rose to five"), when no group comes first.</param>
    private readonly record struct TollMatch(int Start, CountGroup? People, QuantityPhrase? Figure);

    /// <summary>
    /// Matcher: "the death toll rose to five", "the death toll has risen to 37 foreigners and one Algerian",
    /// "the blast raised the death toll to 12": the dead, by the people or the number within a few words after it.
    /// </summary>
    private void DeathToll()
    {
        for (int k = 1; k < _tokens.Length; k++)
        {
            if (In(CountWords.Toll, k) && In(CountWords.TollKind, k - 1) && MatchDeathToll(k) is { } toll)
            {
                ResolveDeathToll(toll);
            }
        }
    }

    /// <summary>The people or number a death toll whose "toll" stands at <paramref name="k"/> is put at, or null.</summary>
    private TollMatch? MatchDeathToll(int k)
    {
        for (int q = k + 1; q < _tokens.Length && q < k + 10; q++)
        {
            if (GroupAt(q) is { } group)
            {
                return new TollMatch(k - 1, group, null);
            }

            if (QuantityReader.TryRead(_body, Tokens, q, out var phrase) && phrase.Form == QuantityForm.Number)
            {
                return new TollMatch(k - 1, null, phrase);
            }
        }

        return null;
    }

    /// <summary>The toll's people each count the dead, unless they already count something; a number is one claim of the dead.</summary>
    private void ResolveDeathToll(TollMatch toll)
    {
        if (toll.People is { } group)
        {
            if (group.Measure is null && !group.Dropped)
            {
                group.Measure = CasualtyMeasure.Killed;
                group.Predicate = new PredicateSpan(toll.Start, toll.Start + 2);
                Emit(group);
            }
        }
        else if (toll.Figure is { } figure)
        {
            AddClaim(Measure.Killed, figure.ToQuantity(), toll.Start, figure.End);
        }
    }

    /// <summary>What "the number of" counts and what it is put at.</summary>
    /// <param name="Start">The token of "the".</param>
    /// <param name="Number">The token of "number": the claim's attribution is read there.</param>
    /// <param name="Measure">The casualty word after it.</param>
    /// <param name="Population">The nationality or population named after it, else everyone.</param>
    /// <param name="Figure">The number after "at" or "to".</param>
    private readonly record struct NumberOfMatch(int Start, int Number, CasualtyMeasure Measure, Population Population, QuantityPhrase Figure);

    /// <summary>
    /// Matcher: "put the number of foreign workers who escaped at 20", "the number of people killed rose
    /// to 12": the casualty word, the population and the figure
    /// within a few words after "the number of".
    /// </summary>
    private void NumberOf()
    {
        for (int k = 1; k + 1 < _tokens.Length; k++)
        {
            if (In(CountWords.NumberNoun, k) && In(CountWords.The, k - 1) && In(CountWords.Of, k + 1) && MatchNumberOf(k) is { } match)
            {
                ResolveNumberOf(match);
            }
        }
    }

    /// <summary>The casualty word, population and figure after "the number of" whose "number" stands at <paramref name="k"/>, or null.</summary>
    private NumberOfMatch? MatchNumberOf(int k)
    {
        CasualtyMeasure? measure = null;
        var population = Population.All;
        for (int q = k + 2; q < _tokens.Length && q < k + 18; q++)
        {
            if (measure is null && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, q, out var predicate, out _))
            {
                measure = predicate.Measure;
            }

            if (population == Population.All && PeopleParser.TryDemonymAt(_body, Tokens, q, out var demonym, out _))
            {
                population = Population.Nationality(demonym.Code);
            }
            else if (population == Population.All && In(CountWords.Foreign, q))
            {
                population = Population.Foreign;
            }
            else if (population == Population.All && In(CountWords.Local, q))
            {
                population = Population.Local;
            }

            // "at 20" is read here even though "at" before a bare number usually gives a time.
            if (measure is { } found && q > k + 2 && In(CountWords.PutAt, q - 1) && QuantityReader.TryNumber(_body, Tokens, q, out long value, out int end, out var form)
                && form == QuantityForm.Number && !(end < _tokens.Length && CasualtyLexicon.Units.StartsAt(_body, Tokens, end)))
            {
                return new NumberOfMatch(k - 1, k, found, population, new QuantityPhrase(q, end, Qualifier.Exact, value, value, form));
            }
        }

        return null;
    }

    /// <summary>One claim of the number: the shot and the injured count as wounded.</summary>
    private void ResolveNumberOf(NumberOfMatch match)
    {
        var casualty = match.Measure is CasualtyMeasure.Shot or CasualtyMeasure.Injury or CasualtyMeasure.Condition ? CasualtyMeasure.Wounded : match.Measure;
        var attribution = Attribution.For(match.Number, IsDenied());
        _context.Claims.Add(new CountClaim
        {
            ReportId = _context.Report.Id,
            Evidence = _context.EvidenceOf(_tokens[match.Start].Start, _tokens[match.Figure.End - 1].End),
            Measure = ToMeasure(casualty),
            Population = match.Population,
            Quantity = match.Figure.ToQuantity(),
            Source = attribution.Source,
            Certainty = attribution.Certainty,
        });
    }

    /// <summary>Matcher: "an apparent murder-suicide", "police called it a murder-suicide": at least two dead (once a sentence).</summary>
    private void MurderSuicide()
    {
        for (int k = 0; k < _tokens.Length; k++)
        {
            if (In(CountWords.MurderSuicide, k) && !IsNegated(k))
            {
                AddClaim(Measure.Killed, Quantity.Of(Qualifier.AtLeast, 2), k, k + 1);
                return;
            }
        }
    }

    /// <summary>
    /// Matcher: a count verb after the noun it counts: "the hostages, which they say number 41", "the
    /// kidnappers, believed to number about a dozen", "the dead, who totaled 12".
    /// </summary>
    private void NumberVerb()
    {
        // The nearest noun before each count verb that says what it counts: the words before the last count verb
        // are searched back only as far as the one before it, whose answer is kept.
        int searched = 0;
        int? noun = null;
        var counted = Measure.Killed;
        for (int k = 1; k < _tokens.Length; k++)
        {
            if (!In(CasualtyLexicon.CountVerbs, k) || In(CountWords.Articles, k - 1) || !QuantityReader.TryRead(_body, Tokens, k + 1, out var phrase) || phrase.Form != QuantityForm.Number)
            {
                continue;
            }

            for (int n = k - 1; n >= searched; n--)
            {
                if (CountedAt(n) is { } measure)
                {
                    (noun, counted) = (n, measure);
                    break;
                }
            }

            searched = k;
            if (noun is int at)
            {
                AddClaim(counted, phrase.ToQuantity(), at, phrase.End);
            }
        }
    }

    /// <summary>What a count verb after token <paramref name="n"/> counts when the token names it: hostages, the dead ("among the dead"), or attackers ("the kidnappers, believed to number about a dozen"); else null.</summary>
    private Measure? CountedAt(int n)
    {
        if (MeasureNoun(n) is { } measure)
        {
            return ToMeasure(measure);
        }

        return CasualtyLexicon.People.TryMatch(_body, Tokens, n, out var noun, out _) && noun.Role == PeopleRole.Attacker && noun.Plural ? Measure.Attackers : null;
    }
}
