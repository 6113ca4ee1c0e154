using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Perpetrators;

/// <summary>The seeds against their gold annotation, names compared as the scorer compares them.</summary>
public partial class SeedPerpetratorAndLocationTests
{
    private static readonly ClaimExtractor Extractor = new();

    public static TheoryData<string> SeedIds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_Perpetrators_MatchGold(string id)
    {
        var (claims, gold) = Read(id);
        var names = claims.OfType<PerpetratorClaim>().Select(static c => c.Name).ToList();

        Compare(names, gold.GetProperty("perpetrators"));
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_Locations_MatchGold(string id)
    {
        var (claims, gold) = Read(id);
        var names = claims.OfType<LocationClaim>().Select(static c => c.Name).ToList();

        Compare(names, gold.GetProperty("locations"));
    }

    private static (IReadOnlyList<Claim> Claims, JsonElement Gold) Read(string id)
    {
        var report = ReportReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt")).Report!;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.json")));
        var gold = doc.RootElement.GetProperty("reports").GetProperty(id).Clone();
        return (Extractor.Extract(report).Claims, gold);
    }

    /// <summary>Every required gold entity is named; every name found is a form of some gold entity.</summary>
    private static void Compare(List<string> found, JsonElement gold)
    {
        var entities = gold.EnumerateArray().Select(static g => (
            Forms: new[] { g.GetProperty("name").GetString()! }
                .Concat(g.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(static x => x.GetString()!) : [])
                .Select(Norm).ToList(),
            Optional: g.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();
        var norms = found.Select(Norm).ToList();

        foreach (var (forms, optional) in entities.Where(static e => !e.Optional))
        {
            norms.Should().Contain(n => forms.Any(f => Same(n, f)), $"the gold names {forms[0]}");
        }

        foreach (var n in norms)
        {
            entities.Should().Contain(e => e.Forms.Any(f => Same(n, f)), $"'{n}' should be a name the gold knows");
        }
    }

    private static bool Same(string a, string b) =>
        a == b || (b.Length > 3 && $" {a} ".Contains($" {b} ", StringComparison.Ordinal)) || (a.Length > 3 && $" {b} ".Contains($" {a} ", StringComparison.Ordinal));

    private static string Norm(string s)
    {
        s = s.ToLowerInvariant().Replace("qaida", "qaeda", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        s = NonAlnum().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(static w => w != "the"));
    }

    [GeneratedRegex("[^a-z0-9 ]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonAlnum();
}
