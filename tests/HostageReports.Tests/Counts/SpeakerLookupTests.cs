using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Rules.Attribution;

namespace HostageReports.Tests.Counts;

public class SpeakerLookupTests
{
    [Fact]
    public void ReadWithSpeakerLookup_PronounSpeaks_AsksOnceForThePreviousSpeaker()
    {
        const string Text = "He said two people were killed.";
        var tokens = Slice(Text);
        int asked = 0;

        var attribution = SentenceAttribution.ReadWithSpeakerLookup(Text, tokens, () =>
        {
            asked++;
            return "Sheriff John Smith";
        });

        attribution.For(2).Source!.Speaker.Should().Be("Sheriff John Smith");
        attribution.For(3).Source!.Speaker.Should().Be("Sheriff John Smith");
        asked.Should().Be(1);
    }

    [Fact]
    public void ReadWithSpeakerLookup_NamedSpeaker_NeverAsks()
    {
        const string Text = "Police said two people were killed.";
        var tokens = Slice(Text);
        int asked = 0;

        var attribution = SentenceAttribution.ReadWithSpeakerLookup(Text, tokens, () =>
        {
            asked++;
            return "Someone";
        });

        attribution.For(2).Source!.Speaker.Should().Be("Police");
        asked.Should().Be(0);
    }

    [Fact]
    public void ReadWithSpeakerLookup_SameAsReadWithTheSpeaker()
    {
        const string Text = "She told reporters that five people were wounded.";
        var tokens = Slice(Text);

        var lazy = SentenceAttribution.ReadWithSpeakerLookup(Text, tokens, () => "The mayor");
        var eager = SentenceAttribution.Read(Text, tokens, "The mayor");

        lazy.For(5).Should().BeEquivalentTo(eager.For(5));
    }

    private static TokenSlice Slice(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return new TokenSlice([.. list]);
    }
}
