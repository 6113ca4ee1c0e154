using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Locations;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Lexicons;

/// <summary>
/// The one lexicon: every word of every data file interned once, one id for every casing, and each id
/// with exactly the attribute bits its files give it; the count, perpetrator and place views answer from it.
/// </summary>
public class LexiconTests
{
    /// <summary>Every lexicon data file embedded in the assembly.</summary>
    private static readonly string[] Files = [.. typeof(Lexicon).Assembly.GetManifestResourceNames()
        .Where(static r => r.StartsWith(LexiconFile.Prefix, StringComparison.Ordinal) && r.EndsWith(".tsv", StringComparison.Ordinal))];

    /// <summary>Words in two casings that must share an id.</summary>
    public static TheoryData<string, string> Casings => new()
    {
        { "killed", "KILLED" },
        { "Brigade", "bRiGaDe" },
        { "sheriff's", "SHERIFF'S" },
        { "hostage-takers", "Hostage-Takers" },
        { "Algeria", "algeria" },
        { "C\u00f4te", "C\u00d4TE" },
        { "a", "A" },
        { "\u201c", "\u201c" },
        { "kilometres", "KILOMETRES" },
    };

    [Theory]
    [MemberData(nameof(Casings))]
    public void Id_WordInAnyCasing_IsTheSame(string word, string other)
    {
        Lexicon.Id(word).Should().BeGreaterThan(Lexicon.Outside).And.Be(Lexicon.Id(other));
        Lexicon.Text(Lexicon.Id(word)).Should().BeEquivalentTo(word);
    }

    [Theory]
    [InlineData("Oakdale")]
    [InlineData("Wombat")]
    [InlineData("killedd")]
    [InlineData("\u00c6r\u00f8sk\u00f8bing")]
    [InlineData("was arrested")]
    [InlineData("")]
    public void Id_WordOfNoFile_IsOutside(string word)
    {
        Lexicon.Id(word).Should().Be(Lexicon.Outside);
        Lexicon.TryGetId(word, out _).Should().BeFalse();
        Lexicon.Of(Lexicon.Id(word)).Should().Be(default(Lexeme));
    }

    [Fact]
    public void Id_EveryWordOfEveryFile_IsFound()
    {
        Files.Should().Contain(LexiconFile.Prefix + "perpetrator-cues.tsv").And.Contain(LexiconFile.Prefix + "segmenter.tsv");
        var tokens = new List<Token>();
        foreach (var file in Files)
        {
            foreach (var row in LexiconFile.Read(file, LexiconFile.AnyColumns))
            {
                foreach (var text in row.Cells.SelectMany(static c => c))
                {
                    tokens.Clear();
                    Tokenizer.Tokenize(text, 0, text.Length, tokens);
                    foreach (var t in tokens)
                    {
                        var word = text.Substring(t.Start, t.Length);
                        Lexicon.TryGetId(word, out var id).Should().BeTrue($"{file}({row.Line}): {word}");
                        Lexicon.Id(word.ToUpperInvariant()).Should().Be(id, word);
                        (Lexicon.Of(id).Families & Lexicon.FamilyOf(file)).Should().NotBe(LexemeFamily.None, word);
                    }
                }
            }
        }
    }

    [Fact]
    public void Ids_FitATokensWordAndAreDense()
    {
        Lexicon.Count.Should().BeGreaterThan(2).And.BeLessThan(ushort.MaxValue);
        for (int id = 2; id < Lexicon.Count; id++)
        {
            Lexicon.Id(Lexicon.Text((ushort)id)).Should().Be((ushort)id);
        }
    }

    [Fact]
    public void ClassesOf_EveryId_AreTheClassesOfItsRowsInThePerpetratorFiles()
    {
        var expected = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in new[] { Lexicon.PerpetratorWords, Lexicon.GroupWords })
        {
            foreach (var (c, words) in LexiconFile.Classes<WordClass>(file))
            {
                foreach (var w in words)
                {
                    expected[w] = expected.GetValueOrDefault(w) | c;
                }
            }
        }

        expected.Should().HaveCountGreaterThan(500);
        for (int id = 0; id < Lexicon.Count; id++)
        {
            var word = Lexicon.Text((ushort)id);
            Lexicon.ClassesOf((ushort)id).Should().Be(id < 2 ? WordClass.None : expected.GetValueOrDefault(word), word);
            WordClasses.OfId((ushort)id).Should().Be(Lexicon.ClassesOf((ushort)id));
        }
    }

    [Fact]
    public void PlacesOf_EveryId_AreTheClassesOfItsRowsInThePlaceFileAndTheGeographyStarts()
    {
        var expected = new Dictionary<string, PlaceWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (c, words) in LexiconFile.Classes<PlaceWord>(Lexicon.PlaceWords))
        {
            foreach (var w in words)
            {
                expected[w] = expected.GetValueOrDefault(w) | c;
            }
        }

        foreach (var w in Geography.StartWords())
        {
            expected[w] = expected.GetValueOrDefault(w) | PlaceWord.GeographyStart;
        }

        for (int id = 2; id < Lexicon.Count; id++)
        {
            var word = Lexicon.Text((ushort)id);
            Lexicon.PlacesOf((ushort)id).Should().Be(expected.GetValueOrDefault(word), word);
            Lexicon.PlacesOf(Lexicon.Id(word.ToUpperInvariant())).Should().Be(Lexicon.PlacesOf((ushort)id), word);
        }
    }

    /// <summary>Words and bits the files give them; a None row says the word is in no list of that family.</summary>
    public static TheoryData<string, string, string, string> Bits => new()
    {
        { "Sheriff", "Titles", "NotPlace", "Perpetrators, Places" },
        { "Brigade", "NotNameWords, ArmedContextWords, Heads, StrongHeads, NamingNouns, DescribedNouns, QuotedHeads", "NotPlace", "Perpetrators, Places" },
        { "county", "NotNameWords", "County, LowerCaseCue, OfNoun, NotAgencyPlace", "Perpetrators, Places" },
        { "kilometres", "None", "DistanceUnit", "Places" },
        { "Algeria", "None", "GeographyStart", "Geography" },
        { "wounded", "None", "None", "Counts, Perpetrators" },
        { "\u00a9", "None", "None", "Reading" },
    };

    [Theory]
    [MemberData(nameof(Bits))]
    public void Of_Word_HasTheBitsItsFilesGive(string word, string classNames, string placeNames, string familyNames)
    {
        var (classes, places, families) = (Enum.Parse<WordClass>(classNames), Enum.Parse<PlaceWord>(placeNames), Enum.Parse<LexemeFamily>(familyNames));
        var lexeme = Lexicon.Of(Lexicon.Id(word));

        lexeme.Classes.Should().Be(classes);
        lexeme.Places.Should().Be(places);
        (lexeme.Families & families).Should().Be(families);
        WordClasses.Of(word).Should().Be(classes);
        Lexicon.PlacesOf(Lexicon.Id(word)).Should().Be(places);
    }

    [Theory]
    [InlineData("killed")]
    [InlineData("Oakdale")]
    [InlineData(",")]
    [InlineData("é")]
    public void Vocabulary_Word_IsItsLexiconId(string word)
    {
        Lexicon.Id(word).Should().Be(Lexicon.Id(word));
        Lexicon.TryGetId(word, out var id).Should().Be(Lexicon.TryGetId(word, out var expected));
        id.Should().Be(expected);
        WordClasses.Id(word).Should().Be(expected == Lexicon.Outside ? (ushort)0 : expected);
    }

    [Theory]
    [InlineData(LexiconFile.Prefix + "numbers.tsv", "Counts")]
    [InlineData(LexiconFile.Prefix + "counts-triggers.tsv", "Counts")]
    [InlineData(LexiconFile.Prefix + "us-states.tsv", "Geography")]
    [InlineData(LexiconFile.Prefix + "names-titles.tsv", "Perpetrators")]
    [InlineData(LexiconFile.Prefix + "armed-groups.tsv", "Perpetrators")]
    [InlineData(LexiconFile.Prefix + "places-streets.tsv", "Places")]
    [InlineData(LexiconFile.Prefix + "segmenter.tsv", "Reading")]
    public void FamilyOf_FileName_IsItsFirstWord(string file, string family)
    {
        Lexicon.FamilyOf(file).Should().Be(Enum.Parse<LexemeFamily>(family));
    }
}
