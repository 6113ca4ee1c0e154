using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

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

    public int? CopulaTo { get; set; }

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
        CopulaTo = null;
        PopulationPredicate = null;
        return this;
    }
}

/// <summary>What the words beside a group say of it: the casualty word found (<see cref="Measure"/> from <see cref="Start"/> to <see cref="End"/>), or what a copula links the people to.</summary>
/// <param name="Measure">The casualty the words name, or null when they name none.</param>
/// <param name="Start">The first token of the casualty word (or of what the search stopped at).</param>
/// <param name="End">The token after it.</param>
internal readonly record struct Found(CasualtyMeasure? Measure, int Start, int End)
{
    /// <summary>A passive auxiliary stands before the casualty word: "were killed", not "killed".</summary>
    public bool Aux { get; init; }

    /// <summary>The measure comes from membership: "are among the hostages".</summary>
    public bool Among { get; init; }

    /// <summary>The people phrase a copula links the group to ("was one of the two people killed"), or null.</summary>
    public int? CopulaTo { get; init; }

    /// <summary>The population a copula gives the group ("two were foreigners"), or null.</summary>
    public Population? Population { get; init; }

    /// <summary>True when the casualty word sits in a relative clause ("who was shot").</summary>
    public bool Relative { get; init; }
}
