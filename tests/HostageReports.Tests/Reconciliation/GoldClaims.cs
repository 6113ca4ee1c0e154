using System.Text.Json;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;
using HostageReports.Reports;

namespace HostageReports.Tests.Reconciliation;

/// <summary>
/// Hand-made claims mirroring the gold annotation of the seeds (Gold/seeds.gold.json), attached to the
/// real seed reports, so that reconciliation is tested without the extractor.
/// </summary>
internal static class GoldClaims
{
    public static IReadOnlyList<ReportClaims> Seeds()
    {
        string dir = AppContext.BaseDirectory;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "Gold", "seeds.gold.json")));
        var result = new List<ReportClaims>();
        foreach (var report in doc.RootElement.GetProperty("reports").EnumerateObject())
        {
            var read = ReportReader.ReadFile(Path.Combine(dir, "seeds", report.Name + ".txt"));
            read.Succeeded.Should().BeTrue();
            result.Add(new ReportClaims(read.Report!, ClaimsOf(read.Report!, report.Value).ToArray()));
        }

        return result;
    }

    public static Incident Incident(IEnumerable<ReportClaims> reports)
    {
        var incident = new Incident("seeds");
        foreach (var r in reports)
        {
            incident.Add(r);
        }

        return incident;
    }

    private static IEnumerable<Claim> ClaimsOf(Report report, JsonElement gold)
    {
        foreach (var c in gold.GetProperty("counts").EnumerateArray())
        {
            long? value = c.GetProperty("value").ValueKind == JsonValueKind.Null ? null : c.GetProperty("value").GetInt64();
            string quote = Str(c, "quote") ?? "";
            if (value is null && Str(c, "qualifier") == "vague")
            {
                // the least the vague word allows, as the claim vocabulary defines it: "dozens" 24, "several" 2
                value = quote.Contains("dozen", StringComparison.OrdinalIgnoreCase) ? 24 : quote.Contains("several", StringComparison.OrdinalIgnoreCase) ? 2 : null;
            }

            yield return new CountClaim
            {
                ReportId = report.Id,
                Evidence = EvidenceOf(report, Str(c, "quote") ?? ""),
                Source = AttributionOf(Str(c, "source")),
                Certainty = Str(c, "certainty") switch
                {
                    "unconfirmed" => Certainty.Unconfirmed,
                    "claimed" => Certainty.Claimed,
                    "denied" => Certainty.Denied,
                    _ => Certainty.Reported,
                },
                Measure = Enum.Parse<Measure>(Str(c, "measure")!, ignoreCase: true),
                Population = Population.Parse(Str(c, "population")!),
                Quantity = Quantity.Of(QualifierOf(Str(c, "qualifier")!), value),
            };
        }

        foreach (var p in gold.GetProperty("perpetrators").EnumerateArray().Where(IsRequired))
        {
            string name = Str(p, "name")!;
            yield return new PerpetratorClaim
            {
                ReportId = report.Id,
                Evidence = EvidenceOf(report, name),
                Name = name,
                Kind = Str(p, "kind") == "person" ? PerpetratorKind.Person : PerpetratorKind.Group,
                Aliases = Strings(p, "aliases"),
                Role = Str(p, "role"),
            };
        }

        foreach (var l in gold.GetProperty("locations").EnumerateArray().Where(IsRequired))
        {
            string name = Str(l, "name")!;
            yield return new LocationClaim
            {
                ReportId = report.Id,
                Evidence = EvidenceOf(report, name),
                Name = name,
                Kind = Enum.Parse<LocationKind>(Str(l, "kind")!, ignoreCase: true),
                Country = Str(l, "country"),
                Aliases = Strings(l, "aliases"),
            };
        }
    }

    /// <summary>Optional names are left out (the gold facts list only the required ones); optional counts stay.</summary>
    private static bool IsRequired(JsonElement e) => !(e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True);

    private static Qualifier QualifierOf(string name) => name switch
    {
        "exact" => Qualifier.Exact,
        "at-least" => Qualifier.AtLeast,
        "more-than" => Qualifier.MoreThan,
        "at-most" => Qualifier.AtMost,
        "fewer-than" => Qualifier.FewerThan,
        "about" => Qualifier.About,
        "vague" => Qualifier.Vague,
        "present" => Qualifier.Present,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>"militant spokesman (via ANI)" is the spokesman, quoted by ANI.</summary>
    private static Attribution? AttributionOf(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        int via = source.IndexOf(" (via ", StringComparison.Ordinal);
        if (via < 0)
        {
            return new Attribution(source);
        }

        string speaker = source[..via];
        string outer = source[(via + 6)..].TrimEnd(')');
        return new Attribution(speaker, [outer, speaker]);
    }

    /// <summary>The quote's span in the body, or the body's first character when the quote is not found verbatim.</summary>
    private static Evidence EvidenceOf(Report report, string quote)
    {
        int at = quote.Length > 0 ? report.Body.IndexOf(quote, StringComparison.Ordinal) : -1;
        return at >= 0 ? Evidence.From(report.Body, at, quote.Length) : Evidence.From(report.Body, 0, 1);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
