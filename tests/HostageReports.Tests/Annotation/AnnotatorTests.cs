using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Reports;

namespace HostageReports.Tests.Annotation;

/// <summary>The annotation pass: every token of a report carries its word's lexicon id and how it is written.</summary>
public class AnnotatorTests
{
    /// <summary>Words and how they are written: capitalised, all capitals, may start a name.</summary>
    public static TheoryData<string, string> Shapes { get; } = new()
    {
        { "Oakdale", "Capitalized, MayStartName" },
        { "OAKDALE", "Capitalized, AllCaps, MayStartName" },
        { "ATF", "Capitalized, AllCaps, MayStartName" },
        { "al-Qaeda", "MayStartName" },
        { "Al-Shabaab", "Capitalized, MayStartName" },
        { "alQaeda", "MayStartName" },
        { "Émile", "Capitalized, MayStartName" },
        { "ÉCOLE", "Capitalized, AllCaps, MayStartName" },
        { "killed", "None" },
        { "also", "MayStartName" }, // as "al-Qaeda" does: the finders decide
        { "a", "None" },
        { "la", "None" },
        { "élan", "None" },
        { "iPhone", "None" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ShapeOf_Word_IsHowItIsWritten(string word, string expected) =>
        Annotator.ShapeOf(word).Should().Be(Enum.Parse<TokenShape>(expected));

    [Theory]
    [InlineData("killed")]
    [InlineData("hostages")]
    [InlineData("Kabul")]
    [InlineData("al-Qaeda")]
    [InlineData("the")]
    public void Annotate_EveryCasingOfAWord_HasOneId(string word)
    {
        var ids = new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] }
            .Select(static w => Annotated(w)[0].Word).Distinct().ToList();

        ids.Should().ContainSingle().Which.Should().NotBe(Lexicon.Outside).And.NotBe(Lexicon.Unlabelled);
    }

    [Theory]
    [InlineData("Zebulonvillex")]
    [InlineData("qqqzz")]
    public void Annotate_WordOfNoLexiconFile_IsOutsideWithNoClasses(string word)
    {
        var token = Annotated(word)[0];

        token.Word.Should().Be(Lexicon.Outside);
        Lexicon.ClassesOf(token.Word).Should().Be(WordClass.None);
        Lexicon.PlacesOf(token.Word).Should().Be(PlaceWord.None);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(".")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("\u2014")]
    public void Annotate_Punctuation_HasTheIdOfItsTextAndNoShape(string mark)
    {
        var token = Annotated(mark)[0];

        token.Kind.Should().Be(TokenKind.Punct);
        token.Word.Should().Be(Lexicon.Id(mark));
        token.Shape.Should().Be(TokenShape.None);
    }

    [Fact]
    public void Annotate_Number_HasNoShape()
    {
        var token = Annotated("1,300")[0];

        token.Kind.Should().Be(TokenKind.Number);
        token.Shape.Should().Be(TokenShape.None);
    }

    [Fact]
    public void ExtractionContext_EveryToken_IsAnnotatedAsItsTextIs()
    {
        const string Body = "KABUL — Gunmen of al-Qaeda killed 3 hostages, ATF agents said.";
        using var context = ExtractionContext.Rent(ReportReader.Parse("r1", Body).Report!);

        var wrong = new List<Token>();
        foreach (var t in context.Tokens)
        {
            var text = Body.AsSpan(t.Start, t.Length);
            if (t.Word != Lexicon.Id(text) || t.Shape != (t.Kind == TokenKind.Word ? Annotator.ShapeOf(text) : TokenShape.None))
            {
                wrong.Add(t);
            }
        }

        context.Tokens.Should().NotBeEmpty();
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Token_WithItsAnnotation_TakesTwelveBytes() =>
        System.Runtime.CompilerServices.Unsafe.SizeOf<Token>().Should().Be(12);

    private static Token[] Annotated(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var array = tokens.ToArray();
        Annotator.Annotate(text, array);
        return array;
    }
}
