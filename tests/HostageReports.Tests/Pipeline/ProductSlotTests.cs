using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Tests.Pipeline;

/// <summary>
/// A report's products on its context: each in its key's slot, set once by the stage that makes it, read by
/// its key with its type; a product read before it is made is an error naming it.
/// </summary>
public class ProductSlotTests
{
    private static readonly ProductKey<string> Words = new("slot words");
    private static readonly ProductKey<List<int>> Starts = new("slot starts");

    private static ExtractionContext Context() => new(ReportReader.Parse("t", "Gunmen killed 3 people.").Report!);

    [Fact]
    public void Get_AfterSet_ReturnsTheSameValueByItsKey()
    {
        var context = Context();
        var starts = new List<int> { 1, 2 };

        context.Set(Words, "words");
        context.Set(Starts, starts);

        context.Get(Words).Should().Be("words");
        context.Get(Starts).Should().BeSameAs(starts);
        context.Has(Words).Should().BeTrue();
    }

    [Fact]
    public void Get_NeverSet_ThrowsNamingTheProduct()
    {
        var act = () => Context().Get(Words);

        act.Should().Throw<InvalidOperationException>().WithMessage("Product 'slot words' is not set on report 't'*");
    }

    [Fact]
    public void Find_NeverSet_IsNull()
    {
        var context = Context();
        context.Set(Starts, []);

        context.Find(Words).Should().BeNull();
        context.Has(Words).Should().BeFalse();
    }

    [Fact]
    public void Set_Twice_ThrowsNamingTheProduct()
    {
        var context = Context();
        context.Set(Words, "first");

        var act = () => context.Set(Words, "second");

        act.Should().Throw<InvalidOperationException>().WithMessage("Product 'slot words' was set twice*");
        context.Get(Words).Should().Be("first");
    }

    [Fact]
    public void ProductKey_Declared_HasASlotOfItsOwn()
    {
        Words.Id.Should().NotBe(Starts.Id);
        new[] { Words.Id, Starts.Id, Products.NameStarts.Id, Products.GroupMentions.Id }.Should().OnlyHaveUniqueItems()
            .And.OnlyContain(static id => id >= 0 && id < ProductKey.Count);
    }
}
