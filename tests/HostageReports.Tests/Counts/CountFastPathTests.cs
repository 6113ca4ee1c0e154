using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Counts;

namespace HostageReports.Tests.Counts;

/// <summary>The count rule's shortcuts (shape filter, cached labels, lexicon start bits) answer as the look-ups they stand before.</summary>
public class CountFastPathTests
{
    private static readonly string[] Words = ["killed", "in", "murder-suicide", "toll", "gunmen"];

    private static readonly string[] Sentences =
    [
        "Two South Koreans and a Briton were killed, the Japanese embassy said.",
        "At least 15 foreign and 30 local workers were reportedly taken hostage by gunmen on Friday.",
        "The death toll rose to five; police said three others were in critical condition.",
        "No Americans were among the hostages, according to a spokesman, who could not confirm the report.",
        "A 7-year-old boy in Ohio died Friday, two weeks after a separate shooting left 38 people dead.",
        "The kidnappers, believed to number about a dozen, threatened to kill the hostages in 2009.",
    ];

    [Theory]
    [InlineData("killed")]
    [InlineData("KILLED")]
    [InlineData("In")]
    [InlineData("Murder-Suicide")]
    [InlineData("toll")]
    public void ShapeFilter_WordOfTheList_MayBeContained(string word) =>
        new ShapeFilter(Words).MayContain(word.Length, word[0], word[^1]).Should().BeTrue();

    [Fact]
    public void ShapeFilter_MostOtherWords_AreRefused()
    {
        var filter = new ShapeFilter(Words);
        string[] others = ["the", "was", "on", "Friday", "police", "said", "a", "of", "and", "man", "car", "street", "home", "night", "county", "officers"];

        others.Count(w => filter.MayContain(w.Length, w[0], w[^1])).Should().BeLessThan(2);
    }

    [Theory]
    [InlineData("ıll")]
    [InlineData("gunmeñ")]
    public void ShapeFilter_NonAsciiEnd_MayBeContained(string word) =>
        new ShapeFilter(Words).MayContain(word.Length, word[0], word[^1]).Should().BeTrue();

    [Fact]
    public void ShapeFilter_ListWordWithAnEndEqualToAsciiIgnoringCase_RefusesNothing()
    {
        // The Kelvin sign may equal "k" ignoring case: a filter of ASCII shapes cannot keep such words out.
        var filter = new ShapeFilter(["\u212Aill"]);

        filter.MayContain("bread".Length, 'b', 'd').Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SentenceRows))]
    public void WordStarts_WhereALexiconsPhraseStarts_HasItsBit(string sentence)
    {
        var tokens = Tokenize(sentence);
        Annotator.Annotate(sentence, tokens);
        var lexicons = new (Starts Bit, Func<int, bool> StartsAt)[]
        {
            (Starts.Predicate, i => CasualtyLexicon.Predicates.StartsAt(sentence, tokens, i)),
            (Starts.Speech, i => SpeechVerbs.Table.StartsAt(sentence, tokens, i)),
            (Starts.Aux, i => CasualtyLexicon.Aux.StartsAt(sentence, tokens, i)),
            (Starts.Among, i => CasualtyLexicon.Among.StartsAt(sentence, tokens, i)),
            (Starts.People, i => CasualtyLexicon.People.StartsAt(sentence, tokens, i)),
            (Starts.Hedge, i => CasualtyLexicon.Hedges.StartsAt(sentence, tokens, i)),
            (Starts.Determiner, i => CasualtyLexicon.Determiners.StartsAt(sentence, tokens, i)),
            (Starts.Negation, i => CasualtyLexicon.Negations.StartsAt(sentence, tokens, i)),
            (Starts.Unconfirmed, i => CasualtyLexicon.Unconfirmed.StartsAt(sentence, tokens, i)),
            (Starts.Earlier, i => CasualtyLexicon.Earlier.StartsAt(sentence, tokens, i)),
            (Starts.History, i => CasualtyLexicon.History.StartsAt(sentence, tokens, i)),
            (Starts.Irrealis, i => CasualtyLexicon.Irrealis.StartsAt(sentence, tokens, i)),
            (Starts.Unit, i => CasualtyLexicon.Units.StartsAt(sentence, tokens, i)),
            (Starts.NumberWord, i => CasualtyLexicon.NumberWords.StartsAt(sentence, tokens, i)),
            (Starts.Vague, i => CasualtyLexicon.Vague.StartsAt(sentence, tokens, i)),
        };

        var missing = new List<string>();
        for (int i = 0; i < tokens.Length; i++)
        {
            foreach (var (bit, startsAt) in lexicons)
            {
                if (startsAt(i) && !WordStarts.May(tokens[i], bit))
                {
                    missing.Add($"{bit} at \"{sentence.Substring(tokens[i].Start, tokens[i].Length)}\"");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("the", (uint)Starts.Predicate)]
    [InlineData("Friday", (uint)Starts.People)]
    [InlineData("said", (uint)Starts.Negation)]
    public void WordStarts_WordNoPhraseStartsWith_HasNoBit(string word, uint lexicon)
    {
        var tokens = Tokenize(word);
        Annotator.Annotate(word, tokens);

        WordStarts.May(tokens[0], (Starts)lexicon).Should().BeFalse();
    }

    [Fact]
    public void WordStarts_UnlabelledToken_MayStartAnything() =>
        WordStarts.Of(new Token(TokenKind.Word, 0, 3)).Should().Be((Starts)uint.MaxValue);

    public static TheoryData<string> SentenceRows()
    {
        var data = new TheoryData<string>();
        foreach (var sentence in Sentences)
        {
            data.Add(sentence);
        }

        return data;
    }

    private static Token[] Tokenize(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return [.. list];
    }
}
