using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Perpetrators;

/// <summary>
/// The tokens of one report as the perpetrator and location rules read them: each token's lower-case
/// text (cut once), whether it is capitalised, and the sentence it belongs to. Built per report.
/// </summary>
internal sealed class TokenView
{
    public TokenView(ExtractionContext context)
    {
        Context = context;
        var tokens = context.Tokens;
        Count = tokens.Count;
        Lower = new string[Count];
        SentenceOf = new int[Count];
        for (int s = 0; s + 1 < context.SentenceTokenStart.Length; s++)
        {
            for (int i = context.SentenceTokenStart[s]; i < context.SentenceTokenStart[s + 1]; i++)
            {
                SentenceOf[i] = s;
            }
        }

        for (int i = 0; i < Count; i++)
        {
            Lower[i] = context.TextOf(tokens[i]).ToString().ToLowerInvariant();
        }
    }

    /// <summary>The context.</summary>
    public ExtractionContext Context { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>Each token's lower-case text.</summary>
    public string[] Lower { get; }

    /// <summary>Each token's sentence.</summary>
    public int[] SentenceOf { get; }

    /// <summary>The body.</summary>
    public string Body => Context.Body;

    /// <summary>Token i.</summary>
    public Token this[int i] => Context.Tokens[i];

    /// <summary>The first token of the sentence of token i.</summary>
    public int SentenceStart(int i) => Context.SentenceTokenStart[SentenceOf[i]];

    /// <summary>The token just past the sentence of token i.</summary>
    public int SentenceEnd(int i) => Context.SentenceTokenStart[SentenceOf[i] + 1];

    /// <summary>The text of token i.</summary>
    public ReadOnlySpan<char> Text(int i) => Context.TextOf(Context.Tokens[i]);

    /// <summary>The body between the start of token a and the end of token b - 1.</summary>
    public string Span(int a, int b) => Body[this[a].Start..this[b - 1].End];

    /// <summary>True for a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Word && char.IsUpper(Body[this[i].Start]);

    /// <summary>True for a word written all in capitals ("ATF", "OAKDALE").</summary>
    public bool IsAllCaps(int i)
    {
        if (i < 0 || i >= Count || this[i].Kind != TokenKind.Word)
        {
            return false;
        }

        bool any = false;
        foreach (char c in Text(i))
        {
            if (char.IsLower(c))
            {
                return false;
            }

            any |= char.IsLetter(c);
        }

        return any;
    }

    /// <summary>True for a token that is this punctuation mark.</summary>
    public bool IsPunct(int i, char c) => i >= 0 && i < Count && this[i].Kind == TokenKind.Punct && Body[this[i].Start] == c;

    /// <summary>True for an opening or closing quotation mark.</summary>
    public bool IsQuote(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Punct && Body[this[i].Start] is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'';

    /// <summary>True when token i ends right where token i + 1 starts (no space between).</summary>
    public bool Touches(int i) => i + 1 < Count && this[i].End == this[i + 1].Start;
}
