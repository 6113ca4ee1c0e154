namespace HostageReports.Tests.Performance.Shapes;

/// <summary>
/// One shape of input that a careless mechanism handles in time or memory that grows faster than the
/// input: a long list, a long run, a long sentence, many paragraphs. <see cref="Text"/> makes the
/// input at a size (a count of the shape's repeating unit); the scaling tests read it at n and 4n, the
/// scaling report at n, 4n and 16n.
/// </summary>
/// <param name="Name">What the shape is, in a few words (the test's row name).</param>
/// <param name="Size">The n of the tests: big enough that fixed costs are small beside the shape's own.</param>
/// <param name="Text">The report's text at a size.</param>
public sealed record ScalingShape(string Name, int Size, Func<int, string> Text)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
