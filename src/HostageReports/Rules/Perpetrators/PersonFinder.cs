using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;
/// <summary>
/// Finds person names in a report and reads the words around each: cue phrases before and after,
/// appositions, titles; coordinated names ("A, B and C were charged") share their list's cues.
/// </summary>
internal static class PersonFinder
{
    /// <summary>
    /// The person mentions of the report that may matter to its perpetrators, in order. Names are read in the sentences
    /// that hold a perpetrator cue (<see cref="CueAnchors"/>); when none of their mentions names a perpetrator, those
    /// mentions are returned. Otherwise the other sentences that write a perpetrator's surname are read too, and only the
    /// mentions whose surname is a perpetrator's are returned. The mentions left out name no perpetrator and share no
    /// surname with one: the rule would build no claim from them.
    /// </summary>
    public static List<PersonMention> Find(TokenView v, bool[] groupTokens)
    {
        var all = new List<PersonMention>();
        var mentions = new List<PersonMention>();
        var words = new List<NameWord>();
        var sentenceStarts = v.Context.SentenceTokenStart;
        int c = 0;
        bool skipped = false;
        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            int start = sentenceStarts[s];
            int end = sentenceStarts[s + 1];
            if (start == end || v.Context.IsExcludedSentence(s))
            {
                continue;
            }

            // Most sentences hold no perpetrator cue: their names are read only if they repeat a perpetrator's surname (below).
            if (!CueAnchors.Holds(v, start, end))
            {
                skipped = true;
                continue;
            }

            ReadSentence(v, start, end, groupTokens, words, mentions, ref c);
            all.AddRange(mentions);
        }

        if (!all.Exists(static m => m.Verdict is { } cue && CueAnchors.IsPerpetratorCue(cue)))
        {
            return all;
        }

        // The surnames of the perpetrators (their full stops dropped): a mention of another sentence matters only when it has one of them.
        var surnames = new PerpetratorSurnames();
        foreach (var m in all)
        {
            // A name's word starts with a letter (a word token's start): its core is never empty.
            if (m.Verdict is { } cue && CueAnchors.IsPerpetratorCue(cue))
            {
                surnames.Add(m.Surname.TrimEnd('.'));
            }
        }

        List<PersonMention>? later = null;
        c = 0;
        for (int s = 0; skipped && s + 1 < sentenceStarts.Length; s++)
        {
            int start = sentenceStarts[s];
            int end = sentenceStarts[s + 1];
            if (start == end || v.Context.IsExcludedSentence(s) || !surnames.WrittenIn(v, start, end) || CueAnchors.Holds(v, start, end))
            {
                continue;
            }

            ReadSentence(v, start, end, groupTokens, words, mentions, ref c);
            (later ??= []).AddRange(mentions);
        }

        // Only the mentions that share a perpetrator's surname may join a perpetrator's entity (see PerpetratorRule.AddPersons).
        var merged = later is null ? all : Merge(all, later);
        merged.RemoveAll(m => !surnames.Contains(m.SurnameCore));
        return merged;
    }

    /// <summary>Two lists of mentions in order, merged in order (no two mentions start at the same token).</summary>
    private static List<PersonMention> Merge(List<PersonMention> a, List<PersonMention> b)
    {
        var merged = new List<PersonMention>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j == b.Count || (i < a.Count && a[i].Start < b[j].Start) ? a[i++] : b[j++]);
        }

        return merged;
    }

    /// <summary>Reads the person mentions of one sentence into <paramref name="mentions"/> (cleared first); <paramref name="c"/> steps through the name starts.</summary>
    private static void ReadSentence(TokenView v, int start, int end, bool[] groupTokens, List<NameWord> words, List<PersonMention> mentions, ref int c)
    {
        var nameStarts = v.NameStartTokens;
        mentions.Clear();
        // A name starts at a capitalised word: only the tokens a name may start at are tried, from the first not yet read into a name.
        while (c < nameStarts.Length && nameStarts[c] < start)
        {
            c++;
        }

        int t = start;
        var tokens = v.Tokens;
        for (; c < nameStarts.Length && nameStarts[c] < end; c++)
        {
            int i = nameStarts[c];
            if (i < t || groupTokens[i] || !char.IsUpper(v.Body[tokens[i].Start]))
            {
                continue;
            }

            t = i;
            if (NameScanner.Scan(v, t, end, groupTokens, words, out int next) is { } name && ReadMention(v, start, end, words, name) is { } m)
            {
                mentions.Add(m);
            }

            t = Math.Max(next, t + 1);
        }

        ShareListCues(mentions);
        ReadArmedContext(v, start, end, groupTokens, mentions);
    }

    /// <summary>
    /// The mention of a name read, its cues before and after read, or null when the name is a place's or an organisation's
    /// or stands uncued after a place's preposition ("in Glenwood"): the words of a name dropped are taken back off the list.
    /// </summary>
    private static PersonMention? ReadMention(TokenView v, int start, int end, List<NameWord> words, in NameScan name)
    {
        if (!PlaceOrOrgName.Matches(v, words, name, start, end))
        {
            var left = LeftCueMatcher.Match(v, name.Start, start);
            if (!(left.Cue is null && name.Start > start && v.Has(name.Start - 1, WordClass.PlacePrepositions)))
            {
                var m = new PersonMention(v.Body, words, name) { Left = left.Cue, CueStart = left.Start, LeftStop = left.Stop };
                RightCueMatcher.Read(v, m, start, end);
                return m;
            }
        }

        words.RemoveRange(name.FirstWord, name.WordCount);
        return null;
    }

    /// <summary>
    /// Coordinated names share the cues of their list, not their words ("A, B and C were charged", "suspects A and B"): a
    /// name's evidence is its own (its name, and the cue that stands by it), never the list up to a cue at its far end.
    /// </summary>
    private static void ShareListCues(List<PersonMention> mentions)
    {
        for (int k = mentions.Count - 2; k >= 0; k--)
        {
            if (mentions[k].Right is null && mentions[k].Apposition is null && mentions[k].RightStop == mentions[k + 1].Start)
            {
                mentions[k].Right = mentions[k + 1].Right;
            }
        }

        for (int k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Left is null && mentions[k].LeftStop == mentions[k - 1].End - 1)
            {
                mentions[k].Left = mentions[k - 1].Left;
            }
        }
    }

    /// <summary>Whether the sentence talks of armed groups, read once a sentence and only for the mentions whose cues need it ("fighter", "commander").</summary>
    private static void ReadArmedContext(TokenView v, int start, int end, bool[] groupTokens, List<PersonMention> mentions)
    {
        bool? armed = null;
        foreach (var m in mentions)
        {
            if (m.Left is { } l && PerpetratorCues.NeedsArmedContext(l) || m.Right is { } r && PerpetratorCues.NeedsArmedContext(r)
                || m.Apposition is { } a && PerpetratorCues.NeedsArmedContext(a))
            {
                m.ArmedContext = armed ??= ArmedSentence(v, start, end, groupTokens);
            }
        }
    }

    /// <summary>True when the sentence holds a word about armed groups or a group's name.</summary>
    private static bool ArmedSentence(TokenView v, int start, int end, bool[] groupTokens)
    {
        for (int i = start; i < end; i++)
        {
            if (v.Has(i, WordClass.ArmedContextWords) || groupTokens[i])
            {
                return true;
            }
        }

        return false;
    }
}
