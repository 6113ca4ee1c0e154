namespace HostageReports.Sample;

/// <summary>Turns the paths on the command line into incidents, each a list of report files.</summary>
internal static class IncidentSources
{
    public static List<(string Id, List<string> Files)> Find(IEnumerable<string> paths, TextWriter errors, ref int failures)
    {
        var result = new List<(string, List<string>)>();
        var loose = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                var files = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
                var subfolders = Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0 && subfolders.Count > 0)
                {
                    foreach (string sub in subfolders)
                    {
                        var subFiles = Directory.GetFiles(sub, "*.txt").Order(StringComparer.Ordinal).ToList();
                        if (subFiles.Count > 0)
                        {
                            result.Add((Path.GetFileName(sub), subFiles));
                        }
                    }
                }
                else
                {
                    result.Add((name, files));
                }
            }
            else if (File.Exists(path))
            {
                loose.Add(path);
            }
            else
            {
                errors.WriteLine($"error: {path}: no such file or folder.");
                failures++;
            }
        }

        if (loose.Count > 0)
        {
            result.Add((loose.Count == 1 ? Path.GetFileNameWithoutExtension(loose[0]) : "reports", loose));
        }

        return result;
    }
}
