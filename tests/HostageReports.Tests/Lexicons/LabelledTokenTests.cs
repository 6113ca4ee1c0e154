using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;

namespace HostageReports.Tests.Lexicons;

public class LabelledTokenTests
{
    [Theory]
    [InlineData("killed")]
    [InlineData("KILLED")]
    [InlineData("Killed")]
    [InlineData("the")]
    [InlineData("hostages")]
    public void LexiconId_LexiconWordInAnyCase_GivesOneNumber(string word)
    {
        var number = Lexicon.Id(word);

        number.Should().BeGreaterThan(Lexicon.Outside);
        Lexicon.Id(word.ToLowerInvariant()).Should().Be(number);
    }

    [Theory]
    [InlineData("Zebulonville")]
    [InlineData("qwerty")]
    [InlineData("")]
    public void LexiconId_WordOfNoLexicon_IsOutside(string word) => Lexicon.Id(word).Should().Be(Lexicon.Outside);

    [Fact]
    public void LexiconId_TwoDifferentWords_GiveDifferentNumbers() => Lexicon.Id("killed").Should().NotBe(Lexicon.Id("wounded"));

    [Theory]
    [InlineData("At least 15 people were shot and killed in critical condition on Friday.")]
    [InlineData("THE GUNMEN HELD AS MANY AS 41 HOSTAGES, police said, including two Britons.")]
    [InlineData("A 17-year-old was taken to a hospital; nobody else was hurt, according to officials.")]
    [InlineData("Three other men, ages 25, 26 and 33, were injured at 5 a.m. near Route 9.")]
    public void LabelledTokens_MatchEveryTableAsTheirText(string sentence)
    {
        var plain = Tokenize(sentence);
        var labelled = plain.ToArray();
        Annotator.Annotate(sentence, labelled);
        labelled.Should().Contain(t => t.Word > Lexicon.Outside);

        for (int i = 0; i < plain.Length; i++)
        {
            Same(CasualtyLexicon.Predicates, sentence, plain, labelled, i);
            Same(CasualtyLexicon.People, sentence, plain, labelled, i);
            Same(CasualtyLexicon.Hedges, sentence, plain, labelled, i);
            Same(CasualtyLexicon.NumberWords, sentence, plain, labelled, i);
            Same(CasualtyLexicon.Units, sentence, plain, labelled, i);
            Same(CasualtyLexicon.Aux, sentence, plain, labelled, i);
            Same(SpeechVerbs.Table, sentence, plain, labelled, i);
            CasualtyLexicon.Determiners.ContainsWord(sentence, labelled[i]).Should().Be(CasualtyLexicon.Determiners.ContainsWord(sentence, plain[i]));
        }
    }

    [Fact]
    public void WordSetContains_LabelledTokenOutsideTheVocabulary_FindsTheSetsOwnWords()
    {
        var set = new WordSet(["half", "killed"]);
        const string Text = "Half were killed, Zebulon said.";
        var tokens = Tokenize(Text);
        Annotator.Annotate(Text, tokens);

        tokens.Select(t => set.Contains(Text, t)).Should().Equal(true, false, true, false, false, false, false);
    }

    [Fact]
    public void PhraseTableMatch_LabelledTokens_FindsPhrasesWithWordsOutsideTheVocabulary()
    {
        var table = new PhraseTable<int>([KeyValuePair.Create("zebulon county", 1), KeyValuePair.Create("killed", 2)]);
        const string Text = "Zebulon County deputies killed";
        var tokens = Tokenize(Text);
        Annotator.Annotate(Text, tokens);

        table.TryMatch(Text, tokens, 0, out int first, out int length).Should().BeTrue();
        (first, length).Should().Be((1, 2));
        table.TryMatch(Text, tokens, 3, out int second, out _).Should().BeTrue();
        second.Should().Be(2);
        table.StartsAt(Text, tokens, 2).Should().BeFalse();
    }

    private static void Same<T>(PhraseTable<T> table, string body, Token[] plain, Token[] labelled, int i)
    {
        bool a = table.TryMatch(body, plain, i, out var va, out int la);
        bool b = table.TryMatch(body, labelled, i, out var vb, out int lb);
        (b, lb).Should().Be((a, la), "at token {0} of \"{1}\"", i, body);
        vb.Should().Be(va);
        table.TryMatchEndingAt(body, labelled, i, out _, out int sb).Should().Be(table.TryMatchEndingAt(body, plain, i, out _, out int sa));
        sb.Should().Be(sa);
    }

    private static Token[] Tokenize(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return [.. list];
    }
}
