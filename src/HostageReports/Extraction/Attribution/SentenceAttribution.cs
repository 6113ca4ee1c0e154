using HostageReports.Claims;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Attribution;

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

/// <summary>
/// Finds who a sentence attributes its statements to: "X said", "X reported that", "X told the BBC",
/// "X claimed", "said X", "according to X", with relative and "citing" clauses skipped
/// ("the group, which is led by ..., said"). A claim gets every speaker whose verb precedes it, the
/// nearest last ("ANI reported that a spokesman claimed" gives the spokesman via ANI); when none
/// precedes it, the first that follows (", police said."). Built per sentence; holds spans only.
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

            if (Is(body, tokens, v, "according") && Is(body, tokens, v + 1, "to"))
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
            if (Is(body, tokens, v + length, "by") || (v > 0 && CasualtyLexicon.Be.ContainsWord(body, tokens[v - 1])))
            {
                continue;
            }

            // "put" attributes only a figure: "AP has put the number ... at 20".
            if (Is(body, tokens, v + length - 1, "put") && !Is(body, tokens, v + length, "the"))
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

        return new SentenceAttribution(body, kept ?? new TokenSlice(tokens.ToArray()), clauses, flag) { PreviousSpeaker = previousSpeaker };
    }

    /// <summary>The attribution of a claim whose people start at token <paramref name="at"/>.</summary>
    /// <param name="at">The claim's first token in the sentence.</param>
    /// <param name="denied">True when the sentence reports the claim as denied.</param>
    /// <returns>Source, certainty and the speaker's country.</returns>
    public AttributionResult For(int at, bool denied = false)
    {
        if (_clauses.Count == 0)
        {
            // No speaker: the sentence's own flags alone (and no list made).
            return new AttributionResult(null, _flag == Certainty.Unconfirmed ? Certainty.Unconfirmed : denied ? Certainty.Denied : Certainty.Reported, null);
        }

        var chain = new List<SpeechClause>();
        foreach (var clause in _clauses)
        {
            // A speaker that contains the claim is not its speaker.
            if (clause.Verb < at && !(clause.SpeakerStart <= at && at < clause.SpeakerEnd))
            {
                chain.Add(clause);
            }
        }

        if (chain.Count == 0)
        {
            foreach (var clause in _clauses)
            {
                if (clause.Verb > at && clause.SpeakerStart > at && IsTrailing(clause))
                {
                    chain.Add(clause);
                    break;
                }
            }
        }

        var certainty = Certainty.Reported;
        Claims.Attribution? source = null;
        string? country = null;
        if (chain.Count > 0)
        {
            var names = new List<string>(chain.Count);
            foreach (var clause in chain)
            {
                names.Add(SpeakerText(clause));
            }

            // "Algerian authorities said ..., and they added that ...": a pronoun speaks for the last speaker named before it.
            var speaker = names[^1];
            if (IsPronoun(speaker))
            {
                speaker = LastNamed(names) ?? PreviousSpeaker ?? speaker;
            }

            source = new Claims.Attribution(speaker, names);
            certainty = chain[^1].Certainty;
            country = CountryOf(chain[^1]);
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
                var text = SpeakerText(_clauses[c]);
                if (!IsPronoun(text))
                {
                    return text;
                }
            }

            return null;
        }
    }

    private static bool IsPronoun(string speaker) => Pronouns.ContainsWord(speaker);

    /// <summary>The last of the speakers that is no pronoun, or null.</summary>
    private static string? LastNamed(List<string> speakers)
    {
        for (int n = speakers.Count - 1; n >= 0; n--)
        {
            if (!IsPronoun(speakers[n]))
            {
                return speakers[n];
            }
        }

        return null;
    }

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
        && (v == 0 || NounMarkers.ContainsWord(body, tokens[v - 1]) || Is(body, tokens, v + 1, "of"));

    private string SpeakerText(SpeechClause clause)
    {
        int start = _tokens[clause.SpeakerStart].Start;
        int end = _tokens[clause.SpeakerEnd - 1].End;
        return _body[start..end];
    }

    private string? CountryOf(SpeechClause clause)
    {
        int s = clause.SpeakerStart;
        if (Is(_body, _tokens, s, "the"))
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
                bool innerAnd = text.Equals("and", StringComparison.Ordinal) && words > 0 && k > 0 && tokens[k - 1].Kind == TokenKind.Word
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
