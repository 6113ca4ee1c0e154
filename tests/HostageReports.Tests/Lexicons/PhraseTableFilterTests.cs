using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

public class PhraseTableFilterTests
{
    private static readonly PhraseTable<int> Table = new(
    [
        KeyValuePair.Create("at least", 1),
        KeyValuePair.Create("killed", 2),
        KeyValuePair.Create("\u00e9lite guards", 3),
        KeyValuePair.Create("\u2013", 4),
        KeyValuePair.Create("na\u00efve", 5),
    ]);

    [Theory]
    [InlineData("at least", 1)]
    [InlineData("AT LEAST", 1)]
    [InlineData("Killed", 2)]
    [InlineData("KILLED", 2)]
    [InlineData("\u00e9lite guards", 3)]
    [InlineData("\u00c9LITE guards", 3)]
    [InlineData("\u2013", 4)]
    [InlineData("NA\u00cfVE", 5)]
    public void TryMatch_PhraseInAnyCase_Matches(string text, int expected)
    {
        var tokens = Tokens(text);

        Table.TryMatch(text, tokens, 0, out int value, out int length).Should().BeTrue();

        value.Should().Be(expected);
        length.Should().Be(tokens.Length);
    }

    [Theory]
    [InlineData("kill")]
    [InlineData("killer")]
    [InlineData("killes")]
    [InlineData("xilled")]
    [InlineData("at")]
    [InlineData("\u00e9lite")]
    [InlineData("-")]
    public void TryMatch_OtherWord_DoesNotMatch(string text)
    {
        Table.TryMatch(text, Tokens(text), 0, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryGetWord_ManyWords_FindsEachAndNoOther()
    {
        var words = Enumerable.Range(0, 2000).Select(i => $"w{i}x").ToArray();
        var table = new PhraseTable<int>(words.Select((w, i) => KeyValuePair.Create(w, i)));

        for (int i = 0; i < words.Length; i++)
        {
            table.TryGetWord(words[i].ToUpperInvariant(), out int value).Should().BeTrue();
            value.Should().Be(i);
            table.ContainsWord($"w{i}y").Should().BeFalse();
        }
    }

    private static Token[] Tokens(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return [.. list];
    }
}
