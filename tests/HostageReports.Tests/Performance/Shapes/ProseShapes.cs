using System.Text;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Ordinary prose at length: the yardstick the other shapes are measured against.</summary>
public static class ProseShapes
{
    /// <summary>The shapes of ordinary text.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        new("paragraphs of casualty prose", 200, n => Repeat(n,
            "Two men were killed and three people were wounded on Main Street, police said. "
            + "The gunman, John Carver, 24, was arrested in Springfield, Ohio.\n\n")),
    ];

    /// <summary>The unit n times.</summary>
    public static string Repeat(int n, string unit)
    {
        var text = new StringBuilder(unit.Length * n);
        for (int k = 0; k < n; k++)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
