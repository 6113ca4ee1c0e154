using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>Turns the paths on the command line into incidents, each a list of report files.</summary>
internal static class IncidentSources
{
    /// <summary>
    /// A folder of reports is one incident; a folder with no reports of its own whose subfolders hold
    /// reports is one incident per subfolder; files named one by one form one incident together.
    /// Paths that do not exist give errors, and the rest is still found.
    /// </summary>
    public static List<(string Id, IReadOnlyList<string> Files)> Find(IEnumerable<string> paths, List<ReportError> errors)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        var loose = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                AddFolder(path, result, errors);
            }
            else if (File.Exists(path))
            {
                loose.Add(path);
            }
            else
            {
                errors.Add(new ReportError(path, path, ReportErrorKind.NotFound, $"{path}: no such file or folder."));
            }
        }

        if (loose.Count > 0)
        {
            result.Add((loose.Count == 1 ? Path.GetFileNameWithoutExtension(loose[0]) : "reports", loose));
        }

        return result;
    }

    private static void AddFolder(string path, List<(string, IReadOnlyList<string>)> result, List<ReportError> errors)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        var files = ReportReader.ListReports(path, out var error);
        if (error is not null)
        {
            errors.Add(error);
            return;
        }

        if (files.Count > 0)
        {
            result.Add((name, files));
            return;
        }

        string[] subfolders;
        try
        {
            subfolders = Directory.GetDirectories(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ReportError(name, path, ReportErrorKind.Unreadable, $"{path}: the folder cannot be listed ({e.Message})."));
            return;
        }

        foreach (string sub in subfolders.Order(StringComparer.Ordinal))
        {
            var subFiles = ReportReader.ListReports(sub, out var subError);
            if (subError is not null)
            {
                errors.Add(subError);
            }
            else if (subFiles.Count > 0)
            {
                result.Add((Path.GetFileName(sub), subFiles));
            }
        }

        // An empty folder is an empty incident: nothing to read is not an error.
        if (subfolders.Length == 0)
        {
            result.Add((name, files));
        }
    }
}
