// A user's first program: read a folder of reports, extract claims, reconcile them. Run by .ci/package-smoke.
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

var extractor = new ClaimExtractor();
var incident = new Incident("smoke");
foreach (var file in Directory.GetFiles(args[0], "*.txt"))
{
    var read = ReportReader.ReadFile(file);
    if (read.Succeeded)
    {
        incident.Add(extractor.Extract(read.Report));
    }
}

int claims = incident.Reports.Sum(r => r.Claims.Count);
Console.WriteLine($"{incident.Reports.Count} reports, {claims} claims, {incident.Facts.Count} facts");
return incident.Reports.Count > 0 && claims > 0 && incident.Facts.Count > 0 ? 0 : 1;
