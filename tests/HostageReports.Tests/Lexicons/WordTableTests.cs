using FluentAssertions;
using HostageReports.Lexicons;

namespace HostageReports.Tests.Lexicons;

/// <summary>
/// The word table every per-token look-up goes through answers exactly as a look-up ignoring case
/// (<see cref="StringComparison.OrdinalIgnoreCase"/>) over its words would, whichever of its paths a
/// text takes: packed (short ASCII), hashed (longer ASCII), or the words with other characters, some of
/// which equal ASCII texts ignoring case.
/// </summary>
public class WordTableTests
{
    private static readonly string[] Words =
    [
        "a", "of", "killed", "wounded", "hostages", "gunmen", "at", "least",
        "spokesperson", "approximately", "Brigade", "al-Qaeda", "C\u00f4te", "\u00c9tat", "na\u00efve",
        "\u212a", // the Kelvin sign: "k" ignoring case
        "pol\u0131ce", // a dotless "ı": "police" ignoring case
        "abcdefgh", "abcdefghi",
    ];

    private static readonly WordTable<int> Table = new(Words.Select(static (w, i) => new KeyValuePair<string, int>(w, i + 1)), missing: -1);

    [Theory]
    [InlineData("killed")]
    [InlineData("KILLED")]
    [InlineData("Killed")]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("abcdefgh")]
    [InlineData("ABCDEFGHI")]
    [InlineData("abcdefg")]
    [InlineData("abcdefghij")]
    [InlineData("SPOKESPERSON")]
    [InlineData("spokespersons")]
    [InlineData("Approximately")]
    [InlineData("AL-QAEDA")]
    [InlineData("brigade")]
    [InlineData("c\u00f4te")]
    [InlineData("C\u00d4TE")]
    [InlineData("\u00e9tat")]
    [InlineData("NA\u00cfVE")]
    [InlineData("k")]
    [InlineData("K")]
    [InlineData("\u212a")]
    [InlineData("police")]
    [InlineData("POLICE")]
    [InlineData("pol\u0131ce")]
    [InlineData("k\u0131lled")]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("Oakdale")]
    [InlineData("\u201c")]
    [InlineData("x\u0000")]
    public void Indexer_AnyText_AnswersAsOrdinalIgnoreCase(string text)
    {
        int index = Array.FindIndex(Words, w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase));
        int expected = index < 0 ? -1 : index + 1;

        Table[text].Should().Be(expected, text);
        Table.TryGetValue(text, out int value).Should().Be(index >= 0);
        value.Should().Be(expected);
    }

    [Fact]
    public void Constructor_WordRepeatedInAnotherCase_Throws()
    {
        var act = () => new WordTable<int>([new("Killed", 1), new("KILLED", 2)], missing: 0);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("ABCDEFGH", true)]
    [InlineData("abcdefghi", false)]
    [InlineData("", false)]
    [InlineData("c\u00f4te", false)]
    public void TryPack_Text_PacksShortAsciiOnly(string text, bool packs)
    {
        AsciiCase.TryPack(text, out ulong packed).Should().Be(packs);
        if (packs)
        {
            packed.Should().NotBe(0);
            AsciiCase.TryPack(text.ToLowerInvariant(), out ulong lower);
            packed.Should().Be(lower);
        }
    }
}
