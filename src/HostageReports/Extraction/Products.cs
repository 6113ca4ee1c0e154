using HostageReports.Rules.Locations;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Extraction;

/// <summary>
/// The products the default pipeline's shared stages work out once a report, for the rules after them
/// (see <see cref="ExtractionPipeline.Default"/>).
/// </summary>
internal static class Products
{
    /// <summary>The tokens a person's, a group's or a place's name may start at, and the words that may trigger a group found by how the text talks of it.</summary>
    public static readonly ProductKey<NameStarts> NameStarts = new("name starts");

    /// <summary>For each sentence, which rules' opening words (<see cref="TriggerWords"/>) it holds: a rule reads only the sentences holding its own.</summary>
    public static readonly ProductKey<TriggerIndex> Triggers = new("trigger index");

    /// <summary>
    /// The places the report's dateline names ("OAKDALE, Wash. —"), read once a report from its opening tokens: the
    /// location rule claims them first. (Reading finds the dateline's span, outlet and date; these are its places.)
    /// </summary>
    public static readonly ProductKey<DatelineReading> DatelinePlace = new("dateline place");

    /// <summary>
    /// The report's group mentions and the tokens they take: the perpetrator rule names the groups, the location
    /// rule keeps their words from becoming places.
    /// </summary>
    public static readonly ProductKey<GroupScan> GroupMentions = new("group mentions");
}
