using HostageReports.Claims;
using HostageReports.Extraction.Attribution;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Numbers;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Counts;

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

    /// <summary>"the death toll rose to five", "the death toll has risen to 37 foreigners and one Algerian".</summary>
    private void DeathToll()
    {
        for (int k = 1; k < _tokens.Length; k++)
        {
            if (!In(CountWords.Toll, k) || !In(CountWords.TollKind, k - 1))
            {
                continue;
            }

            for (int q = k + 1; q < _tokens.Length && q < k + 10; q++)
            {
                var group = GroupAt(q);
                if (group is not null)
                {
                    // The toll's people: each counts the dead, unless they already count something.
                    if (group.Measure is null && !group.Dropped)
                    {
                        group.Measure = CasualtyMeasure.Killed;
                        group.PredicateStart = k - 1;
                        group.PredicateEnd = k + 1;
                        Emit(group);
                    }

                    break;
                }

                if (QuantityReader.TryRead(_body, Tokens, q, out var phrase) && phrase.Form == QuantityForm.Number)
                {
                    AddClaim(Measure.Killed, phrase.ToQuantity(), k - 1, phrase.End);
                    break;
                }
            }
        }
    }

    /// <summary>"put the number of foreign workers who escaped at 20", "the number of people killed rose to 12".</summary>
    private void NumberOf()
    {
        for (int k = 1; k + 1 < _tokens.Length; k++)
        {
            if (!In(CountWords.NumberNoun, k) || !In(CountWords.The, k - 1) || !In(CountWords.Of, k + 1))
            {
                continue;
            }

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
                    var phrase = new QuantityPhrase(q, end, Qualifier.Exact, value, value, form);
                    var casualty = found is CasualtyMeasure.Shot or CasualtyMeasure.Injury or CasualtyMeasure.Condition ? CasualtyMeasure.Wounded : found;
                    var attribution = Attribution.For(k, IsDenied());
                    _context.Claims.Add(new CountClaim
                    {
                        ReportId = _context.Report.Id,
                        Evidence = _context.EvidenceOf(_tokens[k - 1].Start, _tokens[phrase.End - 1].End),
                        Measure = ToMeasure(casualty),
                        Population = population,
                        Quantity = phrase.ToQuantity(),
                        Source = attribution.Source,
                        Certainty = attribution.Certainty,
                    });
                    break;
                }
            }
        }
    }

    /// <summary>"an apparent murder-suicide": at least two dead.</summary>
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

    /// <summary>"the hostages, which they say number 41".</summary>
    private void NumberVerb()
    {
        // The nearest noun before each count verb that says what it counts: the words before the last count verb
        // are searched back only as far as the one before it, whose answer is kept.
        int searched = 0;
        int noun = -1;
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
            if (noun >= 0)
            {
                AddClaim(counted, phrase.ToQuantity(), noun, phrase.End);
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
