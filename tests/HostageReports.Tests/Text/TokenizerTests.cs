using FluentAssertions;
using HostageReports.Annotation;
using Xunit;

namespace HostageReports.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Three people were killed.", "Three|people|were|killed|.")]
    [InlineData("al-Qaeda's O'Brien", "al-Qaeda's|O'Brien")]
    [InlineData("the U.S. embassy", "the|U.S.|embassy")]
    [InlineData("1,300 and 2.5 and 3,", "1,300|and|2.5|and|3|,")]
    [InlineData("  \t\n ", "")]
    [InlineData("...!?", ".|.|.|!|?")]
    [InlineData("Zürich’s café", "Zürich’s|café")]
    [InlineData("a-", "a|-")]
    [InlineData("U.S.-led forces", "U.S.|-|led|forces")]
    [InlineData("O\u2019Neill said", "O\u2019Neill|said")]
    [InlineData("abc123def 9mm", "abc123def|9|mm")]
    [InlineData("naïve-looking Gdańsk", "naïve-looking|Gdańsk")]
    [InlineData("x.y and A.B.C. Corp", "x|.|y|and|A.B.C.|Corp")]
    [InlineData("end.", "end|.")]
    [InlineData("rock'n'roll --", "rock'n'roll|-|-")]
    public void Tokenize_Text_CutsWordsNumbersAndMarks(string text, string expected)
    {
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Length))).Should().Be(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Tokenize_ListTooSmall_GrowsAndKeepsEarlierTokens(int capacity)
    {
        const string text = "One, two; three: four. Five six seven eight nine ten eleven twelve.";
        var tokens = new List<Token>(capacity) { new(TokenKind.Word, 0, 3) };

        Tokenizer.Tokenize(text, 5, text.Length, tokens);
        Tokenizer.Tokenize(text, 0, 3, tokens);

        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal(
            "One", "two", ";", "three", ":", "four", ".", "Five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", ".", "One");
    }

    [Fact]
    public void Tokenize_Range_ReadsOnlyInsideIt()
    {
        const string text = "before. inside words. after";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 8, 21, tokens);

        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal("inside", "words", ".");
    }
}
