using HostageReports.Reports;

namespace HostageReports.Sample;

/// <summary>Turns the paths on the command line into incidents, each a list of report files.</summary>
internal static class IncidentSources
{
    /// <summary>How many names of folders left unread a warning lists before it gives only their number.</summary>
    private const int NamesListed = 3;

    /// <summary>
    /// A folder of reports is one incident; a folder with no reports of its own whose subfolders hold
    /// reports is one incident per subfolder; files named one by one form one incident together.
    /// Paths that do not exist give errors, and the rest is still found. Folders that are not read
    /// (subfolders beside a folder's reports, subfolders that hold no reports) give warnings: they
    /// are never skipped in silence. Hidden folders (".git") are not mentioned.
    /// </summary>
    public static List<(string Id, IReadOnlyList<string> Files)> Find(IEnumerable<string> paths, List<ReportError> errors, List<string> warnings)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        var loose = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                AddFolder(path, result, errors, warnings);
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

        return DistinctIds(result, warnings);
    }

    /// <summary>
    /// Two folders of one name (<c>2019/shooting</c> and <c>2020/shooting</c>) are two incidents, and a
    /// reader of the output must be able to tell them apart: the later one is named by its folder's
    /// path as given (or, failing that, a number), with a warning saying so.
    /// </summary>
    private static List<(string Id, IReadOnlyList<string> Files)> DistinctIds(List<(string Id, IReadOnlyList<string> Files)> incidents, List<string> warnings)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < incidents.Count; k++)
        {
            var (id, files) = incidents[k];
            if (taken.Add(id))
            {
                continue;
            }

            string? folder = files.Count > 0 ? Path.GetDirectoryName(files[0]) : null;
            string stem = string.IsNullOrEmpty(folder) ? id : folder.Replace('\\', '/');
            string unique = stem;
            for (int n = 2; !taken.Add(unique); n++)
            {
                unique = $"{stem}#{n}";
            }

            warnings.Add($"{folder ?? id}: another incident is named '{id}' already; this one is '{unique}'.");
            incidents[k] = (unique, files);
        }

        return incidents;
    }

    private static void AddFolder(string path, List<(string, IReadOnlyList<string>)> result, List<ReportError> errors, List<string> warnings)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        var files = ReportReader.ListReports(path, out var error);
        if (error is not null)
        {
            errors.Add(error);
            return;
        }

        if (!TryListFolders(path, name, errors, out var subfolders))
        {
            return;
        }

        if (files.Count > 0)
        {
            result.Add((name, files));
            WarnUnread(path, subfolders, warnings);
            return;
        }

        foreach (string sub in subfolders)
        {
            var subFiles = ReportReader.ListReports(sub, out var subError);
            if (subError is not null)
            {
                errors.Add(subError);
            }
            else if (subFiles.Count > 0)
            {
                result.Add((Path.GetFileName(sub), subFiles));
                if (TryListFolders(sub, Path.GetFileName(sub), errors, out var nested))
                {
                    WarnUnread(sub, nested, warnings);
                }
            }
            else if (!IsHidden(sub))
            {
                warnings.Add($"{sub}: holds no reports (.txt, .text, .htm, .html); skipped.");
            }
        }

        // An empty folder is an empty incident: nothing to read is not an error.
        if (subfolders.Count == 0)
        {
            result.Add((name, files));
        }
    }

    /// <summary>The subfolders of a folder in ordinal order; false, with an error, when it cannot be listed.</summary>
    private static bool TryListFolders(string path, string name, List<ReportError> errors, out List<string> subfolders)
    {
        try
        {
            subfolders = [.. Directory.GetDirectories(path).Order(StringComparer.Ordinal)];
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ReportError(name, path, ReportErrorKind.Unreadable, $"{path}: the folder cannot be listed ({e.Message})."));
            subfolders = [];
            return false;
        }
    }

    /// <summary>
    /// Subfolders beside a folder's reports are not read (the folder is one incident, and its
    /// subfolders would mix other incidents into it): one warning names them.
    /// </summary>
    private static void WarnUnread(string folder, List<string> subfolders, List<string> warnings)
    {
        var shown = subfolders.Where(s => !IsHidden(s)).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        string names = string.Join(", ", shown.Take(NamesListed).Select(Path.GetFileName));
        string more = shown.Count > NamesListed ? $" and {shown.Count - NamesListed} more" : string.Empty;
        string which = shown.Count == 1 ? "its subfolder" : $"its {shown.Count} subfolders";
        warnings.Add($"{folder}: {which} {names}{more} not read: a folder of reports is one incident (name a subfolder to read it as an incident of its own).");
    }

    private static bool IsHidden(string folder) => Path.GetFileName(folder).StartsWith('.');
}
