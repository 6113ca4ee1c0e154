using BenchmarkDotNet.Attributes;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

namespace HostageReports.Benchmarks;

/// <summary>The whole pipeline on the seeds: read five reports, extract their claims, reconcile them.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private List<(string Id, string Text)> _seeds = [];

    [GlobalSetup]
    public void Setup() => _seeds = Corpus.Load(Corpus.SeedsFolder);

    /// <summary>Read, extract, reconcile.</summary>
    [Benchmark]
    public int Seeds()
    {
        var incident = new Incident("seeds");
        foreach (var (id, text) in _seeds)
        {
            var read = ReportReader.Parse(id, text);
            if (read.Succeeded)
            {
                incident.Add(_extractor.Extract(read.Report));
            }
        }

        return incident.Facts.Count;
    }
}
