using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>The sentence gate of the count rule: which words let a sentence be read at all (<see cref="MayCount"/>).</summary>
internal static class CountTriggers
{
    /// <summary>
    /// The first words of everything that lets a sentence be read (<see cref="MayCount"/>), each with
    /// what it starts: <see cref="Trigger.Decisive"/> when the word alone settles it (a one-word casualty
    /// word "killed", a noun whose every phrase counts hostages or the dead "hostages", "toll",
    /// "murder-suicide"); else the tables whose phrases the words after it must complete ("in" of "in
    /// critical condition"); and the count verbs ("number"), which let attackers be counted.
    /// </summary>
    private static readonly PhraseTable<Trigger> Triggers = new(
        CasualtyLexicon.Predicates.FirstWords
            .Concat(CasualtyLexicon.People.FirstWordsWhere(static noun => IsMeasureRole(noun.Role)))
            .Concat(CasualtyLexicon.CountVerbs.FirstWords)
            .Concat(CountWords.Toll.FirstWords)
            .Concat(CountWords.MurderSuicide.FirstWords)
            .Select(static w => KeyValuePair.Create(w, TriggerOf(w))));

    /// <summary>
    /// A filter of the trigger words that do more than start a longer casualty phrase (decisive words,
    /// nouns, count verbs): a word outside it ("in", "with") matters only when the next word may continue
    /// such a phrase (<see cref="PhraseTable{T}.MayStartWithPair"/>), and is passed over unlooked-up when it cannot ("in the").
    /// </summary>
    private static readonly ShapeFilter StrongTriggers = new(
        Triggers.FirstWordsWhere(static t => (t & (Trigger.Decisive | Trigger.People | Trigger.Attackers | Trigger.CountVerb)) != 0));

    /// <summary>A filter of every trigger word by its shape (<see cref="ShapeFilter"/>): the first test <see cref="MayCount"/> puts to each word.</summary>
    /// <summary>
    /// The words a sentence must hold for the count rule to read it (the first words of <see cref="Triggers"/>), for the
    /// pipeline's trigger index: a sentence without one is passed over before <see cref="MayCount"/> is asked.
    /// </summary>
    public static TriggerWords Words { get; } = new("counts", Triggers.FirstWords);

    private static readonly ShapeFilter AnyTrigger = new(Triggers.FirstWords);

    /// <summary>What a trigger word (<see cref="Triggers"/>) starts.</summary>
    [Flags]
    private enum Trigger : byte
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>The word alone lets the sentence be read.</summary>
        Decisive = 1,

        /// <summary>The word starts a casualty phrase (<see cref="CasualtyLexicon.Predicates"/>).</summary>
        Predicate = 2,

        /// <summary>The word starts a noun of hostages or the dead (<see cref="CasualtyLexicon.People"/>).</summary>
        People = 4,

        /// <summary>The word is a count verb (<see cref="CasualtyLexicon.CountVerbs"/>): "the kidnappers, believed to number about a dozen".</summary>
        CountVerb = 8,

        /// <summary>The word starts a noun of attackers, which counts only beside a count verb.</summary>
        Attackers = 16,

    }

    /// <summary>
    /// False when no claim can come from the sentence: a claim needs a casualty word or phrase, a noun
    /// of hostages or the dead, a noun of attackers with a count verb (other people, "victims", "men",
    /// take their measure from a casualty word; attackers without one are counted only by "number"),
    /// "death toll" or "murder-suicide", and a sentence without any of them is not read. Exact: every
    /// way <see cref="CountSentenceReader"/> finds a measure starts at such a token. The candidate words are
    /// read by their lexicon ids (<see cref="Token.Word"/>, from the annotation pass).
    /// </summary>
    internal static bool MayCount(string body, ReadOnlySpan<Token> tokens)
    {
        // First a word that settles it alone; only then the phrases that start at the other trigger words.
        // A word of the lexicon is one read of its id; the filters turn most other words away before a look-up.
        Span<int> pending = stackalloc int[16];
        Span<Trigger> pendingTriggers = stackalloc Trigger[16];
        int count = 0;
        bool countVerb = false;
        var filter = AnyTrigger;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (!TryTriggerAt(body, tokens, k, filter, out var trigger))
            {
                continue;
            }

            if ((trigger & Trigger.Decisive) != 0)
            {
                return true;
            }

            countVerb |= (trigger & Trigger.CountVerb) != 0;
            if ((trigger & (Trigger.Predicate | Trigger.People | Trigger.Attackers)) == 0)
            {
                continue;
            }

            if (count < pending.Length)
            {
                pending[count] = k;
                pendingTriggers[count] = trigger;
            }

            count++;
        }

        if (count > pending.Length)
        {
            // Too many to have kept: every token again.
            for (int k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && Triggers.TryGetWord(body.AsSpan(tokens[k].Start, tokens[k].Length), out var trigger) && Settles(body, tokens, k, trigger, countVerb))
                {
                    return true;
                }
            }

            return false;
        }

        for (int p = 0; p < count; p++)
        {
            if (Settles(body, tokens, pending[p], pendingTriggers[p], countVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What token <paramref name="k"/> starts as a trigger word, when it may start something that lets the sentence be
    /// read: a word of the lexicon by one read of its id; another through the shape filters, then by its text. A word
    /// that only starts longer casualty phrases ("in") counts only when the next word may continue one ("in critical").
    /// </summary>
    private static bool TryTriggerAt(string body, ReadOnlySpan<Token> tokens, int k, ShapeFilter filter, out Trigger trigger)
    {
        var token = tokens[k];
        trigger = Trigger.None;
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var text = body.AsSpan(token.Start, token.Length);
        if (token.Word > Lexicon.Outside)
        {
            trigger = TriggerByNumber[token.Word];
            return trigger != Trigger.None
                && ((trigger & (Trigger.Decisive | Trigger.People | Trigger.Attackers | Trigger.CountVerb)) != 0 || StartsPair(body, tokens, k, text));
        }

        char first = text[0];
        char last = text[^1];
        if (!filter.MayContain(token.Length, first, last) || (!StrongTriggers.MayContain(token.Length, first, last) && !StartsPair(body, tokens, k, text)))
        {
            return false;
        }

        return TryGetTrigger(token.Word, text, out trigger);
    }

    /// <summary>True when a casualty phrase of two words or more may start with token k and the next.</summary>
    private static bool StartsPair(string body, ReadOnlySpan<Token> tokens, int k, ReadOnlySpan<char> text) =>
        k + 1 < tokens.Length && CasualtyLexicon.Predicates.MayStartWithPair(text, body.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length));

    /// <summary>What a word starts as a trigger word (<see cref="Triggers"/>): by its lexicon id; by its text when it is no word of the lexicon and may be a trigger word that is not either ("toll"), or not annotated.</summary>
    private static bool TryGetTrigger(ushort number, ReadOnlySpan<char> word, out Trigger trigger)
    {
        if (number == Lexicon.Unlabelled)
        {
            return Triggers.TryGetWord(word, out trigger);
        }

        if (number == Lexicon.Outside)
        {
            if (TriggersOutside.MayContain(word.Length, word[0], word[^1]))
            {
                return Triggers.TryGetWord(word, out trigger);
            }

            trigger = Trigger.None;
            return false;
        }

        trigger = TriggerByNumber[number];
        return trigger != Trigger.None;
    }

    /// <summary>For each vocabulary number, what its word starts as a one-word trigger (<see cref="Triggers"/>), <see cref="Trigger.None"/> for none.</summary>
    private static readonly Trigger[] TriggerByNumber = BuildTriggerByNumber();

    /// <summary>A filter of the trigger words that are no words of the vocabulary ("toll"): a word labelled <see cref="Lexicon.Outside"/> that passes it is looked up by its text.</summary>
    private static readonly ShapeFilter TriggersOutside = new(Triggers.FirstWords.Where(static w => !Lexicon.TryGetId(w, out _)));

    private static Trigger[] BuildTriggerByNumber()
    {
        var table = new Trigger[Lexicon.Count];
        foreach (var word in Triggers.FirstWords)
        {
            if (Lexicon.TryGetId(word, out ushort number) && Triggers.TryGetWord(word, out var trigger))
            {
                table[number] = trigger;
            }
        }

        return table;
    }

    /// <summary>
    /// True when what starts at trigger word <paramref name="k"/> lets the sentence be read; only the
    /// tables the word starts phrases of are tried ("toll" and "murder-suicide" are decisive, never here).
    /// Attackers count only when the sentence has a count verb.
    /// </summary>
    private static bool Settles(string body, ReadOnlySpan<Token> tokens, int k, Trigger trigger, bool countVerb) =>
        ((trigger & Trigger.Predicate) != 0 && CasualtyLexicon.Predicates.StartsAt(body, tokens, k))
        || (((trigger & Trigger.People) != 0 || ((trigger & Trigger.Attackers) != 0 && countVerb)) && CasualtyLexicon.People.TryMatch(body, tokens, k, out var noun, out _)
            && (IsCountedAlone(noun.Role) || (noun.Role == PeopleRole.Attacker && countVerb)));

    /// <summary>
    /// What a trigger word starts; decisive when it settles <see cref="MayCount"/> alone: a phrase of it
    /// matches whatever follows, and whichever matches passes (the longest phrase of a noun is the one read).
    /// </summary>
    private static Trigger TriggerOf(string word)
    {
        bool decisive = CasualtyLexicon.Predicates.ContainsWord(word)
            || (CasualtyLexicon.People.ContainsWord(word) && CasualtyLexicon.People.EveryPhraseOf(word, static noun => IsCountedAlone(noun.Role)))
            || CountWords.Toll.ContainsWord(word) || CountWords.MurderSuicide.ContainsWord(word);
        var trigger = decisive ? Trigger.Decisive : Trigger.None;
        if (CasualtyLexicon.Predicates.AnyPhraseOf(word, static _ => true))
        {
            trigger |= Trigger.Predicate;
        }

        if (CasualtyLexicon.People.AnyPhraseOf(word, static noun => IsCountedAlone(noun.Role)))
        {
            trigger |= Trigger.People;
        }

        if (CasualtyLexicon.People.AnyPhraseOf(word, static noun => noun.Role == PeopleRole.Attacker))
        {
            trigger |= Trigger.Attackers;
        }

        if (CasualtyLexicon.CountVerbs.ContainsWord(word))
        {
            trigger |= Trigger.CountVerb;
        }

        return trigger;
    }

    /// <summary>Hostages, the dead and attackers are counted as such without a casualty word (attackers only by a count verb).</summary>
    private static bool IsMeasureRole(PeopleRole role) => IsCountedAlone(role) || role == PeopleRole.Attacker;

    /// <summary>Hostages and the dead are counted as such whatever else the sentence says.</summary>
    private static bool IsCountedAlone(PeopleRole role) => role is PeopleRole.Hostage or PeopleRole.Dead;
}
