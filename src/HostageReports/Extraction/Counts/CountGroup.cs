using HostageReports.Claims;
using HostageReports.Extraction.Attribution;
using HostageReports.Extraction.Lexicons;
using HostageReports.Extraction.Numbers;
using HostageReports.Extraction.Text;

namespace HostageReports.Extraction.Counts;

internal sealed class CountGroup
{
    public List<PeoplePhrase> Members { get; } = [];

    public List<PeoplePhrase> Breakdown { get; } = [];

    public int Start => Members[0].Start;

    public int End { get; set; }

    public bool HasAnd { get; set; }

    public bool CommaJoined { get; set; }

    public CasualtyMeasure? Measure { get; set; }

    public int PredicateStart { get; set; } = -1;

    public int PredicateEnd { get; set; } = -1;

    public bool ViaAmong { get; set; }

    public bool Inherited { get; set; }

    public bool Dropped { get; set; }

    public int CopulaTo { get; set; } = -1;

    public Population? PopulationPredicate { get; set; }

    /// <summary>Makes the group as new, with one member, for the next sentence (groups are reused).</summary>
    public CountGroup Reset(PeoplePhrase first)
    {
        Members.Clear();
        Breakdown.Clear();
        Members.Add(first);
        End = first.End;
        HasAnd = false;
        CommaJoined = false;
        Measure = null;
        PredicateStart = -1;
        PredicateEnd = -1;
        ViaAmong = false;
        Inherited = false;
        Dropped = false;
        CopulaTo = -1;
        PopulationPredicate = null;
        return this;
    }
}

internal readonly record struct Found(CasualtyMeasure? Measure, int Start, int End, bool Aux, bool Among, int CopulaTo, Population? Population)
{
    /// <summary>True when the casualty word sits in a relative clause ("who was shot").</summary>
    public bool Relative { get; init; }
}
