using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;

namespace HostageReports.Tests.Lexicons;

/// <summary>
/// The allocation-free look-ups the perpetrator and location rules read tokens with: group keys built
/// in place, word sets with a first-letter mask, the geography pre-check. Each must answer as the
/// plain look-up it stands for.
/// </summary>
public class ArmedGroupKeyTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<PerpetratorClaim> Groups(string text)
    {
        var report = ReportReader.Parse("t", text).Report!;
        return Extractor.Extract(report).Claims.OfType<PerpetratorClaim>().Where(static c => c.Kind == PerpetratorKind.Group).ToList();
    }

    [Theory]
    [InlineData("al-Qaida", "alqaeda")]
    [InlineData("Al Qaeda", "alqaeda")]
    [InlineData("al-Qa'ida", "alqaeda")]
    [InlineData("al-Qaedah", "alqaeda")]
    [InlineData("the Taliban", "taliban")]
    [InlineData("The  Islamic\tState", "islamicstate")]
    [InlineData("qaidah qaida", "qaedaqaeda")]
    [InlineData("the", "")]
    public void Key_Spellings_ShareOneKey(string name, string key)
    {
        ArmedGroups.Key(name).Should().Be(key);
    }

    [Theory]
    [InlineData("qaidaqaida", "qaedaqaeda")]
    [InlineData("alqaedah", "alqaeda")]
    [InlineData("qaedahqaedah", "qaedaqaeda")]
    [InlineData("qaid", "qaid")]
    [InlineData("brigade", "brigade")]
    public void Normalize_QaidaSpellings_ReadAsQaeda(string raw, string normal)
    {
        var buffer = raw.ToCharArray();

        int length = ArmedGroups.Normalize(buffer);

        new string(buffer, 0, length).Should().Be(normal);
    }

    [Fact]
    public void KeyPrefixes_EveryKeyAndItsPrefixes_AreIn()
    {
        foreach (var key in ArmedGroups.ByKey.Keys)
        {
            for (int n = 1; n <= key.Length; n++)
            {
                ArmedGroups.KeyPrefixes.Contains(key.AsSpan(0, n)).Should().BeTrue(key[..n]);
            }
        }
    }

    [Fact]
    public void MayStartKey_EveryKeyAndCanonicalName_IsLetThrough()
    {
        foreach (var (key, canonical) in ArmedGroups.ByKey)
        {
            ArmedGroups.MayStartKey(key).Should().BeTrue(key);
            ArmedGroups.MayStartKey(canonical.Split(' ')[0]).Should().BeTrue(canonical);
        }
    }

    [Theory]
    [InlineData("Police", false)]
    [InlineData("Sunday", false)]
    [InlineData("The", true)]
    [InlineData("Al", true)]
    [InlineData("AQIM", true)]
    [InlineData("Hamas's", true)]
    public void MayStartKey_FirstWord_TurnsAwayWordsNoGroupStartsWith(string word, bool expected)
    {
        ArmedGroups.MayStartKey(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Taliban claimed the attack on the checkpoint.", "Taliban", "The Taliban")]
    [InlineData("Gunmen from al Qaida in the Islamic Maghreb seized the convoy.", "al-Qaeda in the Islamic Maghreb", "al Qaida in the Islamic Maghreb")]
    [InlineData("An al-Qaeda-linked cell was blamed for the bombing.", "al-Qaeda", "al-Qaeda-linked")]
    [InlineData("Militants loyal to al-Qa'ida stormed the compound.", "al-Qaeda", "loyal to al-Qa'ida")]
    public void Known_GroupSpelledAnyWay_IsFoundWithItsWords(string text, string name, string evidence)
    {
        var groups = Groups(text);

        groups.Should().ContainSingle(g => g.Name == name).Which.Evidence.Text.Should().Be(evidence);
    }

    [Fact]
    public void Known_LongWordRunStartingLikeAGroup_IsNoGroup()
    {
        Groups("Hamasville Hamastown Hamasburg residents marched on Sunday.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("police", true)]
    [InlineData("POLICE", true)]
    [InlineData("Police", true)]
    [InlineData("polices", false)]
    [InlineData("olice", false)]
    [InlineData("", false)]
    [InlineData("\u201c", true)]
    [InlineData("\u201d", false)]
    public void WordSet_Contains_IgnoresCaseOnly(string word, bool expected)
    {
        var set = new WordSet(["police", "sheriff", "\u201c", "of"]);

        set.Contains(word).Should().Be(expected);
    }

    [Fact]
    public void WordSet_EmptyWordInSet_IsFound()
    {
        new WordSet(["", "a"]).Contains("").Should().BeTrue();
    }

    [Fact]
    public void MayStartGeographyName_EveryGeographyName_IsLetThrough()
    {
        var names = Geography.Countries.SelectMany(static c => c.Names.Concat(c.Capitals).Concat(c.Adjectives).Concat(c.Singulars).Concat(c.Plurals))
            .Concat(Geography.UsStates.SelectMany(static s => s.ApAbbreviations.Append(s.Name).Append(s.Postal)));

        foreach (var name in names)
        {
            PlaceCues.MayStartGeographyName(name).Should().BeTrue(name);
        }
    }

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("Police")]
    [InlineData("said")]
    public void MayStartGeographyName_WordNoNameStartsWith_IsTurnedAway(string word)
    {
        PlaceCues.MayStartGeographyName(word).Should().BeFalse();
    }
}
