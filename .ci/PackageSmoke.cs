// A user's first program, as the README shows it: read a folder of reports, extract claims,
// reconcile them. Run by .ci/package-smoke against the packed library.
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

var cancellationToken = CancellationToken.None;
var extractor = new ClaimExtractor();
var incident = new Incident("seeds");
foreach (var read in ReportReader.ReadFolder(args[0], cancellationToken))
{
    if (!read.Succeeded)
    {
        Console.Error.WriteLine(read.Error.Message);
        continue;
    }

    incident.Add(extractor.Extract(read.Report));
}

foreach (var fact in incident.Facts)
{
    Console.WriteLine($"{fact.Key}: {fact.Status}, best {fact.Best} ({fact.Why})");
}

int claims = incident.Reports.Sum(r => r.Claims.Count);
Console.WriteLine($"{incident.Reports.Count} reports, {claims} claims, {incident.Facts.Count} facts");
return incident.Reports.Count > 0 && claims > 0 && incident.Facts.Count > 0 ? 0 : 1;
