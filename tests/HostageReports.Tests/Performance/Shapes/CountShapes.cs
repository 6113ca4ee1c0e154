namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress the count rule and the attribution of claims to speakers.</summary>
public static class CountShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
    ];
}
