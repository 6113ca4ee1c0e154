using HostageReports.Claims;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>One mention of an armed group.</summary>
internal sealed class GroupMention
{
    /// <summary>The first token of the name.</summary>
    public int Start { get; init; }

    /// <summary>The token past the name (and its acronym, when one follows in brackets).</summary>
    public int End { get; set; }

    /// <summary>The name as written, "the" dropped.</summary>
    public required string Text { get; init; }

    /// <summary>The canonical name when the group is a well known one.</summary>
    public string? Canonical { get; set; }

    /// <summary>Other names the text gives it right here: an acronym in brackets, "X, or the Y".</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>True when the text makes the group an affiliation of the perpetrators ("linked to X").</summary>
    public bool Affiliation { get; set; }

    /// <summary>How sure the report is.</summary>
    public Certainty Certainty { get; set; } = Certainty.Reported;

    /// <summary>True when a naming phrase ("calling themselves") introduced the name.</summary>
    public bool Introduced { get; init; }

    /// <summary>The first token of the evidence.</summary>
    public int EvidenceStart { get; set; }

    /// <summary>The token past the evidence.</summary>
    public int EvidenceEnd { get; set; }
}

/// <summary>
/// Finds armed groups: well known ones (a data list, any spelling), capitalised names ending in a
/// group word ("the X Brigade"), names introduced by "calling itself", "militant group X" or a
/// quoted name before "cell"; with acronyms in brackets and "X, or the Y" as aliases.
/// </summary>
internal static class GroupFinder
{
    /// <summary>Room for a group key being built: longer than any listed group's key.</summary>
    private const int MaxKey = 64;

    private static readonly WordPhrases<bool> Naming = new(GroupCues.Naming.Select(static p => (p, true)));
    /// <summary>A filter of the last words of the naming phrases (<see cref="Naming"/>).</summary>
    private static readonly WordFilter NamingEnds = new(PhraseWords.Cut(GroupCues.Naming.Select(static p => (p, true))).Select(static p => p.Words[^1]));

    /// <summary>A filter of the nouns a descriptor goes with (<see cref="GroupCues.DescribedNouns"/>).</summary>
    private static readonly WordFilter DescribedNouns = new(GroupCues.ClassedWords.Where(static l => l.Class == WordClass.DescribedNouns).SelectMany(static l => l.Words));

    /// <summary>
    /// A filter of the words one of which a sentence must hold for <see cref="Introduced"/>, <see cref="Headed"/> or
    /// <see cref="Quoted"/> to find a group in it: a word of each naming phrase (its longest), the group nouns after a
    /// descriptor, the head and Arabic first words of a group's name, the nouns after a quoted name.
    /// </summary>
    private static readonly ShapeFilter Triggers = MakeTriggers();

    private static readonly WordPhrases<bool> Affiliation = new(GroupCues.AffiliationBefore.Select(static p => (p, true)));

    /// <summary>
    /// The report's group mentions and their tokens, found once per report by the pipeline's group-mentions stage
    /// (<see cref="Products.GroupMentions"/>): the perpetrator rule names the groups, the location rule keeps their
    /// words from becoming places.
    /// </summary>
    public static GroupScan Scan(ExtractionContext context)
    {
        var view = new TokenView(context);
        var tokens = new bool[view.Count];
        return new GroupScan(Find(view, tokens), tokens);
    }

    /// <summary>
    /// False when the word is surely none of the words <see cref="Introduced"/>, <see cref="Headed"/> and <see cref="Quoted"/>
    /// need (see <see cref="Triggers"/>): a sentence without such a word names a group only as a well known one (<see cref="Known"/>).
    /// </summary>
    /// <param name="first">The word's first character.</param>
    /// <param name="last">The word's last character.</param>
    /// <param name="length">The word's length.</param>
    /// <returns>Whether it may be one.</returns>
    public static bool MayTrigger(char first, char last, int length) => Triggers.MayContain(length, first, last);

    private static ShapeFilter MakeTriggers()
    {
        var triggers = new List<string>();
        foreach (var (_, words, _) in PhraseWords.Cut(GroupCues.Naming.Select(static p => (p, true))))
        {
            // Introduced: the naming phrase matches whole, so its longest word (the last of equals) stands in the sentence.
            string longest = words[0];
            foreach (var w in words)
            {
                longest = w.Length >= longest.Length ? w : longest;
            }

            triggers.Add(longest);
        }

        // Introduced: "militant group X" needs the noun; Headed: a head word ends the run or an Arabic word starts it; Quoted: the noun after the quote.
        foreach (var (c, words, _) in GroupCues.ClassedWords)
        {
            if ((c & (WordClass.DescribedNouns | WordClass.Heads | WordClass.Starts | WordClass.QuotedHeads)) != 0)
            {
                foreach (var w in words)
                {
                    triggers.Add(w);
                }
            }
        }

        return new ShapeFilter(triggers);
    }

    /// <summary>Every group mention of the report, in order; <paramref name="used"/> (one flag a token) receives their tokens.</summary>
    public static List<GroupMention> Find(TokenView v, bool[] used)
    {
        var result = new List<GroupMention>();
        var starts = v.Context.SentenceTokenStart;
        var inSentence = new List<GroupMention>();
        var nameStarts = v.NameStartTokens;
        var triggers = v.GroupTriggerTokens;
        var runs = new RunCache();
        int c = 0;
        int g = 0;

        for (int s = 0; s + 1 < starts.Length; s++)
        {
            int start = starts[s];
            int end = starts[s + 1];
            if (start == end || v.Context.IsExcludedSentence(s))
            {
                continue;
            }

            inSentence.Clear();
            int militant = -1;

            // Only the tokens a name may start at are tried, from the first not yet read into a mention.
            while (c < nameStarts.Length && nameStarts[c] < start)
            {
                c++;
            }

            // A sentence without a trigger word names a group only as a well known one: most sentences.
            while (g < triggers.Length && triggers[g] < start)
            {
                g++;
            }

            bool triggered = g < triggers.Length && triggers[g] < end;
            int free = start;
            for (; c < nameStarts.Length && nameStarts[c] < end; c++)
            {
                int i = nameStarts[c];
                if (i < free || used[i])
                {
                    continue;
                }

                var m = Known(v, i, start, end) ?? (triggered ? Introduced(v, i, start, end, runs) ?? Headed(v, i, start, end, ref militant, runs) ?? Quoted(v, i, end, runs) : null);
                if (m is null)
                {
                    continue;
                }

                ReadAliases(v, m, end, used, runs);
                Mark(used, m.Start, m.End);
                inSentence.Add(m);
                free = m.End;
                if (m.Introduced && Coordinated(v, m.End, end, runs) is { } second)
                {
                    Mark(used, second.Start, second.End);
                    inSentence.Add(second);
                    free = second.End;
                }
            }

            if (inSentence.Count == 0)
            {
                continue;
            }

            bool doubt = ContainsAny(v, start, end, GroupCues.Doubts);
            bool claimed = ContainsWord(v, start, end, "responsibility") && ContainsPrefix(v, start, end, "claim");
            foreach (var m in inSentence)
            {
                ReadAffiliation(v, m, start, end);
                if (m.Affiliation && doubt)
                {
                    m.Certainty = Certainty.Unconfirmed;
                }
                else if (claimed && !m.Affiliation)
                {
                    m.Certainty = Certainty.Claimed;
                }
            }

            result.AddRange(inSentence);
        }

        return result;
    }

    /// <summary>A well known group at token i (see <see cref="NameStarts.MayStartName"/>), any spelling, the longest name first.</summary>
    private static GroupMention? Known(TokenView v, int i, int start, int end)
    {
        // Most words start no group's key: they are turned away before the key buffers below are made (and cleared).
        var text = v.Text(i);
        if (!ArmedGroups.MayStartKey(StripSuffix(text, out _)))
        {
            return null;
        }

        // "The" adds nothing to a key: the word after it is the key's first (unless it is a mark or "the" again).
        if (text.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < end && v[i + 1].Kind == TokenKind.Word
            && !v.Is(i + 1, "the") && !ArmedGroups.MayStartKey(StripSuffix(v.Text(i + 1), out _)))
        {
            return null;
        }

        return KnownFrom(v, i, start, end);
    }

    /// <summary>The rest of <see cref="Known"/>, for a word that may start a group's key.</summary>
    private static GroupMention? KnownFrom(TokenView v, int i, int start, int end)
    {
        // The key of the words read so far (see ArmedGroups.Key), built in place; it stops growing as soon as no group's key starts with it.
        Span<char> key = stackalloc char[MaxKey];
        Span<char> candidate = stackalloc char[MaxKey];
        int keyLength = 0;
        int best = -1;
        string? canonical = null;
        bool suffixed = false;
        for (int n = 0; n < ArmedGroups.MaxWords + 1 && i + n < end; n++)
        {
            int k = i + n;
            if (v[k].Kind != TokenKind.Word)
            {
                if (v.IsPunct(k, '\'') || v.IsPunct(k, '\u2019'))
                {
                    continue;
                }

                break;
            }

            var word = v.Text(k);
            var stripped = StripSuffix(word, out bool hasSuffix);
            if (n > 0 && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (keyLength + stripped.Length > MaxKey)
            {
                break; // longer than any group's name
            }

            // The part's own key, normalised, appended to the key so far; the whole normalised again.
            key[..keyLength].CopyTo(candidate);
            int partLength = ArmedGroups.AppendKey(stripped, candidate[keyLength..]);
            partLength = ArmedGroups.Normalize(candidate.Slice(keyLength, partLength));
            int rawLength = keyLength + partLength;
            candidate[keyLength..rawLength].CopyTo(key[keyLength..]);
            bool the = candidate[..rawLength].SequenceEqual("the");
            int length = the ? 0 : ArmedGroups.Normalize(candidate[..rawLength]);
            bool prefix = !the && ArmedGroups.KeyPrefixes.Contains(candidate[..length]);
            if (prefix && ArmedGroups.ByKeySpan.TryGetValue(candidate[..length], out var c))
            {
                // An acronym ("IRA", "ETA") counts when written exactly so, and not as a dateline: "IRA, Vt." is a town.
                bool shortForm = n == 0 && v[i].Length <= 4;
                bool dateline = i == start && v.IsPunct(i + 1, ',');
                if (!shortForm || !dateline && ArmedGroups.ExactShortForms.Contains(word[..stripped.Length]))
                {
                    best = k + 1;
                    canonical = c;
                    suffixed = hasSuffix;
                }
            }

            if (hasSuffix)
            {
                break;
            }

            keyLength = rawLength;
            if (length > 0 && !prefix && !EndsInsideQaida(key[..keyLength]))
            {
                break; // no group's key starts so
            }
        }

        if (best < 0)
        {
            return null;
        }

        // "al-Qaida in the Islamic Magreb" (misspelt): a known name carried on by "in the" and capitalised words is another, longer name.
        int e = best;
        if (!suffixed && e + 1 < end && v.IsAny(e, "in", "of"))
        {
            int k = e + 1;
            if (v.Is(k, "the"))
            {
                k++;
            }

            int runEnd = k;
            while (runEnd < end && v.IsCapitalized(runEnd) && !v.IsAllCaps(runEnd))
            {
                runEnd++;
            }

            if (runEnd > k + 1)
            {
                string extended = TrimThe(v.Span(i, runEnd));
                string extKey = ArmedGroups.Key(extended);
                canonical = ArmedGroups.ByKey.TryGetValue(extKey, out var c2) ? c2 : null;
                var longer = new GroupMention { Start = i, End = runEnd, Text = extended, Canonical = canonical, EvidenceStart = i, EvidenceEnd = runEnd };
                return longer;
            }
        }

        string text = v.Span(i, best);
        if (suffixed)
        {
            var last = v.Text(best - 1);
            text = text[..^(last.Length - StripSuffix(last, out _).Length)];
        }

        return new GroupMention { Start = i, End = best, Text = TrimThe(text), Canonical = canonical, Affiliation = suffixed, EvidenceStart = i, EvidenceEnd = best };
    }

    /// <summary>
    /// True when a key ends inside a "qaida" ("...qai", "...qaid") that the next word may finish: its
    /// normalised form would change, so it must not be judged by its prefix yet.
    /// </summary>
    private static bool EndsInsideQaida(ReadOnlySpan<char> key) => key.EndsWith("qai") || key.EndsWith("qaid");

    /// <summary>"the Ahmed Abu al-Hassan Brigade", "Katibat X": a capitalised run ending in a group word or starting with an Arabic one.</summary>
    private static GroupMention? Headed(TokenView v, int i, int start, int end, ref int militant, RunCache runs)
    {
        if (!v.IsCapitalized(i) || v.Is(i, "the"))
        {
            return null;
        }

        // Most capitalised words stand alone: the run is read before the word is looked up.
        int runEnd = runs.Run(v, i, end);
        if (runEnd - i < 2 || v.Has(i, WordClass.MilitantWords | WordClass.MemberNouns))
        {
            return null; // "Rebels of the X Movement": the name starts after "of the"
        }

        bool head = v.Has(runEnd - 1, WordClass.Heads);
        bool arabic = v.Has(i, WordClass.Starts);
        if (!head && !arabic)
        {
            return null;
        }

        if (head && !arabic && !v.Has(runEnd - 1, WordClass.StrongHeads) && !MilitantSentence(v, start, end, ref militant))
        {
            return null; // "the Salvation Army", "the Popular Front" of a valley
        }

        if (runs.HasBarrierFrom(v, i))
        {
            return null; // "the Algerian Army", "the National Front party", "Police Department"
        }

        return new GroupMention { Start = i, End = runEnd, Text = v.Span(i, runEnd), EvidenceStart = i, EvidenceEnd = runEnd };
    }

    /// <summary>"a group calling itself X", "militant group X": a name after a naming phrase or a descriptor pair.</summary>
    private static GroupMention? Introduced(TokenView v, int i, int start, int end, RunCache runs)
    {
        int k = i;
        if (!v.IsCapitalized(i) || v.Is(k, "the") || v.IsQuote(k))
        {
            return null;
        }

        bool ok = false;
        int cueStart = i;
        int c = i - 1;
        while (c > start && (v.Is(c, "the") || v.IsQuote(c)))
        {
            c--;
        }

        // Most words end no naming phrase and are no group noun: filters of the two turn them away before any look-up.
        if (c >= start && NamingEnds.MayContain(v.Text(c)) && Naming.TryMatchEndingAt(v, c, start, out int cs, out _))
        {
            for (int b = cs - 1; b >= Math.Max(start, cs - 7) && !ok; b--)
            {
                ok = v.Has(b, WordClass.NamingNouns) || v.IsAny(b, "he", "they", "it");
            }

            cueStart = cs;
        }
        else if (i >= start + 2 && DescribedNouns.MayContain(v.Text(i - 1)) && v.Has(i - 1, WordClass.DescribedNouns) && v.Has(i - 2, WordClass.Descriptors))
        {
            ok = true;
            cueStart = i - 2;
        }

        if (!ok)
        {
            return null;
        }

        int n = i;
        int runEnd = runs.Run(v, n, end);
        if (runEnd <= n || IsPlace(v, n, runEnd))
        {
            return null;
        }

        return new GroupMention { Start = n, End = runEnd, Text = v.Span(n, runEnd), EvidenceStart = cueStart, EvidenceEnd = runEnd, Introduced = true };
    }

    /// <summary>"... calling themselves X and Y": the second name of a pair a naming phrase introduced.</summary>
    private static GroupMention? Coordinated(TokenView v, int k, int end, RunCache runs)
    {
        if (v.IsQuote(k))
        {
            k++;
        }

        if (k + 1 >= end || !v.Is(k, "and"))
        {
            return null;
        }

        k++;
        while (k < end && (v.Is(k, "the") || v.IsQuote(k)))
        {
            k++;
        }

        if (!v.IsCapitalized(k))
        {
            return null;
        }

        int runEnd = runs.Run(v, k, end);
        if (runEnd <= k || IsPlace(v, k, runEnd))
        {
            return null;
        }

        return new GroupMention { Start = k, End = runEnd, Text = v.Span(k, runEnd), EvidenceStart = k, EvidenceEnd = runEnd };
    }

    /// <summary>The "Sons of the Desert" cell: a quoted capitalised name before a lower-case group word.</summary>
    private static GroupMention? Quoted(TokenView v, int i, int end, RunCache runs)
    {
        if (!v.IsQuote(i - 1) || !v.IsCapitalized(i))
        {
            return null;
        }

        int runEnd = runs.Run(v, i, end);
        if (runEnd - i < 2 || !v.IsQuote(runEnd) || runEnd + 1 >= end || !v.Has(runEnd + 1, WordClass.QuotedHeads) || char.IsUpper(v.Body[v[runEnd + 1].Start]))
        {
            return null;
        }

        return new GroupMention { Start = i, End = runEnd, Text = v.Span(i, runEnd), EvidenceStart = i - 1, EvidenceEnd = runEnd + 2 };
    }

    /// <summary>A capitalised run with lower-case joining words between its capitalised words; stops before "and" joining two names.</summary>
    internal static int Run(TokenView v, int i, int end)
    {
        int j = i;
        int last = i;
        while (j < end)
        {
            if (v.IsCapitalized(j) || (j > i && StartsWithAl(v, j)))
            {
                j++;
                last = j;
                continue;
            }

            if (j > i && IsConnector(v, j))
            {
                int k = j + 1;
                while (k < end && IsConnector(v, k))
                {
                    k++;
                }

                if (v.IsCapitalized(k) || (k < end && StartsWithAl(v, k)))
                {
                    j = k;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    /// <summary>
    /// The last capitalised run read (<see cref="Run"/>), so that a run is walked once, not again from each of its words:
    /// every name start of a sentence is tried as a group's first word, and without it a run of n capitalised words
    /// would cost n²/2 steps. A run read from its first word ends where it ends when read from any later capitalised
    /// word of it (<see cref="Run"/> reads a word the same way whatever word the run started at, but for the first).
    /// One per report's reading.
    /// </summary>
    private sealed class RunCache
    {
        /// <summary>The word the cached run was read from; -1 for none.</summary>
        private int _from = -1;

        /// <summary>The token just past the cached run.</summary>
        private int _last;

        /// <summary>The token the cached run had to end before (its sentence's end).</summary>
        private int _end = -1;

        /// <summary>The last word of the cached run that keeps it from being a headed group's name (see <see cref="HasBarrierFrom"/>), <see cref="_from"/> - 1 for none; <see cref="Unread"/> until asked.</summary>
        private int _barrier = Unread;

        private const int Unread = int.MinValue;

        /// <summary><see cref="GroupFinder.Run"/>, read from the cached run when word i is in it.</summary>
        public int Run(TokenView v, int i, int end)
        {
            if (!v.IsCapitalized(i))
            {
                return GroupFinder.Run(v, i, end); // a run starts with a capitalised word: i itself, at once
            }

            if (end != _end || i < _from || i >= _last)
            {
                _from = i;
                _last = GroupFinder.Run(v, i, end);
                _end = end;
                _barrier = Unread;
            }

            return _last;
        }

        /// <summary>
        /// True when a word of the run from word i (just read by <see cref="Run"/>) is a country's, a nationality's or a
        /// state's name, or a word never in a name that is no head or joining word: "the Algerian Army", "Police
        /// Department". The run's last such word is found once, from its end.
        /// </summary>
        public bool HasBarrierFrom(TokenView v, int i)
        {
            if (_barrier == Unread)
            {
                _barrier = _from - 1;
                for (int k = _last - 1; k >= _from; k--)
                {
                    if (IsBarrier(v, k))
                    {
                        _barrier = k;
                        break;
                    }
                }
            }

            return _barrier >= i;
        }

        private static bool IsBarrier(TokenView v, int k)
        {
            var t = v.Text(k);
            return PlaceCues.MayStartGeographyName(t) && (Geography.TryCountryByName(t, out _) || Geography.TryDemonym(t, out _) || Geography.TryUsState(t, out _))
                || v.Has(k, WordClass.NotNameWords) && !v.Has(k, WordClass.Heads) && !v.Has(k, WordClass.Connectors);
        }
    }

    /// <summary>The length of the longest joining word (<see cref="GroupCues.Connectors"/>): a longer word is none, without a look-up.</summary>
    private static readonly int MaxConnector = GroupCues.ClassedWords.Where(static l => l.Class == WordClass.Connectors).SelectMany(static l => l.Words).Max(static w => w.Length);

    /// <summary>True for a joining word of a run other than "and" (<see cref="Run"/>).</summary>
    private static bool IsConnector(TokenView v, int k)
    {
        var t = v[k];
        return t.Kind == TokenKind.Word && t.Length <= MaxConnector && v.Has(k, WordClass.Connectors) && !v.Is(k, "and");
    }

    /// <summary>True for a word starting with "al-", any case ("al-Hassan", "Al-Nusra").</summary>
    private static bool StartsWithAl(TokenView v, int k)
    {
        // Only 'a' and 'A' fold to 'a' ignoring case, only 'l' and 'L' to 'l': "al-" is tested a character at a time.
        var t = v[k];
        if (t.Length < 3)
        {
            return false;
        }

        var body = v.Body;
        return (body[t.Start] | 0x20) == 'a' && (body[t.Start + 1] | 0x20) == 'l' && body[t.Start + 2] == '-';
    }

    private static void ReadAliases(TokenView v, GroupMention m, int end, bool[] used, RunCache runs)
    {
        int e = m.End;
        // "X (AQIM)": an acronym in brackets.
        if (v.IsPunct(e, '(') && e + 2 < end && v.IsPunct(e + 2, ')') && v[e + 1].Kind == TokenKind.Word && char.IsUpper(v.Body[v[e + 1].Start]))
        {
            string acronym = v.Text(e + 1).ToString();
            m.Aliases.Add(acronym);
            if (m.Canonical is null && ArmedGroups.ByKey.TryGetValue(ArmedGroups.Key(acronym), out var c))
            {
                m.Canonical = c;
            }

            m.End = e + 3;
            m.EvidenceEnd = Math.Max(m.EvidenceEnd, e + 3);
            return;
        }

        // "X, or the Y" / "X, also known as Y": a second name.
        int k = e;
        if (v.IsPunct(k, ','))
        {
            k++;
        }

        if (k + 1 < end && (v.Is(k, "or") || (v.Is(k, "also") && v.Is(k + 1, "known")) || v.Is(k, "aka")))
        {
            k += v.Is(k, "also") ? 3 : 1;
            if (k < end && v.Is(k, "the"))
            {
                k++;
            }

            if (v.IsCapitalized(k))
            {
                int runEnd = runs.Run(v, k, end);
                if (runEnd > k && !IsPlace(v, k, runEnd))
                {
                    m.Aliases.Add(v.Span(k, runEnd));
                    Mark(used, k, runEnd);
                    m.EvidenceEnd = Math.Max(m.EvidenceEnd, runEnd);
                }
            }
        }
    }

    private static void ReadAffiliation(TokenView v, GroupMention m, int start, int end)
    {
        int p = m.Start - 1;
        while (p >= start && p >= m.Start - 8)
        {
            if (Affiliation.TryMatchEndingAt(v, p, start, out int s, out _))
            {
                m.Affiliation = true;
                m.EvidenceStart = Math.Min(m.EvidenceStart, s);
                return;
            }

            if (v.Has(p, WordClass.AffiliationFiller))
            {
                p--;
                continue;
            }

            break;
        }

        int q = m.End;
        if (q < end && v.Has(q, WordClass.AffiliationAfter))
        {
            m.Affiliation = true;
            m.EvidenceEnd = Math.Max(m.EvidenceEnd, q + 1);
        }
    }

    /// <summary>True when the sentence holds a word about militants; read once a sentence (<paramref name="militant"/>: -1 unread, 0 no, 1 yes).</summary>
    private static bool MilitantSentence(TokenView v, int start, int end, ref int militant)
    {
        if (militant < 0)
        {
            militant = 0;
            for (int k = start; k < end && militant == 0; k++)
            {
                militant = v.Has(k, WordClass.MilitantWords) ? 1 : 0;
            }
        }

        return militant == 1;
    }

    private static bool IsPlace(TokenView v, int a, int b)
    {
        var text = v.Body.AsSpan(v[a].Start, v[b - 1].End - v[a].Start);
        return PlaceCues.MayStartGeographyName(v.Text(a)) && (Geography.TryCountryByName(text, out _) || Geography.TryUsState(text, out _) || Geography.TryCapital(text, out _) || Geography.TryDemonym(text, out _));
    }

    private static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> word, out bool hasSuffix)
    {
        hasSuffix = false;
        if (!word.Contains('-'))
        {
            return word; // every suffix is hyphenated
        }

        foreach (var suffix in GroupCues.AffiliationSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                hasSuffix = true;
                return word[..^suffix.Length];
            }
        }

        hasSuffix = false;
        return word;
    }

    private static string TrimThe(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    private static void Mark(bool[] used, int a, int b)
    {
        if (b > a)
        {
            used.AsSpan(a, b - a).Fill(true);
        }
    }

    private static bool ContainsWord(TokenView v, int a, int b, string word)
    {
        for (int k = a; k < b; k++)
        {
            if (v.Is(k, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPrefix(TokenView v, int a, int b, string prefix)
    {
        for (int k = a; k < b; k++)
        {
            if (v.Text(k).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(TokenView v, int a, int b, string[] phrases)
    {
        var span = v.Body.AsSpan(v[a].Start, v[b - 1].End - v[a].Start);
        foreach (var p in phrases)
        {
            if (span.Contains(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A report's group mentions, in order, and a flag for each token that is part of one. Read-only once made.</summary>
/// <param name="Mentions">The mentions.</param>
/// <param name="Tokens">One flag a token of the report: true inside a group's name or alias.</param>
internal sealed record GroupScan(List<GroupMention> Mentions, bool[] Tokens);
