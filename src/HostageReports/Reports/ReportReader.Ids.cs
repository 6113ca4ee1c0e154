using System.Runtime.InteropServices;

namespace HostageReports.Reports;

// The ids of reports read together: a file's name without extension, told apart by the path from the folder they share where names are alike.
public static partial class ReportReader
{
    private static List<string> ListPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = new List<string>(paths);
        foreach (string path in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path, nameof(paths));
        }

        return list;
    }

    /// <summary>
    /// The ids of files read together, unique where their paths allow: each file's name without
    /// extension, unless another file has the same; then the path from the folder the alike files
    /// share ('/' between folders), without extension where that tells them apart, else with it.
    /// Ids stay alike only for paths that name one file (or pathological names such as <c>r.txt</c>
    /// beside <c>r.txt.html</c>); the caller refuses the later one. Linear in the paths' length.
    /// </summary>
    internal static string[] IdsOf(IReadOnlyList<string> paths)
    {
        var ids = new string[paths.Count];
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(paths[i]);
            (CollectionsMarshal.GetValueRefOrAddDefault(byName, ids[i], out _) ??= []).Add(i);
        }

        foreach (var alike in byName.Values)
        {
            if (alike.Count > 1)
            {
                TellApart(paths, alike, ids);
            }
        }

        return ids;
    }

    /// <summary>Gives files of one name the path from their shared folder: "a/story" and "b/story", or "r.txt" and "r.html".</summary>
    private static void TellApart(IReadOnlyList<string> paths, List<int> alike, string[] ids)
    {
        var full = new string[alike.Count];
        for (int k = 0; k < full.Length; k++)
        {
            full[k] = Path.GetFullPath(paths[alike[k]]);
        }

        int shared = SharedFolderLength(full);
        var relative = new string[full.Length];
        var bare = new string[full.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < full.Length; k++)
        {
            relative[k] = full[k][shared..].Replace('\\', '/');
            bare[k] = WithoutExtension(relative[k]);
            if (files.Add(full[k]))
            {
                // A file named twice counts once: it keeps its short id, and its second naming is refused.
                CollectionsMarshal.GetValueRefOrAddDefault(counts, bare[k], out _)++;
            }
        }

        for (int k = 0; k < full.Length; k++)
        {
            ids[alike[k]] = counts[bare[k]] == 1 ? bare[k] : relative[k];
        }
    }

    /// <summary>The length of the folder path (with its final separator) that every one of the full paths starts with.</summary>
    private static int SharedFolderLength(string[] full)
    {
        string first = full[0];
        int length = first.AsSpan().LastIndexOfAny('/', Path.DirectorySeparatorChar) + 1;
        for (int k = 1; k < full.Length && length > 0; k++)
        {
            string other = full[k];
            int limit = Math.Min(length, other.AsSpan().LastIndexOfAny('/', Path.DirectorySeparatorChar) + 1);
            int same = first.AsSpan(0, limit).CommonPrefixLength(other.AsSpan(0, limit));
            while (same > 0 && first[same - 1] != '/' && first[same - 1] != Path.DirectorySeparatorChar)
            {
                same--;
            }

            length = same;
        }

        return length;
    }

    /// <summary>A relative path without its file name's extension; unchanged when the name has none (or is only one, as ".txt").</summary>
    private static string WithoutExtension(string relative)
    {
        int slash = relative.LastIndexOf('/');
        int dot = relative.LastIndexOf('.');
        return dot > slash + 1 ? relative[..dot] : relative;
    }

    private static ReportError DuplicateId(string id, string path, string taken) =>
        new(id, path, ReportErrorKind.DuplicateId, Path.GetFullPath(path) == Path.GetFullPath(taken)
            ? $"{path}: named more than once; it is read once."
            : $"{path}: its report id '{id}' is that of {taken} too; it was not read (rename one of them).");

    private static string IdOf(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path.AsSpan().TrimEnd("/\\")).ToString();
        return string.IsNullOrWhiteSpace(id) ? path : id;
    }
}
