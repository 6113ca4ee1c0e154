using HostageReports.Annotation;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;

namespace HostageReports.Rules.Counts;

/// <summary>
/// What the count rule keeps of one report while it reads the sentences: their tokens, whether the
/// report says anywhere that someone died, and the attributions of the sentences, each worked out only
/// when a claim asks for it. "He said" speaks for the last speaker named in the sentences before, so
/// those are read (once each) only when a pronoun speaks. Per report; not shared across threads.
/// </summary>
internal sealed class ReportReading
{
    private readonly ExtractionContext _context;
    private readonly List<Token> _tokens;

    /// <summary>For each sentence, true once <see cref="_lastNamed"/> holds its answer; made on the first question (most reports never ask).</summary>
    private bool[]? _known;

    /// <summary>For each read sentence, the last speaker named in it or in a sentence before it, once known; made with <see cref="_known"/>.</summary>
    private string?[]? _lastNamed;

    private bool? _hasDeaths;

    /// <summary>Starts reading a report.</summary>
    /// <param name="context">The report.</param>
    /// <param name="tokens">The report's tokens, which the sentences are windows on; unchanged while the report is read.</param>
    public ReportReading(ExtractionContext context, List<Token> tokens)
    {
        _context = context;
        _tokens = tokens;
    }

    /// <summary>True when the report says anywhere that someone died: then "shot" alone may be one of the dead. Found on first use.</summary>
    public bool ReportHasDeaths => _hasDeaths ??= HasDeathCue(_context);

    /// <summary>True when sentence <paramref name="sentence"/> carries claims and has words enough to read: excluded and one-token sentences name no speaker either.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>Whether it is read.</returns>
    public bool IsRead(int sentence) => !_context.IsExcludedSentence(sentence) && Length(sentence) >= 2;

    /// <summary>The tokens of sentence <paramref name="sentence"/>.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>A window on the report's tokens.</returns>
    public TokenSlice Tokens(int sentence) => new(_tokens, _context.SentenceTokenStart[sentence], Length(sentence));

    /// <summary>The attribution of sentence <paramref name="sentence"/>, knowing the speakers before it.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>Its attribution.</returns>
    public SentenceAttribution Attribution(int sentence) => SentenceAttribution.ReadWithSpeakerLookup(_context.Body, Tokens(sentence), () => LastNamedBefore(sentence));

    /// <summary>The last speaker named in the read sentences before <paramref name="sentence"/>, or null.</summary>
    private string? LastNamedBefore(int sentence)
    {
        // Back to the nearest sentence whose answer is known (or the start), then forward filling in.
        int sentences = _context.Report.Sentences.Count;
        var known = _known ??= new bool[sentences];
        var lastNamed = _lastNamed ??= new string?[sentences];
        int from = sentence - 1;
        while (from >= 0 && !known[from])
        {
            from--;
        }

        string? last = from >= 0 ? lastNamed[from] : null;
        for (int s = from + 1; s < sentence; s++)
        {
            if (IsRead(s))
            {
                last = SentenceAttribution.Read(_context.Body, Tokens(s), null).LastNamedSpeaker ?? last;
            }

            lastNamed[s] = last;
            known[s] = true;
        }

        return last;
    }

    private int Length(int sentence) => _context.SentenceTokenStart[sentence + 1] - _context.SentenceTokenStart[sentence];

    /// <summary>A filter of the death words by their shape: most words are turned away with one bit read.</summary>
    private static readonly ShapeFilter DeathWordShapes = new(CasualtyLexicon.DeathWords.FirstWords);

    private static bool HasDeathCue(ExtractionContext context)
    {
        string body = context.Body;
        foreach (var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Tokens))
        {
            // One branch a token: the shape is tested whatever the token's kind (no token is empty), and the answers joined.
            if ((DeathWordShapes.MayContain(token.Length, body[token.Start], body[token.Start + token.Length - 1]) & token.Kind == TokenKind.Word & token.Length >= 4)
                && CasualtyLexicon.DeathWords.ContainsWord(context.TextOf(token)))
            {
                return true;
            }
        }

        return false;
    }
}
