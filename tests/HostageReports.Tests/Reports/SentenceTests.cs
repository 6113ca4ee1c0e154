using FluentAssertions;
using static HostageReports.Tests.Reports.ReportTestKit;

namespace HostageReports.Tests.Reports;

public class SentenceTests
{
    [Theory]
    [InlineData("Two were killed. Three were hurt.", "Two were killed.|Three were hurt.")]
    [InlineData("Was anyone hurt? Nobody knows! Police said so.", "Was anyone hurt?|Nobody knows!|Police said so.")]
    [InlineData("Mr. Smith and Mrs. Jones left. Dr. Lee stayed.", "Mr. Smith and Mrs. Jones left.|Dr. Lee stayed.")]
    [InlineData("The U.S. State Department said five were held. Officials agreed.", "The U.S. State Department said five were held.|Officials agreed.")]
    [InlineData("He lives in Tacoma, Wash., with his wife. She works.", "He lives in Tacoma, Wash., with his wife.|She works.")]
    [InlineData("The shooting occurred Feb. 6 at a home. Police came.", "The shooting occurred Feb. 6 at a home.|Police came.")]
    [InlineData("The vigil is at 7 p.m. Organizers say all are welcome.", "The vigil is at 7 p.m.|Organizers say all are welcome.")]
    [InlineData("He was hurt at 2:10 a.m. Sunday near the bar. He lived.", "He was hurt at 2:10 a.m. Sunday near the bar.|He lived.")]
    [InlineData("John F. Kennedy Airport was closed. Flights resumed.", "John F. Kennedy Airport was closed.|Flights resumed.")]
    [InlineData("The field is 2.5 km away. It burned.", "The field is 2.5 km away.|It burned.")]
    [InlineData("Prices rose 3.75 percent. 12 people were hurt.", "Prices rose 3.75 percent.|12 people were hurt.")]
    [InlineData("He said \"we will fight.\" Then he left.", "He said \"we will fight.\"|Then he left.")]
    [InlineData("He said \u201Cwe will fight.\u201D Then he left.", "He said \u201Cwe will fight.\u201D|Then he left.")]
    [InlineData("\"Is that what I heard?\" she asked. Nobody answered.", "\"Is that what I heard?\" she asked.|Nobody answered.")]
    [InlineData("\"We reject all talks,\" said the minister.", "\"We reject all talks,\" said the minister.")]
    [InlineData("They were held (for hours.) Then freed.", "They were held (for hours.)|Then freed.")]
    [InlineData("Room No. 4 was hit. No one died.", "Room No. 4 was hit.|No one died.")]
    [InlineData("The attack ended... Officials left.", "The attack ended...|Officials left.")]
    [InlineData("allowed to move around \u2026 unlike the others.", "allowed to move around \u2026 unlike the others.")]
    [InlineData("Lt. Gov. Smith spoke. Sgt. Brown agreed.", "Lt. Gov. Smith spoke.|Sgt. Brown agreed.")]
    [InlineData("J.R.R. Tolkien wrote it. Fans cheered.", "J.R.R. Tolkien wrote it.|Fans cheered.")]
    [InlineData("U.N. officials met. They agreed.", "U.N. officials met.|They agreed.")]
    [InlineData("ALGIERS (Reuters) - Islamist militants attacked a field. Five died.", "ALGIERS (Reuters) - Islamist militants attacked a field.|Five died.")]
    [InlineData("SPRINGFIELD, Ill. \u2014 Two men were hurt. One is 40.", "SPRINGFIELD, Ill. \u2014 Two men were hurt.|One is 40.")]
    [InlineData("Lima, 10 Dec 88 (EFE) -- Four policemen were killed. Rebels fled.", "Lima, 10 Dec 88 (EFE) -- Four policemen were killed.|Rebels fled.")]
    [InlineData("The Greene Co. Sheriff's Office and the Police Dept. Chief spoke. Both agreed.", "The Greene Co. Sheriff's Office and the Police Dept. Chief spoke.|Both agreed.")]
    [InlineData("She appeared in court.Smith worked there.", "She appeared in court.|Smith worked there.")]
    [InlineData("\"It was a crime,\" said Lt. Brown.\"Police came.", "\"It was a crime,\" said Lt. Brown.|\"Police came.")]
    [InlineData("He said \"we ran.\"Police came.", "He said \"we ran.\"|Police came.")]
    [InlineData("The boy died.\"Well, it is a crime,\" he said.", "The boy died.|\"Well, it is a crime,\" he said.")]
    [InlineData("See Salon.com and the U.S.Army site.", "See Salon.com and the U.S.Army site.")]
    [InlineData("Three were found in the room.[9] The fourth was outside.[20][37] Police came.", "Three were found in the room.[9]|The fourth was outside.[20][37]|Police came.")]
    [InlineData("no stop at the end", "no stop at the end")]
    public void Sentences_Text_AreSplitAsAReaderWould(string text, string expected)
    {
        SentencesOf(text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Sentences_AcrossParagraphs_NeverSpanALineBreak()
    {
        SentencesOf("One was hurt\nTwo were killed.\n\n  Three fled.  ").Should().Equal("One was hurt", "Two were killed.", "Three fled.");
    }

    [Fact]
    public void Sentences_OffsetsPointIntoTheBody()
    {
        var report = Read("Mr. Smith left. Two were hurt.\n\nThe end.");
        report.Sentences.Select(report.TextOf).Should().Equal("Mr. Smith left.", "Two were hurt.", "The end.");
        report.Body.Substring(report.Sentences[1].Start, report.Sentences[1].Length).Should().Be("Two were hurt.");
        report.ShouldKeepInvariants();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(16, 1)]
    [InlineData(15, -1)]
    public void SentenceAt_Offset_FindsTheSentence(int offset, int expected)
    {
        Read("Mr. Smith left. Two were hurt.").SentenceAt(offset).Should().Be(expected);
    }
}
