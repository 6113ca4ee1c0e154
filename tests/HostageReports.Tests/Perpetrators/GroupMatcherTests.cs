using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Rules.Perpetrators;
using static HostageReports.Tests.Perpetrators.MatcherTestText;

namespace HostageReports.Tests.Perpetrators;

/// <summary>
/// Each group matcher on the phrasings its doc comment gives, and on the phrasings it must turn away: the text, the
/// word the matcher is tried at, the group's name as found (null for none).
/// </summary>
public class GroupMatcherTests
{
    [Theory]
    [InlineData("Al-Shabaab claimed the attack on Monday.", "Al-Shabaab", "Al-Shabaab")]
    [InlineData("Officials blamed the Taliban for the attack.", "the", "Taliban")]
    [InlineData("Fighters of al-Qaeda in the Arabian Peninsula stormed the hotel.", "al-Qaeda", "al-Qaeda in the Arabian Peninsula")]
    [InlineData("Smith claimed the attack on Monday.", "Smith", null)]
    [InlineData("IRA, Vt. - A man was shot on Monday.", "IRA", null)]
    public void KnownGroupMatcher_Phrasing_FindsListedName(string text, string at, string? expected)
    {
        var v = View(text);
        var m = KnownGroupMatcher.Match(v, IndexOf(v, at), 0, v.Count);
        (m?.Text).Should().Be(expected);
        if (m is not null)
        {
            m.Canonical.Should().NotBeNull();
        }
    }

    [Theory]
    [InlineData("Militants of the Ahmed Abu al-Hassan Brigade attacked the base.", "Ahmed", "Ahmed Abu al-Hassan Brigade")]
    [InlineData("Rebels from Katibat Tariq Nour seized the town.", "Katibat", "Katibat Tariq Nour")]
    [InlineData("The Salvation Army opened a shelter in the town.", "Salvation", null)]
    [InlineData("Soldiers of the Algerian Army fought militants near the town.", "Algerian", null)]
    [InlineData("Chief John Smith of the Glenwood Police Department spoke.", "Glenwood", null)]
    public void HeadedGroupMatcher_Phrasing_FindsRunWithGroupWord(string text, string at, string? expected)
    {
        var v = View(text);
        bool? militant = null;
        var m = HeadedGroupMatcher.Match(v, IndexOf(v, at), 0, v.Count, ref militant, new RunCache());
        (m?.Text).Should().Be(expected);
    }

    [Theory]
    [InlineData("A group calling itself the Sons of the Desert claimed the kidnapping.", "Sons", "Sons of the Desert")]
    [InlineData("The militants, who called themselves Black Dawn, asked for money.", "Black", "Black Dawn")]
    [InlineData("The militant group Ansar Beit said it had the hostages.", "Ansar", "Ansar Beit")]
    [InlineData("A man calling himself John asked for money.", "John", null)]
    [InlineData("The Desert Sons said they had the hostages.", "Desert", null)]
    public void IntroducedGroupMatcher_Phrasing_FindsNameAfterCue(string text, string at, string? expected)
    {
        var v = View(text);
        var m = IntroducedGroupMatcher.Match(v, IndexOf(v, at), 0, v.Count, new RunCache());
        (m?.Text).Should().Be(expected);
        if (m is not null)
        {
            m.Introduced.Should().BeTrue();
            m.EvidenceStart.Should().BeLessThan(m.Start);
        }
    }

    [Theory]
    [InlineData("The \"Sons of the Desert\" cell claimed the attack.", "Sons", "Sons of the Desert")]
    [InlineData("A \"Black Dawn\" faction took the hostages.", "Black", "Black Dawn")]
    [InlineData("A \"Dawn\" cell took the hostages.", "Dawn", null)]
    [InlineData("The Sons of the Desert cell claimed the attack.", "Sons", null)]
    public void QuotedGroupMatcher_Phrasing_FindsQuotedNameBeforeGroupWord(string text, string at, string? expected)
    {
        var v = View(text);
        var m = QuotedGroupMatcher.Match(v, IndexOf(v, at), v.Count, new RunCache());
        (m?.Text).Should().Be(expected);
    }

    [Theory]
    [InlineData("A group calling itself the Black Dawn and the Red Hand claimed it.", "Dawn", "Red Hand")]
    [InlineData("A group calling itself the Black Dawn and \"Red Hand\" claimed it.", "Dawn", "Red Hand")]
    [InlineData("A group calling itself the Black Dawn and police said so.", "Dawn", null)]
    [InlineData("A group calling itself the Black Dawn claimed it.", "Dawn", null)]
    public void CoordinatedGroupMatcher_Phrasing_FindsSecondNameOfPair(string text, string lastOfFirst, string? expected)
    {
        var v = View(text);
        var m = CoordinatedGroupMatcher.Match(v, IndexOf(v, lastOfFirst) + 1, v.Count, new RunCache());
        (m?.Text).Should().Be(expected);
    }

    /// <summary>The whole finder over a sentence: each group's name, its aliases, whether it is an affiliation, and how sure the sentence is.</summary>
    public static TheoryData<string, string, string[], bool, Certainty> Sentences => new()
    {
        { "Al-Qaeda in the Islamic Maghreb (AQIM) took the hostages.", "Al-Qaeda in the Islamic Maghreb", ["AQIM"], false, Certainty.Reported },
        { "The Desert Martyrs Brigade, also known as the Sons of the Desert, took the hostages.", "Desert Martyrs Brigade", ["Sons of the Desert"], false, Certainty.Reported },
        { "The Desert Martyrs Brigade, or the Sons of the Desert, took the hostages.", "Desert Martyrs Brigade", ["Sons of the Desert"], false, Certainty.Reported },
        { "The Desert Martyrs Brigade, aka Sons of the Desert, took the hostages.", "Desert Martyrs Brigade", ["Sons of the Desert"], false, Certainty.Reported },
        { "The Desert Martyrs Brigade, or Algeria, took the hostages.", "Desert Martyrs Brigade", [], false, Certainty.Reported },
        { "The Desert Martyrs Brigade, and the Sons of the Desert, took the hostages.", "Desert Martyrs Brigade", [], false, Certainty.Reported },
        { "The gunmen were linked to al-Qaeda, police said.", "al-Qaeda", [], true, Certainty.Reported },
        { "It was not clear whether the gunmen were linked to al-Qaeda.", "al-Qaeda", [], true, Certainty.Unconfirmed },
        { "Al-Shabaab claimed responsibility for the attack.", "Al-Shabaab", [], false, Certainty.Claimed },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void GroupFinder_Sentence_ReadsAliasAffiliationAndCertainty(string text, string name, string[] aliases, bool affiliation, Certainty certainty)
    {
        var v = View(text);
        var mentions = GroupFinder.Find(v, new bool[v.Count]);
        mentions.Should().ContainSingle();
        var m = mentions[0];
        m.Text.Should().Be(name);
        m.Aliases.Should().Equal(aliases);
        m.Affiliation.Should().Be(affiliation);
        m.Certainty.Should().Be(certainty);
    }

    [Theory]
    [InlineData("the Sons of the Desert", "Sons of the Desert")]
    [InlineData("The Taliban", "Taliban")]
    [InlineData("theTaliban", "theTaliban")]
    [InlineData("Theresa", "Theresa")]
    public void GroupNames_TrimThe_DropsLeadingArticleOnly(string text, string expected) =>
        GroupNames.TrimThe(text).Should().Be(expected);
}

/// <summary>The perpetrator rule's own word lists load from their data file with the words the matchers were written for.</summary>
public class NamesLexiconTests
{
    [Fact]
    public void NamesLexicon_Load_ReadsEveryList()
    {
        NamesLexicon.The.Should().Be("the");
        NamesLexicon.And.Should().Be("and");
        NamesLexicon.AliasWords.Should().Equal("or", "aka");
        NamesLexicon.AliasPhrase.Should().Equal("also", "known", "as");
        NamesLexicon.AppositionOpenings.Should().Equal("a", "an", "the", "his", "her");
        NamesLexicon.HyphenParticles.Should().Equal("al-", "el-");
        NamesLexicon.UnfinishedKeys.Should().Equal("qai", "qaid");
    }
}
