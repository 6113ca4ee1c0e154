using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>Builds large claim sets for measuring reconciliation: real extracted claims, copied under new report ids.</summary>
internal static class ClaimCorpus
{
    /// <summary>Copies the reports' claims under new report ids until at least <paramref name="claims"/> claims are reached.</summary>
    public static List<ReportClaims> Replicate(IReadOnlyList<ReportClaims> seed, int claims)
    {
        var result = new List<ReportClaims>();
        int total = 0;
        for (int copy = 0; total < claims; copy++)
        {
            foreach (var rc in seed)
            {
                string id = $"{rc.Report.Id}#{copy}";
                var r = rc.Report;
                var report = new Report(id, r.Body, r.Metadata, r.Paragraphs, r.Sentences, r.Excluded, r.Quotes, r.DatelineSpan, r.Captions);
                var copied = rc.Claims.Select(c => c with { ReportId = id }).ToArray();
                result.Add(new ReportClaims(report, copied));
                total += copied.Length;
                if (total >= claims)
                {
                    break;
                }
            }
        }

        return result;
    }
}
