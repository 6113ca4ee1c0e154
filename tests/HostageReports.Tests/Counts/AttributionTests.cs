using FluentAssertions;
using HostageReports.Claims;
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
}
