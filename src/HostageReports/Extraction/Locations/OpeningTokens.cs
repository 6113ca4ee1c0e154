using HostageReports.Extraction.Text;
using HostageReports.Reports;

namespace HostageReports.Extraction.Locations;

/// <summary>
/// The tokens a report opens with, cut as <see cref="ExtractionContext"/> cuts them (sentence by sentence, in order) but
/// only as far as the dateline's reading asks: a sentence is cut in pieces that end at white space, where no token can
/// straddle, so the tokens cut are the report's first tokens exactly. Per report; not shared.
/// </summary>
/// <param name="body">The report's body.</param>
/// <param name="sentences">The report's sentences, in order.</param>
internal sealed class OpeningTokens(string body, IReadOnlyList<TextSpan> sentences)
{
    /// <summary>How many characters of a sentence are cut at a time (to the next white space).</summary>
    private const int Piece = 96;

    private readonly List<Token> _tokens = new(32);
    private readonly List<int> _sentenceStarts = new(4);

    /// <summary>The sentence being cut.</summary>
    private int _sentence;

    /// <summary>The offset the cutting has reached in the sentence being cut; null before its first piece.</summary>
    private int? _offset;

    /// <summary>
    /// The tokens cut so far, with at least <paramref name="after"/> tokens past the first token at or after the offset
    /// (fewer only when the report has no more).
    /// </summary>
    public PlaceTokens Through(int offset, int after)
    {
        while (!Done && (_tokens.Count == 0 || _tokens[^1].Start < offset))
        {
            CutPiece();
        }

        int first = _tokens.Count;
        while (first > 0 && _tokens[first - 1].Start >= offset)
        {
            first--;
        }

        while (!Done && _tokens.Count < first + after)
        {
            CutPiece();
        }

        int[] starts = [.. _sentenceStarts, _tokens.Count];
        return new PlaceTokens(body, _tokens, starts); // a view of the tokens cut so far: cutting more only appends
    }

    /// <summary>True once every sentence is cut.</summary>
    private bool Done => _sentence >= sentences.Count;

    /// <summary>Cuts the next piece of the sentence being cut, moving to the next sentence at its end.</summary>
    private void CutPiece()
    {
        var span = sentences[_sentence];
        if (_offset is not { } from)
        {
            _sentenceStarts.Add(_tokens.Count);
            from = span.Start;
        }

        int cut = Math.Min(span.End, from + Piece);
        while (cut < span.End && !char.IsWhiteSpace(body[cut]))
        {
            cut++;
        }

        Tokenizer.Tokenize(body, from, cut, _tokens);
        _offset = cut;
        if (cut >= span.End)
        {
            _sentence++;
            _offset = null;
        }
    }
}
