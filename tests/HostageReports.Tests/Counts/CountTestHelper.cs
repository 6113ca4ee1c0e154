using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Tests.Counts;

/// <summary>Runs the extractor on a short text and renders its count claims as "measure/population/value/qualifier".</summary>
internal static class CountTestHelper
{
    private static readonly ClaimExtractor Extractor = new();

    public static IReadOnlyList<CountClaim> CountsOf(string text)
    {
        var read = ReportReader.Parse("t", text);
        var claims = Extractor.Extract(read.Report!).Claims.OfType<CountClaim>().ToList();
        foreach (var claim in claims)
        {
            // The evidence invariant holds for every claim.
            if (read.Report!.Body.Substring(claim.Evidence.Start, claim.Evidence.Length) != claim.Evidence.Text)
            {
                throw new InvalidOperationException($"Evidence '{claim.Evidence.Text}' does not match the body.");
            }
        }

        return claims;
    }

    public static string Key(CountClaim claim) =>
        $"{ClaimNames.Of(claim.Measure)}/{claim.Population}/{(claim.Quantity.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}/{ClaimNames.Of(claim.Quantity.Qualifier)}";

    public static List<string> Keys(string text) => CountsOf(text).Select(Key).ToList();
}
