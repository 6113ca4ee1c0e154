using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>
/// The modifiers and the head of a people phrase: "Algerian and British", "36-year-old", "foreign",
/// "security" before "workers", "Britons" or, after an age, a name. Each kind of modifier is one step of
/// <see cref="HeadWalk"/>; <see cref="Conclude"/> then says what the words read count.
/// </summary>
internal static partial class PeopleParser
{
    /// <summary>
    /// The most modifiers (nationalities, ages, adjectives, quotes) read before a head noun. A phrase has a few,
    /// a list of nationalities a few dozen; a longer run ("foreign local foreign ...") is read no further, so the
    /// run is not read again from each of its words when no phrase comes of it.
    /// </summary>
    internal const int MaxModifiers = 64;

    /// <summary>Whether the walk over a phrase's modifiers goes on to the next word or has ended (at a head or at a word that is no modifier).</summary>
    private enum Step : byte
    {
        /// <summary>A modifier was read: the next word may be another, or the head.</summary>
        Next,

        /// <summary>The head was read, or the word is neither modifier nor head.</summary>
        Done,
    }

    /// <summary>What the walk over a phrase's modifiers has read so far.</summary>
    private struct HeadWalk
    {
        /// <summary>The word read next.</summary>
        public int At;

        /// <summary>Where the phrase ends when it has no head: after the quantity and any age ("a 15-year-old").</summary>
        public int AfterQuantity;

        /// <summary>How many other words ("security", capitalised place names) stand among the modifiers.</summary>
        public int Others;

        /// <summary>An age was read: "36-year-old".</summary>
        public bool Age;

        /// <summary>A head was read: a noun of people, a nationality noun or a name.</summary>
        public bool Head;

        /// <summary>The head is plural.</summary>
        public bool Plural;

        /// <summary>The population a modifier or the head gives ("foreign", "locals").</summary>
        public Population? Adjective;

        /// <summary>Where a list of nationalities ("Norwegians and Japanese") ends, when one was read.</summary>
        public int? NationsEnd;
    }

    /// <summary>Reads modifiers and the head noun from token <paramref name="j"/>; fills the phrase.</summary>
    private static bool ReadModifiersAndHead(string body, ReadOnlySpan<Token> tokens, int j, PeoplePhrase phrase, bool hasQuantity)
    {
        var walk = new HeadWalk { At = j, AfterQuantity = j };
        for (int steps = 0; walk.At < tokens.Length && steps < MaxModifiers; steps++)
        {
            if (ReadModifier(body, tokens, phrase, hasQuantity, ref walk) == Step.Done)
            {
                break;
            }
        }

        if (walk.Adjective is { } pop)
        {
            phrase.Population = pop;
        }

        return Conclude(phrase, hasQuantity, in walk);
    }

    /// <summary>Reads one modifier, or the head, at <see cref="HeadWalk.At"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Step ReadModifier(string body, ReadOnlySpan<Token> tokens, PeoplePhrase phrase, bool hasQuantity, ref HeadWalk walk)
    {
        int j = walk.At;
        var token = tokens[j];
        if (token.Kind == TokenKind.Punct && IsQuote(body, token))
        {
            walk.At++;
            return Step.Next;
        }

        if (IsAge(body, tokens, j, out int ageLength))
        {
            walk.Age = true;
            walk.At += ageLength;
            walk.AfterQuantity = walk.At;
            return Step.Next;
        }

        if (token.Kind != TokenKind.Word)
        {
            return Step.Done;
        }

        if (TryDemonymAt(body, tokens, j, out var demonym, out int length))
        {
            return ReadNationality(body, tokens, phrase, hasQuantity, demonym, length, ref walk);
        }

        // Each look-up only where the token's word may start a phrase of its lexicon.
        var starts = WordStarts.Of(token);
        if ((starts & Starts.People) != 0 && CasualtyLexicon.People.TryMatch(body, tokens, j, out var noun, out length) && !CasualtyLexicon.Stops.ContainsWord(body, token))
        {
            return ReadPeopleNoun(body, tokens, phrase, noun, length, ref walk);
        }

        if ((starts & Starts.PopulationAdjective) != 0 && IsPopulationAdjective(body, token, out var population))
        {
            walk.Adjective = population;
            walk.At++;
            return Step.Next;
        }

        return ReadOtherWord(body, tokens, phrase, hasQuantity, starts, ref walk);
    }

    /// <summary>A nationality: one of a list ("American, British and French citizens"), an adjective before the head ("Algerian workers"), the head itself ("Britons") or, after a number, the last word ("one of them British").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Step ReadNationality(string body, ReadOnlySpan<Token> tokens, PeoplePhrase phrase, bool hasQuantity, Demonym demonym, int length, ref HeadWalk walk)
    {
        int next = walk.At + length;

        // A list of nationalities: "American, British, French and Japanese citizens", "French and Britons".
        if (IsListSeparator(body, tokens, next, out int skip) && TryDemonymAt(body, tokens, next + skip, out _, out _))
        {
            phrase.Nations.Add(demonym.Code);
            walk.At = next + skip;
            walk.NationsEnd = walk.At;
            return Step.Next;
        }

        if (demonym.IsAdjective && HeadFollows(body, tokens, next))
        {
            phrase.Nations.Add(demonym.Code);
            walk.At = next;
            return Step.Next;
        }

        if (demonym.IsSingular || demonym.IsPlural)
        {
            phrase.Nations.Add(demonym.Code);
            walk.Head = true;
            walk.Plural = demonym.IsPlural && (!demonym.IsSingular || phrase.Nations.Count > 1 || hasQuantity && phrase.Quantity.Value is not 1);
            walk.At = next;
            return Step.Done;
        }

        if (hasQuantity && phrase.Nations.Count == 0)
        {
            // "one of them British" style: an adjective as the last word.
            phrase.Nations.Add(demonym.Code);
            walk.At = next;
            phrase.Bare = true;
            walk.Head = true;
        }

        return Step.Done;
    }

    /// <summary>A noun of people as the head ("workers", "hostages"), or "other" before it ("two other women").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Step ReadPeopleNoun(string body, ReadOnlySpan<Token> tokens, PeoplePhrase phrase, PeopleNoun noun, int length, ref HeadWalk walk)
    {
        int j = walk.At;
        var text = Text(body, tokens[j]);
        phrase.Other |= text.StartsWith("other", StringComparison.OrdinalIgnoreCase);

        // "two other women": "other" modifies the noun after it.
        if (length == 1 && text.Equals("other", StringComparison.OrdinalIgnoreCase) && CasualtyLexicon.People.StartsAt(body, tokens, j + 1))
        {
            walk.At++;
            return Step.Next;
        }

        walk.Head = true;
        walk.Plural = noun.Plural;
        phrase.Role = noun.Role;
        if (noun.Population != Population.All)
        {
            walk.Adjective ??= noun.Population;
        }

        walk.At += length;
        return Step.Done;
    }

    /// <summary>A word that is neither nationality nor noun of people: a capitalised modifier ("Oglethorpe County teen"), a name after an age ("13-year-old Eddie Holmes") or another modifier ("security workers").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Step ReadOtherWord(string body, ReadOnlySpan<Token> tokens, PeoplePhrase phrase, bool hasQuantity, Starts starts, ref HeadWalk walk)
    {
        int j = walk.At;
        var token = tokens[j];

        // "a 15-year-old Oglethorpe County teen": capitalised modifiers before a noun of people.
        if ((hasQuantity || walk.Age || phrase.Definite) && char.IsUpper(body[token.Start]) && walk.Others < 3 && !((starts & Starts.Stop) != 0 && CasualtyLexicon.Stops.ContainsWord(body, token))
            && !((starts & Starts.NotName) != 0 && CasualtyLexicon.NotNames.StartsAt(body, tokens, j)) && PeopleNounWithin(body, tokens, j + 1, 3 - walk.Others))
        {
            walk.Others++;
            walk.At++;
            return Step.Next;
        }

        // "13-year-old Eddie Holmes": a name after an age.
        if (walk.Age && char.IsUpper(body[token.Start]) && !((starts & Starts.NotName) != 0 && CasualtyLexicon.NotNames.StartsAt(body, tokens, j)))
        {
            while (j < tokens.Length && tokens[j].Kind == TokenKind.Word && char.IsUpper(body[tokens[j].Start]))
            {
                j++;
            }

            walk.At = j;
            walk.Head = true;
            phrase.Named = true;
            return Step.Done;
        }

        phrase.Other |= (starts & Starts.Other) != 0 && CasualtyLexicon.OtherWords.ContainsWord(body, token);
        if ((hasQuantity || phrase.Definite || phrase.Nations.Count > 0) && walk.Others < 2 && !((starts & Starts.Stop) != 0 && CasualtyLexicon.Stops.ContainsWord(body, token))
            && !((starts & Starts.Predicate) != 0 && CasualtyLexicon.Predicates.StartsAt(body, tokens, j)) && !((starts & Starts.Aux) != 0 && CasualtyLexicon.Aux.StartsAt(body, tokens, j))
            && !((starts & Starts.Hedge) != 0 && CasualtyLexicon.Hedges.StartsAt(body, tokens, j)) && !QuantityReader.TryRead(body, tokens, j, out _))
        {
            walk.Others++;
            walk.At++;
            return Step.Next;
        }

        return Step.Done;
    }

    /// <summary>What the modifiers and head read count: one person, nationalities, a quantity of people, or no phrase.</summary>
    private static bool Conclude(PeoplePhrase phrase, bool hasQuantity, in HeadWalk walk)
    {
        if (walk.Head)
        {
            phrase.End = walk.At;
            if (phrase.Named)
            {
                phrase.Count = PeopleCount.One;
                return true;
            }

            if (!hasQuantity)
            {
                if (phrase.Nations.Count > 0 && walk.Plural && !phrase.Definite)
                {
                    phrase.Count = PeopleCount.Nationalities;
                    return true;
                }

                if (phrase.Definite && !walk.Plural)
                {
                    phrase.Count = PeopleCount.One;
                    return true;
                }

                return false;
            }

            // "a" counts only a singular head: "a Briton", not "a number" (read as vague) or "a group".
            return phrase.Quantity.Form != QuantityForm.Article || !walk.Plural;
        }

        if (phrase.Nations.Count > 1 && walk.NationsEnd is > 0 && !hasQuantity)
        {
            // "Norwegians and Japanese": the list itself is the head.
            phrase.End = walk.NationsEnd.Value;
            phrase.Count = PeopleCount.Nationalities;
            return true;
        }

        if (walk.Age)
        {
            // "a 15-year-old was shot".
            phrase.End = walk.AfterQuantity;
            phrase.Count = hasQuantity ? PeopleCount.Quantity : PeopleCount.One;
            return hasQuantity || phrase.Definite;
        }

        if (hasQuantity && phrase.Quantity.Form != QuantityForm.Article && phrase.Nations.Count == 0)
        {
            // "killed at least two", "six wounded", "15 foreign and 30 local workers".
            phrase.Bare = true;
            phrase.End = walk.Adjective is null ? phrase.Quantity.End : walk.AfterQuantity + 1;
            return true;
        }

        return false;
    }
}
