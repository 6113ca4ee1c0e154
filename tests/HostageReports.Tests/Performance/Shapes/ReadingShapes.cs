namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress reading a report: paragraphs, sentences, quotes, decoding.</summary>
public static class ReadingShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
    ];
}
