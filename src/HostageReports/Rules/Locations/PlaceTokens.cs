using HostageReports.Annotation;
using HostageReports.Extraction;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Locations;

/// <summary>
/// What the location rule asks of each token of one report, answered the first time a token is asked
/// and read from an array after: its <see cref="PlaceWord"/> classes, whether it is capitalised or all
/// capitals, and whether a geography name may start at it. Most tokens are asked several times (from
/// a cue word before them, from each start of a capitalised run, as the next word of a name), so each
/// is hashed at most once. Per report and per rule: not shared between threads.
/// </summary>
internal sealed class PlaceTokens
{
    /// <summary>Set once a token's classes and case are known.</summary>
    private const uint Known = 1u << 31;

    /// <summary>A word starting with a capital letter (<see cref="Perpetrators.TokenView.IsCapitalized"/>).</summary>
    private const uint Capitalized = 1u << 30;

    /// <summary>A word written all in capitals (<see cref="Perpetrators.TokenView.IsAllCaps"/>).</summary>
    private const uint AllCaps = 1u << 29;

    /// <summary>A geography name may start at the token (<see cref="PlaceCues.MayStartGeographyName"/>).</summary>
    private const uint Geography = 1u << 28;

    /// <summary>The bits of the <see cref="PlaceWord"/> classes.</summary>
    private const uint ClassBits = Geography - 1;

    private readonly List<Token> _tokens;
    private readonly string _body;
    private readonly uint[] _bits;

    /// <summary>The index of each sentence's first token; one extra entry holds the total.</summary>
    private readonly int[] _sentenceStarts;

    /// <summary>The number of tokens: <see cref="_bits"/> may be longer.</summary>
    private readonly int _count;

    /// <summary>The tokens of a report, none asked yet.</summary>
    /// <param name="context">The report's context.</param>
    /// <param name="buffer">An array to keep the answers in, one entry a token at least (cleared here), or null for a new one.</param>
    public PlaceTokens(ExtractionContext context, uint[]? buffer = null)
        : this(context.Body, context.Tokens, context.SentenceTokenStart, buffer)
    {
    }

    /// <summary>Tokens cut from a body without a context (the dateline, read with the report), none asked yet.</summary>
    /// <param name="body">The body the tokens point into.</param>
    /// <param name="tokens">The tokens of the first sentences, cut as <see cref="ExtractionContext"/> cuts them.</param>
    /// <param name="sentenceStarts">The index of each of those sentences' first token, and one extra entry holding the total.</param>
    /// <param name="buffer">An array to keep the answers in, one entry a token at least (cleared here), or null for a new one.</param>
    public PlaceTokens(string body, List<Token> tokens, int[] sentenceStarts, uint[]? buffer = null)
    {
        _tokens = tokens;
        _body = body;
        _sentenceStarts = sentenceStarts;
        _count = _tokens.Count;
        if (buffer is null || buffer.Length < _count)
        {
            _bits = new uint[_count];
        }
        else
        {
            _bits = buffer;
            Array.Clear(_bits, 0, _count);
        }
    }

    /// <summary>The number of tokens.</summary>
    public int Count => _count;

    /// <summary>The body the tokens point into.</summary>
    public string Body => _body;

    /// <summary>Token i.</summary>
    public Token this[int i] => _tokens[i];

    /// <summary>The text of token i.</summary>
    public ReadOnlySpan<char> Text(int i)
    {
        var t = _tokens[i];
        return _body.AsSpan(t.Start, t.Length);
    }

    /// <summary>The body from the start of token a to the end of token b - 1.</summary>
    public string Span(int a, int b) => _body[_tokens[a].Start.._tokens[b - 1].End];

    /// <summary>True for a token that is this punctuation mark. Out of range is false.</summary>
    public bool IsPunct(int i, char c)
    {
        if ((uint)i >= (uint)_count)
        {
            return false;
        }

        var t = _tokens[i];
        return t.Kind == TokenKind.Punct && _body[t.Start] == c;
    }

    /// <summary>True when token i ends right where token i + 1 starts (no space between).</summary>
    public bool Touches(int i) => i + 1 < _count && _tokens[i].End == _tokens[i + 1].Start;

    /// <summary>The first token of the sentence of token i.</summary>
    public int SentenceStart(int i)
    {
        // The last sentence whose first token is at or before i (empty sentences share a start).
        var starts = _sentenceStarts;
        int lo = 0, hi = starts.Length - 2;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (starts[mid] <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return starts[lo];
    }

    /// <summary>The first token that starts at or after the offset, or null when none does.</summary>
    public int? FirstTokenAt(int offset)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo < _count ? lo : null;
    }

    /// <summary>True when token i is in one of these lists. Out of range is false.</summary>
    public bool Has(int i, PlaceWord classes) => (uint)i < (uint)_count && (Bits(i) & (uint)classes) != 0;

    /// <summary>True for a word that starts with a capital letter. Out of range is false.</summary>
    public bool IsCapitalized(int i) => (uint)i < (uint)_count && (Bits(i) & Capitalized) != 0;

    /// <summary>True for a word written all in capitals ("ATF", "OAKDALE"). Out of range is false.</summary>
    public bool IsAllCaps(int i) => (uint)i < (uint)_count && (Bits(i) & AllCaps) != 0;

    /// <summary>True when a geography name may start at token i (<see cref="PlaceCues.MayStartGeographyName"/>).</summary>
    public bool MayNameGeography(int i) => (Bits(i) & Geography) != 0;

    private uint Bits(int i)
    {
        uint bits = _bits[i];
        if ((bits & Known) == 0)
        {
            bits |= Read(_tokens[i]);
            _bits[i] = bits;
        }

        return bits;
    }

    private uint Read(Token t)
    {
        // The word's lists and case come from the annotation pass; only where a geography name may start is worked out here.
        var text = _body.AsSpan(t.Start, t.Length);
        var classes = Lexicon.PlacesOf(t.Word == Lexicon.Unlabelled ? Lexicon.Id(text) : t.Word);
        uint bits = Known | ((uint)classes & ClassBits);
        if (MayStartGeography(text, classes))
        {
            bits |= Geography;
        }

        if ((t.Shape & TokenShape.Capitalized) != 0)
        {
            bits |= Capitalized;
        }

        return (t.Shape & TokenShape.AllCaps) != 0 ? bits | AllCaps : bits;
    }

    /// <summary>True when a geography name may start at the token (<see cref="PlaceCues.MayStartGeographyName"/>): by the class of its leading letters and digits (the whole token, mostly).</summary>
    private static bool MayStartGeography(ReadOnlySpan<char> text, PlaceWord classes)
    {
        int leading = text.Length; // the length of the leading letters and digits: the whole token until a mark is met
        for (int k = 0; k < text.Length; k++)
        {
            uint c = text[k];
            if (c >= 128)
            {
                return PlaceCues.MayStartGeographyName(text);
            }

            if (leading == text.Length && (c | 0x20) - 'a' > 'z' - 'a' && c - '0' > 9)
            {
                leading = k;
            }
        }

        var start = leading == text.Length ? classes : leading == 0 ? EmptyStart : Lexicon.PlacesOf(Lexicon.Id(text[..leading]));
        return (start & PlaceWord.GeographyStart) != 0;
    }

    /// <summary>The class of an empty word's leading letters: a geography name known that starts with no letter or digit makes every such token a possible start.</summary>
    private static readonly PlaceWord EmptyStart = PlaceCues.MayStartGeographyName([]) ? PlaceWord.GeographyStart : PlaceWord.None;
}
