using System.Text;
using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Rules.Counts;

namespace HostageReports.Tests.Counts;

public class PeopleParserTests
{
    private static readonly string[] Nationalities = ["American", "British", "French", "Norwegian", "Japanese"];

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(PeopleParser.MaxModifiers - 1)]
    public void TryRead_ListOfNationalitiesBeforeAHead_IsOnePhraseToTheHead(int count)
    {
        var (body, tokens) = Tokens(List(count) + " citizens were killed.");

        PeopleParser.TryRead(body, tokens, 0, out var phrase).Should().BeTrue();

        body[tokens[phrase.End - 1].Start..tokens[phrase.End - 1].End].Should().Be("citizens");
        phrase.Nations.Should().HaveCount(count);
    }

    [Fact]
    public void TryRead_RunOfNationalitiesLongerThanAnyPhrase_IsReadNoFurtherThanTheBound()
    {
        var (body, tokens) = Tokens(List(5 * PeopleParser.MaxModifiers) + " citizens were killed.");

        PeopleParser.TryRead(body, tokens, 0, out var phrase).Should().BeTrue();

        phrase.Nations.Should().HaveCount(PeopleParser.MaxModifiers);
        phrase.End.Should().BeLessThan(3 * PeopleParser.MaxModifiers);
    }

    [Theory]
    [InlineData("foreign ")]
    [InlineData("5-year-old ")]
    [InlineData("\" ")]
    public void TryRead_LongRunOfModifiersWithoutAHead_IsNoPhrase(string modifier)
    {
        var (body, tokens) = Tokens(string.Concat(Enumerable.Repeat(modifier, 500)) + "and more.");

        for (int i = 0; i < tokens.Length; i++)
        {
            PeopleParser.TryRead(body, tokens, i, out _).Should().BeFalse($"token {i}");
        }
    }

    /// <summary>"American, British, ..., and Japanese": <paramref name="count"/> nationalities, the last after "and".</summary>
    private static string List(int count)
    {
        var list = new StringBuilder();
        for (int k = 0; k < count; k++)
        {
            list.Append(k == 0 ? "" : k == count - 1 ? " and " : ", ").Append(Nationalities[k % Nationalities.Length]);
        }

        return list.ToString();
    }

    private static (string Body, Token[] Tokens) Tokens(string body)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(body, 0, body.Length, tokens);
        return (body, tokens.ToArray());
    }
}
