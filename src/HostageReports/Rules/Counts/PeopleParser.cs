using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Recognises phrases naming people at a token: [determiner] [quantity] [of the|its|them] [modifiers]
/// head, where modifiers are nationality adjectives ("Algerian"), population adjectives ("foreign",
/// "local"), ages ("36-year-old") and up to two other words ("security", "engineering"), and the head is
/// a noun of people ("workers"), a nationality noun ("Britons") or, after an age, a name. Also single
/// persons referred to by name ("Eddie Holmes, 13,") or pronoun. Stateless, thread-safe.
/// </summary>
internal static partial class PeopleParser
{
    /// <summary>
    /// Every word (case ignored) that, not being capitalised as a name or nationality, may open a people phrase or the quantity it starts with: pronouns,
    /// determiners, population adjectives and the first words of hedges, number words and vague
    /// quantities ("a", "an" and "half" are read by the number reader itself). A word outside it, with
    /// no hyphen (ages, "forty-one"), opens nothing unless it may open a name (see <see cref="CannotOpen"/>).
    /// </summary>
    private static readonly WordSet LowercaseOpeners = new(
        CasualtyLexicon.SubjectPronouns.FirstWords
            .Concat(CasualtyLexicon.ObjectPronouns.FirstWords)
            .Concat(CasualtyLexicon.Determiners.FirstWords)
            .Concat(CasualtyLexicon.ForeignAdjectives.FirstWords)
            .Concat(CasualtyLexicon.LocalAdjectives.FirstWords)
            .Concat(CasualtyLexicon.Hedges.FirstWords)
            .Concat(CasualtyLexicon.NumberWords.FirstWords)
            .Concat(CasualtyLexicon.Vague.FirstWords)
            .Concat(CountWords.Openers.FirstWords));

    /// <summary>Reads a people phrase starting at token <paramref name="i"/>.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the phrase must start.</param>
    /// <param name="phrase">The phrase, when found.</param>
    /// <returns>True when a people phrase starts there.</returns>
    public static bool TryRead(string body, ReadOnlySpan<Token> tokens, int i, out PeoplePhrase phrase)
    {
        phrase = new PeoplePhrase { Start = i, End = i };
        return TryRead(body, tokens, i, phrase);
    }

    /// <summary>Reads a people phrase starting at token <paramref name="i"/> into a phrase the caller reuses (reset before it is filled).</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the phrase must start.</param>
    /// <param name="phrase">The phrase to fill; its contents are meaningful only when true is returned.</param>
    /// <returns>True when a people phrase starts there.</returns>
    public static bool TryRead(string body, ReadOnlySpan<Token> tokens, int i, PeoplePhrase phrase)
    {
        if ((uint)i >= (uint)tokens.Length)
        {
            return false;
        }

        // Most words open nothing: they are turned away before the phrase is reset. So is punctuation
        // other than a quote: no branch below reads past it.
        var token = tokens[i];
        if (token.Kind == TokenKind.Word ? CannotOpen(body, tokens, i, Text(body, token)) : token.Kind == TokenKind.Punct && !IsQuote(body, token))
        {
            return false;
        }

        phrase.Reset(i);
        if (token.Kind == TokenKind.Word)
        {
            if (WordStarts.May(token, Starts.Pronoun) && (CasualtyLexicon.SubjectPronouns.ContainsWord(body, token) || CasualtyLexicon.ObjectPronouns.ContainsWord(body, token))
                && !(CountWords.Her.ContainsWord(body, token) && i + 1 < tokens.Length && (IsAgeAt(body, tokens, i + 1) || CasualtyLexicon.People.StartsAt(body, tokens, i + 1))))
            {
                phrase.End = i + 1;
                phrase.Count = PeopleCount.One;
                phrase.Named = true;
                return true;
            }
        }

        // The quantity at the token, when deciding whether a lowercase word opens a phrase read it already.
        bool quantityRead = false;
        QuantityPhrase quantity = default;
        if (token.Kind == TokenKind.Word && !char.IsUpper(body[token.Start]) && !CanOpenLowercase(body, tokens, i, out quantityRead, out quantity))
        {
            return false;
        }

        int j = i;

        // "her brother", "her 4-year-old daughter": a possessive, not the pronoun.
        bool possessiveHer = In(CountWords.Her, body, tokens, i) && i + 1 < tokens.Length && (IsAgeAt(body, tokens, i + 1) || CasualtyLexicon.People.StartsAt(body, tokens, i + 1));
        if (token.Kind == TokenKind.Word && ((WordStarts.May(token, Starts.Determiner) && CasualtyLexicon.Determiners.ContainsWord(body, token)) || possessiveHer))
        {
            phrase.Definite = true;
            j++;
        }

        bool hasQuantity = quantityRead && j == i || QuantityReader.TryRead(body, tokens, j, out quantity);
        if (hasQuantity)
        {
            // "some" before a determiner is partitive ("some of the hostages"); "a" before a non-noun is no count.
            j = quantity.End;
            phrase.Quantity = quantity;
            phrase.Count = PeopleCount.Quantity;
            if (In(CountWords.Of, body, tokens, j))
            {
                return ReadPartitive(body, tokens, i, j, phrase);
            }
        }

        // "a 15-year-old girl and 17-year-old boy": the article of the first person is understood before the second.
        if (!hasQuantity && !phrase.Definite && i > 1 && In(CountWords.And, body, tokens, i - 1) && CasualtyLexicon.People.StartsAt(body, tokens, i - 2) && token.Kind == TokenKind.Number
            && IsAgeAt(body, tokens, i))
        {
            hasQuantity = true;
            phrase.Quantity = new QuantityPhrase(i, i, Qualifier.Exact, 1, 1, QuantityForm.Article);
            phrase.Count = PeopleCount.Quantity;
        }

        if (ReadModifiersAndHead(body, tokens, j, phrase, hasQuantity))
        {
            return true;
        }

        if (!hasQuantity && !phrase.Definite)
        {
            return TryReadName(body, tokens, i, phrase);
        }

        return false;
    }

    /// <summary>
    /// Whether a people phrase can start at a lowercase word that is no pronoun: most words of a
    /// report cannot, and this turns them away before the modifiers are read. Exact, not a guess:
    /// without a determiner, a quantity or a name (capitalised), only an age ("five-year-old John")
    /// or a population adjective ("foreign Britons") can open the phrase; a bare people noun
    /// ("workers") is no phrase on its own.
    /// </summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">The word.</param>
    /// <param name="quantityRead">True when the answer is a quantity read at the word, given in <paramref name="quantity"/>.</param>
    /// <param name="quantity">That quantity.</param>
    private static bool CanOpenLowercase(string body, ReadOnlySpan<Token> tokens, int i, out bool quantityRead, out QuantityPhrase quantity)
    {
        quantity = default;
        quantityRead = false;
        var starts = WordStarts.Of(tokens[i]);
        if (((starts & Starts.Determiner) != 0 && CasualtyLexicon.Determiners.ContainsWord(body, tokens[i])) || CountWords.Her.ContainsWord(body, tokens[i])
            || IsAge(body, tokens, i, out _) || ((starts & Starts.PopulationAdjective) != 0 && IsPopulationAdjective(body, tokens[i], out _)))
        {
            return true;
        }

        quantityRead = QuantityReader.TryRead(body, tokens, i, out quantity);
        return quantityRead;
    }

    /// <summary>
    /// True when no people phrase can start at word <paramref name="i"/>, decided by one look-up: a
    /// lowercase word, or a capitalised word inside a run of capitalised words (a name opens only at
    /// the run's first word), that is no opener (<see cref="LowercaseOpeners"/>, which ignores case),
    /// has no hyphen and is no nationality. Exact: such a word is read by no branch of the parser that can succeed.
    /// </summary>
    private static bool CannotOpen(string body, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> text)
    {
        bool upper = char.IsUpper(text[0]);
        if (upper && !(i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(body[tokens[i - 1].Start])))
        {
            return false;
        }

        // A nationality is capitalised: a lowercase word is none, without the look-up.
        return !LowercaseOpeners.Contains(body, tokens[i]) && !HasHyphen(text) && !(upper && TryDemonymAt(body, tokens, i, out _, out _));
    }

    /// <summary>True at an age: "17-year-old", "13-month-old".</summary>
    private static bool IsAgeAt(string body, ReadOnlySpan<Token> tokens, int k) =>
        k + 2 < tokens.Length && tokens[k].Kind == TokenKind.Number && Is(body, tokens, k + 1, "-")
        && (Text(body, tokens[k + 2]).StartsWith("year-old", StringComparison.OrdinalIgnoreCase) || Text(body, tokens[k + 2]).StartsWith("month-old", StringComparison.OrdinalIgnoreCase));

    private static bool ReadPartitive(string body, ReadOnlySpan<Token> tokens, int i, int of, PeoplePhrase phrase)
    {
        int k = of + 1;
        if (In(CountWords.PartitivePronouns, body, tokens, k) || (In(CountWords.Those, body, tokens, k) && !IsPeopleAt(body, tokens, k + 1)))
        {
            // "one of them British", "two of whom were", "three of those injured".
            phrase.PartOfPrevious = !In(CountWords.Those, body, tokens, k);
            phrase.Bare = true;
            phrase.End = k + 1;
            if (TryDemonymAt(body, tokens, k + 1, out var demonym, out int length))
            {
                phrase.Nations.Add(demonym.Code);
                phrase.End = k + 1 + length;
            }

            return phrase.Quantity.Form != QuantityForm.Article;
        }

        if (k < tokens.Length && tokens[k].Kind == TokenKind.Word && (CasualtyLexicon.Determiners.ContainsWord(body, tokens[k]) || In(CountWords.Her, body, tokens, k)))
        {
            bool own = CasualtyLexicon.Own.ContainsWord(body, tokens[k]);
            var inner = new PeoplePhrase { Start = k, End = k, Definite = true };
            int m = k + 1;
            if (QuantityReader.TryRead(body, tokens, m, out var innerQuantity) && innerQuantity.Form == QuantityForm.Number)
            {
                // "one of the two people who were killed": the inner count is the claim.
                inner.Quantity = innerQuantity;
                inner.Count = PeopleCount.Quantity;
                if (ReadModifiersAndHead(body, tokens, innerQuantity.End, inner, true))
                {
                    // "one of the two people who were killed": the whole is the count; "107 of the 132 foreigners" were freed: the part is.
                    if (IsRelative(body, tokens, inner.End))
                    {
                        inner.Start = i;
                        Copy(inner, phrase);
                        return true;
                    }

                    phrase.End = inner.End;
                    phrase.Role = inner.Role;
                    phrase.Population = inner.Population;
                    phrase.Nations.AddRange(inner.Nations);
                    return phrase.Quantity.Form != QuantityForm.Article;
                }

                return false;
            }

            // "one of the wounded", "two of those injured".
            if (CasualtyLexicon.Predicates.TryMatch(body, tokens, m, out var adjective, out int adjectiveLength) && adjective.Measure is CasualtyMeasure.Wounded or CasualtyMeasure.Killed
                && !QuantityReader.TryRead(body, tokens, m + adjectiveLength, out _) && !IsPeopleAt(body, tokens, m + adjectiveLength))
            {
                phrase.Bare = true;
                phrase.End = m + adjectiveLength;
                return phrase.Quantity.Form == QuantityForm.Number;
            }

            if (ReadModifiersAndHead(body, tokens, m, inner, true) && !inner.Bare)
            {
                phrase.End = inner.End;
                phrase.Role = inner.Role;
                phrase.Population = inner.Population;
                phrase.Nations.AddRange(inner.Nations);
                phrase.Definite = false;
                phrase.SpeakersCitizens = own && inner.Nations.Count == 0 && inner.Population == Population.All;
                return phrase.Quantity.Form != QuantityForm.Article;
            }
        }

        return false;
    }

    private static void Copy(PeoplePhrase from, PeoplePhrase to)
    {
        to.Start = from.Start;
        to.End = from.End;
        to.Count = from.Count;
        to.Quantity = from.Quantity;
        to.Population = from.Population;
        to.Role = from.Role;
        to.Bare = from.Bare;
        to.Definite = true;
        to.Nations.Clear();
        to.Nations.AddRange(from.Nations);
    }

    /// <summary>A person by name: capitalised words followed by an age ("Eddie Holmes, 13,") or by a casualty word.</summary>
    private static bool TryReadName(string body, ReadOnlySpan<Token> tokens, int i, PeoplePhrase phrase)
    {
        // Inside a run of capitalised words only its first word may open a name (checked before the scan, which has no effects).
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(body[tokens[i - 1].Start]))
        {
            return false;
        }

        int j = i;
        while (j < tokens.Length && j - i < 4 && tokens[j].Kind == TokenKind.Word && char.IsUpper(body[tokens[j].Start])
               && !(WordStarts.May(tokens[j], Starts.NotName) && CasualtyLexicon.NotNames.StartsAt(body, tokens, j)) && !TryDemonymAt(body, tokens, j, out _, out _)
               && !(MayBeGeographyWord(body, tokens[j]) && (Geography.TryCountryByName(Text(body, tokens[j]), out _) || Geography.TryUsState(Text(body, tokens[j]), out _)
                   || Geography.TryCapital(Text(body, tokens[j]), out _))))
        {
            j++;

            // Initials: "Vincent E. Smith".
            if (j + 1 < tokens.Length && Is(body, tokens, j, ".") && tokens[j - 1].Length == 1)
            {
                j++;
            }
        }

        if (j == i || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(body[tokens[i - 1].Start])))
        {
            return false;
        }

        // "Sadly, ...", "Tragically": an adverb opening the sentence is no name.
        if (j - i == 1 && Text(body, tokens[i]).EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        // "Arlington police", "Smith family": a capitalised word before a common noun names no person.
        if (j < tokens.Length && tokens[j].Kind == TokenKind.Word && char.IsLower(body[tokens[j].Start])
            && !(WordStarts.May(tokens[j], Starts.Aux) && CasualtyLexicon.Aux.StartsAt(body, tokens, j)) && !(WordStarts.May(tokens[j], Starts.Predicate) && CasualtyLexicon.Predicates.StartsAt(body, tokens, j))
            && !(WordStarts.May(tokens[j], Starts.Speech) && Attribution.SpeechVerbs.Table.StartsAt(body, tokens, j)) && !Text(body, tokens[j]).EndsWith("ly", StringComparison.Ordinal)
            && !(WordStarts.May(tokens[j], Starts.Stop) && CasualtyLexicon.Stops.ContainsWord(body, tokens[j])))
        {
            return false;
        }

        // "Christopher Roupe, 17,": the age apposition makes it a person.
        if (Is(body, tokens, j, ",") && j + 2 < tokens.Length && tokens[j + 1].Kind == TokenKind.Number && Is(body, tokens, j + 2, ","))
        {
            phrase.End = j + 3;
            phrase.Count = PeopleCount.One;
            phrase.Named = true;
            return true;
        }


        phrase.End = j;
        phrase.Count = PeopleCount.One;
        phrase.Named = true;
        return true;
    }

    /// <summary>True when a nationality word (one or two tokens: "South Korean") stands at token <paramref name="j"/>.</summary>
    public static bool TryDemonymAt(string body, ReadOnlySpan<Token> tokens, int j, out Demonym demonym, out int length)
    {
        demonym = default;
        length = 0;
        if ((uint)j >= (uint)tokens.Length || tokens[j].Kind != TokenKind.Word || !char.IsUpper(body[tokens[j].Start]))
        {
            return false;
        }

        bool may = MayBeGeographyWord(body, tokens[j]);
        if (may && j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(body[tokens[j + 1].Start]) && MayBeGeographyWord(body, tokens[j + 1])
            && Geography.TryDemonym(body.AsSpan(tokens[j].Start, tokens[j + 1].End - tokens[j].Start), out demonym))
        {
            length = 2;
            return true;
        }

        if (may && Geography.TryDemonym(Text(body, tokens[j]), out demonym))
        {
            length = 1;
            return true;
        }

        return false;
    }

    /// <summary>True when a punctuation token is a double quote, straight or curly: the modifiers read over it.</summary>
    private static bool IsQuote(string body, Token token) => token.Length == 1 && body[token.Start] is '"' or '\u201c' or '\u201d';

    /// <summary>
    /// False when a word cannot be (part of) a name in <see cref="Geography"/> (a country, capital,
    /// state or nationality word), told by its label: every word of the geography's names is in
    /// <see cref="Lexicon"/>, and <see cref="GeographyWords"/> holds their numbers. A token labelled
    /// <see cref="Lexicon.Outside"/> may still be one when it holds a typographic apostrophe (which the
    /// geography reads as '; no lexicon word has one). True for an unlabelled token: its text is looked up.
    /// </summary>
    private static bool MayBeGeographyWord(string body, Token token) =>
        token.Word switch
        {
            Lexicon.Unlabelled => true,
            Lexicon.Outside => HasTypographicApostrophe(Text(body, token)),
            _ => (GeographyWords[token.Word >> 6] & (1UL << token.Word)) != 0,
        };

    /// <summary>True when a word holds a hyphen; a plain loop, as words are short.</summary>
    private static bool HasHyphen(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word holds a typographic apostrophe ('\u2018' or '\u2019'); a plain loop, as words are short.</summary>
    private static bool HasTypographicApostrophe(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if ((uint)(c - '\u2018') <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The numbers of the words of the geography's names: one bit per <see cref="Lexicon"/> number.</summary>
    private static readonly ulong[] GeographyWords = NumbersOf(
        Geography.Countries.SelectMany(static c => c.Names.Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals).Concat(c.Capitals))
            .Concat(Geography.UsStates.SelectMany(static s => s.ApAbbreviations.Append(s.Name).Append(s.Postal))));

    /// <summary>The bits of the vocabulary numbers of every token of some names.</summary>
    private static ulong[] NumbersOf(IEnumerable<string> names)
    {
        var bits = new ulong[(Lexicon.Count + 63) / 64];
        var tokens = new List<Token>();
        foreach (var name in names)
        {
            tokens.Clear();
            Tokenizer.Tokenize(name, 0, name.Length, tokens);
            foreach (var token in tokens)
            {
                ushort number = Lexicon.Id(Text(name, token));
                bits[number >> 6] |= 1UL << number;
            }
        }

        return bits;
    }

    private static bool HeadFollows(string body, ReadOnlySpan<Token> tokens, int j)
    {
        // A people noun, a nationality noun, a population adjective or an age within the next three words.
        for (int k = j; k < tokens.Length && k < j + 3; k++)
        {
            if (Is(body, tokens, k, "\"") || Is(body, tokens, k, "\u201d"))
            {
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var starts = WordStarts.Of(tokens[k]);
            if ((starts & Starts.Stop) != 0 && CasualtyLexicon.Stops.ContainsWord(body, tokens[k]))
            {
                return false;
            }

            if (((starts & Starts.People) != 0 && CasualtyLexicon.People.StartsAt(body, tokens, k)) || TryDemonymAt(body, tokens, k, out _, out _)
                || ((starts & Starts.PopulationAdjective) != 0 && IsPopulationAdjective(body, tokens[k], out _)))
            {
                return true;
            }

            if (((starts & Starts.Predicate) != 0 && CasualtyLexicon.Predicates.StartsAt(body, tokens, k)) || ((starts & Starts.Aux) != 0 && CasualtyLexicon.Aux.StartsAt(body, tokens, k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A relative clause or a participle follows: "who were killed", "killed in the attack".</summary>
    private static bool IsRelative(string body, ReadOnlySpan<Token> tokens, int j) =>
        In(CountWords.Relatives, body, tokens, j) || CasualtyLexicon.Predicates.StartsAt(body, tokens, j);

    private static bool PeopleNounWithin(string body, ReadOnlySpan<Token> tokens, int j, int count)
    {
        for (int k = j; k < tokens.Length && k < j + count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (WordStarts.May(tokens[k], Starts.People) && CasualtyLexicon.People.StartsAt(body, tokens, k))
            {
                return true;
            }

            if (!char.IsUpper(body[tokens[k].Start]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPeopleAt(string body, ReadOnlySpan<Token> tokens, int j) =>
        CasualtyLexicon.People.StartsAt(body, tokens, j) || TryDemonymAt(body, tokens, j, out _, out _);

    private static bool IsListSeparator(string body, ReadOnlySpan<Token> tokens, int j, out int length)
    {
        length = 0;
        if (Is(body, tokens, j, ",") && In(CountWords.And, body, tokens, j + 1))
        {
            length = 2;
        }
        else if (Is(body, tokens, j, ",") || In(CountWords.Coordinators, body, tokens, j))
        {
            length = 1;
        }

        return length > 0;
    }

    /// <summary>"36-year-old", "five-year-old", "36 year old".</summary>
    private static bool IsAge(string body, ReadOnlySpan<Token> tokens, int j, out int length)
    {
        length = 0;
        if ((uint)j >= (uint)tokens.Length)
        {
            return false;
        }

        var text = Text(body, tokens[j]);
        if (tokens[j].Kind == TokenKind.Word && text.Length >= "-year-old".Length && (text[^1] | 0x20) == 'd'
            && (text.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || text.EndsWith("-month-old", StringComparison.OrdinalIgnoreCase)))
        {
            length = 1;
            return true;
        }

        if (tokens[j].Kind == TokenKind.Number)
        {
            int k = j + 1;
            if (Is(body, tokens, k, "-"))
            {
                k++;
            }

            if (In(CountWords.AgeNouns, body, tokens, k))
            {
                length = k + 1 - j;
                return true;
            }
        }

        return false;
    }

    private static bool IsPopulationAdjective(string body, Token token, out Population population)
    {
        population = CasualtyLexicon.ForeignAdjectives.ContainsWord(body, token) ? Population.Foreign
            : CasualtyLexicon.LocalAdjectives.ContainsWord(body, token) ? Population.Local
            : Population.All;
        return population != Population.All;
    }

    /// <summary>True when token <paramref name="i"/> is inside the sentence and a word of <paramref name="words"/>.</summary>
    private static bool In(PhraseTable<bool> words, string body, ReadOnlySpan<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && words.ContainsWord(body, tokens[i]);

    private static bool Is(string body, ReadOnlySpan<Token> tokens, int i, string word) =>
        (uint)i < (uint)tokens.Length && Text(body, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Text(string body, Token token) => body.AsSpan(token.Start, token.Length);
}
