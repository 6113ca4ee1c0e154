using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

/// <summary>
/// The one lexicon loader: rows, alternatives, escapes and comments as the format says, and every defect
/// of a file one <see cref="InvalidDataException"/> that names the file, the line and the row.
/// </summary>
public class LexiconFileTests
{
    /// <summary>The classes of these tests' classed files.</summary>
    private enum Colour
    {
        Red,
        Green,
    }

    private static List<LexiconRow> Read(string text, int columns) => [.. LexiconFile.Read("test.tsv", new StringReader(text), columns)];

    /// <summary>A cell as written, and the alternatives read from it.</summary>
    public static TheoryData<string, string[]> Cells => new()
    {
        { "killed", ["killed"] },
        { "shot|shot dead", ["shot", "shot dead"] },
        { " a | b ", ["a", "b"] },
        { "-", [] },
        { "\\-", ["-"] },
        { "-linked", ["-linked"] },
        { "a\\|b", ["a|b"] },
        { "a||b", ["a", "b"] },
        { "\\\\", ["\\"] },
        { "\u201c", ["\u201c"] },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Read_Cell_GivesItsAlternatives(string cell, string[] expected)
    {
        Read("x\t" + cell + "\n", 2).Single().Cells[1].Should().Equal(expected);
    }

    [Fact]
    public void Read_CommentsAndBlankLines_AreSkippedButCounted()
    {
        var rows = Read("# header\n\nRed\tapple\n# note\nGreen\tleaf\n", 2);

        rows.Select(static r => r.Line).Should().Equal(3, 5);
        rows.Select(static r => r.Text).Should().Equal("Red\tapple", "Green\tleaf");
    }

    /// <summary>A malformed file and what its error must name.</summary>
    public static TheoryData<string, int, string, string> Malformed => new()
    {
        { "Red\tapple\nGreen\n", 2, "test.tsv(2)", "'Green'" },
        { "# c\nRed\tapple\textra\n", 2, "test.tsv(2)", "'Red\tapple\textra'" },
        { "Red\tapple\n\nGreen\tleaf\tstem\n", 2, "test.tsv(3)", "expected 2 columns, found 3" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_RowOfTheWrongWidth_ThrowsNamingFileLineAndRow(string text, int columns, string where, string what)
    {
        var read = () => Read(text, columns);

        read.Should().Throw<InvalidDataException>().Where(e => e.Message.Contains(where) && e.Message.Contains(what));
    }

    [Fact]
    public void Read_AnyColumns_LetsRowsOfEveryWidthThrough()
    {
        Read("a\nb\tc\n", LexiconFile.AnyColumns).Select(static r => r.Cells.Length).Should().Equal(1, 2);
    }

    [Fact]
    public void Classes_File_GivesEachClassItsWordsInOrder()
    {
        var lists = LexiconFile.Classes<Colour>("test.tsv", Read("Green\tleaf\nRed\tapple\nGreen\tgrass\nRed\tLeaf\n", 2));

        lists.Select(static l => l.Class).Should().Equal(Colour.Green, Colour.Red);
        lists[0].Words.Should().Equal("leaf", "grass");
        lists[1].Words.Should().Equal("apple", "Leaf");
    }

    /// <summary>A classed file with a defect, and what its error must name.</summary>
    public static TheoryData<string, string> BadClassed => new()
    {
        { "Red\tapple\nBlue\tsky\n", "test.tsv(2): 'Blue' is no Colour" },
        { "Red\tapple\n1\tsky\n", "test.tsv(2): '1' is no Colour" },
        { "red\tapple\n", "test.tsv(1): 'red' is no Colour" },
        { "Red\tapple\nGreen\tleaf\nRed\tAPPLE\n", "test.tsv(3): 'APPLE' is already a word of Red" },
        { "Red\tapple|pear\n", "test.tsv(1): column 2 must hold one entry" },
        { "Red\t-\n", "test.tsv(1): column 2 must hold one entry" },
    };

    [Theory]
    [MemberData(nameof(BadClassed))]
    public void Classes_Defect_ThrowsNamingFileLineAndRow(string text, string message)
    {
        var read = () => LexiconFile.Classes<Colour>("test.tsv", Read(text, 2));

        read.Should().Throw<InvalidDataException>().Where(e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("apple\npear\n", null)]
    [InlineData("apple\npear\nApple\n", "test.tsv(3): 'Apple' is already listed in 'Apple'.")]
    [InlineData("apple\n-\n", "test.tsv(2): column 1 must hold one entry in '-'.")]
    public void Words_File_ReadsOrThrowsOnARepeat(string text, string? message)
    {
        var read = () => LexiconFile.Words("test.tsv", Read(text, 1));

        if (message is null)
        {
            read().Should().Equal("apple", "pear");
        }
        else
        {
            read.Should().Throw<InvalidDataException>().WithMessage(message);
        }
    }

    [Fact]
    public void Lists_File_GivesEveryListItsEntriesAndAnEmptyOneToAListWithout()
    {
        var lists = LexiconFile.Lists<Colour>(Read("Red\tapple\nRed\tcherry\n", 2));

        lists[Colour.Red].Should().Equal("apple", "cherry");
        lists[Colour.Green].Should().BeEmpty();
    }

    [Fact]
    public void Lists_UnknownList_Throws()
    {
        var read = () => LexiconFile.Lists<Colour>(Read("Red\tapple\nPurple\tplum\n", 2));

        read.Should().Throw<InvalidDataException>().WithMessage("test.tsv(2): 'Purple' is no Colour in 'Purple\tplum'.");
    }

    [Theory]
    [InlineData("HostageReports.Lexicons.no-such-file.tsv")]
    [InlineData("countries.tsv")]
    public void Read_MissingResource_ThrowsNamingIt(string resource)
    {
        var read = () => LexiconFile.Read(resource, 2).ToList();

        read.Should().Throw<InvalidDataException>().WithMessage(resource + ": the lexicon is not embedded in the assembly.");
    }

    [Fact]
    public void Read_EmbeddedFile_IsFound()
    {
        LexiconFile.Read(LexiconFile.Prefix + "countries.tsv", 6).Should().NotBeEmpty();
    }
}
