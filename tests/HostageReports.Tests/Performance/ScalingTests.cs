using FluentAssertions;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Tests.Performance;

/// <summary>
/// Every shape of <see cref="ShapeCatalog"/> costs about as much again for each as much again of input:
/// four times the input allocates at most about four times as much. A mechanism that copies what came
/// before at every step (a chain of speakers per claim, a re-walk of a run from each of its words)
/// allocates sixteen times as much and fails here. Allocation is counted, never time, so the test does
/// not depend on the machine; <c>tests/HostageReports.Benchmarks -- scaling</c> prints the times.
/// </summary>
public class ScalingTests
{
    public static TheoryData<string> Shapes()
    {
        var data = new TheoryData<string>();
        foreach (var shape in ShapeCatalog.All)
        {
            data.Add(shape.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Pipeline_FourTimesTheInput_AllocatesAtMostAboutFourTimesAsMuch(string name)
    {
        var shape = ShapeCatalog.All.Single(s => s.Name == name);
        string small = shape.Text(shape.Size), large = shape.Text(4 * shape.Size);
        // Warm up both sizes: pooled buffers and caches are allocated on first use.
        ShapePipeline.Run(small);
        ShapePipeline.Run(large);

        long smallBytes = Allocation.Of(() => ShapePipeline.Run(small));
        long largeBytes = Allocation.Of(() => ShapePipeline.Run(large));

        ((double)largeBytes / smallBytes).Should().BeLessThan(4.8, $"{name}: {smallBytes:N0} bytes at n, {largeBytes:N0} at 4n");
    }

    [Fact]
    public void ShapeCatalog_Names_AreUnique() =>
        ShapeCatalog.All.Select(s => s.Name).Should().OnlyHaveUniqueItems();
}
