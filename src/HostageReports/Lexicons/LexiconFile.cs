using System.Text;

namespace HostageReports.Lexicons;

/// <summary>
/// Reads the lexicons embedded in the assembly: UTF-8 text, one entry a line, columns separated by
/// tabs, alternatives within a column by '|', '-' for an empty column; blank lines and lines starting
/// with '#' are skipped. A backslash makes the next character plain text ("\-" is the word "-", "\|" a
/// bar within a word). Every defect (a missing resource, a short row, an unknown class, a repeated word)
/// throws an <see cref="InvalidDataException"/> naming the file, the line and the row (<see cref="LexiconErrors"/>).
/// Everything is readable from a <see cref="TextReader"/> too, so the rules of the format can be tried on a string.
/// </summary>
internal static class LexiconFile
{
    /// <summary>The prefix of every embedded lexicon's resource name.</summary>
    public const string Prefix = "HostageReports.Lexicons.";

    /// <summary>The column count that lets rows of any width through (for reading every word of every file).</summary>
    public const int AnyColumns = 0;

    /// <summary>Reads the rows of an embedded lexicon.</summary>
    /// <param name="resource">The manifest resource name ("HostageReports.Lexicons.countries.tsv").</param>
    /// <param name="columns">The number of columns every row must have.</param>
    /// <returns>Each row's columns, each column's alternatives.</returns>
    public static IEnumerable<string[][]> Rows(string resource, int columns) => Read(resource, columns).Select(static r => r.Cells);

    /// <summary>Reads the rows of an embedded lexicon with their line numbers.</summary>
    /// <param name="resource">The manifest resource name.</param>
    /// <param name="columns">The number of columns every row must have.</param>
    /// <returns>The rows in file order.</returns>
    public static IEnumerable<LexiconRow> Read(string resource, int columns)
    {
        foreach (var row in Read(resource, Open(resource), columns))
        {
            yield return row;
        }
    }

    /// <summary>Reads the rows of a lexicon from a reader.</summary>
    /// <param name="file">The lexicon's name, for errors.</param>
    /// <param name="reader">The text; disposed when read.</param>
    /// <param name="columns">The number of columns every row must have, or <see cref="AnyColumns"/>.</param>
    /// <returns>The rows in file order.</returns>
    public static IEnumerable<LexiconRow> Read(string file, TextReader reader, int columns)
    {
        foreach (var (number, line) in NumberedLines(reader))
        {
            var cells = SplitUnescaped(line, '\t');
            if (columns != AnyColumns && cells.Count != columns)
            {
                throw LexiconErrors.InRow(file, number, line, $"expected {columns} columns, found {cells.Count}");
            }

            var row = new string[cells.Count][];
            for (int c = 0; c < cells.Count; c++)
            {
                row[c] = Alternatives(cells[c]);
            }

            yield return new LexiconRow(file, number, line, row);
        }
    }

    /// <summary>Reads the non-blank, non-comment lines of an embedded lexicon.</summary>
    /// <param name="resource">The manifest resource name.</param>
    /// <returns>The lines, trimmed at the end.</returns>
    public static IEnumerable<string> Lines(string resource)
    {
        foreach (var (_, text) in NumberedLines(Open(resource)))
        {
            yield return text;
        }
    }

    /// <summary>
    /// Reads a lexicon of classed words (columns: class, word): each class with its words, classes in the
    /// order they first appear, words in file order. An unknown class, a row without a word, or a word
    /// repeated within its class (ignoring case) is an error.
    /// </summary>
    /// <typeparam name="TClass">The enum whose member names the classes are.</typeparam>
    /// <param name="file">The lexicon's name, for errors.</param>
    /// <param name="rows">Its rows (see <see cref="Read(string, int)"/>), of two columns.</param>
    /// <returns>The classes and their words.</returns>
    public static IReadOnlyList<(TClass Class, string[] Words)> Classes<TClass>(string file, IEnumerable<LexiconRow> rows)
        where TClass : struct, Enum
    {
        var order = new List<TClass>();
        var words = new Dictionary<TClass, List<string>>();
        var seen = new HashSet<(TClass, string)>();
        foreach (var row in rows)
        {
            var c = Class<TClass>(row, 0);
            var word = Single(row, 1);
            if (!seen.Add((c, word.ToUpperInvariant())))
            {
                throw LexiconErrors.InRow(file, row.Line, row.Text, $"'{word}' is already a word of {c}");
            }

            if (!words.TryGetValue(c, out var list))
            {
                words[c] = list = [];
                order.Add(c);
            }

            list.Add(word);
        }

        return [.. order.Select(c => (c, words[c].ToArray()))];
    }

    /// <summary>Reads a lexicon of classed words (see <see cref="Classes{TClass}(string, IEnumerable{LexiconRow})"/>) embedded in the assembly.</summary>
    /// <typeparam name="TClass">The enum whose member names the classes are.</typeparam>
    /// <param name="resource">The manifest resource name.</param>
    /// <returns>The classes and their words.</returns>
    public static IReadOnlyList<(TClass Class, string[] Words)> Classes<TClass>(string resource)
        where TClass : struct, Enum => Classes<TClass>(resource, Read(resource, 2));

    /// <summary>Reads a lexicon of one word a row; a word repeated (ignoring case) is an error.</summary>
    /// <param name="file">The lexicon's name, for errors.</param>
    /// <param name="rows">Its rows, of one column.</param>
    /// <returns>The words in file order.</returns>
    public static string[] Words(string file, IEnumerable<LexiconRow> rows)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new List<string>();
        foreach (var row in rows)
        {
            var word = Single(row, 0);
            if (!seen.Add(word))
            {
                throw LexiconErrors.InRow(file, row.Line, row.Text, $"'{word}' is already listed");
            }

            words.Add(word);
        }

        return [.. words];
    }

    /// <summary>Reads an embedded lexicon of one word a row (see <see cref="Words(string, IEnumerable{LexiconRow})"/>).</summary>
    /// <param name="resource">The manifest resource name.</param>
    /// <returns>The words in file order.</returns>
    public static string[] Words(string resource) => Words(resource, Read(resource, 1));

    /// <summary>
    /// Reads a lexicon of named lists (columns: list, entry): each list's entries in file order, an empty
    /// array for a list without rows. An unknown list name or a row without one entry is an error.
    /// </summary>
    /// <typeparam name="TList">The enum whose member names the lists are.</typeparam>
    /// <param name="rows">The rows, of two columns.</param>
    /// <returns>The entries by list.</returns>
    public static IReadOnlyDictionary<TList, string[]> Lists<TList>(IEnumerable<LexiconRow> rows)
        where TList : struct, Enum
    {
        var lists = Enum.GetValues<TList>().ToDictionary(static l => l, static _ => new List<string>());
        foreach (var row in rows)
        {
            lists[Class<TList>(row, 0)].Add(Single(row, 1));
        }

        return lists.ToDictionary(static p => p.Key, static p => p.Value.ToArray());
    }

    /// <summary>Reads an embedded lexicon of named lists (see <see cref="Lists{TList}(IEnumerable{LexiconRow})"/>).</summary>
    /// <typeparam name="TList">The enum whose member names the lists are.</typeparam>
    /// <param name="resource">The manifest resource name.</param>
    /// <returns>The entries by list.</returns>
    public static IReadOnlyDictionary<TList, string[]> Lists<TList>(string resource)
        where TList : struct, Enum => Lists<TList>(Read(resource, 2));

    /// <summary>The one alternative of a row's column; none or several is an error.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The text.</returns>
    public static string Single(LexiconRow row, int column) =>
        row.Cells[column] is [var one] ? one : throw LexiconErrors.InRow(row.File, row.Line, row.Text, $"column {column + 1} must hold one entry");

    /// <summary>A row's column read as a member of an enum; an unknown name is an error.</summary>
    /// <typeparam name="TClass">The enum.</typeparam>
    /// <param name="row">The row.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The member.</returns>
    public static TClass Class<TClass>(LexiconRow row, int column)
        where TClass : struct, Enum
    {
        var name = Single(row, column);
        return Enum.TryParse<TClass>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsDigit(name[0])
            ? value
            : throw LexiconErrors.InRow(row.File, row.Line, row.Text, $"'{name}' is no {typeof(TClass).Name}");
    }

    /// <summary>A column's alternatives: none for "-" or an empty column.</summary>
    private static string[] Alternatives(string cell)
    {
        cell = cell.Trim();
        if (cell is "-" or "")
        {
            return [];
        }

        var parts = SplitUnescaped(cell, '|');
        var result = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            var text = Unescape(part.Trim());
            if (text.Length > 0)
            {
                result.Add(text);
            }
        }

        return [.. result];
    }

    /// <summary>Splits a text at the separators not escaped by a backslash; escapes are kept for <see cref="Unescape"/>.</summary>
    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        int start = 0;
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] == '\\')
            {
                k++;
            }
            else if (text[k] == separator)
            {
                parts.Add(text[start..k]);
                start = k + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The text with each backslash dropped and the character after it kept as it is.</summary>
    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] == '\\' && k + 1 < text.Length)
            {
                k++;
            }

            sb.Append(text[k]);
        }

        return sb.ToString();
    }

    /// <summary>The embedded lexicon's text; a missing resource is an error.</summary>
    private static StreamReader Open(string resource)
    {
        var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(resource)
            ?? throw LexiconErrors.InFile(resource, "the lexicon is not embedded in the assembly");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>The non-blank, non-comment lines with their numbers (from 1), trimmed at the end.</summary>
    private static IEnumerable<(int Number, string Text)> NumberedLines(TextReader reader)
    {
        using (reader)
        {
            int number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                line = line.TrimEnd();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                yield return (number, line);
            }
        }
    }
}

/// <summary>A row of a lexicon: where it is, as written, and its columns' alternatives.</summary>
/// <param name="File">The lexicon's name.</param>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Text">The row as written.</param>
/// <param name="Cells">Each column's alternatives.</param>
internal sealed record LexiconRow(string File, int Line, string Text, string[][] Cells);
