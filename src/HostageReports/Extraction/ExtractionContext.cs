using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Reports;

namespace HostageReports.Extraction;

/// <summary>
/// What every rule sees of one report: the report, its tokens (cut once) and the claims found so far.
/// Built per report by <see cref="ClaimExtractor"/>; not shared across threads.
/// </summary>
internal sealed class ExtractionContext : IDisposable
{
    /// <summary>A token list larger than this (a report of over a megabyte) is not kept for the next report.</summary>
    private const int MaxPooledTokens = 1 << 18;

    /// <summary>This thread's token list, between two rented contexts; null while a rented context holds it.</summary>
    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>True when <see cref="Tokens"/> came from <see cref="t_tokens"/> and goes back there on <see cref="Dispose"/>.</summary>
    private bool _rented;

    /// <summary>Cuts the report into tokens, in a list of its own.</summary>
    /// <param name="report">The report.</param>
    public ExtractionContext(Report report)
        : this(report, new List<Token>(EstimatedTokens(report)))
    {
    }

    private ExtractionContext(Report report, List<Token> tokens)
    {
        Report = report;
        Body = report.Body;
        Tokens = tokens;
        SentenceTokenStart = new int[report.Sentences.Count + 1];
        for (int s = 0; s < report.Sentences.Count; s++)
        {
            SentenceTokenStart[s] = Tokens.Count;
            var span = report.Sentences[s];
            Tokenizer.Tokenize(Body, span.Start, span.End, Tokens);
        }

        SentenceTokenStart[report.Sentences.Count] = Tokens.Count;
        Annotator.Annotate(Body, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens));
    }

    /// <summary>
    /// Cuts the report into tokens in this thread's reusable token list, which <see cref="Dispose"/> hands
    /// back: one list serves every report the thread reads, so the tokens cost no allocation per report.
    /// The context must be disposed before the thread rents another; a second context rented while one
    /// is held gets a list of its own.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The context, to dispose once the rules have run.</returns>
    public static ExtractionContext Rent(Report report)
    {
        var tokens = t_tokens;
        t_tokens = null;
        if (tokens is null)
        {
            tokens = new List<Token>(EstimatedTokens(report));
        }
        else
        {
            tokens.Clear();
            tokens.EnsureCapacity(EstimatedTokens(report));
        }

        return new ExtractionContext(report, tokens) { _rented = true };
    }

    /// <summary>Hands a rented context's token list back to its thread; the context must not be read afterwards.</summary>
    public void Dispose()
    {
        if (_rented && Tokens.Capacity <= MaxPooledTokens)
        {
            _rented = false;
            t_tokens = Tokens;
        }
    }

    /// <summary>About one token per four characters of English news text (words and punctuation): the list rarely grows.</summary>
    private static int EstimatedTokens(Report report) => Math.Max(16, (report.Body.Length / 4) + 16);

    /// <summary>The report being read.</summary>
    public Report Report { get; }

    /// <summary>The report's body.</summary>
    public string Body { get; }

    /// <summary>Every token of every sentence, in order, each annotated with its word's lexicon id and its shape (<see cref="Annotator"/>).</summary>
    public List<Token> Tokens { get; }

    /// <summary>Index of each sentence's first token; one extra entry holds the total.</summary>
    public int[] SentenceTokenStart { get; }

    /// <summary>Claims found so far, in the order the rules ran.</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>The text of a token.</summary>
    public ReadOnlySpan<char> TextOf(Token token) => Body.AsSpan(token.Start, token.Length);

    /// <summary>The tokens of sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> SentenceTokens(int sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens)[SentenceTokenStart[sentence]..SentenceTokenStart[sentence + 1]];

    /// <summary>True when the offset lies in a span that carries no claims (a caption, a byline).</summary>
    public bool IsExcluded(int offset) => Report.IsExcluded(offset);

    /// <summary>
    /// The products the pipeline's stages have set on this report, each in its key's slot (<see cref="ProductKey.Id"/>);
    /// null until the first is set.
    /// </summary>
    private object?[]? _products;

    /// <summary>
    /// Sets a product of this report for the stages after the one that made it (see <see cref="ExtractionPipeline"/>).
    /// Later stages must treat it as read-only.
    /// </summary>
    /// <typeparam name="T">The product's type.</typeparam>
    /// <param name="key">The product.</param>
    /// <param name="value">Its value for this report.</param>
    /// <exception cref="InvalidOperationException">The product was set already: one stage makes each product, once.</exception>
    public void Set<T>(ProductKey<T> key, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var products = _products;
        if (products is null || key.Id >= products.Length)
        {
            // Every key is declared before a report is read: one array holds them all.
            Array.Resize(ref _products, ProductKey.Count);
            products = _products;
        }

        if (products[key.Id] is not null)
        {
            throw new InvalidOperationException($"Product '{key.Name}' was set twice on report '{Report.Id}': one stage makes it, once.");
        }

        products[key.Id] = value;
    }

    /// <summary>A product an earlier stage set on this report.</summary>
    /// <typeparam name="T">The product's type.</typeparam>
    /// <param name="key">The product.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="InvalidOperationException">No stage has set it: the stage reading it is missing the stage that makes it, or runs before it.</exception>
    public T Get<T>(ProductKey<T> key)
        where T : class =>
        Find(key) ?? throw new InvalidOperationException($"Product '{key.Name}' is not set on report '{Report.Id}': the stage that produces it must run before the stage reading it.");

    /// <summary>A product an earlier stage set on this report; null when none has (a context read outside a pipeline, as in a test).</summary>
    /// <typeparam name="T">The product's type.</typeparam>
    /// <param name="key">The product.</param>
    /// <returns>Its value, or null.</returns>
    public T? Find<T>(ProductKey<T> key)
        where T : class
    {
        var products = _products;
        return products is not null && key.Id < products.Length ? (T?)products[key.Id] : null;
    }

    /// <summary>True when a stage has set the product on this report.</summary>
    /// <param name="key">The product.</param>
    /// <returns>Whether it is set.</returns>
    public bool Has(ProductKey key)
    {
        var products = _products;
        return products is not null && key.Id < products.Length && products[key.Id] is not null;
    }

    /// <summary>
    /// True when sentence <paramref name="sentence"/> carries no claims of the report: a caption,
    /// heading, byline or credit. A dateline opening the sentence does not make it so: the words after it are read.
    /// </summary>
    public bool IsExcludedSentence(int sentence) => (_excludedSentences ??= FindExcludedSentences())[sentence];

    /// <summary>For each sentence, <see cref="IsExcludedSentence"/>; found on the first question, as every rule asks of every sentence.</summary>
    private bool[]? _excludedSentences;

    /// <summary>Walks the sentences and the excluded spans (in order and disjoint) side by side: one pass, no search per sentence.</summary>
    private bool[] FindExcludedSentences()
    {
        var excluded = Report.Excluded;
        var result = new bool[Report.Sentences.Count];
        int e = 0;
        int previous = int.MinValue;
        for (int s = 0; s < result.Length && excluded.Count > 0; s++)
        {
            int offset = OwnStart(s);
            if (offset < previous)
            {
                e = 0; // sentences out of order (a report built by hand): start the walk again
            }

            previous = offset;
            while (e < excluded.Count && excluded[e].End <= offset)
            {
                e++;
            }

            // The first span ending past the offset is the only one that may hold it.
            result[s] = e < excluded.Count && excluded[e].Contains(offset);
        }

        return result;
    }

    /// <summary>True when sentence <paramref name="sentence"/> is a heading or a caption (<see cref="Report.Captions"/>).</summary>
    public bool IsCaptionSentence(int sentence) => Report.IsCaption(OwnStart(sentence));

    /// <summary>Where a sentence's own words start: past the dateline when the sentence opens with it.</summary>
    private int OwnStart(int sentence)
    {
        var span = Report.Sentences[sentence];
        return Report.DatelineSpan is { } d && d.Contains(span.Start) && d.End < span.End ? d.End : span.Start;
    }

    /// <summary>Evidence for body[start, end).</summary>
    public Evidence EvidenceOf(int start, int end) => Evidence.From(Body, start, end - start);
}
