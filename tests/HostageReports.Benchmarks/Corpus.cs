namespace HostageReports.Benchmarks;

/// <summary>The texts the benchmarks read: the seeds, and the gun-violence reports when ../shared is beside the repository.</summary>
internal static class Corpus
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Finds shared/data/gva-dev beside the repository, or null; it is evaluation data and is never copied into the project.</summary>
    public static string? GvaFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "gva-dev");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    public static List<(string Id, string Text)> Load(string? folder) =>
        folder is null || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
                .ToList();
}
