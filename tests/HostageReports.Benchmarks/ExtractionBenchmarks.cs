using BenchmarkDotNet.Attributes;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Benchmarks;

/// <summary>Extraction of one seed report: reading it and finding its claims.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private List<(string Id, string Text)> _seeds = [];

    /// <summary>The seed report to read.</summary>
    [ParamsSource(nameof(SeedIds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> SeedIds() =>
        Corpus.Load(Corpus.SeedsFolder).Select(s => s.Id);

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Corpus.Load(Corpus.SeedsFolder);
    }

    /// <summary>One seed report.</summary>
    [Benchmark]
    public int SeedReport()
    {
        var (id, text) = _seeds.First(s => s.Id == Seed);
        var read = ReportReader.Parse(id, text);
        return read.Succeeded ? _extractor.Extract(read.Report).Claims.Count : -1;
    }
}

/// <summary>
/// Extraction of the gun-violence reports (shared/data/gva-dev beside the repository, when present:
/// evaluation data, never copied into the project); the time reported is per report.
/// </summary>
[MemoryDiagnoser]
public class GunViolenceBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private List<(string Id, string Text)> _gva = [];

    [GlobalSetup]
    public void Setup() => _gva = Corpus.Load(Corpus.GvaFolder);

    /// <summary>Every gun-violence report once; the time reported is per report.</summary>
    [Benchmark(OperationsPerInvoke = 1882)]
    public int GunViolenceReport()
    {
        int claims = 0;
        for (int i = 0; i < 1882; i++)
        {
            if (_gva.Count == 0)
            {
                break;
            }

            var (id, text) = _gva[i % _gva.Count];
            var read = ReportReader.Parse(id, text);
            claims += read.Succeeded ? _extractor.Extract(read.Report).Claims.Count : 0;
        }

        return claims;
    }
}
