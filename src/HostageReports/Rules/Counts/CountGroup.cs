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

    /// <summary>The words that say what befell the group ("were killed", "among the dead"), or null before they are found or when they were inherited.</summary>
    public PredicateSpan? Predicate { get; set; }

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
        Predicate = null;
        ViaAmong = false;
        Inherited = false;
        Dropped = false;
        CopulaTo = null;
        PopulationPredicate = null;
        return this;
    }
}

/// <summary>The tokens of a group's predicate: from <paramref name="Start"/> to the token before <paramref name="End"/>.</summary>
/// <param name="Start">The predicate's first token.</param>
/// <param name="End">The token after it.</param>
internal readonly record struct PredicateSpan(int Start, int End);

/// <summary>Where a cue was found in a sentence, asked once a sentence.</summary>
/// <param name="At">The cue's token, or null when the sentence has none.</param>
internal readonly record struct SentenceCue(int? At);

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
