using static HostageReports.Tests.Performance.Shapes.ProseShapes;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress the count rule and the attribution of claims to speakers.</summary>
public static class CountShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        new("said clauses in one sentence", 500, n => Repeat(n, "two people were killed, police said, ") + "it ended."),
        new("according to clauses in one sentence", 500, n => Repeat(n, "according to police two people were killed, ") + "it ended."),
        new("pronoun said clauses in one sentence", 500, n => "Police gave figures. " + Repeat(n, "they said two people were wounded, ") + "it ended."),
        new("casualty word soup without stops", 500, n => Repeat(n, "hostages killed two wounded officials said three dead shot according to police injured ")),
        new("list of numbers in one sentence", 2000, n => "two people were killed, " + Repeat(n, "5, ") + "and more."),
        new("death tolls in one sentence", 500, n => Repeat(n, "the death toll rose to 5, ") + "it ended."),
        new("count verbs in one sentence", 500, n => Repeat(n, "they number 41, ") + "and two were killed."),
    ];
}
