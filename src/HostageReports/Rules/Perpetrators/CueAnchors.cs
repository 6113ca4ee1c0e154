using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// Tells whether a stretch of tokens (a sentence) holds a perpetrator cue: a phrase of
/// <see cref="PerpetratorCues.Before"/> or <see cref="PerpetratorCues.After"/>, or an apposition noun
/// (<see cref="PerpetratorCues.AppositionNouns"/>), whose cue makes a perpetrator (a suspect, shooter,
/// leader ...; not a victim, an official or a speaker). A person mention gets a perpetrator's verdict only from
/// such a cue of its own sentence, so a sentence without one names no perpetrator (see <see cref="PersonFinder.Find"/>).
/// Built once, immutable, thread-safe; a question allocates nothing.
/// </summary>
/// <remarks>
/// Each phrase is found by one of its words, its anchor: its longest word, the last of equals ("suspect" in
/// "the suspect as", "custody" in "was taken into custody"), as long words are the rare ones. Most tokens are turned
/// away by an <see cref="ShapeFilter"/> of the anchors (a word's length and ends) before any look-up; a token that
/// passes is looked up once (<see cref="TokenView.WordId"/>) and the phrases it anchors are compared around it by
/// the numbers of their words (<see cref="WordClasses.Id"/>).
/// </remarks>
internal static class CueAnchors
{
    /// <summary>A filter of the anchors: most tokens are no anchor and are turned away by their length and ends.</summary>
    private static readonly ShapeFilter Filter;

    /// <summary>The phrases by the number of their anchor (<see cref="WordClasses.Id"/>); null for a word that anchors none.</summary>
    private static readonly Anchored[]?[] ByAnchor;

    static CueAnchors()
    {
        var phrases = PhraseWords.Cut(PerpetratorCues.Before).Where(static p => IsPerpetratorCue(p.Value))
            .Concat(PhraseWords.Cut(PerpetratorCues.After).Where(static p => IsPerpetratorCue(p.Value)))
            .Select(static p => p.Words)
            .Concat(PerpetratorCues.AppositionNouns.Dictionary.Where(static p => IsPerpetratorCue(p.Value)).Select(static p => new[] { p.Key }));
        var byAnchor = new List<Anchored>?[WordClasses.Count];
        var anchors = new List<string>();
        foreach (var words in phrases)
        {
            var ids = words.Select(static w => WordClasses.Id(w)).ToArray();
            if (Array.IndexOf(ids, (ushort)0) >= 0)
            {
                throw new InvalidOperationException("A word of the cue \"" + string.Join(' ', words) + "\" has no number: add its list to WordClasses.PhraseLists.");
            }

            int anchor = 0;
            for (int k = 1; k < words.Length; k++)
            {
                if ((Rank(words[k]), words[k].Length).CompareTo((Rank(words[anchor]), words[anchor].Length)) >= 0)
                {
                    anchor = k;
                }
            }

            (byAnchor[ids[anchor]] ??= []).Add(new Anchored(ids, anchor));
            anchors.Add(words[anchor]);
        }

        Filter = new ShapeFilter(anchors);

        ByAnchor = [.. byAnchor.Select(static l => l?.ToArray())];
    }

    /// <summary>How good an anchor a word makes: any word is better than an everyday one (<see cref="PerpetratorCues.EverydayWords"/>).</summary>
    private static int Rank(string word) => PerpetratorCues.EverydayWords.Contains(word) ? 0 : 1;

    /// <summary>True for a cue that makes a perpetrator (see <see cref="PerpetratorRule"/>): not a victim's, an official's or a speaker's.</summary>
    /// <param name="cue">The cue.</param>
    /// <returns>Whether it makes one.</returns>
    public static bool IsPerpetratorCue(PersonCue cue) => cue is not (PersonCue.Speech or PersonCue.Victim or PersonCue.Official);

    /// <summary>True when a perpetrator cue lies wholly within tokens <paramref name="start"/> to <paramref name="end"/> - 1.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="start">The first token.</param>
    /// <param name="end">The token past the last.</param>
    /// <returns>Whether one does.</returns>
    public static bool Holds(TokenView v, int start, int end)
    {
        var tokens = v.Tokens;
        var body = v.Body;
        for (int k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || !Filter.MayContain(t.Length, body[t.Start], body[t.End - 1]) || ByAnchor[v.WordId(k)] is not { } anchored)
            {
                continue;
            }

            foreach (var a in anchored)
            {
                int s = k - a.Anchor;
                if (s >= start && s + a.Ids.Length <= end && v.HasWordIds(s, a.Ids, a.Anchor))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A cue's word numbers and the index of its anchor among them.</summary>
    private sealed record Anchored(ushort[] Ids, int Anchor);
}
