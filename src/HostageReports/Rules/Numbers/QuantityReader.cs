using System.Globalization;
using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Numbers;

/// <summary>How a quantity phrase was written.</summary>
internal enum QuantityForm : byte
{
    /// <summary>Digits or number words: "13", "forty-one", "a dozen".</summary>
    Number,

    /// <summary>The article "a" or "an", read as one.</summary>
    Article,

    /// <summary>No number: "several", "dozens of", "a number of".</summary>
    Vague,
}

/// <summary>
/// A quantity phrase found in a sentence: tokens [<see cref="Start"/>, <see cref="End"/>), the
/// qualifier its hedge gives and the stated number (null when vague; then <see cref="Least"/> is the
/// least the words allow).
/// </summary>
/// <param name="Start">The first token (of the hedge, when there is one).</param>
/// <param name="End">The token just past the phrase.</param>
/// <param name="Qualifier">Exact, a hedge, or vague.</param>
/// <param name="Value">The stated number, or null.</param>
/// <param name="Least">For a vague phrase, the least it allows.</param>
/// <param name="Form">How it was written.</param>
internal readonly record struct QuantityPhrase(int Start, int End, Qualifier Qualifier, long? Value, long Least, QuantityForm Form)
{
    /// <summary>The quantity the phrase states.</summary>
    public Quantity ToQuantity() => Qualifier == Qualifier.Vague ? Quantity.Of(Qualifier.Vague, Least) : Quantity.Of(Qualifier, Value);

    /// <summary>The same phrase under another hedge ("at least 15 foreign and 30 local" gives the second its hedge).</summary>
    /// <param name="qualifier">The hedge.</param>
    /// <returns>The phrase.</returns>
    public QuantityPhrase WithQualifier(Qualifier qualifier) => Value is null ? this : this with { Qualifier = qualifier };
}

/// <summary>
/// Finds quantity phrases: an optional hedge ("at least", "as many as", "some") and a number written
/// as digits ("1,300"), words ("Forty-one", "twenty one", "a dozen", "two hundred"), or an article;
/// or a vague quantity ("several", "dozens of"). Numbers that cannot count people are refused: ages
/// ("36-year-old"), times ("5am", "5:30"), dates ("Feb. 6"), years, distances ("60 miles", "95km"),
/// ordinals ("40th"), codes ("1963.T"), channel names ("France 24"), addresses. Stateless, thread-safe.
/// </summary>
internal static class QuantityReader
{
    /// <summary>Reads a quantity phrase starting at token <paramref name="i"/>.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the phrase must start.</param>
    /// <param name="phrase">The phrase, when found.</param>
    /// <returns>True when a quantity phrase starts at the token.</returns>
    public static bool TryRead(string body, ReadOnlySpan<Token> tokens, int i, out QuantityPhrase phrase)
    {
        phrase = default;
        if ((uint)i >= (uint)tokens.Length || tokens[i].Kind == TokenKind.Punct)
        {
            return false;
        }

        // A word that starts no hedge, number word or vague quantity, and is no article, "half" or hyphenated number ("forty-one"), reads as nothing.
        if (tokens[i].Kind == TokenKind.Word && (Counts.WordStarts.Of(tokens[i]) & (Counts.Starts.Hedge | Counts.Starts.NumberWord | Counts.Starts.Vague)) == 0
            && !MayBeNumberWord(body.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            return false;
        }

        int j = i;
        var qualifier = Qualifier.Exact;
        if (Counts.WordStarts.May(tokens[i], Counts.Starts.Hedge) && CasualtyLexicon.Hedges.TryMatch(body, tokens, i, out var hedge, out int hedgeLength)
            && TryNumber(body, tokens, i + hedgeLength, out _, out _, out _))
        {
            qualifier = hedge;
            j = i + hedgeLength;
        }

        if (TryNumber(body, tokens, j, out long value, out int end, out var form)
            && !(form == QuantityForm.Article && j == i && CasualtyLexicon.Vague.StartsAt(body, tokens, i)))
        {
            if (!CanCount(body, tokens, j, end))
            {
                return false;
            }

            phrase = new QuantityPhrase(i, end, qualifier, value, value, form);
            return true;
        }

        if (Counts.WordStarts.May(tokens[i], Counts.Starts.Vague) && CasualtyLexicon.Vague.TryMatch(body, tokens, i, out long least, out int vagueLength))
        {
            phrase = new QuantityPhrase(i, i + vagueLength, Qualifier.Vague, null, least, QuantityForm.Vague);
            return true;
        }

        return false;
    }

    /// <summary>Reads a number (no hedge) at token <paramref name="i"/>: digits, number words, "a dozen", "a"/"an".</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where the number must start.</param>
    /// <param name="value">The number.</param>
    /// <param name="end">The token just past it.</param>
    /// <param name="form">Digits or words, or an article.</param>
    /// <returns>True when a number starts at the token.</returns>
    public static bool TryNumber(string body, ReadOnlySpan<Token> tokens, int i, out long value, out int end, out QuantityForm form)
    {
        value = 0;
        end = i;
        form = QuantityForm.Number;
        if ((uint)i >= (uint)tokens.Length)
        {
            return false;
        }

        var token = tokens[i];
        var text = body.AsSpan(token.Start, token.Length);
        if (token.Kind == TokenKind.Number)
        {
            if (text.Contains('.') || !long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }

            end = i + 1;

            // "3 000", "12 500 000": digits grouped by spaces are one number.
            if (text.Length <= 3 && end < tokens.Length && tokens[end].Kind == TokenKind.Number)
            {
                ReadSpaceGroups(body, tokens, i, ref value, ref end);
            }

            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        bool article = QuantityWords.Is(text, QuantityRole.Article);
        if (article)
        {
            // "a dozen", "a hundred", "a couple of"; otherwise the article itself.
            if (TryWordNumber(body, tokens, i + 1, out value, out end) && value is 12 or 100 or 1000 or 2)
            {
                if (value == 2 && !(end < tokens.Length && QuantityWords.Is(body.AsSpan(tokens[end].Start, tokens[end].Length), QuantityRole.Of)))
                {
                    value = 1;
                    end = i + 1;
                    form = QuantityForm.Article;
                    return true;
                }

                end = value == 2 ? end + 1 : end;
                return true;
            }

            value = 1;
            end = i + 1;
            form = QuantityForm.Article;
            return true;
        }

        if (QuantityWords.Is(text, QuantityRole.Half) && i + 2 < tokens.Length && QuantityWords.Is(body.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length), QuantityRole.HalfArticle) && QuantityWords.Is(body.AsSpan(tokens[i + 2].Start, tokens[i + 2].Length), QuantityRole.Dozen))
        {
            value = 6;
            end = i + 3;
            return true;
        }

        if (!TryWordNumber(body, tokens, i, out value, out end))
        {
            return false;
        }

        // "pair" and "couple" count only as "a pair of", "a couple of": alone they are nouns.
        var first = body.AsSpan(tokens[i].Start, tokens[i].Length);
        return !QuantityWords.Is(first, QuantityRole.Noun);
    }

    /// <summary>The most groups a number so written holds: six (up to 999 999 999 999 999 999) fit a long; a longer run is no number of people.</summary>
    private const int MaxGroups = 6;

    /// <summary>
    /// Joins the digit groups after a lead group of one to three digits at token <paramref name="i"/> when the
    /// digits are grouped by spaces ("3 000", "12 500 000"; a space, a no-break space, a narrow no-break space
    /// or a thin space between groups): every later group is exactly three digits, one separator apart. Numbers
    /// side by side that are not so grouped stay apart: "3 2013", "1 12", "May 3 20 people". A lead that is itself
    /// a later group of a run before it ("Route 9 100 people": 100 after 9) joins nothing, and neither does a
    /// run followed by one more number ("1 000 20"), which cannot be told from two numbers.
    /// </summary>
    private static void ReadSpaceGroups(string body, ReadOnlySpan<Token> tokens, int i, ref long value, ref int end)
    {
        if (!IsDigits(body, tokens[i]) || (i > 0 && IsLaterGroup(body, tokens, i)))
        {
            return;
        }

        long joined = value;
        int k = i + 1;
        while (k < tokens.Length && k - i < MaxGroups && IsLaterGroup(body, tokens, k))
        {
            var group = tokens[k];
            joined = (joined * 1000) + ((body[group.Start] - '0') * 100) + ((body[group.Start + 1] - '0') * 10) + (body[group.Start + 2] - '0');
            k++;
        }

        if (k == i + 1 || (k < tokens.Length && tokens[k].Kind == TokenKind.Number && IsSeparatedBySpace(body, tokens[k - 1], tokens[k])))
        {
            return;
        }

        value = joined;
        end = k;
    }

    /// <summary>True when token <paramref name="k"/> is three digits one group separator after a group of one to three digits.</summary>
    private static bool IsLaterGroup(string body, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        var before = tokens[k - 1];
        return token.Kind == TokenKind.Number && token.Length == 3 && before.Kind == TokenKind.Number && before.Length <= 3
            && IsSeparatedBySpace(body, before, token) && IsDigits(body, token) && IsDigits(body, before);
    }

    /// <summary>True when one space (a space, a no-break space, a narrow no-break space or a thin space) and nothing else stands between two tokens.</summary>
    private static bool IsSeparatedBySpace(string body, Token before, Token after) =>
        after.Start == before.End + 1 && body[before.End] is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>True when a token is digits only (no thousands comma, no decimal point).</summary>
    private static bool IsDigits(string body, Token token)
    {
        for (int k = token.Start; k < token.End; k++)
        {
            if (!char.IsAsciiDigit(body[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryWordNumber(string body, ReadOnlySpan<Token> tokens, int i, out long value, out int end)
    {
        value = 0;
        end = i;
        if (!TryWordValue(body, tokens, i, out long first))
        {
            return false;
        }

        value = first;
        end = i + 1;

        // "twenty one", "two hundred", "two dozen", "one thousand".
        if (first is >= 20 and < 100 && first % 10 == 0 && TryWordValue(body, tokens, end, out long unit) && unit is > 0 and < 10)
        {
            value += unit;
            end++;
        }

        if (value < 100 && TryWordValue(body, tokens, end, out long multiplier) && multiplier is 12 or 100 or 1000)
        {
            var word = body.AsSpan(tokens[end].Start, tokens[end].Length);
            if (!QuantityWords.Is(word, QuantityRole.Dozen) || value < 12)
            {
                value *= multiplier;
                end++;
            }
        }

        return true;
    }

    private static bool TryWordValue(string body, ReadOnlySpan<Token> tokens, int i, out long value)
    {
        value = 0;
        if ((uint)i >= (uint)tokens.Length || tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var text = body.AsSpan(tokens[i].Start, tokens[i].Length);
        if (Counts.WordStarts.May(tokens[i], Counts.Starts.NumberWord) && CasualtyLexicon.NumberWords.TryMatch(body, tokens, i, out value, out _))
        {
            return true;
        }

        // "Forty-one": tens and unit joined by a hyphen in one token.
        int dash = IndexOfHyphen(text);
        if (dash > 0 && TryWord(text[..dash], out long tens) && tens is >= 20 and < 100 && tens % 10 == 0 && TryWord(text[(dash + 1)..], out long unit) && unit is > 0 and < 10)
        {
            value = tens + unit;
            return true;
        }

        return false;
    }

    /// <summary>True when <see cref="TryNumber"/> may read a word that starts no number word: an article, "half", or a word with a hyphen ("forty-one").</summary>
    private static bool MayBeNumberWord(ReadOnlySpan<char> word) =>
        QuantityWords.Is(word, QuantityRole.Article) || QuantityWords.Is(word, QuantityRole.Half) || IndexOfHyphen(word) > 0;

    /// <summary>Where a word's first hyphen is, or -1; a plain loop, as words are short.</summary>
    private static int IndexOfHyphen(ReadOnlySpan<char> text)
    {
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] == '-')
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A number word on its own, for the halves of "forty-one".</summary>
    private static bool TryWord(ReadOnlySpan<char> word, out long value) => CasualtyLexicon.NumberWords.TryGetWord(word, out value);

    /// <summary>False for numbers that cannot count people: ages, units, dates, years, codes, names.</summary>
    private static bool CanCount(string body, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var first = tokens[start];
        var last = tokens[end - 1];

        // Glued to letters or a stop and letters: "95km", "40th", "5am", "1963.T".
        if (last.End < body.Length && char.IsLetter(body[last.End]))
        {
            return false;
        }

        if (last.End + 1 < body.Length && body[last.End] == '.' && char.IsLetter(body[last.End + 1]))
        {
            return false;
        }

        // Units after: "36-year-old", "60 miles", "5:30", "five times".
        int next = end;
        if (next < tokens.Length && Is(body, tokens[next], "-"))
        {
            next++;
        }

        // "a second victim" is one more person, not a unit of time.
        if ((uint)next < (uint)tokens.Length && Counts.WordStarts.May(tokens[next], Counts.Starts.Unit) && CasualtyLexicon.Units.StartsAt(body, tokens, next) && !(CasualtyLexicon.OtherWords.StartsAt(body, tokens, next) && CasualtyLexicon.People.StartsAt(body, tokens, next + 1)))
        {
            return false;
        }

        // "year-old" glued with a hyphen inside a word number token: "five-year-old".
        var lastText = body.AsSpan(last.Start, last.Length);
        if (lastText.Contains("-year", StringComparison.OrdinalIgnoreCase) || lastText.Contains("-month", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (first.Kind == TokenKind.Number)
        {
            // Years.
            var text = body.AsSpan(first.Start, first.Length);
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1800 and <= 2100)
            {
                return false;
            }

            if (start > 0)
            {
                int prev = start - 1;
                if (Is(body, tokens[prev], ".") && prev > 0)
                {
                    prev--;
                }

                if (CasualtyLexicon.BeforeNumber.TryMatchEndingAt(body, tokens, prev + 1, out _, out _))
                {
                    return false;
                }

                // "France 24", "Channel 4", "Lot No. 5": a capitalised word glued before digits names something.
                var before = tokens[start - 1];
                if (before.Kind == TokenKind.Word && char.IsUpper(body[before.Start]) && !IsHedgeOrQuantityWord(body, tokens, start - 1))
                {
                    return false;
                }

                // "(1963.T)", "# 5", "$5".
                if (before.Kind == TokenKind.Punct && body[before.Start] is '$' or '#' or '£' or '€')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsHedgeOrQuantityWord(string body, ReadOnlySpan<Token> tokens, int i) =>
        CasualtyLexicon.HedgeWords.ContainsWord(body, tokens[i])
        || CasualtyLexicon.Hedges.TryMatchEndingAt(body, tokens, i + 1, out _, out _);

    private static bool Is(string body, Token token, string text) =>
        body.AsSpan(token.Start, token.Length).Equals(text, StringComparison.OrdinalIgnoreCase);
}
