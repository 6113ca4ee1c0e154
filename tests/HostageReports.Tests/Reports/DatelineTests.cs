using FluentAssertions;
using static HostageReports.Tests.Reports.ReportTestKit;

namespace HostageReports.Tests.Reports;

public class DatelineTests
{
    [Theory]
    [InlineData("date 2013-01-16 ALGIERS Islamist militants attacked a gas field.", "ALGIERS", null, "2013-01-16", "date 2013-01-16 ALGIERS ")]
    [InlineData("SPRINGFIELD, Ill. \u2014 Two men were hurt.", "SPRINGFIELD, Ill.", null, null, "SPRINGFIELD, Ill. \u2014 ")]
    [InlineData("SPRINGFIELD \u2014 A boy was hurt.", "SPRINGFIELD", null, null, "SPRINGFIELD \u2014 ")]
    [InlineData("Lima, 10 Dec 88 (EFE) -- Four policemen were killed.", "Lima", "EFE", "1988-12-10", "Lima, 10 Dec 88 (EFE) -- ")]
    [InlineData("ALGIERS (Reuters) - Islamist militants attacked a field.", "ALGIERS", "Reuters", null, "ALGIERS (Reuters) - ")]
    [InlineData("NEW YORK (AP) \u2014 Two men were shot.", "NEW YORK", "AP", null, "NEW YORK (AP) \u2014 ")]
    [InlineData("KANSAS CITY, Mo. (AP) \u2013 A man was shot.", "KANSAS CITY, Mo.", "AP", null, "KANSAS CITY, Mo. (AP) \u2013 ")]
    [InlineData("WASHINGTON, Jan. 16, 2013 (Reuters) - Officials met.", "WASHINGTON", "Reuters", "2013-01-16", "WASHINGTON, Jan. 16, 2013 (Reuters) - ")]
    [InlineData("WASHINGTON, Jan. 16 (Reuters) - Officials met.", "WASHINGTON", "Reuters", null, "WASHINGTON, Jan. 16 (Reuters) - ")]
    [InlineData("SAN JOS\u00C9, Costa Rica \u2014 Two were hurt.", "SAN JOS\u00C9, Costa Rica", null, null, "SAN JOS\u00C9, Costa Rica \u2014 ")]
    [InlineData("NEW YORK (AP) Police said two were hurt.", "NEW YORK", "AP", null, "NEW YORK (AP) ")]
    public void Dateline_Opening_IsReadIntoMetadata(string text, string place, string? outlet, string? published, string span)
    {
        var report = Read(text);

        report.Metadata.Dateline.Should().Be(place);
        report.Metadata.Outlet.Should().Be(outlet);
        report.Metadata.Published.Should().Be(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        report.DatelineSpan.Should().NotBeNull();
        report.TextOf(report.DatelineSpan!.Value).Should().Be(span);
        report.IsExcluded(report.DatelineSpan.Value.Start).Should().BeTrue("a dateline is not a claim");
        report.IsExcluded(report.DatelineSpan.Value.End).Should().BeFalse("the story after it is");
    }

    [Theory]
    [InlineData("Two people were shot \u2014 police said one died.")]
    [InlineData("FBI agents said two people were shot.")]
    [InlineData("Police said 2 - 3 people were shot.")]
    [InlineData("The gunman, who was 24 \u2014 police said \u2014 fled.")]
    [InlineData("US President Obama spoke on Monday.")]
    [InlineData("In Tokyo, officials met.")]
    public void Dateline_OrdinaryOpening_IsNotADateline(string text)
    {
        var report = Read(text);

        report.Metadata.Dateline.Should().BeNull();
        report.DatelineSpan.Should().BeNull();
        report.Excluded.Should().BeEmpty();
    }

    [Fact]
    public void Dateline_FrontMatterValues_WinOverTheText()
    {
        var report = Read("---\npublished: 2014-02-11\nsource: example.com\n---\nLima, 10 Dec 88 (EFE) -- Four were killed.");

        report.Metadata.Published.Should().Be(new DateOnly(2014, 2, 11));
        report.Metadata.Outlet.Should().Be("example.com");
        report.Metadata.Dateline.Should().Be("Lima");
    }

    [Fact]
    public void Dateline_AfterARepeatedHeadline_IsStillFound()
    {
        var report = Read("---\ntitle: Boy hurt\n---\n\u00D7 Boy hurt\n\nSPRINGFIELD, Ill. \u2014 A boy was hurt.");

        report.Metadata.Dateline.Should().Be("SPRINGFIELD, Ill.");
    }

    [Fact]
    public void Dateline_AgencySignOffAtTheEnd_IsTheOutletAndNotAClaim()
    {
        var report = Read("Two were killed. Police said \"nobody else was hurt.\" EFE");

        report.Metadata.Outlet.Should().Be("EFE");
        report.Excluded.Select(report.TextOf).Should().Equal("EFE");
    }
}
