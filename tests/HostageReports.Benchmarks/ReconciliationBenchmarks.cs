using BenchmarkDotNet.Attributes;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;
using HostageReports.Sample;

namespace HostageReports.Benchmarks;

/// <summary>Reconciliation of many claims: the seeds' real claims copied under new report ids.</summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private List<ReportClaims> _reports = [];

    /// <summary>How many claims to reconcile.</summary>
    [Params(10_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new ClaimExtractor();
        var seed = Corpus.Load(Corpus.SeedsFolder)
            .Select(s => ReportReader.Parse(s.Id, s.Text))
            .Where(r => r.Succeeded)
            .Select(r => extractor.Extract(r.Report!))
            .ToList();
        _reports = ClaimCorpus.Replicate(seed, Claims);
    }

    /// <summary>Adds every report to a new incident and reads its facts.</summary>
    [Benchmark]
    public int Reconcile()
    {
        var incident = new Incident("bench");
        foreach (var r in _reports)
        {
            incident.Add(r);
        }

        return incident.Facts.Count;
    }
}
