using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>Finds the casualty word that governs each group: after it ("were killed"), before it ("killing"), or "among the hostages".</summary>
internal sealed partial class CountSentenceReader
{
    /// <summary>
    /// Gives a group its casualty word. The matchers are tried in this order, the first that matches wins:
    /// <see cref="CasualtyAfter"/> (or a later verb of the clause, <see cref="PreferLaterVerb"/>),
    /// <see cref="BodiesFound"/>, <see cref="CasualtyBefore"/>, <see cref="AmongBefore"/>, then the copula's
    /// link or population and <see cref="HostageNoun"/>.
    /// </summary>
    private void Resolve(CountGroup group)
    {
        var reading = (group.Breakdown.Count > 0 || Is(group.End - 1, ",") ? AfterReading.SkipComma : AfterReading.None)
            | (IsThereWere(group) ? AfterReading.ThereWere : AfterReading.None)
            | (group.Members.TrueForAll(m => m.Bare) ? AfterReading.Bare : AfterReading.None);
        var after = PreferLaterVerb(group, FindAfter(group.End, reading));
        if (BodiesFound(group))
        {
            return;
        }

        if (after.Measure is not null)
        {
            Set(group, after);
            return;
        }

        if ((after.Population is null && CasualtyBefore(group)) || AmongBefore(group))
        {
            return;
        }

        group.CopulaTo = after.CopulaTo;
        group.PopulationPredicate = after.Population;
        HostageNoun(group);
    }

    /// <summary>
    /// A finite casualty verb later in the clause wins over the word right after the people: "A boy who was
    /// shot on Friday has died", "workers held hostage by militants ... have managed to escape", "He was
    /// taken to a hospital but died" (only a death carries over to a pronoun or a name).
    /// </summary>
    private Found PreferLaterVerb(CountGroup group, Found after)
    {
        bool bare = group.Members.TrueForAll(m => m.Bare || m.Named);
        if (after.Measure is not null && after.Relative)
        {
            // "A boy who was shot on Friday has died": the main clause's verb wins.
            var main = FindLater(after.End);
            return main.Measure is not null ? main : after;
        }

        if (after.Measure is not null && !after.Aux && !bare)
        {
            // "workers held hostage by militants ... have managed to escape": the finite verb wins.
            var later = FindLater(after.End);
            return later.Measure is not null ? later : after;
        }

        if (after.Measure is null && after.CopulaTo is null && after.Population is null && !bare)
        {
            return FindLater(group.End);
        }

        if (after.Measure is null && after.CopulaTo is null && group.Members.Count == 1 && group.Members[0].Named && !IsReflexive(group.Members[0]))
        {
            // "He was taken to a hospital but died": only a death carries over to a pronoun or a name.
            var later = FindLater(group.End);
            if (later.Measure == CasualtyMeasure.Killed && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, later.Start, out var died, out _) && died.Position == PredicatePosition.After)
            {
                return later;
            }
        }

        return after;
    }

    /// <summary>
    /// Matcher: a number of the dead, whatever the verb: "15 bodies were recovered", "the bodies of 12
    /// hostages were found", "three corpses lay in the street".
    /// </summary>
    private static bool BodiesFound(CountGroup group)
    {
        if (!group.Members.TrueForAll(m => m.Role == PeopleRole.Dead && m.Count == PeopleCount.Quantity && m.Quantity.Form == QuantityForm.Number))
        {
            return false;
        }

        group.Measure = CasualtyMeasure.Killed;
        group.Predicate = new PredicateSpan(group.Start, group.End);
        return true;
    }

    /// <summary>
    /// Matcher: the casualty word before the people: "gunmen killed three guards", "killing two
    /// Britons", "took 41 foreigners hostage" (not "taken to a hospital").
    /// </summary>
    private bool CasualtyBefore(CountGroup group)
    {
        if (!(CasualtyLexicon.Predicates.TryMatchEndingAt(_body, Tokens, group.Start, out var before, out int start)
            && (before.Position & PredicatePosition.Before) != 0 && !IsTakenElsewhere(start, group.Start)))
        {
            return false;
        }

        group.Measure = before.Measure;
        group.Predicate = new PredicateSpan(start, group.Start);
        return true;
    }

    /// <summary>
    /// Matcher: membership before the people: "Among the hostages are American and British citizens",
    /// "among the dead were two Japanese".
    /// </summary>
    private bool AmongBefore(CountGroup group)
    {
        if (!(group.Start >= 3 && In(CasualtyLexicon.Be, group.Start - 1) && MeasureNoun(group.Start - 2) is { } amongMeasure
            && (CasualtyLexicon.Among.TryMatchEndingAt(_body, Tokens, group.Start - 2, out _, out int amongStart) || (In(CountWords.The, group.Start - 3) && CasualtyLexicon.Among.TryMatchEndingAt(_body, Tokens, group.Start - 3, out _, out amongStart)))))
        {
            return false;
        }

        group.Measure = amongMeasure;
        group.Predicate = new PredicateSpan(amongStart, group.Start - 1);
        group.ViaAmong = true;
        return true;
    }

    /// <summary>
    /// Matcher: a noun of hostages counts them with no casualty word: "two hostages were seen in a video", "two American hostages were moved" (when nothing else governs them).
    /// </summary>
    private static void HostageNoun(CountGroup group)
    {
        if (group.Members[0].Role == PeopleRole.Hostage)
        {
            group.Measure = CasualtyMeasure.Hostages;
            group.Predicate = new PredicateSpan(group.Start, group.End);
        }
    }

    private static void Set(CountGroup group, Found found)
    {
        group.Measure = found.Measure;
        group.Predicate = new PredicateSpan(found.Start, found.End);
        group.ViaAmong = found.Among;
    }

    /// <summary>How <see cref="FindAfter"/> reads the words after a group.</summary>
    [Flags]
    private enum AfterReading : byte
    {
        /// <summary>Plainly.</summary>
        None = 0,

        /// <summary>A comma, dash or parenthesis right after the group is stepped over (after a breakdown: "Seven hostages – three Belgians – were killed").</summary>
        SkipComma = 1,

        /// <summary>The group follows "there were": "among" counts without a form of "be" after the people.</summary>
        ThereWere = 2,

        /// <summary>Every member is a bare number ("six wounded"): no object makes the verb active, no apposition or joined noun is stepped over.</summary>
        Bare = 4,
    }

    /// <summary>What a casualty word after the people does: nothing found, found and refused (the people did it), or found.</summary>
    private enum AfterMatch : byte
    {
        /// <summary>No casualty word here.</summary>
        None,

        /// <summary>A casualty word the people did, or "shot" with no auxiliary: the search ends with nothing.</summary>
        Refused,

        /// <summary>The people's casualty word.</summary>
        Found,
    }

    /// <summary>The auxiliaries seen between the people and the casualty word.</summary>
    private struct AuxSeen
    {
        /// <summary>A passive auxiliary: "were killed".</summary>
        public bool Passive;

        /// <summary>A form of "be": "are among the hostages", "were an Algerian and a Briton".</summary>
        public bool Be;

        /// <summary>A relative pronoun: "who was shot".</summary>
        public bool Relative;
    }

    /// <summary>
    /// The casualty word after the people, over auxiliaries, adverbs and appositions: "were reportedly
    /// killed", "are among the hostages"; or, after a form of "be", what they are ("were an Algerian and a Briton").
    /// </summary>
    private Found FindAfter(int m, AfterReading reading)
    {
        var seen = default(AuxSeen);
        bool bare = (reading & AfterReading.Bare) != 0;
        if ((reading & AfterReading.SkipComma) != 0 && m < _tokens.Length && Text(m) is "," or "\u2013" or "\u2014" or "-" or ")")
        {
            m++;
        }

        for (int steps = 0; steps < 12 && m < _tokens.Length; steps++)
        {
            var token = _tokens[m];
            if (token.Kind == TokenKind.Punct && Text(m) is "\"" or "\u201c" or "\u201d")
            {
                m++;
                continue;
            }

            // Each look-up only where the token's word may start a phrase of its lexicon.
            var starts = WordStarts.Of(token);
            var match = CasualtyAfter(m, starts, seen, bare, out var found);
            if (match == AfterMatch.Found)
            {
                return found;
            }

            if (match == AfterMatch.Refused)
            {
                break;
            }

            if ((seen.Be || (reading & AfterReading.ThereWere) != 0) && AmongAfter(m, starts, seen) is { } among)
            {
                return among;
            }

            if ((starts & Starts.Aux) != 0 && CasualtyLexicon.Aux.TryMatch(_body, Tokens, m, out _, out int length))
            {
                seen.Be |= In(CasualtyLexicon.Be, m);
                seen.Passive |= In(CasualtyLexicon.Passive, m);
                seen.Relative |= In(CountWords.Relatives, m);
                m += length;
                continue;
            }

            if (StepOver(m, steps, bare) is int next)
            {
                m = next;
                continue;
            }

            if (seen.Be && CopulaComplement(m, seen) is { } complement)
            {
                return complement;
            }

            break;
        }

        return new Found(null, m, m) { Aux = seen.Passive };
    }

    /// <summary>
    /// Matcher: the casualty word after the people: "two Britons were killed", "three people were
    /// reportedly wounded", "a boy who was shot". Refused when the people did it ("gunmen killed two
    /// guards": an object follows and no auxiliary stands before) or when "shot" has no auxiliary.
    /// </summary>
    private AfterMatch CasualtyAfter(int m, Starts starts, AuxSeen seen, bool bare, out Found found)
    {
        found = default;
        if (!((starts & Starts.Predicate) != 0 && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, m, out var predicate, out int length)
            && (predicate.Position & PredicatePosition.After) != 0 && !IsTakenElsewhere(m, m + length)))
        {
            return AfterMatch.None;
        }

        // Without an auxiliary, "shot"/"killed" followed by an object is active: the people did the shooting.
        bool active = !seen.Passive && !bare && (predicate.Position & PredicatePosition.Before) != 0 && ObjectFollows(m + length);
        if (active || (!seen.Passive && predicate.Measure == CasualtyMeasure.Shot))
        {
            return AfterMatch.Refused;
        }

        found = new Found(predicate.Measure, m, m + length) { Aux = seen.Passive, Relative = seen.Relative };
        return AfterMatch.Found;
    }

    /// <summary>
    /// Matcher: membership after a form of "be" (or "there were"): "two Americans are among the hostages",
    /// "three Britons were among the dead", "there were two French among those missing".
    /// </summary>
    private Found? AmongAfter(int m, Starts starts, AuxSeen seen)
    {
        if (!((starts & Starts.Among) != 0 && CasualtyLexicon.Among.TryMatch(_body, Tokens, m, out _, out int length)))
        {
            return null;
        }

        int k = m + length;
        if (In(CountWords.AmongDeterminers, k))
        {
            k++;
        }

        return MeasureNoun(k) is { } measure ? new Found(measure, m, k + 1) { Aux = seen.Passive, Among = true } : null;
    }

    /// <summary>
    /// Where the search for the casualty word goes on after words that stand between it and the people,
    /// or null: an adverb ("reportedly"), a noun joined without a number ("170 guests and staff hostage"),
    /// a list of ages (", ages 25, 26 and 33,"), an apposition (", identified as John Smith of Carlton,").
    /// </summary>
    private int? StepOver(int m, int steps, bool bare)
    {
        var token = _tokens[m];
        var text = Text(m);
        if (token.Kind == TokenKind.Word && text.Length > 4 && text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(text[0]))
        {
            return m + 1;
        }

        if (steps != 0)
        {
            return null;
        }

        // "about 170 guests and staff hostage": a noun of people joined without a number of its own.
        if (In(CountWords.And, m) && !bare && CasualtyLexicon.People.TryMatch(_body, Tokens, m + 1, out _, out int joined)
            && PhraseAt(m + 1) < 0)
        {
            return m + 1 + joined;
        }

        // "Three other men, ages 25, 26 and 33, were injured": step over their ages.
        if (text is "," && AgeApposition(m) is int ages)
        {
            return ages + 1;
        }

        // "The teen, identified as John Smith of Carlton, died": step over an apposition.
        if (text is "," && !bare && Apposition(m) is int close)
        {
            return close + 1;
        }

        return null;
    }

    /// <summary>
    /// Matcher: what a copula says the people are: other people of the sentence ("a British national
    /// was one of the two people who were killed"), a population ("two were foreigners", "three were
    /// Britons"). The measure comes later, from the group linked to (<see cref="Inherit"/>).
    /// </summary>
    private Found? CopulaComplement(int m, AuxSeen seen)
    {
        int index = PhraseAt(m);
        if (index >= 0)
        {
            var phrase = _phrases[index];
            if (phrase.Bare || phrase.Count == PeopleCount.Nationalities || phrase.Quantity.Form != QuantityForm.Number && phrase.Count == PeopleCount.Quantity)
            {
                return new Found(null, m, phrase.End) { Aux = seen.Passive, CopulaTo = index };
            }

            return new Found(null, m, phrase.End) { Aux = seen.Passive, CopulaTo = index, Population = phrase.Nations.Count == 1 ? Population.Nationality(phrase.Nations[0]) : phrase.Population };
        }

        // "two were foreigners".
        if (CasualtyLexicon.People.TryMatch(_body, Tokens, m, out var noun, out _) && noun.Population != Population.All)
        {
            return new Found(null, m, m + 1) { Aux = seen.Passive, Population = noun.Population };
        }

        if (PeopleParser.TryDemonymAt(_body, Tokens, m, out var demonym, out _) && demonym.IsPlural)
        {
            return new Found(null, m, m + 1) { Aux = seen.Passive, Population = Population.Nationality(demonym.Code) };
        }

        return null;
    }

    /// <summary>The closing comma of a list of ages opened at <paramref name="open"/> (", ages 25, 26 and 33,"), or null.</summary>
    private int? AgeApposition(int open)
    {
        if (!In(CountWords.Ages, open + 1))
        {
            return null;
        }

        int k = open + 2;
        while (k < _tokens.Length && k <= open + 14 && (_tokens[k].Kind == TokenKind.Number || Text(k) is "," || InLowercase(CountWords.AgeJoiners, k)))
        {
            k++;
        }

        return Is(k - 1, ",") && k - 1 > open + 2 ? k - 1 : null;
    }

    /// <summary>The closing comma of an apposition opened at <paramref name="open"/> (no verb inside), or null.</summary>
    private int? Apposition(int open)
    {
        for (int k = open + 1; k < _tokens.Length && k <= open + 12; k++)
        {
            var text = Text(k);
            if (text is ",")
            {
                return k > open + 1 ? k : null;
            }

            if (text is "." or ";" or ":" || (May(k, Starts.Finite) && In(CasualtyLexicon.Finite, k)) || (May(k, Starts.Speech) && SpeechVerbs.Table.StartsAt(_body, Tokens, k))
                || (May(k, Starts.Predicate) && CasualtyLexicon.Predicates.StartsAt(_body, Tokens, k)) || In(CountWords.AppositionEnds, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when an object follows a verb: a people phrase, a pronoun, a determiner or a number.</summary>
    private bool ObjectFollows(int k)
    {
        if (k >= _tokens.Length)
        {
            return false;
        }

        return PhraseAt(k) >= 0 || In(CasualtyLexicon.ObjectOpeners, k) || _tokens[k].Kind == TokenKind.Number
            || (_tokens[k].Kind == TokenKind.Word && char.IsUpper(_body[_tokens[k].Start]) && !In(CasualtyLexicon.TimeWords, k));
    }

    /// <summary>A finite casualty verb further on in the same clause: "... in Algeria have reportedly managed to escape".</summary>
    private Found FindLater(int m)
    {
        // Every measure found below starts at a casualty phrase or at "among" at or after m: none there, none found.
        if (LastMeasureCue() is not int last || last < m)
        {
            return new Found(null, m, m);
        }

        for (int k = m; k < _tokens.Length && k < m + 14; k++)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punct && (Text(k) is "," or ";" or ":" or "\u2013" or "\u2014" || (Text(k) is "." && (token.End >= _body.Length || char.IsWhiteSpace(_body[token.End])))))
            {
                break;
            }

            // Another count ends the clause's people; "of eight nationalities" does not.
            if (k > m && PhraseAt(k) is int at and >= 0 && _phrases[at].Count == PeopleCount.Quantity && !(_phrases[at].Bare && In(CountWords.Of, k - 1)))
            {
                break;
            }

            // Each look-up only where the token's word may start a phrase of its lexicon.
            var starts = WordStarts.Of(token);
            if (((starts & Starts.Speech) != 0 && SpeechVerbs.Table.StartsAt(_body, Tokens, k)) || ((starts & Starts.ClauseOpener) != 0 && In(CasualtyLexicon.ClauseOpeners, k)))
            {
                break;
            }

            if (k > m && (starts & Starts.Predicate) != 0 && !In(CasualtyLexicon.Determiners, k - 1) && !In(CountWords.Indefinite, k - 1) && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, k, out var intransitive, out int length)
                && intransitive.Position == PredicatePosition.After && (intransitive.Measure is CasualtyMeasure.Injury or CasualtyMeasure.Condition || intransitive.Measure == CasualtyMeasure.Killed && !In(CountWords.NotDied, k)))
            {
                // "A 7-year-old boy in Ohio died Friday".
                return new Found(intransitive.Measure, k, k + length) { Aux = true };
            }

            if ((starts & Starts.Finite) != 0 && In(CasualtyLexicon.Finite, k))
            {
                var found = FindAfter(k, AfterReading.None);
                if (found.Measure is not null)
                {
                    return found with { Aux = true };
                }
            }
        }

        return new Found(null, m, m);
    }

    /// <summary>
    /// The last token of the sentence where a casualty phrase or "among" (<see cref="CasualtyLexicon.Among"/>) starts, or null
    /// when none does: no measure can be found past it (<see cref="FindLater"/>). Found once per sentence, from the end, on first use.
    /// </summary>
    private int? LastMeasureCue()
    {
        if (_lastMeasureCue is null)
        {
            int k = (_sentenceStarts & (Starts.Predicate | Starts.Among)) == 0 ? -1 : _tokens.Length - 1;
            while (k >= 0 && !(May(k, Starts.Predicate) && CasualtyLexicon.Predicates.StartsAt(_body, Tokens, k)) && !(May(k, Starts.Among) && CasualtyLexicon.Among.StartsAt(_body, Tokens, k)))
            {
                k--;
            }

            _lastMeasureCue = new SentenceCue(k >= 0 ? k : null);
        }

        return _lastMeasureCue.Value.At;
    }

    /// <summary>"taken to a hospital", "held in custody": not taken hostage.</summary>
    private bool IsTakenElsewhere(int start, int end) =>
        end - start == 1 && In(PlaceVerbs, start) && In(Elsewhere, end);

    /// <summary>The measure a noun after "among the" names: hostages, the dead, the injured.</summary>
    private CasualtyMeasure? MeasureNoun(int k)
    {
        if (k < 0 || k >= _tokens.Length)
        {
            return null;
        }

        if (May(k, Starts.People) && CasualtyLexicon.People.TryMatch(_body, Tokens, k, out var noun, out _) && noun.Role == PeopleRole.Hostage)
        {
            return CasualtyMeasure.Hostages;
        }

        // "among the dead", "of the wounded", "among those missing".
        return CasualtyLexicon.Predicates.TryGetWord(_body, _tokens[k], out var predicate) && (predicate.Position & PredicatePosition.After) != 0
            && predicate.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded or CasualtyMeasure.Missing
            ? predicate.Measure
            : null;
    }
}
