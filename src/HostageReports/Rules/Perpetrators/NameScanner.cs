using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// Reads a capitalised run as a person's name, word by word: titles before it dropped ("Sheriff John Doe", "Prime
/// Minister Jane Doe"), initials kept with their stop ("Paul G. Kendall"), particles inside it ("Ahmed Abu al-Hassan",
/// "Ludwig van Beethoven"), a suffix closing it ("Allen Jr."), a quoted nickname stepped over ("Tony \"Blue\" Coburn"),
/// a possessive ending it ("Smith's"). Stops at a word never in a name, an age, a word in capitals, a group's token.
/// </summary>
internal static class NameScanner
{
    /// <summary>Reads the name at token i; its words go at the end of <paramref name="words"/> (taken back when no name is read).</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The run's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <param name="groupTokens">One flag a token: true inside a group's name (a name stops there); null for none.</param>
    /// <param name="words">The report's list of name words.</param>
    /// <param name="next">The token to read the next name from.</param>
    /// <returns>The name, or null.</returns>
    public static NameScan? Scan(TokenView v, int i, int end, bool[]? groupTokens, List<NameWord> words, out int next)
    {
        var r = new Reading(words.Count) { At = i };
        SkipTitles(v, end, ref r);

        // The name's words go at the end of the report's list of name words; they are taken back if no name is read.
        r.NameStart = r.At;
        r.NameEnd = r.At;
        while (r.At < end && (groupTokens is null || !groupTokens[r.At]) && ReadToken(v, end, words, ref r) == Step.Next)
        {
        }

        next = Math.Max(r.At, i + 1);
        int first = r.First;

        // Drop trailing particles.
        while (words.Count > first && IsParticle(v.Body, words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == first || r.NameEnd <= r.NameStart)
        {
            words.RemoveRange(first, words.Count - first);
            return null;
        }

        return new NameScan(r.NameStart, r.NameEnd, v[r.NameEnd - 1].End, first, words.Count - first, r.Titled);
    }

    /// <summary>The word without its possessive ending ("Smith's", "Jones'"); <paramref name="possessive"/> tells whether it had one.</summary>
    /// <param name="text">The word.</param>
    /// <param name="possessive">Whether the word ended in a possessive.</param>
    /// <returns>The word without it.</returns>
    public static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> text, out bool possessive)
    {
        possessive = text.Length > 2 && (text.EndsWith("'s") || text.EndsWith("\u2019s"));
        if (possessive)
        {
            return text[..^2];
        }

        if (text.Length > 1 && (text[^1] == '\'' || text[^1] == '\u2019'))
        {
            possessive = true;
            return text[..^1];
        }

        return text;
    }

    /// <summary>"Sheriff", "Mr.", "Dr": the titles and honorifics before a name, stepped over.</summary>
    private static void SkipTitles(TokenView v, int end, ref Reading r)
    {
        while (r.At < end && v.IsCapitalized(r.At))
        {
            var leading = v.ClassesOf(r.At);
            bool title = (leading & WordClass.Titles) != 0;
            if (!title && (leading & WordClass.Honorifics) == 0)
            {
                break;
            }

            r.Titled |= title;
            r.At++;
            if (v.IsPunct(r.At, '.'))
            {
                r.At++;
            }
        }
    }

    /// <summary>Reads one token of the name: a mark, an initial, a suffix, a lower-case particle or a capitalised word.</summary>
    private static Step ReadToken(TokenView v, int end, List<NameWord> words, ref Reading r)
    {
        int j = r.At;
        var text = v.Text(j);
        int count = words.Count - r.First;
        if (v[j].Kind != TokenKind.Word)
        {
            // A quoted nickname between names: Tony "Blue" Coburn.
            if (count > 0 && v.IsQuote(j) && j + 3 < end && v.IsCapitalized(j + 1) && v.IsQuote(j + 2) && v.IsCapitalized(j + 3))
            {
                r.At += 3;
                return Step.Next;
            }

            return Step.Stop;
        }

        bool cap = char.IsUpper(text[0]);
        if (cap && text.Length == 1 && v.IsPunct(j + 1, '.') && v.Touches(j))
        {
            // An initial: "Paul G. Kendall".
            if (count == 0)
            {
                return Step.Stop;
            }

            words.Add(new NameWord(v[j].Start, text.Length, Stop: true));
            r.At += 2;
            r.NameEnd = r.At;
            return Step.Next;
        }

        var bare = StripPossessive(text, out bool possessive);
        var classes = possessive ? WordClasses.Of(bare) : v.ClassesOf(j);
        if (cap && count > 0 && (classes & WordClass.Suffixes) != 0)
        {
            return Suffix(v, words, bare.Length, ref r);
        }

        var word = new Word(bare, classes, possessive);
        return cap ? Capitalized(v, words, text, word, ref r) : Particle(v, words, count, word, ref r);
    }

    /// <summary>"Allen Jr.", "John Smith III": a suffix, its stop kept when it touches it, closes the name.</summary>
    private static Step Suffix(TokenView v, List<NameWord> words, int length, ref Reading r)
    {
        r.At++;
        bool stop = v.IsPunct(r.At, '.') && v.Touches(r.At - 1);
        if (stop)
        {
            r.At++;
        }

        words.Add(new NameWord(v[r.At - (stop ? 2 : 1)].Start, length, stop));
        r.NameEnd = r.At;
        return Step.Stop;
    }

    /// <summary>Particles inside a name: "Ahmed Abu al-Hassan", "Sidi Ould Brahim", "Ludwig van Beethoven"; any other lower-case word ends it.</summary>
    private static Step Particle(TokenView v, List<NameWord> words, int count, in Word w, ref Reading r)
    {
        if (count > 0 && IsHyphenParticle(w.Bare))
        {
            words.Add(new NameWord(v[r.At].Start, w.Bare.Length, Stop: false));
            r.At++;
            r.NameEnd = r.At;
            return w.Possessive ? Step.Stop : Step.Next;
        }

        if (count > 0 && (w.Classes & WordClass.Particles) != 0 && v.IsCapitalized(r.At + 1))
        {
            words.Add(new NameWord(v[r.At].Start, w.Bare.Length, Stop: false));
            r.At++;
            return Step.Next;
        }

        return Step.Stop;
    }

    /// <summary>A capitalised word: a name's word, unless a word in capitals, a word never in a name, an age, or a title before the name proper.</summary>
    private static Step Capitalized(TokenView v, List<NameWord> words, ReadOnlySpan<char> text, in Word w, ref Reading r)
    {
        int j = r.At;
        if (text.Length > 1 && v.IsAllCaps(j))
        {
            return Step.Stop;
        }

        if ((w.Classes & WordClass.NotNameWords) != 0 || (w.Bare.Contains('-') && w.Bare.Contains(NamesLexicon.AgeInfix, StringComparison.OrdinalIgnoreCase)))
        {
            return Step.Stop;
        }

        if ((w.Classes & WordClass.Titles) != 0 && !w.Possessive && v.IsCapitalized(j + 1) && !v.Has(j + 1, WordClass.NotNameWords))
        {
            // "Prime Minister Jane Doe", "Attorney General Eric Holder": what came before was the title.
            words.RemoveRange(r.First, words.Count - r.First);
            r.Titled = true;
            r.At++;
            r.NameStart = r.At;
            r.NameEnd = r.At;
            return Step.Next;
        }

        words.Add(new NameWord(v[j].Start, w.Bare.Length, Stop: false));
        r.At++;
        r.NameEnd = r.At;
        return w.Possessive ? Step.Stop : Step.Next;
    }

    /// <summary>"al-Hassan", "el-Sayed": a lower-case hyphenated particle and a capitalised name, one word.</summary>
    private static bool IsHyphenParticle(ReadOnlySpan<char> bare)
    {
        foreach (var p in NamesLexicon.HyphenParticles)
        {
            if (bare.Length > p.Length && bare.StartsWith(p, StringComparison.Ordinal) && char.IsUpper(bare[p.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a lower-case particle ("al", "van"), which does not end a name.</summary>
    private static bool IsParticle(string body, NameWord w) =>
        char.IsLower(body[w.Start])
        && (w.Stop ? PerpetratorCues.Particles.Contains(w.ToString(body)) : PerpetratorCues.Particles.Contains(body.AsSpan(w.Start, w.Length)));

    /// <summary>Whether the reading goes on to the next token or the name has ended.</summary>
    private enum Step : byte
    {
        /// <summary>Read the next token.</summary>
        Next,

        /// <summary>The name has ended.</summary>
        Stop,
    }

    /// <summary>A word of the run: without its possessive ending, its perpetrator word lists, whether it had the ending.</summary>
    private readonly ref struct Word(ReadOnlySpan<char> bare, WordClass classes, bool possessive)
    {
        public readonly ReadOnlySpan<char> Bare = bare;
        public readonly WordClass Classes = classes;
        public readonly bool Possessive = possessive;
    }

    /// <summary>Where the reading of a name stands.</summary>
    /// <param name="first">The index in the list of name words of the name's first word.</param>
    private struct Reading(int first)
    {
        /// <summary>The token being read.</summary>
        public int At;

        /// <summary>The name's first token (after any title).</summary>
        public int NameStart;

        /// <summary>The token past the name's last word read.</summary>
        public int NameEnd;

        /// <summary>True when a title stood before the name.</summary>
        public bool Titled;

        /// <summary>The index in the list of name words of the name's first word.</summary>
        public readonly int First = first;
    }
}
