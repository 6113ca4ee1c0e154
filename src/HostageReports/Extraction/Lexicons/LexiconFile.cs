namespace HostageReports.Extraction.Lexicons;

/// <summary>
/// Reads the lexicons embedded in the assembly: UTF-8 text, one entry a line, columns separated by
/// tabs, alternatives within a column by '|', '-' for an empty column; blank lines and lines starting
/// with '#' are skipped. A missing resource or a short row is a build defect and throws at load.
/// </summary>
internal static class LexiconFile
{
    /// <summary>Reads the rows of an embedded lexicon.</summary>
    /// <param name="resource">The manifest resource name ("HostageReports.Lexicons.countries.tsv").</param>
    /// <param name="columns">The number of columns every row must have.</param>
    /// <returns>Each row's columns, each column's alternatives.</returns>
    public static IEnumerable<string[][]> Rows(string resource, int columns)
    {
        foreach (var line in Lines(resource))
        {
            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{resource}: expected {columns} columns in '{line}'.");
            }

            var row = new string[columns][];
            for (int c = 0; c < columns; c++)
            {
                var cell = cells[c].Trim();
                row[c] = cell is "-" or "" ? [] : cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }

            yield return row;
        }
    }

    /// <summary>Reads the non-blank, non-comment lines of an embedded lexicon.</summary>
    /// <param name="resource">The manifest resource name.</param>
    /// <returns>The lines, trimmed at the end.</returns>
    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"The lexicon {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }
}
