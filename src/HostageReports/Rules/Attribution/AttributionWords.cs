using HostageReports.Lexicons;

namespace HostageReports.Rules.Attribution;

/// <summary>
/// The single words the attribution of a sentence tests by their place ("according to X", "quoted by X",
/// "has put the number at 20"), read from attribution-words.tsv, one word a role.
/// </summary>
internal static class AttributionWords
{
    /// <summary>The roles of attribution-words.tsv: the single words this reading tests by their place.</summary>
    private enum Role
    {
        /// <summary>The first word of "according to X".</summary>
        According,

        /// <summary>The second word of "according to X".</summary>
        AccordingTo,

        /// <summary>The word after a passive speech verb: "a source quoted by Reuters".</summary>
        Agent,

        /// <summary>A speech verb that attributes only a figure: "AP has put the number at 20".</summary>
        FigureVerb,

        /// <summary>The article: after the figure verb, and before a speaker's country.</summary>
        Article,

        /// <summary>The word after a speech noun: "reports of".</summary>
        Of,

        /// <summary>The conjunction inside a speaker's noun phrase: "local and company officials".</summary>
        Conjunction,
    }

    private static readonly IReadOnlyDictionary<Role, string[]> RoleWords = LexiconFile.Lists<Role>(LexiconFile.Prefix + "attribution-words.tsv");

    /// <summary>The word of <see cref="Role.According"/>.</summary>
    public static readonly string According = RoleWords[Role.According].Single();

    /// <summary>The word of <see cref="Role.AccordingTo"/>.</summary>
    public static readonly string AccordingTo = RoleWords[Role.AccordingTo].Single();

    /// <summary>The word of <see cref="Role.Agent"/>.</summary>
    public static readonly string Agent = RoleWords[Role.Agent].Single();

    /// <summary>The word of <see cref="Role.FigureVerb"/>.</summary>
    public static readonly string FigureVerb = RoleWords[Role.FigureVerb].Single();

    /// <summary>The word of <see cref="Role.Article"/>.</summary>
    public static readonly string Article = RoleWords[Role.Article].Single();

    /// <summary>The word of <see cref="Role.Of"/>.</summary>
    public static readonly string Of = RoleWords[Role.Of].Single();

    /// <summary>The word of <see cref="Role.Conjunction"/>.</summary>
    public static readonly string Conjunction = RoleWords[Role.Conjunction].Single();
}
