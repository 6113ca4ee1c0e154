using FluentAssertions;
using HostageReports.Extraction.Numbers;
using HostageReports.Extraction.Text;

namespace HostageReports.Tests.Counts;

public class QuantityReaderTests
{
    [Theory]
    [InlineData("13 people", "Exact", 13L, 13L, 13L)]
    [InlineData("1,300 people", "Exact", 1300L, 1300L, 1300L)]
    [InlineData("Forty-one people", "Exact", 41L, 41L, 41L)]
    [InlineData("thirteen people", "Exact", 13L, 13L, 13L)]
    [InlineData("twenty one people", "Exact", 21L, 21L, 21L)]
    [InlineData("a dozen people", "Exact", 12L, 12L, 12L)]
    [InlineData("two dozen people", "Exact", 24L, 24L, 24L)]
    [InlineData("three hundred people", "Exact", 300L, 300L, 300L)]
    [InlineData("an Irishman", "Exact", 1L, 1L, 1L)]
    [InlineData("one Briton", "Exact", 1L, 1L, 1L)]
    [InlineData("at least 20 people", "AtLeast", 20L, 20L, null)]
    [InlineData("no fewer than 20 people", "AtLeast", 20L, 20L, null)]
    [InlineData("more than 20 people", "MoreThan", 20L, 21L, null)]
    [InlineData("over 20 people", "MoreThan", 20L, 21L, null)]
    [InlineData("as many as 40 people", "AtMost", 40L, null, 40L)]
    [InlineData("up to 40 people", "AtMost", 40L, null, 40L)]
    [InlineData("fewer than 20 people", "FewerThan", 20L, null, 19L)]
    [InlineData("less than 20 people", "FewerThan", 20L, null, 19L)]
    [InlineData("some 20 people", "About", 20L, null, null)]
    [InlineData("about 20 people", "About", 20L, null, null)]
    [InlineData("around 20 people", "About", 20L, null, null)]
    [InlineData("nearly 20 people", "About", 20L, null, null)]
    [InlineData("roughly 20 people", "About", 20L, null, null)]
    [InlineData("an estimated 20 people", "About", 20L, null, null)]
    [InlineData("several people", "Vague", null, 2L, null)]
    [InlineData("some people", "Vague", null, 1L, null)]
    [InlineData("a number of people", "Vague", null, 2L, null)]
    [InlineData("dozens of people", "Vague", null, 24L, null)]
    [InlineData("several dozen people", "Vague", null, 24L, null)]
    [InlineData("hundreds of people", "Vague", null, 200L, null)]
    public void TryRead_Phrase_GivesInterval(string text, string qualifier, long? value, long? min, long? max)
    {
        var tokens = Tokens(text);

        QuantityReader.TryRead(text, tokens, 0, out var phrase).Should().BeTrue();
        var quantity = phrase.ToQuantity();
        quantity.Qualifier.ToString().Should().Be(qualifier);
        quantity.Value.Should().Be(value);
        quantity.Min.Should().Be(min);
        quantity.Max.Should().Be(max);
    }

    [Theory]
    [InlineData("36-year-old man")]
    [InlineData("5am")]
    [InlineData("5:30 p.m.")]
    [InlineData("800 miles")]
    [InlineData("95km")]
    [InlineData("1963.T")]
    [InlineData("2013 attacks")]
    [InlineData("40th homicide")]
    [InlineData("five times")]
    [InlineData("third largest")]
    public void TryRead_NotACount_IsRefused(string text)
    {
        QuantityReader.TryRead(text, Tokens(text), 0, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("France 24 reported", 1)]
    [InlineData("Channel 4 said", 1)]
    [InlineData("on Feb. 6 police", 3)]
    [InlineData("in the 1300 block", 3)]
    [InlineData("paid $ 500 bail", 2)]
    public void TryRead_NumberInAName_IsRefused(string text, int index)
    {
        QuantityReader.TryRead(text, Tokens(text), index, out _).Should().BeFalse();
    }

    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens.ToArray();
    }
}
