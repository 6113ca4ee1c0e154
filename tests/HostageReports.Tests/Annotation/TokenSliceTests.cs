using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Rules.Attribution;

namespace HostageReports.Tests.Annotation;

public class TokenSliceTests
{
    private const string Body = "First sentence. Police said two people were killed.";

    [Fact]
    public void Indexer_Window_ReadsTheWindowsTokens()
    {
        var tokens = Tokens();
        var slice = new TokenSlice([.. tokens], 3, 4);

        slice.Length.Should().Be(4);
        slice[0].Should().Be(tokens[3]);
        slice[3].Should().Be(tokens[6]);
        ((ReadOnlySpan<Token>)slice).ToArray().Should().Equal(tokens[3..7]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Indexer_OutsideTheWindow_Throws(int index)
    {
        var slice = new TokenSlice([.. Tokens()], 3, 4);

        var read = () => slice[index];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_WindowPastTheArray_Throws()
    {
        var make = () => new TokenSlice([.. Tokens()], 5, 100);

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AttributionRead_Slice_GivesTheSameSpeakerAsACopy()
    {
        var tokens = Tokens();
        var slice = new TokenSlice([.. tokens], 3, tokens.Length - 3);

        var fromSlice = SentenceAttribution.Read(Body, slice, null);
        var fromCopy = SentenceAttribution.Read(Body, tokens.AsSpan(3), null);

        fromSlice.Clauses.Should().Equal(fromCopy.Clauses);
        fromSlice.LastNamedSpeaker.Should().Be("Police");
        fromSlice.For(4).Should().BeEquivalentTo(fromCopy.For(4));
        fromSlice.For(4).Source!.Speaker.Should().Be("Police");
    }

    private static Token[] Tokens()
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(Body, 0, Body.Length, list);
        return [.. list];
    }
}
