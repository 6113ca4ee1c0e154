using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Reads the sentences of a report, one after the other (<see cref="Begin"/> starts a report); its
/// phrases and groups are reused from sentence to sentence and, one reader per thread, from report
/// to report.
/// </summary>
internal sealed partial class CountSentenceReader
{
    private static readonly PhraseTable<bool> Elsewhere = CasualtyLexicon.Words("elsewhere");
    private static readonly PhraseTable<bool> PlaceVerbs = CasualtyLexicon.Words("placeverb");
    private static readonly PhraseTable<bool> Negators = CasualtyLexicon.Words("negator");

    private readonly List<PeoplePhrase> _phrases = [];
    private readonly List<CountGroup> _groups = [];
    private ExtractionContext _context = null!;
    private string _body = null!;
    private ReportReading _reading = null!;
    private List<CountClaim> _shotTotals = null!;

    /// <summary>Phrase and group objects of earlier sentences, taken again from the start for each sentence.</summary>
    private readonly List<PeoplePhrase> _phrasePool = [];
    private readonly List<CountGroup> _groupPool = [];
    private readonly List<Population> _populations = [];
    private int _phrasesTaken;
    private int _groupsTaken;

    /// <summary>For each token of the sentence, the index in <see cref="_phrases"/> of the phrase starting there, or -1.</summary>
    private int[] _phraseAt = new int[64];

    /// <summary>For each phrase of <see cref="_phrases"/>, the index in <see cref="_groups"/> of the group it is a member of (not a part of a breakdown), or -1.</summary>
    private int[] _memberOf = new int[64];

    /// <summary>Where <see cref="BuildGroups"/> lays the groups out again when it splits some.</summary>
    private readonly List<CountGroup> _laidOut = [];

    private TokenSlice _tokens;
    private int _sentence;
    private SentenceAttribution? _attribution;
    /// <summary>See <see cref="FirstNegation"/>; null until asked.</summary>
    private int? _firstNegation;

    /// <summary>See <see cref="LastMeasureCue"/>; null until asked.</summary>
    private SentenceCue? _lastMeasureCue;

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
    private CountGroup NewGroup(PeoplePhrase first)
    {
        if (_groupsTaken == _groupPool.Count)
        {
            _groupPool.Add(new CountGroup());
        }

        return _groupPool[_groupsTaken++].Reset(first);
    }

    private ReadOnlySpan<Token> Tokens => _tokens;

    private SentenceAttribution Attribution => _attribution ??= _reading.Attribution(_sentence);

    /// <summary>Reads a sentence.</summary>
    /// <param name="tokens">Its tokens, annotated (<see cref="Annotator"/>).</param>
    /// <param name="sentence">Its index in the report.</param>
    /// <param name="starts">The lexicons some phrase of which may start in it (<see cref="WordStarts.Of(ReadOnlySpan{Token})"/>): the scans for the others are skipped.</param>
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
        _firstNegation = null;
        _lastMeasureCue = null;
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
    private CountGroup? GroupAt(int start)
    {
        int phrase = PhraseAt(start);
        int g = phrase >= 0 ? _memberOf[phrase] : -1;
        return g >= 0 && _groups[g].Start == start ? _groups[g] : null;
    }

    /// <summary>The group with a measure that has phrase <paramref name="phrase"/> among its members, or null (a phrase is a member of one group at most).</summary>
    private CountGroup? GroupWithMember(int phrase)
    {
        int g = _memberOf[phrase];
        return g >= 0 && _groups[g].Measure is not null ? _groups[g] : null;
    }

    /// <summary>False when no phrase of a lexicon can start at token <paramref name="i"/> (<see cref="WordStarts"/>), or it is past the sentence.</summary>
    private bool May(int i, Starts lexicon) => (uint)i < (uint)_tokens.Length && WordStarts.May(_tokens[i], lexicon);

    private bool In(PhraseTable<bool> words, int i) => (uint)i < (uint)_tokens.Length && words.ContainsWord(_body, _tokens[i]);

    /// <summary>True when token <paramref name="i"/> is a word of <paramref name="words"/> written in lowercase, as the table writes it.</summary>
    private bool InLowercase(PhraseTable<bool> words, int i)
    {
        if (!In(words, i))
        {
            return false;
        }

        foreach (char c in Text(i))
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool Is(int i, string word) => (uint)i < (uint)_tokens.Length && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Text(int i) => _body.AsSpan(_tokens[i].Start, _tokens[i].Length);
}
