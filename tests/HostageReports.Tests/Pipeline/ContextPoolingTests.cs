using FluentAssertions;
using HostageReports.Annotation;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Pipeline;

/// <summary>
/// A rented context cuts its report into this thread's reusable token list: it must hold exactly the
/// tokens a context of its own would hold, whatever the report before it left in the list, and two
/// contexts held at once must never share a list.
/// </summary>
public class ContextPoolingTests
{
    [Theory]
    [InlineData("A long first report, with many words in it, so that its tokens fill the list well past the next one's. Then a second sentence.", "Two words.")]
    [InlineData("Short.", "A longer report than the one before it: the list must grow to hold it, 12 tokens or more.")]
    [InlineData("Gunmen killed 3 people.", "")]
    [InlineData("", "Police said 2 were wounded.")]
    public void Rent_AfterAnotherReport_HoldsOnlyItsOwnTokens(string first, string second)
    {
        using (var earlier = ExtractionContext.Rent(Parse(first)))
        {
            earlier.Tokens.Should().HaveCount(new ExtractionContext(Parse(first)).Tokens.Count);
        }

        using var rented = ExtractionContext.Rent(Parse(second));

        rented.Tokens.Should().Equal(new ExtractionContext(Parse(second)).Tokens);
        rented.SentenceTokenStart.Should().Equal(new ExtractionContext(Parse(second)).SentenceTokenStart);
    }

    [Fact]
    public void Rent_WhileAnotherIsHeld_GetsAListOfItsOwn()
    {
        using var first = ExtractionContext.Rent(Parse("Gunmen killed 3 people on Monday."));
        var before = first.Tokens.ToArray();

        using var second = ExtractionContext.Rent(Parse("Police said 2 were wounded."));

        second.Tokens.Should().NotBeSameAs(first.Tokens);
        first.Tokens.Should().Equal(before);
    }

    [Fact]
    public void Rent_AfterDispose_ReusesTheThreadsList()
    {
        List<Token> list;
        using (var first = ExtractionContext.Rent(Parse("Gunmen killed 3 people on Monday.")))
        {
            list = first.Tokens;
        }

        using var second = ExtractionContext.Rent(Parse("Police said 2 were wounded."));

        second.Tokens.Should().BeSameAs(list);
    }

    [Fact]
    public void Rent_AfterAReportThePipelineRead_HoldsNoneOfItsProducts()
    {
        using (var first = ExtractionContext.Rent(Parse("Members of the Ansar Brigade killed 3 people in Kabul.")))
        {
            ExtractionPipeline.Default.Run(first);
            first.Has(Products.GroupMentions).Should().BeTrue();
        }

        using var second = ExtractionContext.Rent(Parse("Police said 2 were wounded."));

        second.Has(Products.NameStarts).Should().BeFalse();
        second.Find(Products.GroupMentions).Should().BeNull();
        second.Claims.Should().BeEmpty();
    }

    private static Report Parse(string text) =>
        ReportReader.Parse("t", text.Length == 0 ? "x" : text).Report!;
}
