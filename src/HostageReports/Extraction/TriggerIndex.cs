using HostageReports.Lexicons;

namespace HostageReports.Extraction;

/// <summary>
/// The words at which some phrasing of a rule can open (Markdig's opening characters; the trigger words of CoreNLP's
/// TokensRegex): a sentence none of whose words is one of them can give the rule no claim, and the rule passes it over
/// without reading it. Declared once by a rule, from lexicon words; immutable.
/// </summary>
internal sealed class TriggerWords
{
    /// <summary>Declares the words.</summary>
    /// <param name="name">Whose triggers these are ("counts"), for the errors.</param>
    /// <param name="words">The words; each must be a word of the lexicon, so that a token's id tells whether it is one.</param>
    /// <exception cref="InvalidOperationException">A word is no word of the lexicon.</exception>
    public TriggerWords(string name, IEnumerable<string> words)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(words);
        Name = name;
        var ids = new SortedSet<ushort>();
        foreach (var word in words)
        {
            if (!Lexicon.TryGetId(word, out ushort id))
            {
                throw new InvalidOperationException($"The triggers of '{name}' hold '{word}', which is no word of the lexicon: a trigger is found by its token's lexicon id, so it must be in a file of Lexicons/Data.");
            }

            ids.Add(id);
        }

        Ids = [.. ids];
    }

    /// <summary>Whose triggers these are.</summary>
    public string Name { get; }

    /// <summary>The lexicon ids of the words, in order.</summary>
    public IReadOnlyList<ushort> Ids { get; }
}

/// <summary>
/// For each sentence of a report, which rules' triggers (<see cref="TriggerWords"/>) it holds: found once a report, in one
/// pass over the annotated tokens (one array read a token), by the pipeline's <c>trigger-index</c> stage.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly ulong[] _sentences;
    private readonly IReadOnlyList<TriggerWords> _triggers;

    private TriggerIndex(ulong[] sentences, IReadOnlyList<TriggerWords> triggers)
    {
        _sentences = sentences;
        _triggers = triggers;
    }

    /// <summary>The sentences a rule must read: those holding one of its triggers.</summary>
    /// <param name="triggers">The rule's triggers, as given to the index's stage.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="InvalidOperationException">The index was built without these triggers.</exception>
    public TriggeredSentences For(TriggerWords triggers)
    {
        for (int b = 0; b < _triggers.Count; b++)
        {
            if (ReferenceEquals(_triggers[b], triggers))
            {
                return new TriggeredSentences(_sentences, 1UL << b);
            }
        }

        throw new InvalidOperationException($"The trigger index was built without the triggers of '{triggers.Name}': give them to its stage.");
    }

    /// <summary>The stage that builds the index: the triggers of the rules after it, one bit each.</summary>
    /// <param name="triggers">The rules' triggers, at most 64.</param>
    /// <returns>The stage.</returns>
    public static IExtractionStage Stage(params TriggerWords[] triggers)
    {
        if (triggers.Length > 64)
        {
            throw new ArgumentException("A trigger index holds the triggers of at most 64 rules.", nameof(triggers));
        }

        var maskById = new ulong[Lexicon.Count];
        for (int b = 0; b < triggers.Length; b++)
        {
            foreach (ushort id in triggers[b].Ids)
            {
                maskById[id] |= 1UL << b;
            }
        }

        var all = (TriggerWords[])triggers.Clone();
        return new ProductStage<TriggerIndex>("trigger-index", Products.Triggers, context => Build(context, maskById, all));
    }

    /// <summary>The index of a report no pipeline has read (a rule's test), for the triggers given.</summary>
    /// <param name="context">The report.</param>
    /// <param name="triggers">The triggers.</param>
    /// <returns>The index.</returns>
    public static TriggerIndex Read(ExtractionContext context, params TriggerWords[] triggers)
    {
        var stage = Stage(triggers);
        stage.Run(context);
        return context.Get(Products.Triggers);
    }

    private static TriggerIndex Build(ExtractionContext context, ulong[] maskById, TriggerWords[] triggers)
    {
        var starts = context.SentenceTokenStart;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Tokens);
        var sentences = new ulong[starts.Length - 1];
        for (int s = 0; s < sentences.Length; s++)
        {
            ulong mask = 0;
            for (int k = starts[s]; k < starts[s + 1]; k++)
            {
                mask |= maskById[tokens[k].Word];
            }

            sentences[s] = mask;
        }

        return new TriggerIndex(sentences, triggers);
    }
}

/// <summary>The sentences of a report that hold one rule's triggers (<see cref="TriggerIndex.For"/>).</summary>
internal readonly struct TriggeredSentences
{
    private readonly ulong[] _sentences;
    private readonly ulong _bit;

    internal TriggeredSentences(ulong[] sentences, ulong bit)
    {
        _sentences = sentences;
        _bit = bit;
    }

    /// <summary>True when sentence <paramref name="sentence"/> holds one of the rule's triggers.</summary>
    /// <param name="sentence">The sentence's index in the report.</param>
    /// <returns>Whether the rule must read it.</returns>
    public bool Hold(int sentence) => (_sentences[sentence] & _bit) != 0;
}
