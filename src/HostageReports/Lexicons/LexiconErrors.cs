namespace HostageReports.Lexicons;

/// <summary>
/// The one place the lexicon loader words its errors: a lexicon that cannot be read is a build defect,
/// and the message says which file, which line and which row, so the data can be mended where it is.
/// </summary>
internal static class LexiconErrors
{
    /// <summary>An error in a row of a lexicon.</summary>
    /// <param name="file">The lexicon's name (its resource name, or the name a test gave it).</param>
    /// <param name="line">The row's line number, from 1.</param>
    /// <param name="row">The row as written.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidDataException InRow(string file, int line, string row, string problem) =>
        new($"{file}({line}): {problem} in '{row}'.");

    /// <summary>An error of a whole lexicon (it is missing or empty).</summary>
    /// <param name="file">The lexicon's name.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidDataException InFile(string file, string problem) => new($"{file}: {problem}.");
}
