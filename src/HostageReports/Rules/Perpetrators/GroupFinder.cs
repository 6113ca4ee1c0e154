using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// Finds armed groups: well known ones (a data list, any spelling), capitalised names ending in a
/// group word ("the X Brigade"), names introduced by "calling itself", "militant group X" or a
/// quoted name before "cell"; with acronyms in brackets and "X, or the Y" as aliases.
/// </summary>
internal static class GroupFinder
{

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
    /// The words <see cref="IntroducedGroupMatcher"/>, <see cref="HeadedGroupMatcher"/> and <see cref="QuotedGroupMatcher"/> need,
    /// for the pipeline's trigger index (a word of each naming phrase, its longest; the group nouns after a descriptor; the head
    /// and Arabic first words of a group's name; the nouns after a quoted name): a sentence without one names a group only as a well known one
    /// (<see cref="KnownGroupMatcher"/>), and those three are not tried there.
    /// </summary>
    public static TriggerWords Words { get; } = new("group mentions", TriggerList());

    private static List<string> TriggerList()
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

        return triggers;
    }

    /// <summary>Every group mention of the report, in order; <paramref name="used"/> (one flag a token) receives their tokens.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="used">One flag a token of the report: set inside a group's name or alias.</param>
    /// <returns>The mentions, in order.</returns>
    public static List<GroupMention> Find(TokenView v, bool[] used)
    {
        var result = new List<GroupMention>();
        var starts = v.Context.SentenceTokenStart;
        var inSentence = new List<GroupMention>();
        var cursor = new Cursor(new RunCache());
        var triggered = (v.Context.Find(Products.Triggers) ?? TriggerIndex.Read(v.Context, Words)).For(Words);

        for (int s = 0; s + 1 < starts.Length; s++)
        {
            int start = starts[s];
            int end = starts[s + 1];
            if (start == end || v.Context.IsExcludedSentence(s))
            {
                continue;
            }

            inSentence.Clear();
            ReadSentence(v, start, end, triggered.Hold(s), used, inSentence, ref cursor);
            if (inSentence.Count == 0)
            {
                continue;
            }

            ResolveCertainty(v, start, end, inSentence);
            result.AddRange(inSentence);
        }

        return result;
    }

    /// <summary>
    /// The group mentions of one sentence, in order, into <paramref name="inSentence"/>: at each name start not yet read
    /// into a mention, the matchers in their order (a well known group; then, in a sentence holding a trigger word, an
    /// introduced, a headed or a quoted one), each mention's alias read after it and an introduced pair's second name.
    /// </summary>
    private static void ReadSentence(TokenView v, int start, int end, bool triggered, bool[] used, List<GroupMention> inSentence, ref Cursor cursor)
    {
        var nameStarts = v.NameStartTokens;
        var runs = cursor.Runs;
        bool? militant = null;

        // Only the tokens a name may start at are tried, from the first not yet read into a mention.
        int c = cursor.NameStart;
        while (c < nameStarts.Length && nameStarts[c] < start)
        {
            c++;
        }

        int free = start;
        for (; c < nameStarts.Length && nameStarts[c] < end; c++)
        {
            int i = nameStarts[c];
            if (i < free || used[i])
            {
                continue;
            }

            var m = KnownGroupMatcher.Match(v, i, start, end)
                ?? (triggered
                    ? IntroducedGroupMatcher.Match(v, i, start, end, runs) ?? HeadedGroupMatcher.Match(v, i, start, end, ref militant, runs) ?? QuotedGroupMatcher.Match(v, i, end, runs)
                    : null);
            if (m is null)
            {
                continue;
            }

            GroupAliasMatcher.Read(v, m, end, used, runs);
            GroupNames.Mark(used, m.Start, m.End);
            inSentence.Add(m);
            free = m.End;
            if (m.Introduced && CoordinatedGroupMatcher.Match(v, m.End, end, runs) is { } second)
            {
                GroupNames.Mark(used, second.Start, second.End);
                inSentence.Add(second);
                free = second.End;
            }
        }

        cursor.NameStart = c;
    }

    /// <summary>
    /// How sure the sentence is of its groups: an affiliation in a sentence of doubt is unconfirmed ("believed to be
    /// linked to X"); a group in a sentence claiming the incident has claimed it ("X claimed responsibility").
    /// </summary>
    private static void ResolveCertainty(TokenView v, int start, int end, List<GroupMention> inSentence)
    {
        bool doubt = ContainsAny(v, start, end, GroupCues.Doubts);
        bool claimed = ContainsWord(v, start, end, NamesLexicon.Responsibility) && ContainsPrefix(v, start, end, NamesLexicon.ClaimStem);
        foreach (var m in inSentence)
        {
            AffiliationMatcher.Read(v, m, start, end);
            if (m.Affiliation && doubt)
            {
                m.Certainty = Certainty.Unconfirmed;
            }
            else if (claimed && !m.Affiliation)
            {
                m.Certainty = Certainty.Claimed;
            }
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

    /// <summary>Where the reading of a report stands: the next name start to look at, and the last run read.</summary>
    private struct Cursor(RunCache runs)
    {
        /// <summary>The index in <see cref="TokenView.NameStartTokens"/> of the first name start not yet tried.</summary>
        public int NameStart;

        /// <summary>The report's last run read.</summary>
        public readonly RunCache Runs = runs;
    }
}
