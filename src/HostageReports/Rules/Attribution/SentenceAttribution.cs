using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Attribution;

/// <summary>One attribution in a sentence: the speech verb, the speaker's tokens and the certainty the verb gives.</summary>
/// <param name="Verb">The verb's first token ("said"), or the first token of "according to".</param>
/// <param name="SpeakerStart">The speaker's first token.</param>
/// <param name="SpeakerEnd">The token just past the speaker.</param>
/// <param name="Certainty">Reported, claimed ("claimed") or denied ("denied").</param>
internal readonly record struct SpeechClause(int Verb, int SpeakerStart, int SpeakerEnd, Certainty Certainty);

/// <summary>What the attribution of a sentence gives a claim at one of its tokens.</summary>
/// <param name="Source">The innermost speaker with the chain of speakers, or null when the report speaks for itself.</param>
/// <param name="Certainty">The certainty: the speech verb's, overridden by the sentence's own flags ("could not be confirmed", "reportedly").</param>
/// <param name="SpeakerCountry">The country the innermost speaker is or speaks for ("Norway said", "the Irish government"), or null.</param>
internal readonly record struct AttributionResult(Claims.Attribution? Source, Certainty Certainty, string? SpeakerCountry);

/// <summary>Up to <see cref="SentenceAttribution.MaxChain"/> clause indexes, in order: a claim's chain of speakers, held without a list.</summary>
internal struct SpeechClauseIndexes
{
    private int _a, _b, _c, _d;

    /// <summary>A chain of one clause.</summary>
    /// <param name="only">The clause.</param>
    public SpeechClauseIndexes(int only)
    {
        _a = only;
        Count = 1;
    }

    /// <summary>How many clauses it holds.</summary>
    public int Count { get; private set; }

    /// <summary>The clause at a place in the chain.</summary>
    /// <param name="n">The place, outermost first.</param>
    public readonly int this[int n] => n switch { 0 => _a, 1 => _b, 2 => _c, _ => _d };

    /// <summary>Puts a clause before the others (the chain is walked from the nearest back).</summary>
    /// <param name="clause">The clause.</param>
    public void Prepend(int clause)
    {
        (_a, _b, _c, _d) = (clause, _a, _b, _c);
        Count++;
    }

    /// <summary>True when both chains hold the same clauses.</summary>
    /// <param name="other">The other chain.</param>
    public readonly bool SameAs(SpeechClauseIndexes other) => Count == other.Count && _a == other._a && _b == other._b && _c == other._c && _d == other._d;
}

/// <summary>What a chain of speakers gives the claims it serves.</summary>
/// <param name="Chain">The clauses.</param>
/// <param name="Named">The clause whose speaker the claims get (another than the innermost when that is a pronoun), or -1 for the speaker of the sentences before.</param>
/// <param name="Source">The attribution.</param>
/// <param name="Certainty">The innermost verb's certainty.</param>
/// <param name="Country">The innermost speaker's country, or null.</param>
internal sealed record ChainResult(SpeechClauseIndexes Chain, int Named, Claims.Attribution Source, Certainty Certainty, string? Country);

/// <summary>
/// Finds who a sentence attributes its statements to: "X said", "X reported that", "X told the BBC",
/// "X claimed", "said X", "according to X", with relative and "citing" clauses skipped
/// ("the group, which is led by ..., said"). A claim gets the speakers whose verbs precede it, the
/// nearest last and at most <see cref="MaxChain"/> of them ("ANI reported that a spokesman claimed"
/// gives the spokesman via ANI); when none precedes it, the first that follows (", police said.").
/// Built per sentence; holds spans, and each speaker's text once cut. A claim costs a few steps however
/// many clauses its sentence has.
/// </summary>
internal sealed class SentenceAttribution
{
    private static readonly PhraseTable<bool> Boundaries = CasualtyLexicon.Words("boundary");
    private static readonly PhraseTable<bool> LeadingNoise = CasualtyLexicon.Words("noise");
    private static readonly PhraseTable<bool> SpeakerAux = CasualtyLexicon.Words("speakeraux");
    private static readonly PhraseTable<bool> NounMarkers = CasualtyLexicon.Words("nounmarker");
    private static readonly PhraseTable<bool> NounVerbs = CasualtyLexicon.Words("nounverb");
    private static readonly PhraseTable<bool> Parentheticals = CasualtyLexicon.Words("parenthetical");
    private static readonly PhraseTable<bool> Pronouns = CasualtyLexicon.Words("pronoun");
    private static readonly PhraseTable<bool> Listeners = CasualtyLexicon.Words("listener");
    private static readonly PhraseTable<bool> AfterStops = CasualtyLexicon.Words("afterstop");


    private readonly string _body;
    private readonly TokenSlice _tokens;
    private readonly List<SpeechClause> _clauses;
    private readonly Certainty _flag;
    private string? _previousSpeaker;
    private Func<string?>? _findPreviousSpeaker;

    /// <summary>The most speakers a claim's chain keeps: the nearest, innermost last. A chain of reported speech is a few speakers deep ("ANI reported that a spokesman claimed"); the clauses further back in a long sentence speak of other things.</summary>
    public const int MaxChain = 4;

    /// <summary>The most clauses a walk passes over that cannot serve a claim (a speaker holding it): a few at most in any sentence, and a bound on the work in any.</summary>
    private const int MaxSkips = 16;

    /// <summary>Each clause's speaker text, once cut (<see cref="Speaker"/>); made on first use.</summary>
    private string?[]? _speakers;

    /// <summary>See <see cref="LastNamedUpTo"/>.</summary>
    private int[]? _lastNamedUpTo;

    /// <summary>See <see cref="NextTrailingFrom"/>.</summary>
    private int[]? _nextTrailingFrom;

    /// <summary>The last result given, for the next claim with the same speakers (the members of one list).</summary>
    private ChainResult? _lastResult;

    private SentenceAttribution(string body, TokenSlice tokens, List<SpeechClause> clauses, Certainty flag)
    {
        _body = body;
        _tokens = tokens;
        _clauses = clauses;
        _flag = flag;
    }

    /// <summary>The attributions found, in order of their verbs.</summary>
    public IReadOnlyList<SpeechClause> Clauses => _clauses;

    /// <summary>Reads the attributions of one sentence.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The sentence's attributions.</returns>
    public static SentenceAttribution Read(string body, ReadOnlySpan<Token> tokens) => Read(body, tokens, null);

    /// <summary>Reads the attributions of one sentence, knowing the last speaker named before it.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="previousSpeaker">The last speaker named in the sentences before, or null.</param>
    /// <returns>The sentence's attributions.</returns>
    public static SentenceAttribution Read(string body, ReadOnlySpan<Token> tokens, string? previousSpeaker) => Read(body, tokens, null, previousSpeaker);

    /// <summary>Reads the attributions of one sentence whose tokens the caller keeps unchanged while the result is used (no copy).</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="previousSpeaker">The last speaker named in the sentences before, or null.</param>
    /// <returns>The sentence's attributions.</returns>
    public static SentenceAttribution Read(string body, TokenSlice tokens, string? previousSpeaker) => Read(body, tokens, tokens, previousSpeaker);

    /// <summary>
    /// Reads the attributions of one sentence whose tokens the caller keeps unchanged while the result is used (no copy);
    /// the last speaker named before it is asked for only when a pronoun speaks ("he said").
    /// </summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="previousSpeaker">Finds the last speaker named in the sentences before; called at most once.</param>
    /// <returns>The sentence's attributions.</returns>
    public static SentenceAttribution ReadWithSpeakerLookup(string body, TokenSlice tokens, Func<string?> previousSpeaker)
    {
        var attribution = Read(body, tokens, tokens, null);
        attribution._findPreviousSpeaker = previousSpeaker;
        return attribution;
    }

    private static SentenceAttribution Read(string body, ReadOnlySpan<Token> tokens, TokenSlice? kept, string? previousSpeaker)
    {
        var clauses = new List<SpeechClause>();
        var flag = Certainty.Reported;
        for (int v = 0; v < tokens.Length; v++)
        {
            // Each look-up only where the token's word may start a phrase of its lexicon.
            var starts = Counts.WordStarts.Of(tokens[v]);
            if (flag == Certainty.Reported && (starts & Counts.Starts.Unconfirmed) != 0 && CasualtyLexicon.Unconfirmed.TryMatch(body, tokens, v, out _, out _))
            {
                flag = Certainty.Unconfirmed;
            }

            if (Is(body, tokens, v, AttributionWords.According) && Is(body, tokens, v + 1, AttributionWords.AccordingTo))
            {
                int end = SpeakerAfter(body, tokens, v + 2);
                if (end > v + 2)
                {
                    clauses.Add(new SpeechClause(v, v + 2, end, Certainty.Reported));
                }

                continue;
            }

            if (tokens[v].Kind != TokenKind.Word || (starts & Counts.Starts.Speech) == 0 || !SpeechVerbs.Table.TryMatch(body, tokens, v, out var certainty, out int length) || IsNounUse(body, tokens, v))
            {
                continue;
            }

            // "a source quoted by Reuters", "three Britons were confirmed dead": a passive speech verb names no speaker before it.
            if (Is(body, tokens, v + length, AttributionWords.Agent) || (v > 0 && CasualtyLexicon.Be.ContainsWord(body, tokens[v - 1])))
            {
                continue;
            }

            // "put" attributes only a figure: "AP has put the number ... at 20".
            if (Is(body, tokens, v + length - 1, AttributionWords.FigureVerb) && !Is(body, tokens, v + length, AttributionWords.Article))
            {
                continue;
            }

            int speakerEnd = SkipAuxBack(body, tokens, v);
            int speakerStart = SpeakerBefore(body, tokens, ref speakerEnd);
            while (speakerEnd > speakerStart && tokens[speakerEnd - 1].Kind == TokenKind.Punct)
            {
                speakerEnd--;
            }

            if (speakerStart < speakerEnd)
            {
                clauses.Add(new SpeechClause(v, speakerStart, speakerEnd, certainty));
                continue;
            }

            // ", said police spokesman John Smith" or "\" said Smith"; not "told the BBC".
            if (v > 0 && tokens[v - 1].Kind == TokenKind.Punct && !Listeners.ContainsWord(body, tokens[v]))
            {
                int end = SpeakerAfter(body, tokens, v + length);
                if (end > v + length)
                {
                    clauses.Add(new SpeechClause(v, v + length, end, certainty));
                }
            }
        }

        return new SentenceAttribution(body, kept ?? new TokenSlice(tokens), clauses, flag) { PreviousSpeaker = previousSpeaker };
    }

    /// <summary>The attribution of a claim whose people start at token <paramref name="at"/>.</summary>
    /// <param name="at">The claim's first token in the sentence.</param>
    /// <param name="denied">True when the sentence reports the claim as denied.</param>
    /// <returns>Source, certainty and the speaker's country.</returns>
    public AttributionResult For(int at, bool denied = false)
    {
        var certainty = Certainty.Reported;
        Claims.Attribution? source = null;
        string? country = null;
        if (_clauses.Count > 0 && Chain(at) is { } chain)
        {
            source = chain.Source;
            certainty = chain.Certainty;
            country = chain.Country;
        }

        if (_flag == Certainty.Unconfirmed)
        {
            certainty = Certainty.Unconfirmed;
        }
        else if (denied)
        {
            certainty = Certainty.Denied;
        }

        return new AttributionResult(source, certainty, country);
    }

    /// <summary>
    /// The speakers of a claim at token <paramref name="at"/>, or null for none: the clauses whose verbs
    /// precede it (but not one whose speaker holds it), the nearest last, of which the chain keeps the
    /// <see cref="MaxChain"/> nearest; when none precedes it, the first trailing clause after it. Built
    /// from what the sentence keeps once (each speaker's text, the last named speaker up to each clause,
    /// the next trailing clause from each), so each claim costs a few steps however many clauses the
    /// sentence has; claims with the same speakers share one result.
    /// </summary>
    private ChainResult? Chain(int at)
    {
        // The clauses are in order of their verbs: those before the claim are the first `before`.
        int before = FirstVerbAtOrAfter(at);
        var nearest = new SpeechClauseIndexes();
        int skips = 0;
        for (int c = before - 1; c >= 0 && nearest.Count < MaxChain && skips < MaxSkips; c--)
        {
            // A speaker that contains the claim is not its speaker.
            if (Holds(_clauses[c], at))
            {
                skips++;
                continue;
            }

            nearest.Prepend(c);
        }

        if (nearest.Count == 0)
        {
            int trailing = TrailingAfter(at);
            return trailing < 0 ? null : Result(new SpeechClauseIndexes(trailing), before, at);
        }

        return Result(nearest, before, at);
    }

    /// <summary>The attribution the chain of clauses <paramref name="chain"/> gives a claim at token <paramref name="at"/>; <paramref name="before"/> clauses precede the claim.</summary>
    private ChainResult Result(SpeechClauseIndexes chain, int before, int at)
    {
        // "Algerian authorities said ..., and they added that ...": a pronoun speaks for the last speaker named before it
        // (among those before the claim; a trailing pronoun for the speaker of the sentences before).
        int innermost = chain[chain.Count - 1];
        int named = innermost;
        if (IsPronoun(innermost))
        {
            named = innermost >= before ? -1 : LastNamedBefore(before, at);
        }

        if (_lastResult is { } last && last.Chain.SameAs(chain) && last.Named == named)
        {
            return last;
        }

        var names = new string[chain.Count];
        for (int n = 0; n < chain.Count; n++)
        {
            names[n] = Speaker(chain[n]);
        }

        var speaker = named >= 0 ? Speaker(named) : PreviousSpeaker ?? names[^1];
        var clause = _clauses[innermost];
        var result = new ChainResult(chain, named, new Claims.Attribution(speaker, names), clause.Certainty, CountryOf(clause));
        _lastResult = result;
        return result;
    }

    /// <summary>The number of clauses whose verb comes before token <paramref name="at"/> (the clauses are in order of their verbs).</summary>
    private int FirstVerbAtOrAfter(int at)
    {
        int low = 0, high = _clauses.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (_clauses[mid].Verb < at)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static bool Holds(SpeechClause clause, int at) => clause.SpeakerStart <= at && at < clause.SpeakerEnd;

    /// <summary>The last clause before the first <paramref name="before"/> whose speaker is named (no pronoun) and does not hold the claim, or -1.</summary>
    private int LastNamedBefore(int before, int at)
    {
        var lastNamed = LastNamedUpTo();
        int c = before > 0 ? lastNamed[before - 1] : -1;
        for (int skips = 0; c >= 0 && Holds(_clauses[c], at) && skips < MaxSkips; skips++)
        {
            c = c > 0 ? lastNamed[c - 1] : -1;
        }

        return c >= 0 && Holds(_clauses[c], at) ? -1 : c;
    }

    /// <summary>The first clause after the claim, with its speaker after it too, that attributes what came before it (", police said"), or -1.</summary>
    private int TrailingAfter(int at)
    {
        var next = NextTrailingFrom();
        int c = FirstVerbAtOrAfter(at + 1);
        c = c < next.Length ? next[c] : -1;
        for (int skips = 0; c >= 0 && _clauses[c].SpeakerStart <= at && skips < MaxSkips; skips++)
        {
            c = c + 1 < next.Length ? next[c + 1] : -1;
        }

        return c >= 0 && _clauses[c].SpeakerStart > at ? c : -1;
    }

    /// <summary>For each clause, the last clause at or before it whose speaker is no pronoun, or -1; made on first use.</summary>
    private int[] LastNamedUpTo()
    {
        if (_lastNamedUpTo is null)
        {
            var table = new int[_clauses.Count];
            int last = -1;
            for (int c = 0; c < table.Length; c++)
            {
                if (!IsPronoun(c))
                {
                    last = c;
                }

                table[c] = last;
            }

            _lastNamedUpTo = table;
        }

        return _lastNamedUpTo;
    }

    /// <summary>For each clause, the first trailing clause at or after it (<see cref="IsTrailing"/>), or -1; made on first use.</summary>
    private int[] NextTrailingFrom()
    {
        if (_nextTrailingFrom is null)
        {
            var table = new int[_clauses.Count];
            int next = -1;
            for (int c = table.Length - 1; c >= 0; c--)
            {
                if (IsTrailing(_clauses[c]))
                {
                    next = c;
                }

                table[c] = next;
            }

            _nextTrailingFrom = table;
        }

        return _nextTrailingFrom;
    }

    /// <summary>The text of clause <paramref name="c"/>'s speaker, cut from the body once.</summary>
    private string Speaker(int c)
    {
        var speakers = _speakers ??= new string?[_clauses.Count];
        return speakers[c] ??= SpeakerText(_clauses[c]);
    }

    private bool IsPronoun(int c) => IsPronoun(Speaker(c));

    /// <summary>The last speaker named in the sentences before this one, if any: what "he said" refers to.</summary>
    public string? PreviousSpeaker
    {
        get
        {
            if (_findPreviousSpeaker is { } find)
            {
                _previousSpeaker = find();
                _findPreviousSpeaker = null;
            }

            return _previousSpeaker;
        }

        init => _previousSpeaker = value;
    }

    /// <summary>The last speaker the sentence names (not a pronoun), or null.</summary>
    public string? LastNamedSpeaker
    {
        get
        {
            for (int c = _clauses.Count - 1; c >= 0; c--)
            {
                if (!IsPronoun(c))
                {
                    return Speaker(c);
                }
            }

            return null;
        }
    }

    private static bool IsPronoun(string speaker) => Pronouns.ContainsWord(speaker);

    /// <summary>", police said." or ", according to X": a clause that attributes what came before it.</summary>
    private bool IsTrailing(SpeechClause clause)
    {
        int first = Math.Min(clause.Verb, clause.SpeakerStart);
        if (first == 0)
        {
            return false;
        }

        var before = _body.AsSpan(_tokens[first - 1].Start, _tokens[first - 1].Length);
        return before is "," or "\"" or "\u201d" or "\u2014" or "\u2013" or "(" or "'";
    }

    /// <summary>"an unconfirmed report", "initial reports": the noun, not the verb.</summary>
    private static bool IsNounUse(string body, ReadOnlySpan<Token> tokens, int v) =>
        NounVerbs.ContainsWord(body, tokens[v])
        && (v == 0 || NounMarkers.ContainsWord(body, tokens[v - 1]) || Is(body, tokens, v + 1, AttributionWords.Of));

    private string SpeakerText(SpeechClause clause)
    {
        int start = _tokens[clause.SpeakerStart].Start;
        int end = _tokens[clause.SpeakerEnd - 1].End;
        return _body[start..end];
    }

    private string? CountryOf(SpeechClause clause)
    {
        int s = clause.SpeakerStart;
        if (Is(_body, _tokens, s, AttributionWords.Article))
        {
            s++;
        }

        if (s >= clause.SpeakerEnd)
        {
            return null;
        }

        var whole = _body.AsSpan(_tokens[s].Start, _tokens[clause.SpeakerEnd - 1].End - _tokens[s].Start);
        if (Geography.TryCountryByName(whole, out var country))
        {
            return country.Code;
        }

        var first = _body.AsSpan(_tokens[s].Start, _tokens[s].Length);
        if (Geography.TryCountryByName(first, out country) && (s + 1 == clause.SpeakerEnd || _tokens[s + 1].Kind == TokenKind.Punct))
        {
            return country.Code;
        }

        // "the Irish government", "the Norwegian foreign ministry".
        return Geography.TryDemonym(first, out var demonym) && demonym.IsAdjective && s + 1 < clause.SpeakerEnd ? demonym.Code : null;
    }

    private static int SkipAuxBack(string body, ReadOnlySpan<Token> tokens, int v)
    {
        int k = v;
        while (k > 0 && tokens[k - 1].Kind == TokenKind.Word && SpeakerAux.ContainsWord(body, tokens[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>Walks back from the verb over the speaker's words; returns the speaker's first token (== end when none).</summary>
    private static int SpeakerBefore(string body, ReadOnlySpan<Token> tokens, ref int end)
    {
        int k = end - 1;
        int start = end;
        int words = 0;
        while (k >= 0 && words < 10)
        {
            var token = tokens[k];
            var text = Text(body, token);
            if (token.Kind == TokenKind.Punct)
            {
                if (text is "'" or "\u2019" && words > 0 || text is "-" or "&" || (text is "." && k > 0 && tokens[k - 1].Kind == TokenKind.Word))
                {
                    k--;
                    continue;
                }

                if (text is "," && words == 0 && k > 0)
                {
                    // "the group, which is led by X, said": skip the clause between commas.
                    int open = k - 1;
                    while (open >= 0 && Text(body, tokens[open]) is not ",")
                    {
                        open--;
                    }

                    if (open > 0 && open + 1 < k && IsParentheticalOpener(Text(body, tokens[open + 1])))
                    {
                        k = open - 1;
                        end = open;
                        start = end;
                        continue;
                    }

                    // "a French catering company, CIS, told": the appositive between the commas names the speaker.
                    if (open >= 0 && k - open - 1 is > 0 and <= 4 && AllWords(body, tokens, open + 1, k))
                    {
                        return open + 1 < k && char.IsUpper(body[tokens[open + 1].Start]) ? Math.Min(open + 1, end) : end;
                    }
                }

                break;
            }

            if (token.Kind == TokenKind.Number)
            {
                break;
            }

            if (IsBoundary(body, tokens, k))
            {
                // "local and company officials": a lower-case "and" inside the noun phrase.
                bool innerAnd = text.Equals(AttributionWords.Conjunction, StringComparison.Ordinal) && words > 0 && k > 0 && tokens[k - 1].Kind == TokenKind.Word
                    && char.IsLower(body[tokens[k + 1].Start]) && !IsBoundary(body, tokens, k - 1);
                if (!innerAnd)
                {
                    break;
                }
            }

            start = k;
            words++;
            k--;
        }

        // Drop leading connectives and prepositions: "But", "Meanwhile", "in".
        while (start < end && (LeadingNoise.ContainsWord(body, tokens[start]) || tokens[start].Kind == TokenKind.Punct))
        {
            start++;
        }

        // A speaker is a noun phrase: it ends in a word that is not a verb form we know.
        return start < end && HasNoun(body, tokens, start, end) ? start : end;
    }

    private static bool AllWords(string body, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || IsBoundary(body, tokens, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNoun(string body, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private static int SpeakerAfter(string body, ReadOnlySpan<Token> tokens, int start)
    {
        int k = start;
        int words = 0;
        while (k < tokens.Length && words < 12)
        {
            var token = tokens[k];
            var text = Text(body, token);
            if (token.Kind == TokenKind.Punct && text is not ("'" or "\u2019" or "-" or "." or "&"))
            {
                break;
            }

            if (token.Kind == TokenKind.Punct && text is "." && (k + 1 >= tokens.Length || tokens[k + 1].Kind != TokenKind.Word || char.IsLower(body[tokens[k + 1].Start])))
            {
                break;
            }

            if (token.Kind == TokenKind.Word && (AfterStops.ContainsWord(body, token) || SpeechVerbs.Table.StartsAt(body, tokens, k)))
            {
                break;
            }

            words++;
            k++;
        }

        // Do not end on a stop.
        while (k > start && tokens[k - 1].Kind == TokenKind.Punct)
        {
            k--;
        }

        return k;
    }

    private static bool IsParentheticalOpener(ReadOnlySpan<char> word) => Parentheticals.ContainsWord(word);

    private static bool IsBoundary(string body, ReadOnlySpan<Token> tokens, int k) =>
        Boundaries.ContainsWord(body, tokens[k]) || CasualtyLexicon.Predicates.StartsAt(body, tokens, k);


    private static bool Is(string body, ReadOnlySpan<Token> tokens, int i, string word) =>
        (uint)i < (uint)tokens.Length && Text(body, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Text(string body, Token token) => body.AsSpan(token.Start, token.Length);
}
