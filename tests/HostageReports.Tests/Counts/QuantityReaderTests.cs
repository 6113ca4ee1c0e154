using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Rules.Numbers;

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

    /// <summary>The words of quantity-words.tsv, each role with a row that reads it and a row it turns away.</summary>
    public static TheoryData<string, long?, int> QuantityWordPhrases => new()
    {
        { "half a dozen people", 6L, 3 },
        { "half an dozen people", null, 0 },
        { "a couple of people", 2L, 3 },
        { "a couple people", 1L, 1 },
        { "a pair of hostages", 2L, 3 },
        { "pair hostages", null, 0 },
        { "a single gunman", 1L, 1 },
        { "single gunman", null, 0 },
        { "two dozen people", 24L, 2 },
        { "twenty dozen people", 20L, 1 },
        { "An Irishman", 1L, 1 },
    };

    [Theory]
    [MemberData(nameof(QuantityWordPhrases))]
    public void TryRead_QuantityWordPhrase_ReadsItsValueAndWords(string text, long? value, int words)
    {
        bool read = QuantityReader.TryRead(text, Tokens(text), 0, out var phrase);

        read.Should().Be(value is not null);
        if (read)
        {
            phrase.ToQuantity().Value.Should().Be(value);
            (phrase.End - phrase.Start).Should().Be(words);
        }
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

    [Theory]
    [InlineData("3 000 villagers", 0, 3000L, "3 000")]
    [InlineData("3\u00A0000 villagers", 0, 3000L, "3\u00A0000")]
    [InlineData("3\u202F000 villagers", 0, 3000L, "3\u202F000")]
    [InlineData("3\u2009000 villagers", 0, 3000L, "3\u2009000")]
    [InlineData("12 500 000 people", 0, 12500000L, "12 500 000")]
    [InlineData("999 999 people", 0, 999999L, "999 999")]
    [InlineData("1 000 000 000 000 000 people", 0, 1000000000000000L, "1 000 000 000 000 000")]
    [InlineData("killed 1 200 people", 1, 1200L, "1 200")]
    [InlineData("by 2013 1 200 people", 2, 1200L, "1 200")]
    // not grouped: a later group of other than three digits, a lead of more than three, two spaces, a comma or a stop
    [InlineData("3 2013 people", 0, 3L, "3")]
    [InlineData("1 12 people", 0, 1L, "1")]
    [InlineData("3 20 people", 0, 3L, "3")]
    [InlineData("3 0001 people", 0, 3L, "3")]
    [InlineData("1234 567 people", 0, 1234L, "1234")]
    [InlineData("3  000 people", 0, 3L, "3")]
    [InlineData("3\t000 people", 0, 3L, "3")]
    [InlineData("1,000 000 people", 0, 1000L, "1,000")]
    [InlineData("3 000.5 people", 0, 3L, "3")]
    // a run that one more number follows, a run too long for a number, a later group read on its own
    [InlineData("1 000 20 people", 0, 1L, "1")]
    [InlineData("1 000 000 000 000 000 000 people", 0, 1L, "1")]
    [InlineData("9 100 000 people", 1, 100L, "100")]
    public void TryNumber_SpaceGroupedDigits_AreOneNumberOnlyWhenEveryLaterGroupHasThreeDigits(string text, int index, long value, string span)
    {
        var tokens = Tokens(text);

        QuantityReader.TryNumber(text, tokens, index, out long read, out int end, out var form).Should().BeTrue();

        read.Should().Be(value);
        form.Should().Be(QuantityForm.Number);
        text[tokens[index].Start..tokens[end - 1].End].Should().Be(span);
    }

    [Theory]
    [InlineData("on May 3 200 people", 2)]
    [InlineData("on Route 9 100 people", 2)]
    [InlineData("at 10 000 feet", 1)]
    public void TryRead_SpaceGroupedDigitsInAName_AreRefused(string text, int index)
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
