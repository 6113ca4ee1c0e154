using System.Reflection;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction.Lexicons;
using HostageReports.Reports;
using Xunit;

namespace HostageReports.Tests.Lexicons;

// Temporary (issue 13): the dumped data files equal the C# lists they replace. Removed with the C#.
public sealed class DumpEqualityTests
{
    private const string P = LexiconFile.Prefix;

    private static string[] Set(Type o, string name) =>
        ((IEnumerable<string>)o.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).ToArray();

    [Fact]
    public void PerpetratorLists_EqualTheCSharp()
    {
        var cues = LexiconFile.Read(P + "perpetrator-cues.tsv", 3).ToList();
        cues.Where(r => r.Cells[0][0] == "Before").Select(r => (r.Cells[2][0], Enum.Parse<PersonCue>(r.Cells[1][0])))
            .Should().Equal(PerpetratorCues.Before);
        cues.Where(r => r.Cells[0][0] == "After").Select(r => (r.Cells[2][0], Enum.Parse<PersonCue>(r.Cells[1][0])))
            .Should().Equal(PerpetratorCues.After);
        LexiconFile.Read(P + "perpetrator-appositions.tsv", 2).Select(r => KeyValuePair.Create(r.Cells[0][0], Enum.Parse<PersonCue>(r.Cells[1][0])))
            .Should().BeEquivalentTo(PerpetratorCues.AppositionNouns.Dictionary);
        var classed = LexiconFile.Classes<WordClass>(P + "perpetrator-words.tsv");
        classed.Select(c => c.Class).Should().Equal(PerpetratorCues.ClassedWords.Concat(GroupCues.ClassedWords).Select(c => c.Class));
        foreach (var (c, words, _) in PerpetratorCues.ClassedWords.Concat(GroupCues.ClassedWords))
        {
            classed.Single(x => x.Class == c).Words.Should().BeEquivalentTo(words.Distinct(StringComparer.OrdinalIgnoreCase), c.ToString());
            classed.Single(x => x.Class == c).Words.Should().HaveSameCount(words.Distinct(StringComparer.OrdinalIgnoreCase), c.ToString());
        }

        var groups = LexiconFile.Read(P + "group-phrases.tsv", 2).ToList();
        LexiconFile.List(groups, "Naming").Should().Equal(GroupCues.Naming);
        LexiconFile.List(groups, "AffiliationBefore").Should().Equal(GroupCues.AffiliationBefore);
        LexiconFile.List(groups, "AffiliationSuffixes").Should().Equal(GroupCues.AffiliationSuffixes);
        LexiconFile.List(groups, "Doubts").Should().Equal(GroupCues.Doubts);
        var everyday = LexiconFile.Words(P + "perpetrator-everyday.tsv");
        everyday.Should().HaveCount(64);
        everyday.Should().OnlyContain(w => PerpetratorCues.EverydayWords.Contains(w));
    }

    [Fact]
    public void PlaceLists_EqualTheCSharp()
    {
        var classed = LexiconFile.Classes<PlaceWord>(P + "place-words.tsv");
        var old = PlaceCues.ClassedWords.Where(c => c.Class != PlaceWord.GeographyStart).ToList();
        classed.Select(c => c.Class).Should().Equal(old.Select(c => c.Class));
        foreach (var (c, words) in old)
        {
            classed.Single(x => x.Class == c).Words.Should().BeEquivalentTo(words.Distinct(StringComparer.OrdinalIgnoreCase), c.ToString());
            classed.Single(x => x.Class == c).Words.Should().HaveSameCount(words.Distinct(StringComparer.OrdinalIgnoreCase), c.ToString());
        }

        var nouns = LexiconFile.Read(P + "place-nouns.tsv", 3).ToList();
        nouns.Where(r => r.Cells[0][0] == "Of").Select(r => KeyValuePair.Create(r.Cells[1][0], Enum.Parse<LocationKind>(r.Cells[2][0])))
            .Should().BeEquivalentTo(PlaceCues.OfNouns.Dictionary);
        nouns.Where(r => r.Cells[0][0] == "After").Select(r => KeyValuePair.Create(r.Cells[1][0], Enum.Parse<LocationKind>(r.Cells[2][0])))
            .Should().BeEquivalentTo(PlaceCues.AfterNouns.Dictionary);
        var lists = LexiconFile.Read(P + "place-lists.tsv", 2).ToList();
        LexiconFile.List(lists, "ContextBefore").Should().Equal(PlaceCues.ContextBefore);
        LexiconFile.List(lists, "NotDateline").Should().HaveCount(40).And.OnlyContain(w => PlaceCues.NotDatelineWords.Contains(w));
        LexiconFile.List(lists, "LeadingParticle").Should().Equal("in", "ain", "ein", "el", "al", "ad", "as", "ar", "at", "an");
        lists.Where(r => r.Cells[0][0] == "NameAbbreviation").Select(r => (r.Cells[1][0] + " ", r.Cells[1][1] + " ")).Should().Equal(PlaceCues.NameAbbreviations);
    }

    [Fact]
    public void OtherLists_EqualTheCSharp()
    {
        var groups = LexiconFile.Read(P + "armed-groups.tsv", 1).Select(r => r.Cells[0]).ToList();
        var table = (string[])typeof(ArmedGroups).GetField("Table", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        groups.Select(g => string.Join('|', g)).Should().Equal(table);
        var non = LexiconFile.Read(P + "non-claims.tsv", 2).ToList();
        LexiconFile.List(non, "Opening").Should().Equal(NonClaimLexicon.Openings);
        LexiconFile.List(non, "Anywhere").Should().Equal(NonClaimLexicon.Anywhere);
        var seg = LexiconFile.Read(P + "segmenter.tsv", 2).ToList();
        var t = typeof(Segmenter);
        foreach (var name in new[] { "Abbreviations", "NumberAbbreviations", "TimeWords" })
        {
            LexiconFile.List(seg, name).Should().BeEquivalentTo(Set(t, name), name);
            LexiconFile.List(seg, name).Should().HaveSameCount(Set(t, name), name);
        }
    }
}
