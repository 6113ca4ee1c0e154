namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress the perpetrator and location rules: names, runs of capitalised words, lists of people.</summary>
public static class NameShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
    ];
}
