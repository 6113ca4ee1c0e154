using HostageReports.Lexicons;

namespace HostageReports.Rules.Counts;

/// <summary>
/// The closed words the count rule's phrasings are spelled with, as data (the <c>counts-*</c> categories
/// of <c>words.tsv</c>): a word a phrasing tests for is one of these tables, not a literal in the code.
/// </summary>
internal static class CountWords
{
    /// <summary>The <c>counts-*</c> rows of <c>words.tsv</c>, read once for all the tables below (declared first: static fields are set in order).</summary>
    private static readonly ILookup<string, string> Rows = LexiconFile.Rows("HostageReports.Lexicons.words.tsv", 2)
        .Where(static r => r[0][0].StartsWith("counts-", StringComparison.Ordinal))
        .ToLookup(static r => r[0][0], static r => r[1][0], StringComparer.Ordinal);

    /// <summary>"toll" of "the death toll rose to five".</summary>
    public static PhraseTable<bool> Toll { get; } = Category("counts-toll");

    /// <summary>"death" before "toll".</summary>
    public static PhraseTable<bool> TollKind { get; } = Category("counts-tollkind");

    /// <summary>"murder-suicide": at least two dead.</summary>
    public static PhraseTable<bool> MurderSuicide { get; } = Category("counts-murdersuicide");

    /// <summary>"number" of "the number of people killed".</summary>
    public static PhraseTable<bool> NumberNoun { get; } = Category("counts-numbernoun");

    /// <summary>"the" of "the number of" and "among the hostages".</summary>
    public static PhraseTable<bool> The { get; } = Category("counts-the");

    /// <summary>"of": "the number of", "one of them", "of the six wounded".</summary>
    public static PhraseTable<bool> Of { get; } = Category("counts-of");

    /// <summary>After "the number of", words that count foreigners: "foreign", "western".</summary>
    public static PhraseTable<bool> Foreign { get; } = Category("counts-foreign");

    /// <summary>After "the number of", words that count locals: "local".</summary>
    public static PhraseTable<bool> Local { get; } = Category("counts-local");

    /// <summary>Before the figure of "the number of": "put ... at 20", "rose to 12".</summary>
    public static PhraseTable<bool> PutAt { get; } = Category("counts-putat");

    /// <summary>"five people were shot, one fatally".</summary>
    public static PhraseTable<bool> Fatally { get; } = Category("counts-fatally");

    /// <summary>"them" of "one of them fatally".</summary>
    public static PhraseTable<bool> Them { get; } = Category("counts-them");

    /// <summary>"and", "or" between two people phrases of one group.</summary>
    public static PhraseTable<bool> Coordinators { get; } = Category("counts-coordinator");

    /// <summary>"and" before a noun of people without a number: "170 guests and staff hostage".</summary>
    public static PhraseTable<bool> And { get; } = Category("counts-and");

    /// <summary>"who", "that": the casualty word is in a relative clause.</summary>
    public static PhraseTable<bool> Relatives { get; } = Category("counts-relative");

    /// <summary>Words that make a comma's words a clause, not an apposition: "and", "who", "which".</summary>
    public static PhraseTable<bool> AppositionEnds { get; } = Category("counts-appositionend");

    /// <summary>"ages", "aged" after a comma open a list of ages.</summary>
    public static PhraseTable<bool> Ages { get; } = Category("counts-ages");

    /// <summary>"and", "to", "through" between the ages of a list.</summary>
    public static PhraseTable<bool> AgeJoiners { get; } = Category("counts-agejoiner");

    /// <summary>"the", "those" after "among".</summary>
    public static PhraseTable<bool> AmongDeterminers { get; } = Category("counts-amongdeterminer");

    /// <summary>"a", "the" before a count verb make it a noun: "a number of".</summary>
    public static PhraseTable<bool> Articles { get; } = Category("counts-article");

    /// <summary>"a" before a casualty word makes it a noun: "a shooting".</summary>
    public static PhraseTable<bool> Indefinite { get; } = Category("counts-indefinite");

    /// <summary>Casualty words that are no finite verb of dying later in a clause: "dead", "to".</summary>
    public static PhraseTable<bool> NotDied { get; } = Category("counts-notdied");

    /// <summary>"in" before a year: "killed 20 people in 2009".</summary>
    public static PhraseTable<bool> InYear { get; } = Category("counts-inyear");

    /// <summary>"there" of "there were two Americans among the hostages".</summary>
    public static PhraseTable<bool> There { get; } = Category("counts-there");

    /// <summary>"also" of "there were also two Britons".</summary>
    public static PhraseTable<bool> Also { get; } = Category("counts-also");

    /// <summary>"her" as a possessive before people: "her 4-year-old daughter".</summary>
    public static PhraseTable<bool> Her { get; } = Category("counts-her");

    /// <summary>Lowercase words besides the lexicons' that may open a people phrase: "her", "a", "an", "half".</summary>
    public static PhraseTable<bool> Openers { get; } = Category("counts-opener");

    /// <summary>After "of", the people counted before: "one of them British", "two of whom were".</summary>
    public static PhraseTable<bool> PartitivePronouns { get; } = Category("counts-partitivepronoun");

    /// <summary>After "of", people named after it: "three of those injured".</summary>
    public static PhraseTable<bool> Those { get; } = Category("counts-those");

    /// <summary>The word after an age's hyphen: "13 - year-old".</summary>
    public static PhraseTable<bool> AgeNouns { get; } = Category("counts-agenoun");

    /// <summary>A category's words; a category the file lacks is an error of the data, not an empty list.</summary>
    private static PhraseTable<bool> Category(string category) => Rows.Contains(category)
        ? new(Rows[category].Select(static w => KeyValuePair.Create(w, true)))
        : throw new InvalidDataException($"words.tsv: no rows of category '{category}'.");
}
