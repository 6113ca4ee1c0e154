namespace HostageReports.Annotation;

/// <summary>
/// How a token is written, as the annotation pass (<see cref="Annotator"/>) finds it once a report: the case
/// of a word and whether a name may start at it, which the perpetrator and location rules ask of most tokens.
/// </summary>
[Flags]
internal enum TokenShape : byte
{
    /// <summary>Nothing of note: a lower-case word, a number or a mark.</summary>
    None = 0,

    /// <summary>A word whose first letter is a capital ("Oakdale", "ATF"; not "al-Qaeda").</summary>
    Capitalized = 1 << 0,

    /// <summary>A word with a letter and no lower-case letter ("ATF", "OAKDALE", "U.S"-like "US").</summary>
    AllCaps = 1 << 1,

    /// <summary>A word a person's, a group's or a place's name may start at: capitalised, or starting with "al" ("al-Qaeda", "Al Shabaab").</summary>
    MayStartName = 1 << 2,
}
