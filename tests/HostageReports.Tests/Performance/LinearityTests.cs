using System.Text;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Performance;

/// <summary>
/// Reading and reconciling are linear: twice the input allocates about twice the memory. A step that
/// copies the rest of the text per paragraph, or the claims so far per claim, allocates four times as
/// much and fails here. Allocations are counted, not timed, so the tests do not depend on the machine.
/// </summary>
public class LinearityTests
{
    /// <summary>One block of a report: a heading, prose with abbreviations and quotes, a caption with a credit.</summary>
    private const string Block =
        "Shooting on Elm Street\n\n"
        + "Police said two men were wounded at 3 a.m. Sunday near the U.S. post office. Mr. Dole, 41, was taken to St. Mary's hospital.\n\n"
        + "\u201CWe heard six shots,\u201D a neighbour said. \"Then it was quiet.\"\n\n"
        + "Officers outside the home on Friday (Photo courtesy of the police)\n\n";

    private const string HtmlBlock =
        "<h2>Shooting on Elm Street</h2><p>Police said two men were wounded at 3 a.m. Sunday near the U.S. post office. Mr. Dole, 41, was taken to St. Mary&#39;s hospital.</p>"
        + "<p>\u201CWe heard six shots,\u201D a neighbour said. &quot;Then it was quiet.&quot;</p><div>Officers outside the home on Friday (Photo courtesy of the police)</div>\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_TwiceTheParagraphs_AllocatesAboutTwiceAsMuch(bool html)
    {
        string Text(int blocks)
        {
            var sb = new StringBuilder(html ? "<html><body>" : "---\ntitle: A test\n---\n");
            for (int k = 0; k < blocks; k++)
            {
                sb.Append(html ? HtmlBlock : Block);
            }

            return sb.Append(html ? "</body></html>" : "AP\n").ToString();
        }

        string small = Text(500), large = Text(1000);
        // Warm up both sizes: buffers pooled by the runtime (entity decoding) are allocated on first use.
        ReportReader.Parse("warm-up", small).Succeeded.Should().BeTrue();
        ReportReader.Parse("warm-up", large).Succeeded.Should().BeTrue();

        long smallBytes = Allocation.Of(() => ReportReader.Parse("small", small));
        long largeBytes = Allocation.Of(() => ReportReader.Parse("large", large));

        ReportReader.Parse("large", large).Report!.Sentences.Count.Should().BeGreaterThan(2 * 1000);
        ((double)largeBytes / smallBytes).Should().BeInRange(1.5, 2.5);
    }

    [Fact]
    public void Incident_TwiceTheClaims_AllocatesAboutTwiceAsMuch()
    {
        static IReadOnlyList<HostageReports.Reconciliation.Fact> Reconcile(int reports)
        {
            var all = new ReportClaims[reports];
            for (int k = 0; k < reports; k++)
            {
                // one fact with a new value in every report: the worst case for counts
                all[k] = Report($"r{k}", new DateOnly(2020, 1, 1).AddDays(k % 300), $"Outlet {k % 7}",
                    Exactly("killed/all", k + 1), Count("wounded/all", Qualifier.AtLeast, 3, speaker: "police"),
                    Place("Springfield", LocationKind.City), Person(k % 2 == 0 ? "Ann Bellweather" : "Bellweather"));
            }

            return Incident(all).Facts;
        }

        Reconcile(2000).Should().NotBeEmpty();
        Reconcile(4000).Should().NotBeEmpty();

        long smallBytes = Allocation.Of(() => Reconcile(2000));
        long largeBytes = Allocation.Of(() => Reconcile(4000));

        Reconcile(4000).Single(f => f.Key == "killed/all").Values.Should().HaveCount(4000);
        ((double)largeBytes / smallBytes).Should().BeInRange(1.5, 2.5);
    }
}
