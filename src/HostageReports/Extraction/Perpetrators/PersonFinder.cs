using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// A word of a person's name as the body writes it: a span of the body (a possessive ending dropped),
/// and whether a full stop follows it in the name ("Paul G. Kendall", "Allen Jr."). Copies nothing.
/// </summary>
/// <param name="Start">The offset of the word in the body.</param>
/// <param name="Length">The length of the word in the body.</param>
/// <param name="Stop">True when the name adds a full stop after the word.</param>
internal readonly record struct NameWord(int Start, int Length, bool Stop)
{
    /// <summary>The word's length in the name, the full stop counted.</summary>
    public int NameLength => Length + (Stop ? 1 : 0);

    /// <summary>The word as a string, the full stop added.</summary>
    /// <param name="body">The body the word points into.</param>
    /// <returns>The word.</returns>
    public string ToString(string body) => Stop ? string.Concat(body.AsSpan(Start, Length), ".") : body.Substring(Start, Length);

    /// <summary>Writes the word, the full stop added, at the start of <paramref name="into"/>.</summary>
    /// <param name="body">The body the word points into.</param>
    /// <param name="into">Room for <see cref="NameLength"/> characters.</param>
    public void CopyTo(string body, Span<char> into)
    {
        body.AsSpan(Start, Length).CopyTo(into);
        if (Stop)
        {
            into[Length] = '.';
        }
    }
}

/// <summary>A capitalised run read as a person's name (see <see cref="PersonFinder.ScanName"/>); its words are in the report's list of name words.</summary>
/// <param name="Start">The first token of the name (after any title).</param>
/// <param name="End">The token just past the name.</param>
/// <param name="TextEnd">The offset in the body just past the name's last token.</param>
/// <param name="FirstWord">The name's first word in the list of name words.</param>
/// <param name="WordCount">The name's number of words (at least one).</param>
/// <param name="Titled">True when a title stood before the name.</param>
internal readonly record struct NameScan(int Start, int End, int TextEnd, int FirstWord, int WordCount, bool Titled);

/// <summary>
/// One mention of a person's name, with what its neighbours say of the person. Its words and its text are
/// read from the body as strings only when asked (most mentions name no perpetrator and never are).
/// </summary>
internal sealed class PersonMention
{
    private readonly string _body;
    private readonly List<NameWord> _words;
    private readonly int _firstWord;
    private List<string>? _wordStrings;
    private string? _text;
    private string? _surname;
    private int _nameWordCount = -1;

    /// <summary>A mention of a name, no cue read yet.</summary>
    /// <param name="body">The body the name is in.</param>
    /// <param name="words">The list that holds the name's words (shared by the report's mentions).</param>
    /// <param name="name">The name.</param>
    public PersonMention(string body, List<NameWord> words, in NameScan name)
    {
        _body = body;
        _words = words;
        _firstWord = name.FirstWord;
        WordCount = name.WordCount;
        Start = name.Start;
        End = name.End;
        TextEnd = name.TextEnd;
        Titled = name.Titled;
        CueStart = name.Start;
        CueEnd = name.End;
        LeftStop = name.Start - 1;
        RightStop = name.End;
    }

    /// <summary>The first token of the name (after any title).</summary>
    public int Start { get; }

    /// <summary>The token just past the name.</summary>
    public int End { get; }

    /// <summary>The number of the name's words (see <see cref="Words"/>).</summary>
    public int WordCount { get; }

    /// <summary>The name's words, honorifics and titles dropped, nickname in quotes dropped.</summary>
    public List<string> Words => _wordStrings ??= ReadWords();

    /// <summary>Word k of the name (see <see cref="Words"/>), not copied.</summary>
    /// <param name="k">The word's index.</param>
    /// <returns>The word.</returns>
    public NameWord WordAt(int k) => _words[_firstWord + k];
    /// <summary>The offset in the body just past the name's last token.</summary>
    public int TextEnd { get; }

    /// <summary>True when a title stood before the name ("Sheriff John Doe").</summary>
    public bool Titled { get; }

    /// <summary>The name as written (without a possessive "'s").</summary>
    public string Text => _text ??= ReadText();

    /// <summary>What the words before the name say.</summary>
    public PersonCue? Left { get; set; }

    /// <summary>What the words after the name say.</summary>
    public PersonCue? Right { get; set; }

    /// <summary>What an apposition after the name says.</summary>
    public PersonCue? Apposition { get; set; }

    /// <summary>Where the words before the name stopped being filler (for coordinated names).</summary>
    public int LeftStop { get; set; }

    /// <summary>Where the words after the name stopped being filler (for coordinated names).</summary>
    public int RightStop { get; set; }

    /// <summary>The first token of the cue read before the name itself, or the name's start: a cue the name shares with a list it is in is not its own.</summary>
    public int CueStart { get; set; }

    /// <summary>The token past the cue read after the name itself, or the name's end: a cue the name shares with a list it is in is not its own.</summary>
    public int CueEnd { get; set; }

    /// <summary>True when the sentence talks of armed groups.</summary>
    public bool ArmedContext { get; set; }

    /// <summary>The surname: the last word that is not a suffix.</summary>
    public string Surname => _surname ??= FindSurname(Words);

    /// <summary>
    /// The surname (<see cref="Surname"/>) without its trailing full stops, read from the body, not copied: two mentions
    /// whose surnames are equal ignoring case have cores equal ignoring case.
    /// </summary>
    public ReadOnlySpan<char> SurnameCore
    {
        get
        {
            // As FindSurname: the last word that is not a suffix (its full stop dropped), else the last word.
            for (int k = WordCount - 1; k >= 0; k--)
            {
                var w = WordAt(k);
                var core = _body.AsSpan(w.Start, w.Length).TrimEnd('.');
                if (!PerpetratorCues.Suffixes.Contains(core))
                {
                    return core;
                }
            }

            var last = WordAt(WordCount - 1);
            return _body.AsSpan(last.Start, last.Length).TrimEnd('.');
        }
    }

    /// <summary>Number of words that are not suffixes or initials.</summary>
    public int NameWordCount
    {
        get
        {
            if (_nameWordCount < 0)
            {
                int n = 0;
                foreach (var w in Words)
                {
                    n += !PerpetratorCues.Suffixes.Contains(w.AsSpan().TrimEnd('.')) && !(w.Length <= 2 && w.EndsWith('.')) ? 1 : 0;
                }

                _nameWordCount = n;
            }

            return _nameWordCount;
        }
    }

    /// <summary>True when the name is a speaker set off by a comma: "..., the suspect, Dorsey said".</summary>
    public bool CommaSpeaker { get; set; }

    private List<string> ReadWords()
    {
        var words = new List<string>(WordCount);
        for (int k = 0; k < WordCount; k++)
        {
            words.Add(WordAt(k).ToString(_body));
        }

        return words;
    }

    private string ReadText()
    {
        var first = WordAt(0);
        var shown = _body.AsSpan(first.Start, TextEnd - first.Start);
        if (shown.EndsWith("'s", StringComparison.Ordinal) || shown.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            shown = shown[..^2];
        }

        return shown.ToString();
    }

    private static string FindSurname(List<string> words)
    {
        for (int k = words.Count - 1; k >= 0; k--)
        {
            if (!PerpetratorCues.Suffixes.Contains(words[k].AsSpan().TrimEnd('.')))
            {
                return words[k];
            }
        }

        return words[^1];
    }

    /// <summary>What the mention says of the person, all cues weighed.</summary>
    public PersonCue? Verdict
    {
        get
        {
            if (CommaSpeaker)
            {
                return null;
            }

            var left = Left is { } l && (!PerpetratorCues.NeedsArmedContext(l) || ArmedContext) ? Left : null;
            var app = Apposition is { } a && (!PerpetratorCues.NeedsArmedContext(a) || ArmedContext) ? Apposition : null;
            var right = Right is { } r && (!PerpetratorCues.NeedsArmedContext(r) || ArmedContext) ? Right : null;
            if (left is not null and not PersonCue.Official and not PersonCue.Speech)
            {
                return left;
            }

            if (app is { } ap)
            {
                return ap;
            }

            if (right is { } rt && rt != PersonCue.Speech)
            {
                return rt;
            }

            if (Titled)
            {
                return PersonCue.Official;
            }

            return left is PersonCue.Speech ? null : left;
        }
    }
}

/// <summary>
/// Finds person names in a report and reads the words around each: cue phrases before and after,
/// appositions, titles; coordinated names ("A, B and C were charged") share their list's cues.
/// </summary>
internal static class PersonFinder
{
    private static readonly WordPhrases<PersonCue> Before = new(PerpetratorCues.Before);
    private static readonly WordPhrases<PersonCue> After = new(PerpetratorCues.After);

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
        var surnames = new Surnames();
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

    /// <summary>
    /// The perpetrators' surnames of a report, each without its trailing full stops, compared ignoring case as names are:
    /// a hash set, so a report naming many perpetrators asks one look-up a word, not one a perpetrator. Most words are
    /// turned away before the look-up by the lengths and first letters of the surnames.
    /// </summary>
    private sealed class Surnames
    {
        private readonly HashSet<string> _set = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        /// <summary>One bit a length (modulo 64) of a surname.</summary>
        private ulong _lengths;

        /// <summary>One bit a first letter of a surname, an ASCII letter's low five bits (the same for either case).</summary>
        private uint _firsts;

        /// <summary>True when a surname starts with a character beyond ASCII: a first letter proves nothing then.</summary>
        private bool _anyFirst;

        public Surnames() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Adds a surname's core (never empty).</summary>
        public void Add(string core)
        {
            if (_set.Add(core))
            {
                _lengths |= 1UL << (core.Length & 63);
                _firsts |= 1u << (core[0] & 31);
                _anyFirst |= core[0] >= 128;
            }
        }

        /// <summary>True when the text is one of the surnames, ignoring case.</summary>
        public bool Contains(ReadOnlySpan<char> text) =>
            !text.IsEmpty && ((_lengths >> (text.Length & 63)) & 1) != 0 && (_anyFirst || text[0] >= 128 || ((_firsts >> (text[0] & 31)) & 1) != 0)
            && _lookup.Contains(text);

        /// <summary>
        /// True when a word of the sentence may be one of the surnames: a name's word is a word token's text, or that text
        /// less a possessive ending (see <see cref="StripPossessive"/>), its core the word less trailing full stops.
        /// </summary>
        public bool WrittenIn(TokenView v, int start, int end)
        {
            var tokens = v.Tokens;
            var body = v.Body;
            for (int k = start; k < end; k++)
            {
                var t = tokens[k];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var text = body.AsSpan(t.Start, t.Length);
                if (Contains(text.TrimEnd('.')))
                {
                    return true;
                }

                // A possessive ends in "s" or an apostrophe: most words are no possessive by their last character.
                if (text[^1] is 's' or '\'' or '\u2019' && StripPossessive(text, out bool possessive) is var bare && possessive && Contains(bare.TrimEnd('.')))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Reads the person mentions of one sentence into <paramref name="mentions"/> (cleared first); <paramref name="c"/> steps through the name starts.</summary>
    private static void ReadSentence(TokenView v, int start, int end, bool[] groupTokens, List<NameWord> words, List<PersonMention> mentions, ref int c)
    {
        var nameStarts = v.NameStartTokens;
        int armed = -1;
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

            if (ScanName(v, t, end, groupTokens, words, out int next) is { } name)
            {
                // A mention is made only for a name kept; the words of a name dropped are taken back off the list.
                bool kept = false;
                if (!LooksLikePlaceOrOrg(v, words, name, start, end))
                {
                    var left = ReadLeftCue(v, name.Start, start, out int cueStart, out int leftStop);
                    kept = !(left is null && name.Start > start && v.Has(name.Start - 1, WordClass.PlacePrepositions));
                    if (kept)
                    {
                        var m = new PersonMention(v.Body, words, name) { Left = left, CueStart = cueStart, LeftStop = leftStop };
                        ReadRightCues(v, m, start, end);
                        mentions.Add(m);
                    }
                }

                if (!kept)
                {
                    words.RemoveRange(name.FirstWord, name.WordCount);
                }
            }

            t = Math.Max(next, t + 1);
        }

        // Coordinated names share the cues of their list, not their words: a name's evidence is its own (its name, and the
        // cue that stands by it), never the list up to a cue at its far end (A B, C D, ... were arrested).
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

        // Whether the sentence talks of armed groups matters only to the cues that need it.
        foreach (var m in mentions)
        {
            if (m.Left is { } l && PerpetratorCues.NeedsArmedContext(l) || m.Right is { } r && PerpetratorCues.NeedsArmedContext(r)
                || m.Apposition is { } a && PerpetratorCues.NeedsArmedContext(a))
            {
                m.ArmedContext = ArmedSentence(v, start, end, groupTokens, ref armed);
            }
        }
    }

    /// <summary>True when the sentence talks of armed groups; read once a sentence (<paramref name="armed"/>: -1 unread, 0 no, 1 yes).</summary>
    private static bool ArmedSentence(TokenView v, int start, int end, bool[] groupTokens, ref int armed)
    {
        if (armed < 0)
        {
            armed = 0;
            for (int i = start; i < end && armed == 0; i++)
            {
                armed = v.Has(i, WordClass.ArmedContextWords) || groupTokens[i] ? 1 : 0;
            }
        }

        return armed == 1;
    }

    /// <summary>Reads a capitalised run as a person's name: titles, initials, particles, suffixes, a quoted nickname.</summary>
    internal static NameScan? ScanName(TokenView v, int i, int end, bool[]? groupTokens, List<NameWord> words, out int next)
    {
        int j = i;
        bool titled = false;
        while (j < end && v.IsCapitalized(j))
        {
            var leading = v.ClassesOf(j);
            bool title = (leading & WordClass.Titles) != 0;
            if (!title && (leading & WordClass.Honorifics) == 0)
            {
                break;
            }

            titled |= title;
            j++;
            if (v.IsPunct(j, '.'))
            {
                j++;
            }
        }

        // The name's words go at the end of the report's list of name words; they are taken back if no name is read.
        int first = words.Count;
        int nameStart = j;
        int nameEnd = j;
        while (j < end && (groupTokens is null || !groupTokens[j]))
        {
            var text = v.Text(j);
            int count = words.Count - first;
            if (v[j].Kind != TokenKind.Word)
            {
                // A quoted nickname between names: Tony "Blue" Coburn.
                if (count > 0 && v.IsQuote(j) && j + 3 < end && v.IsCapitalized(j + 1) && v.IsQuote(j + 2) && v.IsCapitalized(j + 3))
                {
                    j += 3;
                    continue;
                }

                break;
            }

            bool cap = char.IsUpper(text[0]);
            if (cap && text.Length == 1 && v.IsPunct(j + 1, '.') && v.Touches(j))
            {
                // An initial: "Paul G. Kendall".
                if (count == 0)
                {
                    break;
                }

                words.Add(new NameWord(v[j].Start, text.Length, Stop: true));
                j += 2;
                nameEnd = j;
                continue;
            }

            var bare = StripPossessive(text, out bool possessive);
            var classes = possessive ? WordClasses.Of(bare) : v.ClassesOf(j);
            if (cap && count > 0 && (classes & WordClass.Suffixes) != 0)
            {
                j++;
                bool stop = v.IsPunct(j, '.') && v.Touches(j - 1);
                if (stop)
                {
                    j++;
                }

                words.Add(new NameWord(v[j - (stop ? 2 : 1)].Start, bare.Length, stop));
                nameEnd = j;
                break;
            }

            if (!cap)
            {
                // Particles inside a name: "Ahmed Abu al-Hassan", "Sidi Ould Brahim", "Ludwig van Beethoven".
                bool hyphenParticle = bare.Length > 3 && (bare.StartsWith("al-", StringComparison.Ordinal) || bare.StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(bare[3]);
                if (count > 0 && hyphenParticle)
                {
                    words.Add(new NameWord(v[j].Start, bare.Length, Stop: false));
                    j++;
                    nameEnd = j;
                    if (possessive)
                    {
                        break;
                    }

                    continue;
                }

                if (count > 0 && (classes & WordClass.Particles) != 0 && v.IsCapitalized(j + 1))
                {
                    words.Add(new NameWord(v[j].Start, bare.Length, Stop: false));
                    j++;
                    continue;
                }

                break;
            }

            if (text.Length > 1 && v.IsAllCaps(j))
            {
                break;
            }

            if ((classes & WordClass.NotNameWords) != 0 || (bare.Contains('-') && bare.Contains("year-old", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            if ((classes & WordClass.Titles) != 0 && !possessive && v.IsCapitalized(j + 1) && !v.Has(j + 1, WordClass.NotNameWords))
            {
                // "Prime Minister Jane Doe", "Attorney General Eric Holder": what came before was the title.
                words.RemoveRange(first, words.Count - first);
                titled = true;
                j++;
                nameStart = j;
                nameEnd = j;
                continue;
            }

            words.Add(new NameWord(v[j].Start, bare.Length, Stop: false));
            j++;
            nameEnd = j;
            if (possessive)
            {
                break;
            }
        }

        next = Math.Max(j, i + 1);
        // Drop trailing particles.
        while (words.Count > first && IsParticle(v.Body, words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == first || nameEnd <= nameStart)
        {
            words.RemoveRange(first, words.Count - first);
            return null;
        }

        return new NameScan(nameStart, nameEnd, v[nameEnd - 1].End, first, words.Count - first, titled);
    }

    /// <summary>True for a lower-case particle ("al", "van"), which does not end a name.</summary>
    private static bool IsParticle(string body, NameWord w) =>
        char.IsLower(body[w.Start])
        && (w.Stop ? PerpetratorCues.Particles.Contains(w.ToString(body)) : PerpetratorCues.Particles.Contains(body.AsSpan(w.Start, w.Length)));

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> text, out bool possessive)
    {
        possessive = text.Length > 2 && (text.EndsWith("'s") || text.EndsWith("\u2019s"));
        if (possessive)
        {
            return text[..^2];
        }

        if (text.Length > 1 && (text[^1] == '\'' || text[^1] == '\u2019'))
        {
            possessive = true;
            return text[..^1];
        }

        return text;
    }

    /// <summary>True when the run is a place or an organisation: followed by an organisation word, by ", Wash.", or a known place itself.</summary>
    private static bool LooksLikePlaceOrOrg(TokenView v, List<NameWord> words, in NameScan m, int start, int end)
    {
        if (m.End < end && !v.IsCapitalized(m.End) && v.In(m.End, PlaceCues.ResidentNouns) && !v.IsAny(m.End, "family", "home", "house"))
        {
            return true; // "a Lake Verne man", "the Glen Arbor woman"
        }

        if (m.End < end && v.IsCapitalized(m.End) && (v.ClassesOf(m.End) & (WordClass.NotNameWords | WordClass.Honorifics)) == WordClass.NotNameWords)
        {
            return true; // "Alder Junior High School", "Glenwood Police Department"
        }

        if (m.Start > start && v.IsCapitalized(m.Start - 1) && (v.ClassesOf(m.Start - 1) & (WordClass.Titles | WordClass.Honorifics | WordClass.NotNameWords)) == WordClass.NotNameWords && m.Start - 1 != start)
        {
            return true;
        }

        if (v.IsPunct(m.End, ',') && m.End + 1 < end && PlaceCues.MayStartGeographyName(v.Text(m.End + 1)))
        {
            var next = v.Text(m.End + 1);
            int len = v[m.End + 1].Length + (v.IsPunct(m.End + 2, '.') ? 1 : 0);
            if (Geography.TryUsState(v.Body.AsSpan(v[m.End + 1].Start, len), out _) || Geography.TryUsState(next, out _) || Geography.TryCountryByName(next, out _))
            {
                return true; // "Glenwood, Okla."
            }
        }

        var w0 = words[m.FirstWord];
        if (!w0.Stop && !PlaceCues.MayStartGeographyName(v.Body.AsSpan(w0.Start, w0.Length)))
        {
            return false;
        }

        // The words joined by single spaces, in a buffer: "Sierra Leone" is a country, "Kenyan" a nationality.
        int length = m.WordCount - 1;
        for (int k = 0; k < m.WordCount; k++)
        {
            length += words[m.FirstWord + k].NameLength;
        }

        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int k = 0; k < m.WordCount; k++)
        {
            if (at > 0)
            {
                buffer[at++] = ' ';
            }

            var w = words[m.FirstWord + k];
            w.CopyTo(v.Body, buffer[at..]);
            at += w.NameLength;
        }

        ReadOnlySpan<char> joined = buffer;
        var firstWord = joined[..w0.NameLength];
        if (w0.Stop && !PlaceCues.MayStartGeographyName(firstWord))
        {
            return false;
        }

        return Geography.TryCountryByName(joined, out _) || Geography.TryUsState(joined, out _) || Geography.TryCapital(joined, out _) || Geography.TryDemonym(joined, out _)
            || (m.WordCount == 1 && Geography.TryDemonym(firstWord, out _));
    }

    /// <summary>
    /// The cue before a name: filler is skipped back from the name, and the longest phrase that ends where
    /// the filler stops is taken. <paramref name="stop"/> is where the filler stopped (for coordinated names).
    /// </summary>
    private static PersonCue? ReadLeftCue(TokenView v, int nameStart, int start, out int cueStart, out int stop)
    {
        int p = nameStart - 1;
        int floor = Math.Max(start, nameStart - 14);
        PersonCue? left = null;
        cueStart = nameStart;
        while (p >= floor)
        {
            if (Before.TryMatchEndingAt(v, p, floor, out int s, out var cue))
            {
                left = cue;
                cueStart = s;
                break;
            }

            if (IsFiller(v, p))
            {
                p--;
                continue;
            }

            break;
        }

        stop = p;
        return left;
    }

    /// <summary>The cues after a name: an apposition or a phrase, past ages, "of Oakdale", suffixes and such filler.</summary>
    private static void ReadRightCues(TokenView v, PersonMention m, int start, int end)
    {
        // After: skip ages, "of Oakdale", suffixes; look for an apposition or a phrase.
        int q = m.End;
        int limit = Math.Min(end, m.End + 16);
        while (q < limit)
        {
            if (v.IsPunct(q, ',') && Apposition(v, q + 1, limit, out var app, out int appEnd))
            {
                m.Apposition = app;
                m.CueEnd = appEnd;
                break;
            }

            if (After.TryMatchAt(v, q, limit, out int len, out var cue))
            {
                m.Right = cue;
                m.CueEnd = q + len;
                m.CommaSpeaker = cue == PersonCue.Speech && q == m.End && m.Start > start && v.IsPunct(m.Start - 1, ',');
                break;
            }

            if (v.IsAny(q, "of", "from") && (v.IsCapitalized(q + 1) || v.Is(q + 1, "the") || v[q + 1].Kind == TokenKind.Number))
            {
                // ", of Oakdale,", "of the 1200 block of Elm Avenue", "from Lake Verne".
                q++;
                while (q < limit && (v.IsCapitalized(q) || v.IsPunct(q, '.') || v[q].Kind == TokenKind.Number || v.IsAny(q, "the", "block", "of", "-")))
                {
                    q++;
                }

                continue;
            }

            if (IsRightFiller(v, q))
            {
                q++;
                continue;
            }

            break;
        }

        m.RightStop = q;
    }

    private static bool Apposition(TokenView v, int k, int limit, out PersonCue cue, out int end)
    {
        cue = default;
        end = k;
        if (k >= limit || !v.IsAny(k, "a", "an", "the", "his", "her"))
        {
            return false;
        }

        for (int n = k + 1; n < limit && n <= k + 5; n++)
        {
            if (v.IsPunct(n, ',') || v.IsPunct(n, '.') || v.IsAny(n, "of", "who", "and"))
            {
                return false;
            }

            if (PerpetratorCues.AppositionNouns.TryGetValue(v.Text(n), out cue))
            {
                end = n + 1;
                return true;
            }
        }

        return false;
    }

    private static bool IsFiller(TokenView v, int p) =>
        v[p].Kind == TokenKind.Number || v.Has(p, WordClass.Filler) || IsAge(v.Text(p));

    /// <summary>"22-year-old", "six-month-old".</summary>
    private static bool IsAge(ReadOnlySpan<char> word) =>
        word.Contains('-') && (word.Contains("year-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-old", StringComparison.OrdinalIgnoreCase));

    private static bool IsRightFiller(TokenView v, int q)
    {
        if (v[q].Kind == TokenKind.Number)
        {
            return true;
        }

        var classes = v.ClassesOf(q);
        return (classes & (WordClass.Filler | WordClass.NotRightFiller)) == WordClass.Filler || (classes & WordClass.RightFiller) != 0
            || (v.Text(q).Contains('-') && v.Text(q).Contains("year-old", StringComparison.OrdinalIgnoreCase));
    }
}
