using System.Text;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Rules.Attribution;
using static HostageReports.Tests.Counts.CountTestHelper;

namespace HostageReports.Tests.Counts;

public class AttributionTests
{
    [Theory]
    [InlineData("Two people were killed, police said.", "police")]
    [InlineData("Police said two people were killed.", "Police")]
    [InlineData("According to the interior ministry, two people were killed.", "the interior ministry")]
    [InlineData("Two people were killed, according to a hospital official.", "a hospital official")]
    [InlineData("The state news agency reported that two people were killed.", "The state news agency")]
    [InlineData("A rebel spokesman told Reuters that two people were killed.", "A rebel spokesman")]
    [InlineData("\"Two people were killed,\" the governor said.", "the governor")]
    [InlineData("Two people were killed, said Sgt. Ann Lee.", "Sgt. Ann Lee")]
    [InlineData("The group, which is led by a former army officer, said it killed two soldiers.", "The group")]
    [InlineData("The militia claimed that two soldiers were killed.", "The militia")]
    [InlineData("Local and company officials said two workers were kidnapped.", "Local and company officials")]
    [InlineData("Two workers were kidnapped.", null)]
    [InlineData("According to a source quoted by Reuters, 22 foreigners had escaped.", "a source")]
    [InlineData("A security source, speaking on condition of anonymity, said 12 hostages were freed.", "A security source")]
    [InlineData("State television, citing a security official, reported that 18 militants had been killed.", "State television")]
    [InlineData("The ministry confirmed the attack, and it added that two workers were kidnapped.", "The ministry")]
    public void Extract_Sentence_GivesSpeaker(string text, string? speaker)
    {
        var claim = CountsOf(text).Should().ContainSingle().Subject;
        claim.Source?.Speaker.Should().Be(speaker);
        if (speaker is null)
        {
            claim.Source.Should().BeNull();
        }
    }

    [Fact]
    public void Extract_PronounSpeaker_TakesTheSpeakerOfThePreviousSentence()
    {
        var claims = CountsOf("The governor confirmed the attack on Monday. He said that two workers were kidnapped.");

        claims.Should().ContainSingle().Which.Source!.Speaker.Should().Be("The governor");
    }

    [Fact]
    public void Extract_ReportedClaim_KeepsInnermostSpeakerAndChain()
    {
        var claim = CountsOf("The news agency ANI reported that a spokesman for the militants claimed as many as 40 foreigners had been taken.").Should().ContainSingle().Subject;

        claim.Source!.Speaker.Should().Be("a spokesman for the militants");
        claim.Source.Chain.Should().Equal("The news agency ANI", "a spokesman for the militants");
        claim.Certainty.Should().Be(Certainty.Claimed);
    }

    [Theory]
    [InlineData("A spokesman claimed that 41 foreigners were being held.", Certainty.Claimed)]
    [InlineData("A spokesman said that 41 foreigners were being held, but that could not be confirmed.", Certainty.Unconfirmed)]
    [InlineData("There was an unconfirmed report that a French national had been killed.", Certainty.Unconfirmed)]
    [InlineData("Fifteen workers have reportedly managed to escape.", Certainty.Unconfirmed)]
    [InlineData("The army denied that 30 soldiers were killed.", Certainty.Denied)]
    [InlineData("Officials said 30 soldiers were killed.", Certainty.Reported)]
    [InlineData("Officials could not confirm reports that an American was among those killed.", Certainty.Unconfirmed)]
    public void Extract_Sentence_GivesCertainty(string text, Certainty certainty)
    {
        CountsOf(text).Should().ContainSingle().Which.Certainty.Should().Be(certainty);
    }

    [Theory]
    [InlineData("Norway said that 13 of its citizens had been taken hostage.", "NO")]
    [InlineData("Ireland confirmed that one of its citizens had been kidnapped.", "IE")]
    [InlineData("The Japanese government said three of its citizens were killed.", "JP")]
    public void Extract_ItsCitizens_TakesTheSpeakersCountry(string text, string country)
    {
        CountsOf(text).Should().ContainSingle().Which.Population.Should().Be(Population.Nationality(country));
    }

    [Fact]
    public void Extract_ReportedClaimAtTheEndOfALongSentence_KeepsItsSpeakerAndTheNearestOfTheChain()
    {
        var text = new StringBuilder();
        for (int k = 0; k < 300; k++)
        {
            text.Append("officials said one hostage was freed, ");
        }

        text.Append("and the news agency ANI reported that a spokesman for the militants claimed as many as 40 foreigners had been taken.");
        var claims = CountsOf(text.ToString());

        var last = claims.Should().ContainSingle(c => c.Quantity.Value == 40).Subject;
        last.Source!.Speaker.Should().Be("a spokesman for the militants");
        last.Certainty.Should().Be(Certainty.Claimed);
        last.Source.Chain.Should().HaveCount(SentenceAttribution.MaxChain);
        last.Source.Chain.TakeLast(2).Should().Equal("the news agency ANI", "a spokesman for the militants");
        claims.Should().OnlyContain(c => c.Source != null && c.Source.Chain.Count <= SentenceAttribution.MaxChain);
    }

    [Fact]
    public void Extract_ClaimsInALongSentence_EachTakeTheSpeakerNearestBeforeThem()
    {
        var text = new StringBuilder("Two hostages were freed, a witness said, ");
        for (int k = 0; k < 200; k++)
        {
            text.Append(k % 2 == 0 ? "the army said one soldier was wounded, " : "a medic said one nurse was wounded, ");
        }

        var claims = CountsOf(text.Append("and that was all.").ToString());

        claims.Should().HaveCount(201);
        claims[0].Source!.Speaker.Should().Be("a witness");
        for (int k = 1; k < claims.Count; k++)
        {
            claims[k].Source!.Speaker.Should().Be(k % 2 == 1 ? "the army" : "a medic");
        }
    }

    [Fact]
    public void Extract_PronounFarDownALongSentence_SpeaksForTheLastSpeakerNamedBeforeIt()
    {
        var text = new StringBuilder("The ministry confirmed the attack, and officials said one guard was killed, ");
        for (int k = 0; k < 100; k++)
        {
            text.Append("they said two workers were wounded, ");
        }

        var claims = CountsOf(text.Append("and that was all.").ToString());

        claims.Should().HaveCount(101).And.OnlyContain(c => c.Source!.Speaker == "officials");
        claims[^1].Source!.Chain.Should().HaveCount(SentenceAttribution.MaxChain).And.OnlyContain(s => s == "they");
    }

    [Fact]
    public void Extract_TrailingSpeakerAfterALongList_SpeaksForTheClaimsBeforeIt()
    {
        var text = new StringBuilder();
        for (int k = 0; k < 100; k++)
        {
            text.Append("one man was wounded, ");
        }

        var claims = CountsOf(text.Append("a hospital official said.").ToString());

        claims.Should().HaveCount(100).And.OnlyContain(c => c.Source!.Speaker == "a hospital official");
    }
}
