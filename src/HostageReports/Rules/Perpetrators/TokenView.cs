using HostageReports.Annotation;
using HostageReports.Extraction;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The shared tokens of one report (<see cref="ExtractionContext.Tokens"/>) as the perpetrator and
/// location rules read them: each token's text as a span of the body, compared ignoring case; whether
/// it is capitalised; the sentence it belongs to. Copies nothing per token. Built per rule and report.
/// </summary>
internal sealed class TokenView
{
    private readonly List<Token> _tokens;

    /// <summary>The report's tokens a name may start at, shared by every view of the report; null until first asked.</summary>
    private NameStarts? _nameStarts;

    public TokenView(ExtractionContext context)
    {
        Context = context;
        Body = context.Body;
        _tokens = context.Tokens;
        Count = _tokens.Count;
    }

    /// <summary>The context.</summary>
    public ExtractionContext Context { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>The body.</summary>
    public string Body { get; }

    /// <summary>Token i.</summary>
    public Token this[int i] => _tokens[i];

    /// <summary>The tokens, for phrase tables.</summary>
    public ReadOnlySpan<Token> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);

    /// <summary>The first token of the sentence of token i.</summary>
    public int SentenceStart(int i) => Context.SentenceTokenStart[SentenceOf(i)];

    /// <summary>The text of token i.</summary>
    public ReadOnlySpan<char> Text(int i)
    {
        var t = _tokens[i];
        return Body.AsSpan(t.Start, t.Length);
    }

    /// <summary>True when token i is this word (or mark), ignoring case. Out of range is false.</summary>
    public bool Is(int i, string word)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        var t = _tokens[i];
        return t.Length == word.Length && Body.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when token i is one of these words, ignoring case.</summary>
    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (Is(i, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token i's text is in the set (whose comparer ignores case).</summary>
    public bool In(int i, WordSet set) => set.Contains(Text(i));

    /// <summary>True when token i's text is in one of these perpetrator word lists (<see cref="WordClass"/>), as the annotation pass found.</summary>
    public bool Has(int i, WordClass classes) => (ClassesOf(i) & classes) != 0;

    /// <summary>The perpetrator word lists token i's text is in, as the annotation pass found.</summary>
    public WordClass ClassesOf(int i) => Lexicon.ClassesOf(_tokens[i].Word);

    /// <summary>The lexicon id of token i's word (<see cref="Token.Word"/>), 0 for a word of no lexicon file: the cue phrases' numbers (<see cref="WordPhrases{T}"/>).</summary>
    public ushort WordId(int i) => _tokens[i].Word is var id && id != Lexicon.Outside ? id : (ushort)0;

    /// <summary>True when the tokens from <paramref name="start"/> have the word numbers <paramref name="ids"/> (<see cref="WordId"/>), word <paramref name="skip"/> being known to match; the tokens must exist.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="ids">The word numbers, one a token.</param>
    /// <param name="skip">The index in <paramref name="ids"/> of a word already compared.</param>
    /// <returns>Whether every word matches.</returns>
    public bool HasWordIds(int start, ushort[] ids, int skip)
    {
        for (int k = 0; k < ids.Length; k++)
        {
            if (k != skip && WordId(start + k) != ids[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The tokens a person's or a group's name may start at, in order: the words that start with a capital letter
    /// or with "al" ("al-Qaeda"), see <see cref="TokenShape.MayStartName"/>. Found once a report: the finders step
    /// from one to the next instead of testing every token.
    /// </summary>
    public ReadOnlySpan<int> NameStartTokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan((_nameStarts ??= Context.Find(Products.NameStarts) ?? new NameStarts(Context)).Tokens);

    /// <summary>The body between the start of token a and the end of token b - 1.</summary>
    public string Span(int a, int b) => Body[this[a].Start..this[b - 1].End];

    /// <summary>The body between the start of token a and the end of token b - 1, not copied.</summary>
    public ReadOnlySpan<char> SpanOf(int a, int b) => Body.AsSpan(this[a].Start, this[b - 1].End - this[a].Start);

    /// <summary>True for a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        return (_tokens[i].Shape & TokenShape.Capitalized) != 0;
    }

    /// <summary>True for a word written all in capitals ("ATF", "OAKDALE").</summary>
    public bool IsAllCaps(int i)
    {
        return (uint)i < (uint)Count && (_tokens[i].Shape & TokenShape.AllCaps) != 0;
    }

    /// <summary>True for a token that is this punctuation mark.</summary>
    public bool IsPunct(int i, char c)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        var t = _tokens[i];
        return t.Kind == TokenKind.Punct && Body[t.Start] == c;
    }

    /// <summary>True for an opening or closing quotation mark.</summary>
    public bool IsQuote(int i)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        var t = _tokens[i];
        return t.Kind == TokenKind.Punct && Body[t.Start] is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'';
    }

    /// <summary>The last capitalised word of tokens [start, end), or start - 1 when none is: the sentence's tail past it names no one and no place.</summary>
    public int LastCapitalized(int start, int end)
    {
        int i = end - 1;
        while (i >= start && !IsCapitalized(i))
        {
            i--;
        }

        return i;
    }

    /// <summary>True when token i ends right where token i + 1 starts (no space between).</summary>
    public bool Touches(int i) => i + 1 < Count && this[i].End == this[i + 1].Start;

    private int SentenceOf(int i)
    {
        // The last sentence whose first token is at or before i (empty sentences share a start).
        var starts = Context.SentenceTokenStart;
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

        return lo;
    }
}

/// <summary>The tokens of a report a name may start at (<see cref="TokenView.NameStartTokens"/>). One per report, made by the pipeline's stage of <see cref="Products.NameStarts"/>.</summary>
internal sealed class NameStarts
{
    /// <summary>Finds the report's name starts.</summary>
    /// <param name="context">The report.</param>
    public NameStarts(ExtractionContext context)
    {
        // About one token in six starts with a capital letter or "al": the list is made about that size at once.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Tokens);
        var starts = new List<int>((tokens.Length / 5) + 16);
        for (int i = 0; i < tokens.Length; i++)
        {
            // The annotation pass says it: a word starting with a capital letter, or with "al" ("al-Qaeda").
            if ((tokens[i].Shape & TokenShape.MayStartName) != 0)
            {
                starts.Add(i);
            }
        }

        Tokens = starts;
    }

    /// <summary>The tokens, in order.</summary>
    public List<int> Tokens { get; }
}
