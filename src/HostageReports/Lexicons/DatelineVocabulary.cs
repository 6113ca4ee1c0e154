using System.Collections.Frozen;
using System.Globalization;

namespace HostageReports.Lexicons;

/// <summary>
/// The words a dateline is read by, shared by reading (which finds the dateline's span and date) and the location
/// rule (which claims its places): the month names (places-months.tsv) and the dateline roles of places-words.tsv.
/// Read once, immutable, thread-safe.
/// </summary>
internal static class DatelineVocabulary
{
    private const string Words = "HostageReports.Lexicons.places-words.tsv";

    /// <summary>Each month's names ("jan", "january") with its number, ignoring case.</summary>
    public static FrozenDictionary<string, int> Months { get; } = LexiconFile.Rows("HostageReports.Lexicons.places-months.tsv", 2)
        .SelectMany(static row => row[1].Select(name => (Name: name, Month: int.Parse(row[0][0], CultureInfo.InvariantCulture))))
        .ToFrozenDictionary(static m => m.Name, static m => m.Month, StringComparer.OrdinalIgnoreCase);

    /// <summary>"date": the word before the date a dateline opens with ("date 2013-01-16 CAIRO").</summary>
    public static string[] DateWords { get; } = Role("DatelineDate");

    /// <summary>"of", "de", "and": the small words a dateline's place name may hold in lower case, as written ("Rio de Janeiro").</summary>
    public static string[] NameConnectors { get; } = Role("NameConnector");

    private static string[] Role(string role) =>
        [.. LexiconFile.Rows(Words, 2).Where(row => row[1].Contains(role, StringComparer.Ordinal)).SelectMany(static row => row[0])];
}
