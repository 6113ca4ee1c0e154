using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Reconciliation;

public class CountFactTests
{
    [Theory]
    [InlineData(Qualifier.AtLeast, 20, Qualifier.Exact, 41, FactStatus.Compatible)]
    [InlineData(Qualifier.Exact, 3, Qualifier.Exact, 5, FactStatus.Conflicting)]
    [InlineData(Qualifier.AtMost, 40, Qualifier.Exact, 41, FactStatus.Conflicting)]
    [InlineData(Qualifier.About, 20, Qualifier.Exact, 41, FactStatus.Conflicting)]
    [InlineData(Qualifier.About, 20, Qualifier.MoreThan, 20, FactStatus.Compatible)]
    [InlineData(Qualifier.FewerThan, 10, Qualifier.Exact, 10, FactStatus.Conflicting)]
    [InlineData(Qualifier.Exact, 2, Qualifier.AtLeast, 2, FactStatus.Agreed)]
    [InlineData(Qualifier.Exact, 13, Qualifier.Present, 1, FactStatus.Compatible)]
    public void Status_TwoReportsTwoWordings_IsAsTheIntervalsAllow(Qualifier q1, long v1, Qualifier q2, long v2, FactStatus expected)
    {
        var incident = Incident(Report("a", Count("hostages/all", q1, v1)), Report("b", Count("hostages/all", q2, v2)));

        incident.Find("hostages/all")!.Status.Should().Be(expected);
    }

    [Fact]
    public void Status_OneSpeakerInFiveOutlets_IsSingleSource()
    {
        var reports = Enumerable.Range(0, 5).Select(i => Report($"r{i}", Exactly("killed/all", 3, "the police"))).ToArray();

        var fact = Incident(reports).Find("killed/all")!;

        fact.Status.Should().Be(FactStatus.SingleSource);
        fact.Values.Should().ContainSingle().Which.ReportCount.Should().Be(5);
        fact.Values[0].IndependentSourceCount.Should().Be(1, "five outlets repeating the police are one source");
    }

    [Fact]
    public void Values_EqualWordings_AreOneValueWithMergedSources()
    {
        var fact = Incident(Report("a", Count("hostages/foreign", Qualifier.AtLeast, 20)), Report("b", Count("hostages/foreign", Qualifier.AtLeast, 20, "officials"))).Find("hostages/foreign")!;

        var value = fact.Values.Should().ContainSingle().Subject;
        value.Text.Should().Be("at least 20");
        value.Sources.Select(s => s.ReportId).Should().Equal("a", "b");
        value.Sources[1].Speaker!.Speaker.Should().Be("officials");
    }

    [Fact]
    public void Best_LowerBoundsAndAnExactFigure_IsTheFigureThatFitsThemAll()
    {
        var fact = Incident(
            Report("a", Count("hostages/foreign", Qualifier.AtLeast, 7)),
            Report("b", Count("hostages/foreign", Qualifier.AtLeast, 20)),
            Report("c", Exactly("hostages/foreign", 41))).Find("hostages/foreign")!;

        fact.Best.Should().Be(41);
        fact.Range.Should().Be(new FactRange(7, 41));
        fact.Why.Should().StartWith("41: fits 3 of 3");
    }

    [Fact]
    public void Best_PartyClaimAgainstReportedFigure_ReportedFigureWins()
    {
        var fact = Incident(
            Report("a", Count("hostages/all", Qualifier.Exact, 60, "a militant spokesman", Certainty.Claimed)),
            Report("b", Exactly("hostages/all", 30, "the ministry"))).Find("hostages/all")!;

        fact.Best.Should().Be(30, "a party's own claim weighs half");
        fact.Status.Should().Be(FactStatus.Conflicting);
    }

    [Fact]
    public void Best_EqualSupport_LaterReportWins()
    {
        var fact = Incident(
            Report("late", new DateOnly(2020, 1, 3), null, Exactly("killed/all", 2)),
            Report("early", new DateOnly(2020, 1, 1), null, Exactly("killed/all", 3))).Find("killed/all")!;

        fact.Best.Should().Be(2);
        fact.Why.Should().Contain("stated later");
        fact.Values.Select(v => v.Text).Should().Equal(["3", "2"], "the timeline runs by publication date");
    }

    [Fact]
    public void Best_OneReportTotalAndOneVictimMentioned_IsTheTotal()
    {
        var fact = Incident(Report("a", Exactly("killed/all", 2, at: 10), Count("killed/all", Qualifier.AtLeast, 1, at: 90))).Find("killed/all")!;

        fact.Best.Should().Be(2);
    }

    [Fact]
    public void Best_DeniedClaim_IsNotCounted()
    {
        var fact = Incident(
            Report("a", Count("killed/all", Qualifier.Exact, 9, "the army", Certainty.Denied)),
            Report("b", Exactly("killed/all", 4))).Find("killed/all")!;

        fact.Best.Should().Be(4);
        fact.Range.Should().Be(new FactRange(4, 4));
        fact.Values.Should().HaveCount(2, "a denied figure is still shown");
    }

    [Fact]
    public void Best_OnlyVagueWording_IsTheLeastItAllows()
    {
        var fact = Incident(Report("a", Count("hostages/US", Qualifier.Vague, 2)), Report("b", Count("hostages/US", Qualifier.Present, null))).Find("hostages/US")!;

        fact.Best.Should().Be(2);
        fact.Range.Should().Be(new FactRange(1, null));
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, 3, 2, null)]
    [InlineData(Qualifier.AtLeast, 1, 2, 2L)]
    [InlineData(Qualifier.AtMost, 3, 2, 3L)]
    public void Range_HighestFigureOnlyALowerBound_IsOpenAbove(Qualifier qualifier, long value, long exact, long? max)
    {
        var fact = Incident(Report("a", Count("killed/all", qualifier, value)), Report("b", Exactly("killed/all", exact))).Find("killed/all")!;

        fact.Range!.Max.Should().Be(max);
    }

    [Fact]
    public void Total_OnlyNationalitiesReported_IsDerivedFromTheParts()
    {
        var incident = Incident(Report("a", Exactly("killed/GB", 1)), Report("b", Exactly("killed/FR", 2)));

        var total = incident.Find("killed/all")!;

        total.Best.Should().Be(3);
        total.Values.Should().ContainSingle().Which.IsDerived.Should().BeTrue();
        total.Values[0].Sources.Select(s => s.ReportId).Should().BeEquivalentTo(["a", "b"]);
    }

    [Fact]
    public void Total_PartsExceedIt_CarriesACrossCheck()
    {
        var incident = Incident(Report("a", Exactly("killed/all", 2)), Report("b", Exactly("killed/GB", 2), Exactly("killed/FR", 1)));

        var check = incident.Find("killed/all")!.CrossChecks.Should().ContainSingle().Subject;

        check.PartsSum.Should().Be(3);
        check.Total.Should().Be(2);
    }

    [Fact]
    public void Total_PartsWithinIt_HasNoCrossCheck()
    {
        var incident = Incident(Report("a", Exactly("killed/all", 3)), Report("b", Exactly("killed/GB", 2)));

        incident.Find("killed/all")!.CrossChecks.Should().BeEmpty();
    }

    /// <summary>
    /// A total its parts exceed conflicts, whatever its own values say; within it, the status is the values'.
    /// No cross-check without a ceiling: "at least 3" sets none ("2" and "at least 3" conflict by their values).
    /// Totals as "qualifier value speaker" separated by '|'; parts as "key value" separated by '|'.
    /// </summary>
    [Theory]
    [InlineData("exact 2 police|exact 2 officials", "killed/GB 2|killed/FR 1", FactStatus.Conflicting, true)]
    [InlineData("exact 2 police", "killed/GB 2|killed/FR 1", FactStatus.Conflicting, true)]
    [InlineData("exact 2 police|exact 3 officials", "killed/GB 2|killed/FR 2", FactStatus.Conflicting, true)]
    [InlineData("exact 2 police|exact 2 officials", "killed/GB 1|killed/FR 1", FactStatus.Agreed, false)]
    [InlineData("exact 2 police|exact 2 officials", "killed/GB 2", FactStatus.Agreed, false)]
    [InlineData("exact 2 police", "killed/GB 1", FactStatus.SingleSource, false)]
    [InlineData("atleast 2 police|atleast 2 officials", "killed/GB 2|killed/FR 1", FactStatus.Agreed, false)]
    [InlineData("exact 2 police|atleast 3 officials", "killed/GB 2|killed/FR 1", FactStatus.Conflicting, false)]
    [InlineData("exact 3 police|exact 3 officials", "killed/GB 2|killed/FR 1", FactStatus.Agreed, false)]
    [InlineData("exact 2 police|exact 2 officials", "killed/foreign 2|killed/local 1", FactStatus.Conflicting, true)]
    public void Status_TotalAndItsParts_ConflictsWhenThePartsExceedTheTotal(string totals, string parts, FactStatus expected, bool crossCheck)
    {
        var reports = new List<ReportClaims>();
        foreach (var (total, k) in totals.Split('|').Select((t, k) => (t.Split(' '), k)))
        {
            var qualifier = total[0] == "exact" ? Qualifier.Exact : Qualifier.AtLeast;
            reports.Add(Report($"t{k}", Count("killed/all", qualifier, long.Parse(total[1], System.Globalization.CultureInfo.InvariantCulture), total[2])));
        }

        reports.Add(Report("parts", parts.Split('|').Select(p => (Claim)Exactly(p.Split(' ')[0], long.Parse(p.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), "the embassy")).ToArray()));

        var fact = Incident([.. reports]).Find("killed/all")!;

        fact.Status.Should().Be(expected);
        fact.CrossChecks.Should().HaveCount(crossCheck ? 1 : 0);
    }

    [Fact]
    public void Status_ForeignTotalItsNationalitiesExceed_Conflicts()
    {
        var incident = Incident(
            Report("a", Place("Marlow", LocationKind.Town, country: "DZ"), Exactly("hostages/foreign", 2, "police")),
            Report("b", Place("Marlow", LocationKind.Town, country: "DZ"), Exactly("hostages/foreign", 2, "officials"), Exactly("hostages/GB", 2), Exactly("hostages/FR", 1)));

        var fact = incident.Find("hostages/foreign")!;

        fact.CrossChecks.Should().ContainSingle().Which.PartsSum.Should().Be(3);
        fact.Status.Should().Be(FactStatus.Conflicting, "two foreigners held cannot be two Britons and a Frenchman");
    }

    [Fact]
    public void Add_SameReportTwice_IsIgnored()
    {
        var report = Report("a", Exactly("killed/all", 2));
        var incident = Incident(report);

        incident.Add(report).Should().BeFalse();
        incident.Find("killed/all")!.Values[0].Sources.Should().ContainSingle();
    }
}
