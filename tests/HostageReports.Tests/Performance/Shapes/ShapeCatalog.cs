namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Every shape, from the files of this folder (one a part of the pipeline).</summary>
public static class ShapeCatalog
{
    /// <summary>All shapes, in the order of their files.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        .. ProseShapes.All,
        .. CountShapes.All,
        .. NameShapes.All,
        .. ReadingShapes.All,
    ];
}
