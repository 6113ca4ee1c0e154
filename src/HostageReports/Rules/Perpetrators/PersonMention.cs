using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

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

/// <summary>A capitalised run read as a person's name (see <see cref="NameScanner.Scan"/>); its words are in the report's list of name words.</summary>
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
    private int? _nameWordCount;

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
            if (_nameWordCount is not { } count)
            {
                count = 0;
                foreach (var w in Words)
                {
                    count += !PerpetratorCues.Suffixes.Contains(w.AsSpan().TrimEnd('.')) && !(w.Length <= 2 && w.EndsWith('.')) ? 1 : 0;
                }

                _nameWordCount = count;
            }

            return count;
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
