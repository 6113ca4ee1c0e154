using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Reconciliation;

/// <summary>
/// One incident shared by many threads: eight threads add reports while two read the facts, round after
/// round. Every claim is counted, no call throws, every snapshot a reader sees is the facts of the reports
/// it rests on, and the final facts are those of one thread adding the same reports. No assertion depends
/// on timing: the threads race as they will, and each round checks what must hold whatever the interleaving.
/// </summary>
public class IncidentConcurrencyTests
{
    private const int Writers = 8;
    private const int ReportsPerWriter = 6;
    private const int Rounds = 200;

    private static readonly string[] Speakers = ["police", "the police", "officials", "a witness"];

    [Fact]
    public void Incident_EightWritersAndTwoReaders_CountEveryClaimAndMatchOneThread()
    {
        var all = MakeReports();
        int claims = all.Sum(r => r.Claims.Count);
        string expected = Signature(Incident(all).Facts);
        var failures = new ConcurrentQueue<string>();

        for (int round = 0; round < Rounds; round++)
        {
            var incident = new Incident("shared");
            var seen = RunRound(incident, all, failures);

            incident.Reports.Should().HaveCount(all.Length);
            incident.Facts.Sum(f => f.Values.Where(v => !v.IsDerived).Sum(v => v.Sources.Count)).Should().Be(claims, $"round {round}: every claim counted once (a total derived from its parts shows their claims again)");
            Signature(incident.Facts).Should().Be(expected, $"round {round}: the facts of one thread adding the same reports");

            // every snapshot a reader saw is the facts of the reports behind it, reconciled by one thread
            foreach (var facts in seen)
            {
                var ids = facts.SelectMany(f => f.Values).SelectMany(v => v.Sources).Select(s => s.ReportId).ToHashSet(StringComparer.Ordinal);
                Signature(facts).Should().Be(Signature(Incident(all.Where(r => ids.Contains(r.Report.Id)).ToArray()).Facts), $"round {round}: a snapshot of {ids.Count} reports");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Incident_ManyReadersOfOneVersion_GetOneSnapshot()
    {
        var all = MakeReports();
        for (int round = 0; round < Rounds; round++)
        {
            var incident = Incident(all);
            var got = new IReadOnlyList<Fact>[Writers];
            using var start = new Barrier(Writers);
            var threads = Enumerable.Range(0, Writers).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                got[t] = incident.Facts;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            got.Should().AllSatisfy(facts => facts.Should().BeSameAs(got[0]), $"round {round}: the facts are worked out once per version");
        }
    }

    [Fact]
    public void Incident_AddAfterRead_MakesANewSnapshotAndLeavesTheOldOne()
    {
        var all = MakeReports();
        var incident = Incident(all[..10]);
        var before = incident.Facts;
        string beforeSignature = Signature(before);
        var reportsBefore = incident.Reports;

        incident.Add(all[10]).Should().BeTrue();

        incident.Facts.Should().NotBeSameAs(before);
        Signature(before).Should().Be(beforeSignature, "a snapshot never changes once read");
        reportsBefore.Should().HaveCount(10);
        incident.Reports.Should().HaveCount(11);
    }

    /// <summary>Writers add their share of the reports while two readers read the facts; returns the distinct snapshots the readers saw.</summary>
    private static List<IReadOnlyList<Fact>> RunRound(Incident incident, ReportClaims[] all, ConcurrentQueue<string> failures)
    {
        int writing = Writers;
        var seen = new ConcurrentDictionary<IReadOnlyList<Fact>, bool>(ReferenceEqualityComparer.Instance);
        using var start = new Barrier(Writers + 2);
        var threads = new List<Thread>();
        for (int w = 0; w < Writers; w++)
        {
            int writer = w;
            threads.Add(new Thread(() => Guard(failures, () =>
            {
                start.SignalAndWait();
                for (int k = writer; k < all.Length; k += Writers)
                {
                    if (!incident.Add(all[k]))
                    {
                        failures.Enqueue($"report {all[k].Report.Id} refused");
                    }
                }

                Interlocked.Decrement(ref writing);
            })));
        }

        for (int r = 0; r < 2; r++)
        {
            threads.Add(new Thread(() => Guard(failures, () =>
            {
                start.SignalAndWait();
                int lastReports = 0;
                do
                {
                    var facts = incident.Facts;
                    seen.TryAdd(facts, true);
                    int reports = incident.Reports.Count;
                    if (reports < lastReports)
                    {
                        failures.Enqueue($"reports went from {lastReports} to {reports}");
                    }

                    lastReports = reports;
                }
                while (Volatile.Read(ref writing) > 0);
            })));
        }

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        return [.. seen.Keys];
    }

    private static void Guard(ConcurrentQueue<string> failures, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e)
        {
            failures.Enqueue(e.ToString());
        }
    }

    /// <summary>48 reports of one incident: counts from a few speakers, with agreeing and differing figures, people, groups and places.</summary>
    private static ReportClaims[] MakeReports() =>
        Enumerable.Range(0, Writers * ReportsPerWriter).Select(k => Report(
            $"r{k:D2}",
            k % 5 == 0 ? null : new DateOnly(2021, 3, 1).AddDays(k % 4),
            k % 3 == 0 ? null : $"Outlet {k % 4}",
            Exactly("killed/all", 3 + (k % 3), Speakers[k % Speakers.Length], at: k % 7),
            Count("killed/GB", Qualifier.Exact, 1, Speakers[(k + 1) % Speakers.Length], at: 20),
            Count("wounded/all", Qualifier.AtLeast, 10 + (k % 4), at: 30 + (k % 2)),
            Count("hostages/foreign", Qualifier.About, 40, certainty: k % 6 == 0 ? Certainty.Claimed : Certainty.Reported, at: 40),
            k % 2 == 0 ? Person("Ann Bellweather") : Person("Bellweather"),
            Group(k % 4 == 0 ? "Sons of the Desert" : "Sons of Desert", "SOD"),
            Place(k % 3 == 0 ? "Springfield" : "Springfeld", LocationKind.City, region: "Illinois"))).ToArray();

    /// <summary>Everything a fact says, in one string: two sets of facts are equal when their signatures are.</summary>
    private static string Signature(IReadOnlyList<Fact> facts)
    {
        var sb = new StringBuilder();
        foreach (var f in facts)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{f.Key}|{f.Status}|{f.Range}|{f.Best}|{f.BestValue?.Text}|{f.Why}|{string.Join(";", f.CrossChecks)}\n");
            foreach (var v in f.Values)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {v.Text}|{v.ReportCount}|{v.IndependentSourceCount}|{v.FirstPublished}|{v.IsDerived}|{string.Join(",", v.Aliases)}|{string.Join(",", v.Roles)}|{v.Country}\n");
                foreach (var s in v.Sources)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"    {s}|{s.Evidence.Start}|{s.Published}|{s.Certainty}\n");
                }
            }
        }

        return sb.ToString();
    }
}
