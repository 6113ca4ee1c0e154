using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Counts;

namespace HostageReports.Tests.Counts;

/// <summary>The count rule's look-ups that trust a token's vocabulary label give what its text gives.</summary>
public class CountLabelTests
{
    [Fact]
    public void GeographyWords_EveryTokenOfEveryName_IsInTheVocabulary()
    {
        // The people parser skips the geography for a token labelled Outside: that is exact only while this holds.
        var names = Geography.Countries.SelectMany(c => c.Names.Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals).Concat(c.Capitals))
            .Concat(Geography.UsStates.SelectMany(s => s.ApAbbreviations.Append(s.Name).Append(s.Postal)));
        var outside = new List<string>();
        foreach (var name in names)
        {
            foreach (var token in Tokenize(name))
            {
                if (token.Kind == TokenKind.Word && Lexicon.Id(name.AsSpan(token.Start, token.Length)) == Lexicon.Outside)
                {
                    outside.Add(name);
                }
            }
        }

        outside.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Two South Koreans and a Briton were killed, the Japanese embassy said.")]
    [InlineData("Zebulon Smith, 17, of Georgia was shot near Oslo; an American died.")]
    [InlineData("\"Three Norwegians\" were among the hostages, Zebulonville police said.")]
    [InlineData("Officers found Côte d\u2019Ivoire nationals and two Ivorians at the scene.")]
    public void TryDemonymAt_LabelledTokens_AgreesWithText(string sentence)
    {
        var plain = Tokenize(sentence);
        var labelled = plain.ToArray();
        Annotator.Annotate(sentence, labelled);

        for (int i = 0; i < plain.Length; i++)
        {
            bool a = PeopleParser.TryDemonymAt(sentence, plain, i, out var da, out int la);
            bool b = PeopleParser.TryDemonymAt(sentence, labelled, i, out var db, out int lb);
            (b, lb, db).Should().Be((a, la, da), "at token {0} of \"{1}\"", i, sentence);
        }
    }

    [Theory]
    [InlineData("Two South Koreans and a Briton were killed, the Japanese embassy said.")]
    [InlineData("Zebulon Smith, 17, of Georgia was shot near Oslo; an American died.")]
    [InlineData("\"Three Norwegians\" were among the hostages, Zebulonville police said.")]
    [InlineData("The death toll rose to five, and the number of people hurt - \u201ctwo\u201d - is not known.")]
    public void TryRead_LabelledTokens_ReadsThePhrasesTheTextGives(string sentence)
    {
        var plain = Tokenize(sentence);
        var labelled = plain.ToArray();
        Annotator.Annotate(sentence, labelled);

        for (int i = 0; i < plain.Length; i++)
        {
            bool a = PeopleParser.TryRead(sentence, plain, i, out PeoplePhrase pa);
            bool b = PeopleParser.TryRead(sentence, labelled, i, out PeoplePhrase pb);
            b.Should().Be(a, "at token {0} of \"{1}\"", i, sentence);
            if (a)
            {
                pb.Should().BeEquivalentTo(pa);
            }
        }
    }

    [Fact]
    public void TryRead_PunctuationOtherThanAQuote_OpensNothing()
    {
        const string Text = "; two Britons ( three Norwegians";
        var tokens = Tokenize(Text);

        PeopleParser.TryRead(Text, tokens, 0, out PeoplePhrase _).Should().BeFalse();
        PeopleParser.TryRead(Text, tokens, 3, out PeoplePhrase _).Should().BeFalse();
        PeopleParser.TryRead(Text, tokens, 1, out PeoplePhrase two).Should().BeTrue();
        two.Nations.Should().Equal("GB");
    }

    private static Token[] Tokenize(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return [.. list];
    }
}
