using HostageReports.Claims;
using HostageReports.Extraction.Attribution;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Numbers;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Counts;

/// <summary>
/// Finds count claims: in each sentence, phrases naming people (<see cref="PeopleParser"/>) are grouped
/// where they are coordinated ("a Briton and an Algerian") and joined to the casualty word that governs
/// them ("were killed", "killing", "among the hostages"); breakdowns after a dash, "including", "as
/// well as" and copulas ("were an Algerian and a Briton") inherit it. Each group gives one claim per
/// nationality, with the quantity its wording allows and the attribution of its sentence.
/// Stateless and thread-safe.
/// </summary>
internal sealed class CountRule : IClaimRule
{
    private static readonly PhraseTable<bool> Elsewhere = CasualtyLexicon.Words("elsewhere");
    private static readonly PhraseTable<bool> PlaceVerbs = CasualtyLexicon.Words("placeverb");
    private static readonly PhraseTable<bool> Negators = CasualtyLexicon.Words("negator");

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
            .Concat(["toll", "murder-suicide"])
            .Select(static w => KeyValuePair.Create(w, TriggerOf(w))));

    /// <summary>
    /// A filter of the trigger words that do more than start a longer casualty phrase (decisive words,
    /// nouns, count verbs): a word outside it ("in", "with") matters only when the next word may continue
    /// such a phrase (<see cref="PhraseTable{T}.MayStartWithPair"/>), and is passed over unlooked-up when it cannot ("in the").
    /// </summary>
    private static readonly ShapeFilter StrongTriggers = new(
        Triggers.FirstWordsWhere(static t => (t & (Trigger.Decisive | Trigger.People | Trigger.Attackers | Trigger.CountVerb)) != 0));

    /// <summary>A filter of every trigger word by its shape (<see cref="ShapeFilter"/>): the first test <see cref="MayCount"/> puts to each word.</summary>
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

    /// <summary>A per-thread copy of the report's tokens: the sentences are read as windows on it, not copied.</summary>
    [ThreadStatic]
    private static Token[]? t_tokens;

    /// <summary>This thread's sentence reader, whose phrase and group objects serve report after report.</summary>
    [ThreadStatic]
    private static SentenceReader? t_reader;

    /// <summary>The words the phrasings read on their own hang on ("death toll", "murder-suicide", "the number of", the count verbs), each with all it may open.</summary>
    private static readonly PhraseTable<AloneWord> AloneWords = new(
        new[] { ("toll", AloneWord.Toll), ("murder-suicide", AloneWord.MurderSuicide), ("number", AloneWord.Number) }
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

    /// <inheritdoc/>
    public void Apply(ExtractionContext context)
    {
        int sentences = context.Report.Sentences.Count;
        var all = ReportTokens(context);
        var labels = WordLabels.ForThread;
        var reading = new ReportReading(context, all);
        var shotTotals = new List<CountClaim>();
        var reader = t_reader ??= new SentenceReader();
        reader.Begin(context, reading, shotTotals);
        for (int s = 0; s < sentences; s++)
        {
            if (!reading.IsRead(s) || !MayCount(context.Body, context.SentenceTokens(s), labels))
            {
                continue;
            }

            // The sentence is read: its tokens get the numbers of their words, which the look-ups use from here on.
            int first = context.SentenceTokenStart[s];
            var starts = labels.Label(context.Body, all.AsSpan(first, context.SentenceTokenStart[s + 1] - first));
            reader.Read(reading.Tokens(s), s, starts);
        }

        reader.End();
        WoundedBesideDead(context, shotTotals);
    }

    /// <summary>
    /// False when no claim can come from the sentence: a claim needs a casualty word or phrase, a noun
    /// of hostages or the dead, a noun of attackers with a count verb (other people, "victims", "men",
    /// take their measure from a casualty word; attackers without one are counted only by "number"),
    /// "death toll" or "murder-suicide", and a sentence without any of them is not read. Exact: every
    /// way <see cref="SentenceReader"/> finds a measure starts at such a token. The candidate words are
    /// looked up through <paramref name="labels"/>, this thread's cache of vocabulary labels.
    /// </summary>
    private static bool MayCount(string body, ReadOnlySpan<Token> tokens, WordLabels labels)
    {
        // First a word that settles it alone; only then the phrases that start at the other trigger words.
        // The filter turns most words away before a look-up.
        Span<int> pending = stackalloc int[16];
        Span<Trigger> pendingTriggers = stackalloc Trigger[16];
        int count = 0;
        bool countVerb = false;
        var filter = AnyTrigger;
        for (int k = 0; k < tokens.Length; k++)
        {
            // One branch a token: the shape is tested whatever the kind (no token is empty), and the two answers joined.
            var token = tokens[k];
            char first = body[token.Start];
            char last = body[token.Start + token.Length - 1];
            if (!(filter.MayContain(token.Length, first, last) & token.Kind == TokenKind.Word))
            {
                continue;
            }

            var text = body.AsSpan(token.Start, token.Length);
            if (!StrongTriggers.MayContain(token.Length, first, last) && (k + 1 == tokens.Length || !CasualtyLexicon.Predicates.MayStartWithPair(text, body.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length))))
            {
                continue;
            }

            if (TryGetTrigger(labels, text, out var trigger))
            {
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

    /// <summary>What a word starts as a trigger word (<see cref="Triggers"/>): by its vocabulary number, through this thread's cache of labels; by its text when it is no word of the vocabulary and may be a trigger word that is not either ("toll").</summary>
    private static bool TryGetTrigger(WordLabels labels, ReadOnlySpan<char> word, out Trigger trigger)
    {
        ushort number = labels.Of(word);
        if (number == Vocabulary.Outside)
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

    /// <summary>A filter of the trigger words that are no words of the vocabulary ("toll"): a word labelled <see cref="Vocabulary.Outside"/> that passes it is looked up by its text.</summary>
    private static readonly ShapeFilter TriggersOutside = new(Triggers.FirstWords.Where(static w => !Vocabulary.TryGet(w, out _)));

    private static Trigger[] BuildTriggerByNumber()
    {
        var table = new Trigger[Vocabulary.Count];
        foreach (var word in Triggers.FirstWords)
        {
            if (Vocabulary.TryGet(word, out ushort number) && Triggers.TryGetWord(word, out var trigger))
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
            || word is "toll" or "murder-suicide";
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

    /// <summary>"Five people were shot" in a report that counts two dead: the other three are the wounded.</summary>
    private static void WoundedBesideDead(ExtractionContext context, List<CountClaim> shotTotals)
    {
        if (shotTotals.Count == 0)
        {
            return;
        }

        long dead = 0;
        foreach (var claim in context.Claims)
        {
            if (claim is CountClaim { Measure: Measure.Killed } killed && killed.Population == Population.All && killed.Quantity.Qualifier == Qualifier.Exact
                && killed.Quantity.Value is long value && value > dead)
            {
                dead = value;
            }
        }

        foreach (var shot in shotTotals)
        {
            if (dead > 0 && shot.Quantity.Value is long total && total > dead)
            {
                context.Claims.Add(shot with { Quantity = Quantity.Exactly(total - dead) });
            }
        }
    }

    /// <summary>The report's tokens copied into this thread's buffer, which the sentences are windows on.</summary>
    private static Token[] ReportTokens(ExtractionContext context)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Tokens);
        var buffer = t_tokens;
        if (buffer is null || buffer.Length < tokens.Length)
        {
            t_tokens = buffer = new Token[Math.Max(tokens.Length, Math.Max(1024, (buffer?.Length ?? 0) * 2))];
        }

        tokens.CopyTo(buffer);
        return buffer;
    }

    private sealed class Group
    {
        public List<PeoplePhrase> Members { get; } = [];

        public List<PeoplePhrase> Breakdown { get; } = [];

        public int Start => Members[0].Start;

        public int End { get; set; }

        public bool HasAnd { get; set; }

        public bool CommaJoined { get; set; }

        public CasualtyMeasure? Measure { get; set; }

        public int PredicateStart { get; set; } = -1;

        public int PredicateEnd { get; set; } = -1;

        public bool ViaAmong { get; set; }

        public bool Inherited { get; set; }

        public bool Dropped { get; set; }

        public int CopulaTo { get; set; } = -1;

        public Population? PopulationPredicate { get; set; }

        /// <summary>Makes the group as new, with one member, for the next sentence (groups are reused).</summary>
        public Group Reset(PeoplePhrase first)
        {
            Members.Clear();
            Breakdown.Clear();
            Members.Add(first);
            End = first.End;
            HasAnd = false;
            CommaJoined = false;
            Measure = null;
            PredicateStart = -1;
            PredicateEnd = -1;
            ViaAmong = false;
            Inherited = false;
            Dropped = false;
            CopulaTo = -1;
            PopulationPredicate = null;
            return this;
        }
    }

    private readonly record struct Found(CasualtyMeasure? Measure, int Start, int End, bool Aux, bool Among, int CopulaTo, Population? Population)
    {
        /// <summary>True when the casualty word sits in a relative clause ("who was shot").</summary>
        public bool Relative { get; init; }
    }

    /// <summary>
    /// Reads the sentences of a report, one after the other (<see cref="Begin"/> starts a report); its
    /// phrases and groups are reused from sentence to sentence and, one reader per thread, from report
    /// to report.
    /// </summary>
    private sealed class SentenceReader
    {
        private readonly List<PeoplePhrase> _phrases = [];
        private readonly List<Group> _groups = [];
        private ExtractionContext _context = null!;
        private string _body = null!;
        private ReportReading _reading = null!;
        private List<CountClaim> _shotTotals = null!;

        /// <summary>Phrase and group objects of earlier sentences, taken again from the start for each sentence.</summary>
        private readonly List<PeoplePhrase> _phrasePool = [];
        private readonly List<Group> _groupPool = [];
        private readonly List<Population> _populations = [];
        private int _phrasesTaken;
        private int _groupsTaken;

        /// <summary>For each token of the sentence, the index in <see cref="_phrases"/> of the phrase starting there, or -1.</summary>
        private int[] _phraseAt = new int[64];

        /// <summary>For each phrase of <see cref="_phrases"/>, the index in <see cref="_groups"/> of the group it is a member of (not a part of a breakdown), or -1.</summary>
        private int[] _memberOf = new int[64];

        /// <summary>Where <see cref="BuildGroups"/> lays the groups out again when it splits some.</summary>
        private readonly List<Group> _laidOut = [];

        private TokenSlice _tokens;
        private int _sentence;
        private SentenceAttribution? _attribution;
        private int _firstNegation = -1;

        /// <summary>A per-sentence answer not worked out yet.</summary>
        private const int Unknown = -2;

        /// <summary>See <see cref="LastMeasureCue"/>; <see cref="Unknown"/> until asked.</summary>
        private int _lastMeasureCue = Unknown;

        /// <summary>The lexicons some phrase of which may start in the sentence.</summary>
        private Starts _sentenceStarts;
        private bool? _denied;
        private bool? _sentenceHasDeathCue;

        /// <summary>
        /// The most tokens a member's evidence holds besides the member's own: the casualty word and the words between
        /// (other members of its list); a longer stretch leaves the member its own words.
        /// </summary>
        private const int MaxEvidenceGap = 48;

        /// <summary>True while the claims of a group that was only said to be hit are emitted.</summary>
        private bool _outcomeOpen;

        /// <summary>Starts reading a report.</summary>
        /// <param name="context">The report.</param>
        /// <param name="reading">What is kept of it while its sentences are read.</param>
        /// <param name="shotTotals">Where "five people were shot" is kept aside.</param>
        public void Begin(ExtractionContext context, ReportReading reading, List<CountClaim> shotTotals)
        {
            _shotTotals = shotTotals;
            _reading = reading;
            _context = context;
            _body = context.Body;
        }

        /// <summary>Ends reading a report: lets go of it, so a thread's reader keeps no report alive.</summary>
        public void End()
        {
            _shotTotals = null!;
            _reading = null!;
            _context = null!;
            _body = null!;
            _attribution = null;
            _tokens = default;
        }

        /// <summary>A phrase object to read into: one of an earlier sentence's, or a new one.</summary>
        private PeoplePhrase TakePhrase()
        {
            if (_phrasesTaken == _phrasePool.Count)
            {
                _phrasePool.Add(new PeoplePhrase());
            }

            return _phrasePool[_phrasesTaken++];
        }

        /// <summary>A group of one member: one of an earlier sentence's group objects, or a new one.</summary>
        private Group NewGroup(PeoplePhrase first)
        {
            if (_groupsTaken == _groupPool.Count)
            {
                _groupPool.Add(new Group());
            }

            return _groupPool[_groupsTaken++].Reset(first);
        }

        private ReadOnlySpan<Token> Tokens => _tokens;

        private SentenceAttribution Attribution => _attribution ??= _reading.Attribution(_sentence);

        /// <summary>Reads a sentence.</summary>
        /// <param name="tokens">Its tokens, labelled.</param>
        /// <param name="sentence">Its index in the report.</param>
        /// <param name="starts">The lexicons some phrase of which may start in it (<see cref="WordLabels.Label"/>): the scans for the others are skipped.</param>
        public void Read(TokenSlice tokens, int sentence, Starts starts)
        {
            _sentenceStarts = starts;
            _tokens = tokens;
            _sentence = sentence;
            _phrases.Clear();
            _groups.Clear();
            _phrasesTaken = 0;
            _groupsTaken = 0;
            _attribution = null;
            _firstNegation = -1;
            _lastMeasureCue = Unknown;
            _denied = null;
            _sentenceHasDeathCue = null;
            _outcomeOpen = false;
            FindPhrases();
            BuildGroups();
            foreach (var group in _groups)
            {
                Resolve(group);
            }

            Inherit();
            foreach (var group in _groups)
            {
                Emit(group);
            }

            // The phrasings read on their own each hang on a word; one pass over the labelled words finds which of them can occur.
            var alone = AloneWord.None;
            foreach (var token in Tokens)
            {
                if (token.Kind == TokenKind.Word && AloneStarts[token.Word] && AloneWords.TryGetWord(_body, token, out var word))
                {
                    alone |= word;
                }
            }

            if ((alone & AloneWord.Toll) != 0)
            {
                DeathToll();
            }

            if ((alone & AloneWord.MurderSuicide) != 0)
            {
                MurderSuicide();
            }

            if ((alone & AloneWord.CountVerb) != 0)
            {
                NumberVerb();
            }

            if ((alone & AloneWord.Number) != 0)
            {
                NumberOf();
            }
        }

        private void FindPhrases()
        {
            if (_phraseAt.Length < _tokens.Length)
            {
                _phraseAt = new int[Math.Max(_tokens.Length, _phraseAt.Length * 2)];
            }

            _phraseAt.AsSpan(0, _tokens.Length).Fill(-1);
            var phrase = TakePhrase();
            for (int i = 0; i < _tokens.Length;)
            {
                if (PeopleParser.TryRead(_body, Tokens, i, phrase) && phrase.End > i)
                {
                    _phraseAt[i] = _phrases.Count;
                    _phrases.Add(phrase);
                    i = phrase.End;
                    phrase = TakePhrase();
                }
                else
                {
                    i++;
                }
            }
        }

        private void BuildGroups()
        {
            Group? group = null;
            bool inBreakdown = false;
            foreach (var phrase in _phrases)
            {
                if (group is not null)
                {
                    int gap = phrase.Start - group.End;
                    if (gap >= 0 && gap <= 3)
                    {
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
                            continue;
                        }

                        if (between == Between.CommaAnd || (between == Between.And && !inBreakdown))
                        {
                            group.HasAnd = true;
                            group.Members.Add(phrase);
                            group.End = phrase.End;
                            inBreakdown = false;
                            continue;
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
                            continue;
                        }
                    }
                }

                group = NewGroup(phrase);
                inBreakdown = false;
                _groups.Add(group);
            }

            // "In Kenwood, a teenage boy was killed": commas without "and" list nothing; each phrase stands alone.
            // The groups are laid out again in one pass (not an insertion per phrase), in the same order.
            if (_groups.Exists(static g => g.CommaJoined && !g.HasAnd))
            {
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

            // Each phrase's group, for the look-ups by member and by start.
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

        private enum Between
        {
            None,
            Comma,
            And,
            CommaAnd,
            Including,
            Dash,
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

            if (k + 1 == to && (Is(k, "and") || Is(k, "or")))
            {
                return comma ? Between.CommaAnd : Between.And;
            }

            return comma && k == to ? Between.Comma : Between.None;
        }

        private void Resolve(Group group)
        {
            var after = FindAfter(group.End, skipComma: group.Breakdown.Count > 0 || Is(group.End - 1, ","), thereWere: IsThereWere(group), bare: group.Members.TrueForAll(m => m.Bare));
            bool bare = group.Members.TrueForAll(m => m.Bare || m.Named);
            if (after.Measure is not null && after.Relative)
            {
                // "A boy who was shot on Friday has died": the main clause's verb wins.
                var main = FindLater(after.End);
                if (main.Measure is not null)
                {
                    after = main;
                }
            }
            else if (after.Measure is not null && !after.Aux && !bare)
            {
                // "workers held hostage by militants ... have managed to escape": the finite verb wins.
                var later = FindLater(after.End);
                if (later.Measure is not null)
                {
                    after = later;
                }
            }
            else if (after.Measure is null && after.CopulaTo < 0 && after.Population is null && !bare)
            {
                after = FindLater(group.End);
            }
            else if (after.Measure is null && after.CopulaTo < 0 && group.Members.Count == 1 && group.Members[0].Named && !IsReflexive(group.Members[0]))
            {
                // "He was taken to a hospital but died": only a death carries over to a pronoun or a name.
                var later = FindLater(group.End);
                if (later.Measure == CasualtyMeasure.Killed && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, later.Start, out var died, out _) && died.Position == PredicatePosition.After)
                {
                    after = later;
                }
            }

            // "15 bodies were recovered": the dead, whatever the verb.
            if (group.Members.TrueForAll(m => m.Role == PeopleRole.Dead && m.Count == PeopleCount.Quantity && m.Quantity.Form == QuantityForm.Number))
            {
                group.Measure = CasualtyMeasure.Killed;
                group.PredicateStart = group.Start;
                group.PredicateEnd = group.End;
                return;
            }

            if (after.Measure is not null)
            {
                Set(group, after);
                return;
            }

            if (after.Population is null && CasualtyLexicon.Predicates.TryMatchEndingAt(_body, Tokens, group.Start, out var before, out int start)
                && (before.Position & PredicatePosition.Before) != 0 && !IsTakenElsewhere(start, group.Start))
            {
                group.Measure = before.Measure;
                group.PredicateStart = start;
                group.PredicateEnd = group.Start;
                return;
            }

            // "Among the hostages are American ... citizens".
            if (group.Start >= 3 && In(CasualtyLexicon.Be, group.Start - 1) && MeasureNoun(group.Start - 2) is { } amongMeasure
                && (CasualtyLexicon.Among.TryMatchEndingAt(_body, Tokens, group.Start - 2, out _, out int amongStart) || (Is(group.Start - 3, "the") && CasualtyLexicon.Among.TryMatchEndingAt(_body, Tokens, group.Start - 3, out _, out amongStart))))
            {
                group.Measure = amongMeasure;
                group.PredicateStart = amongStart;
                group.PredicateEnd = group.Start - 1;
                group.ViaAmong = true;
                return;
            }

            group.CopulaTo = after.CopulaTo;
            group.PopulationPredicate = after.Population;
            if (group.Members[0].Role == PeopleRole.Hostage)
            {
                group.Measure = CasualtyMeasure.Hostages;
                group.PredicateStart = group.Start;
                group.PredicateEnd = group.End;
            }
        }

        private static void Set(Group group, Found found)
        {
            group.Measure = found.Measure;
            group.PredicateStart = found.Start;
            group.PredicateEnd = found.End;
            group.ViaAmong = found.Among;
        }

        /// <summary>The casualty word after the people, over auxiliaries and adverbs: "were reportedly killed", "are among the hostages".</summary>
        private Found FindAfter(int m, bool skipComma, bool thereWere = false, bool bare = false)
        {
            bool aux = false;
            bool be = false;
            bool relative = false;
            if (skipComma && m < _tokens.Length && Text(m) is "," or "\u2013" or "\u2014" or "-" or ")")
            {
                m++;
            }

            for (int steps = 0; steps < 12 && m < _tokens.Length; steps++)
            {
                var token = _tokens[m];
                var text = Text(m);
                if (token.Kind == TokenKind.Punct && text is "\"" or "\u201c" or "\u201d")
                {
                    m++;
                    continue;
                }

                // Each look-up only where the token's word may start a phrase of its lexicon.
                var starts = WordStarts.Of(token);
                int length = 0;
                if ((starts & Starts.Predicate) != 0 && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, m, out var predicate, out length)
                    && (predicate.Position & PredicatePosition.After) != 0 && !IsTakenElsewhere(m, m + length))
                {
                    // Without an auxiliary, "shot"/"killed" followed by an object is active: the people did the shooting.
                    bool active = !aux && !bare && (predicate.Position & PredicatePosition.Before) != 0 && ObjectFollows(m + length);
                    if (active || (!aux && predicate.Measure == CasualtyMeasure.Shot))
                    {
                        break;
                    }

                    return new Found(predicate.Measure, m, m + length, aux, false, -1, null) { Relative = relative };
                }

                if ((be || thereWere) && (starts & Starts.Among) != 0 && CasualtyLexicon.Among.TryMatch(_body, Tokens, m, out _, out length))
                {
                    int k = m + length;
                    if (Is(k, "the") || Is(k, "those"))
                    {
                        k++;
                    }

                    if (MeasureNoun(k) is { } measure)
                    {
                        return new Found(measure, m, k + 1, aux, true, -1, null);
                    }
                }

                if ((starts & Starts.Aux) != 0 && CasualtyLexicon.Aux.TryMatch(_body, Tokens, m, out _, out length))
                {
                    be |= In(CasualtyLexicon.Be, m);
                    aux |= In(CasualtyLexicon.Passive, m);
                    relative |= Is(m, "who") || Is(m, "that");
                    m += length;
                    continue;
                }

                if (token.Kind == TokenKind.Word && text.Length > 4 && text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(text[0]))
                {
                    m++;
                    continue;
                }

                // "about 170 guests and staff hostage": a noun of people joined without a number of its own.
                if (steps == 0 && Is(m, "and") && !bare && CasualtyLexicon.People.TryMatch(_body, Tokens, m + 1, out _, out int joined)
                    && PhraseAt(m + 1) < 0)
                {
                    m += 1 + joined;
                    continue;
                }

                // "Three other men, ages 25, 26 and 33, were injured": step over their ages.
                if (steps == 0 && text is "," && AgeApposition(m) is int ages and > 0)
                {
                    m = ages + 1;
                    continue;
                }

                // "The teen, identified as John Smith of Carlton, died": step over an apposition.
                if (steps == 0 && text is "," && !bare && Apposition(m) is int close and > 0)
                {
                    m = close + 1;
                    continue;
                }

                if (be)
                {
                    int index = PhraseAt(m);
                    if (index >= 0)
                    {
                        var phrase = _phrases[index];
                        if (phrase.Bare || phrase.Count == PeopleCount.Nationalities || phrase.Quantity.Form != QuantityForm.Number && phrase.Count == PeopleCount.Quantity)
                        {
                            return new Found(null, m, phrase.End, aux, false, index, null);
                        }

                        return new Found(null, m, phrase.End, aux, false, index, phrase.Nations.Count == 1 ? Population.Nationality(phrase.Nations[0]) : phrase.Population);
                    }

                    // "two were foreigners".
                    if (CasualtyLexicon.People.TryMatch(_body, Tokens, m, out var noun, out _) && noun.Population != Population.All)
                    {
                        return new Found(null, m, m + 1, aux, false, -1, noun.Population);
                    }

                    if (PeopleParser.TryDemonymAt(_body, Tokens, m, out var demonym, out _) && demonym.IsPlural)
                    {
                        return new Found(null, m, m + 1, aux, false, -1, Population.Nationality(demonym.Code));
                    }
                }

                break;
            }

            return new Found(null, m, m, aux, false, -1, null);
        }

        /// <summary>The closing comma of a list of ages opened at <paramref name="open"/> (", ages 25, 26 and 33,"), or -1.</summary>
        private int AgeApposition(int open)
        {
            if (!Is(open + 1, "ages") && !Is(open + 1, "aged"))
            {
                return -1;
            }

            int k = open + 2;
            while (k < _tokens.Length && k <= open + 14 && (_tokens[k].Kind == TokenKind.Number || Text(k) is "," or "and" or "to" or "through"))
            {
                k++;
            }

            return Is(k - 1, ",") && k - 1 > open + 2 ? k - 1 : -1;
        }

        /// <summary>The closing comma of an apposition opened at <paramref name="open"/> (no verb inside), or -1.</summary>
        private int Apposition(int open)
        {
            for (int k = open + 1; k < _tokens.Length && k <= open + 12; k++)
            {
                var text = Text(k);
                if (text is ",")
                {
                    return k > open + 1 ? k : -1;
                }

                if (text is "." or ";" or ":" || (May(k, Starts.Finite) && In(CasualtyLexicon.Finite, k)) || (May(k, Starts.Speech) && SpeechVerbs.Table.StartsAt(_body, Tokens, k))
                    || (May(k, Starts.Predicate) && CasualtyLexicon.Predicates.StartsAt(_body, Tokens, k)) || Is(k, "and") || Is(k, "who") || Is(k, "which"))
                {
                    return -1;
                }
            }

            return -1;
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
            if (LastMeasureCue() < m)
            {
                return new Found(null, m, m, false, false, -1, null);
            }

            for (int k = m; k < _tokens.Length && k < m + 14; k++)
            {
                var token = _tokens[k];
                if (token.Kind == TokenKind.Punct && (Text(k) is "," or ";" or ":" or "\u2013" or "\u2014" || (Text(k) is "." && (token.End >= _body.Length || char.IsWhiteSpace(_body[token.End])))))
                {
                    break;
                }

                // Another count ends the clause's people; "of eight nationalities" does not.
                if (k > m && PhraseAt(k) is int at and >= 0 && _phrases[at].Count == PeopleCount.Quantity && !(_phrases[at].Bare && Is(k - 1, "of")))
                {
                    break;
                }

                // Each look-up only where the token's word may start a phrase of its lexicon.
                var starts = WordStarts.Of(token);
                if (((starts & Starts.Speech) != 0 && SpeechVerbs.Table.StartsAt(_body, Tokens, k)) || ((starts & Starts.ClauseOpener) != 0 && In(CasualtyLexicon.ClauseOpeners, k)))
                {
                    break;
                }

                if (k > m && (starts & Starts.Predicate) != 0 && !In(CasualtyLexicon.Determiners, k - 1) && !Is(k - 1, "a") && CasualtyLexicon.Predicates.TryMatch(_body, Tokens, k, out var intransitive, out int length)
                    && intransitive.Position == PredicatePosition.After && (intransitive.Measure is CasualtyMeasure.Injury or CasualtyMeasure.Condition || intransitive.Measure == CasualtyMeasure.Killed && !Is(k, "dead") && !Is(k, "to")))
                {
                    // "A 7-year-old boy in Ohio died Friday".
                    return new Found(intransitive.Measure, k, k + length, true, false, -1, null);
                }

                if ((starts & Starts.Finite) != 0 && In(CasualtyLexicon.Finite, k))
                {
                    var found = FindAfter(k, skipComma: false);
                    if (found.Measure is not null)
                    {
                        return found with { Aux = true };
                    }
                }
            }

            return new Found(null, m, m, false, false, -1, null);
        }

        /// <summary>
        /// The last token of the sentence where a casualty phrase or "among" (<see cref="CasualtyLexicon.Among"/>) starts, or -1:
        /// no measure can be found past it (<see cref="FindLater"/>). Found once per sentence, from the end, on first use.
        /// </summary>
        private int LastMeasureCue()
        {
            if (_lastMeasureCue == Unknown)
            {
                int k = (_sentenceStarts & (Starts.Predicate | Starts.Among)) == 0 ? -1 : _tokens.Length - 1;
                while (k >= 0 && !(May(k, Starts.Predicate) && CasualtyLexicon.Predicates.StartsAt(_body, Tokens, k)) && !(May(k, Starts.Among) && CasualtyLexicon.Among.StartsAt(_body, Tokens, k)))
                {
                    k--;
                }

                _lastMeasureCue = k;
            }

            return _lastMeasureCue;
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

        private static void Adopt(Group group, Group from)
        {
            group.Measure = from.Measure;
            group.PredicateStart = -1;
            group.PredicateEnd = -1;
        }

        private void Emit(Group group)
        {
            EmitGroup(group);
            _outcomeOpen = false;
        }

        private void EmitGroup(Group group)
        {
            if (group.Measure is not { } casualty || group.Dropped)
            {
                return;
            }

            var measure = casualty;

            if (casualty == CasualtyMeasure.Shot && TryFatally(group))
            {
                return;
            }

            if (casualty == CasualtyMeasure.Shot)
            {
                // In a report with deaths, "shot" may count the dead; "three others were shot" does not.
                if (_reading.ReportHasDeaths && !group.Members.TrueForAll(m => m.Other))
                {
                    ShotTotal(group);
                    return;
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
                    return;
                }

                casualty = CasualtyMeasure.Injury;
            }

            if (casualty == CasualtyMeasure.Injury)
            {
                // "left a man dead and six others with gunshot wounds": the others are not the dead.
                if (SentenceHasDeathCue() && !group.Members.TrueForAll(m => m.Other))
                {
                    return;
                }

                measure = CasualtyMeasure.Wounded;
            }

            if (HistoryFollows(group) || IsIrrealis(group.PredicateStart))
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
        private void ShotTotal(Group group)
        {
            if (group.Members.Count != 1 || group.Breakdown.Count > 0 || group.PredicateStart < group.End)
            {
                return;
            }

            var member = group.Members[0];
            if (member.Count != PeopleCount.Quantity || member.Quantity.Form != QuantityForm.Number || member.Quantity.Qualifier != Qualifier.Exact
                || member.Quantity.Value is not (long and >= 2) || member.Nations.Count > 0 || member.PartOfPrevious || !In(CasualtyLexicon.GenericPeople, member.End - 1)
                || IsNegated(member.Start) || HistoryFollows(group) || IsIrrealis(group.PredicateStart))
            {
                return;
            }

            var attribution = Attribution.For(member.Start, IsDenied());
            _shotTotals.Add(new CountClaim
            {
                ReportId = _context.Report.Id,
                Evidence = _context.EvidenceOf(_tokens[member.Start].Start, _tokens[group.PredicateEnd - 1].End),
                Measure = Measure.Wounded,
                Population = Population.All,
                Quantity = member.Quantity.ToQuantity(),
                Source = attribution.Source,
                Certainty = attribution.Certainty,
            });
        }

        /// <summary>"Five people were shot, one fatally": the dead and the wounded.</summary>
        private bool TryFatally(Group group)
        {
            int k = group.PredicateEnd;
            if (group.Members.Count != 1 || k < 0 || !Is(k, ",") || group.Members[0].Count != PeopleCount.Quantity)
            {
                return false;
            }

            if (!QuantityReader.TryRead(_body, Tokens, k + 1, out var dead) || dead.Value is not long deaths)
            {
                return false;
            }

            int f = dead.End;
            if (Is(f, "of") && Is(f + 1, "them"))
            {
                f += 2;
            }

            if (!Is(f, "fatally") && !Is(f, "mortally"))
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
        private bool TrySum(Group group, CasualtyMeasure measure)
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

            int start = Math.Min(group.Start, group.PredicateStart < 0 ? group.Start : group.PredicateStart);
            int end = Math.Max(group.End, group.PredicateEnd);
            if (measure is not (CasualtyMeasure.Killed or CasualtyMeasure.Wounded or CasualtyMeasure.Shot) && !exact)
            {
                return true;
            }

            AddClaim(ToMeasure(measure), exact ? Quantity.Exactly(total) : Quantity.Of(Qualifier.AtLeast, total), start, end);
            return true;
        }

        private void EmitMember(Group group, PeoplePhrase member, CasualtyMeasure casualty, Qualifier shared, bool breakdown)
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
            Quantity quantity;
            switch (member.Count)
            {
                case PeopleCount.Quantity:
                    var phrase = member.Quantity;
                    if (shared != Qualifier.Exact && phrase.Qualifier == Qualifier.Exact)
                    {
                        phrase = phrase.WithQualifier(shared);
                    }

                    quantity = phrase.ToQuantity();
                    if (member.Nations.Count > 1 && phrase.Value is not null)
                    {
                        quantity = Quantity.Of(Qualifier.Present, null);
                    }

                    // "a third victim was also shot": one more beside those counted; no total of the wounded.
                    if (measure == Measure.Wounded && member.Other && group.Members.Count == 1 && quantity.Qualifier == Qualifier.Exact && quantity.Value == 1)
                    {
                        quantity = Quantity.Of(Qualifier.AtLeast, 1);
                    }

                    break;
                case PeopleCount.One:
                    if (measure is not (Measure.Killed or Measure.Wounded))
                    {
                        return;
                    }

                    quantity = Quantity.Of(Qualifier.AtLeast, 1);
                    break;
                default:
                    quantity = group.ViaAmong || breakdown || member.Nations.Count > 1 || IsThereWere(group)
                        ? Quantity.Of(Qualifier.Present, null)
                        : Quantity.Of(Qualifier.Vague, 1);
                    break;
            }

            var attribution = Attribution.For(member.Start, IsDenied());
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

            int startToken = member.Start;
            int endToken = member.End;
            if (!breakdown && group.PredicateStart >= 0)
            {
                startToken = Math.Min(startToken, group.PredicateStart);
                endToken = Math.Max(endToken, group.PredicateEnd);

                // "killed a Briton, an American, ... and a Norwegian": the casualty word and the member, with what stands between
                // them when that is a few words; across a long list the member's own words (else each member's evidence
                // would hold the list up to it).
                if (endToken - startToken - (member.End - member.Start) > MaxEvidenceGap)
                {
                    (startToken, endToken) = (member.Start, member.End);
                }
            }

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

        /// <summary>"the death toll rose to five", "the death toll has risen to 37 foreigners and one Algerian".</summary>
        private void DeathToll()
        {
            for (int k = 1; k < _tokens.Length; k++)
            {
                if (!Is(k, "toll") || !Is(k - 1, "death"))
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
                if (!Is(k, "number") || !Is(k - 1, "the") || !Is(k + 1, "of"))
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
                    else if (population == Population.All && (Is(q, "foreign") || Is(q, "western") || Is(q, "foreigners")))
                    {
                        population = Population.Foreign;
                    }
                    else if (population == Population.All && Is(q, "local"))
                    {
                        population = Population.Local;
                    }

                    // "at 20" is read here even though "at" before a bare number usually gives a time.
                    if (measure is { } found && q > k + 2 && (Is(q - 1, "at") || Is(q - 1, "to")) && QuantityReader.TryNumber(_body, Tokens, q, out long value, out int end, out var form)
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
                if (Text(k).Equals("murder-suicide", StringComparison.OrdinalIgnoreCase) && !IsNegated(k))
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
                if (!In(CasualtyLexicon.CountVerbs, k) || Is(k - 1, "a") || Is(k - 1, "the") || !QuantityReader.TryRead(_body, Tokens, k + 1, out var phrase) || phrase.Form != QuantityForm.Number)
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

        private bool HistoryFollows(Group group)
        {
            int first = group.PredicateStart >= 0 ? Math.Min(group.Start, group.PredicateStart) : group.Start;
            for (int k = Math.Max(0, first - 8); k < first; k++)
            {
                if (May(k, Starts.Earlier) && CasualtyLexicon.Earlier.StartsAt(_body, Tokens, k))
                {
                    return true;
                }
            }

            int from = Math.Max(group.End, group.PredicateEnd);
            for (int k = from; k < _tokens.Length && k < from + 6; k++)
            {
                if (May(k, Starts.History) && CasualtyLexicon.History.StartsAt(_body, Tokens, k))
                {
                    return true;
                }

                // "killed 20 people in 2009": another year than the report's.
                if (k < from + 3 && Is(k, "in") && k + 1 < _tokens.Length && _tokens[k + 1].Kind == TokenKind.Number && _tokens[k + 1].Length == 4
                    && int.TryParse(Text(k + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                    && year is > 1800 and < 2100 && _context.Report.Metadata.Published is { } published && year < published.Year - 1)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"threatened to kill", "tried to kidnap": the casualty did not happen (yet).</summary>
        private bool IsIrrealis(int predicate)
        {
            if (predicate <= 0)
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
            if (_firstNegation < 0)
            {
                int k = (_sentenceStarts & Starts.Negation) == 0 ? _tokens.Length : 0;
                while (k < _tokens.Length && !(May(k, Starts.Negation) && CasualtyLexicon.Negations.StartsAt(_body, Tokens, k)))
                {
                    k++;
                }

                _firstNegation = k;
            }

            return _firstNegation;
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

        private bool IsThereWere(Group group) =>
            group.Start >= 2 && Is(group.Start - 2, "there") && In(CasualtyLexicon.Be, group.Start - 1)
            || group.Start >= 3 && Is(group.Start - 3, "there") && In(CasualtyLexicon.Be, group.Start - 2) && Is(group.Start - 1, "also");

        private static Measure ToMeasure(CasualtyMeasure measure) => measure switch
        {
            CasualtyMeasure.Killed => Measure.Killed,
            CasualtyMeasure.Wounded or CasualtyMeasure.Shot or CasualtyMeasure.Injury or CasualtyMeasure.Condition => Measure.Wounded,
            CasualtyMeasure.Hostages => Measure.Hostages,
            CasualtyMeasure.Escaped => Measure.Escaped,
            CasualtyMeasure.Released => Measure.Released,
            CasualtyMeasure.Missing => Measure.Missing,
            _ => Measure.Attackers,
        };

        /// <summary>The index of the phrase starting at token <paramref name="start"/> (phrases do not overlap), or -1: one read of <see cref="_phraseAt"/>.</summary>
        private int PhraseAt(int start) => (uint)start < (uint)_tokens.Length ? _phraseAt[start] : -1;

        /// <summary>The group starting at token <paramref name="start"/>, or null: a group starts with its first member's phrase.</summary>
        private Group? GroupAt(int start)
        {
            int phrase = PhraseAt(start);
            int g = phrase >= 0 ? _memberOf[phrase] : -1;
            return g >= 0 && _groups[g].Start == start ? _groups[g] : null;
        }

        /// <summary>The group with a measure that has phrase <paramref name="phrase"/> among its members, or null (a phrase is a member of one group at most).</summary>
        private Group? GroupWithMember(int phrase)
        {
            int g = _memberOf[phrase];
            return g >= 0 && _groups[g].Measure is not null ? _groups[g] : null;
        }

        /// <summary>True when the group's casualty words say the wound may kill ("critically injured"; not "non-life-threatening").</summary>
        private bool IsGrave(Group group)
        {
            for (int i = Math.Max(0, group.PredicateStart - 1); i < group.PredicateEnd && i < _tokens.Length; i++)
            {
                if (In(CasualtyLexicon.GraveWords, i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>False when no phrase of a lexicon can start at token <paramref name="i"/> (<see cref="WordStarts"/>), or it is past the sentence.</summary>
        private bool May(int i, Starts lexicon) => (uint)i < (uint)_tokens.Length && WordStarts.May(_tokens[i], lexicon);

        private bool In(PhraseTable<bool> words, int i) => (uint)i < (uint)_tokens.Length && words.ContainsWord(_body, _tokens[i]);

        private bool Is(int i, string word) => (uint)i < (uint)_tokens.Length && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private ReadOnlySpan<char> Text(int i) => _body.AsSpan(_tokens[i].Start, _tokens[i].Length);
    }
}
