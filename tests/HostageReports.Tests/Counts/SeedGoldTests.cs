using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Rendering;
using HostageReports.Reports;

namespace HostageReports.Tests.Counts;

/// <summary>
/// Each seed report read whole and compared with the hand-made gold, the way score.py does: count
/// claims match on (measure, population, value) as a multiset, optional gold claims neither count nor
/// hurt, and no number the gold lists as not a count may be reported.
/// </summary>
public class SeedGoldTests
{
    private const double MinimumReportF1 = 0.85;
    private static readonly ClaimExtractor Extractor = new();
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly HashSet<string> Stop = ["the", "a", "an", "of", "via", "and", "in", "al", "el"];

    public static TheoryData<string> ReportIds()
    {
        var data = new TheoryData<string>();
        foreach (var property in Gold().GetProperty("reports").EnumerateObject())
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void Extract_SeedReport_FindsTheGoldCounts(string id)
    {
        var gold = Gold().GetProperty("reports").GetProperty(id);
        var claims = Claims(id);
        var required = new List<string>();
        var optional = new List<string>();
        foreach (var count in gold.GetProperty("counts").EnumerateArray())
        {
            var key = $"{count.GetProperty("measure").GetString()}/{count.GetProperty("population").GetString()}/{(count.GetProperty("value").ValueKind == JsonValueKind.Null ? "null" : count.GetProperty("value").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            (count.TryGetProperty("optional", out var o) && o.GetBoolean() ? optional : required).Add(key);
        }

        int tp = 0, fp = 0;
        var extras = new List<string>();
        foreach (var claim in claims)
        {
            var key = $"{ClaimNames.Of(claim.Measure)}/{claim.Population}/{(claim.Quantity.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}";
            if (required.Remove(key))
            {
                tp++;
            }
            else if (!optional.Remove(key))
            {
                fp++;
                extras.Add($"{key} '{claim.Evidence.Text}'");
            }
        }

        int fn = required.Count;
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        f1.Should().BeGreaterThanOrEqualTo(MinimumReportF1, "report {0} missed [{1}] and added [{2}]", id, string.Join(", ", required), string.Join(", ", extras));
    }

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void Extract_SeedReport_ReportsNoNumberThatIsNotACount(string id)
    {
        var claims = Claims(id);
        foreach (var trap in Gold().GetProperty("reports").GetProperty(id).GetProperty("not_claims").EnumerateArray().Select(t => t.GetString()!))
        {
            claims.Should().NotContain(c => IsTrap(c, trap), "'{0}' is not a count", trap);
        }
    }

    [Fact]
    public void Extract_AllSeeds_ReachTheCountF1Target()
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var property in Gold().GetProperty("reports").EnumerateObject())
        {
            var required = property.Value.GetProperty("counts").EnumerateArray().Where(c => !(c.TryGetProperty("optional", out var o) && o.GetBoolean())).Select(Key).ToList();
            var optional = property.Value.GetProperty("counts").EnumerateArray().Where(c => c.TryGetProperty("optional", out var o) && o.GetBoolean()).Select(Key).ToList();
            foreach (var claim in Claims(property.Name))
            {
                var key = $"{ClaimNames.Of(claim.Measure)}/{claim.Population}/{claim.Quantity.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}";
                if (required.Remove(key))
                {
                    tp++;
                }
                else if (!optional.Remove(key))
                {
                    fp++;
                }
            }

            fn += required.Count;
        }

        (2.0 * tp / (2.0 * tp + fp + fn)).Should().BeGreaterThanOrEqualTo(0.90);
    }

    private static string Key(JsonElement count) =>
        $"{count.GetProperty("measure").GetString()}/{count.GetProperty("population").GetString()}/{(count.GetProperty("value").ValueKind == JsonValueKind.Null ? "null" : count.GetProperty("value").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    private static bool IsTrap(CountClaim claim, string trap)
    {
        var digits = Regex.Match(trap, @"\d[\d,]*");
        long? number = digits.Success ? long.Parse(digits.Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : null;
        var words = Regex.Matches(trap.ToLowerInvariant(), "[a-z]+").Select(m => m.Value).ToList();
        number ??= words.Select(w => (long)Array.IndexOf(NumberWords, w)).FirstOrDefault(i => i >= 0, -1) is var n and >= 0 ? n : null;
        if (number is null || claim.Quantity.Value != number)
        {
            return false;
        }

        var rest = words.Where(w => !NumberWords.Contains(w) && !Stop.Contains(w)).ToList();
        var text = claim.Evidence.Text.ToLowerInvariant();
        return rest.Count == 0 || rest.Any(text.Contains);
    }

    private static List<CountClaim> Claims(string id)
    {
        var read = ReportReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt"));
        read.Succeeded.Should().BeTrue();
        return Extractor.Extract(read.Report!).Claims.OfType<CountClaim>().ToList();
    }

    private static JsonElement Gold()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.json"));
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
