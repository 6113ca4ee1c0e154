using HostageReports.Claims;

namespace HostageReports.Rules.Perpetrators;

/// <summary>One mention of an armed group.</summary>
internal sealed class GroupMention
{
    /// <summary>The first token of the name.</summary>
    public int Start { get; init; }

    /// <summary>The token past the name (and its acronym, when one follows in brackets).</summary>
    public int End { get; set; }

    /// <summary>The name as written, "the" dropped.</summary>
    public required string Text { get; init; }

    /// <summary>The canonical name when the group is a well known one.</summary>
    public string? Canonical { get; set; }

    /// <summary>Other names the text gives it right here: an acronym in brackets, "X, or the Y".</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>True when the text makes the group an affiliation of the perpetrators ("linked to X").</summary>
    public bool Affiliation { get; set; }

    /// <summary>How sure the report is.</summary>
    public Certainty Certainty { get; set; } = Certainty.Reported;

    /// <summary>True when a naming phrase ("calling themselves") introduced the name.</summary>
    public bool Introduced { get; init; }

    /// <summary>The first token of the evidence.</summary>
    public int EvidenceStart { get; set; }

    /// <summary>The token past the evidence.</summary>
    public int EvidenceEnd { get; set; }
}

/// <summary>A report's group mentions, in order, and a flag for each token that is part of one. Read-only once made.</summary>
/// <param name="Mentions">The mentions.</param>
/// <param name="Tokens">One flag a token of the report: true inside a group's name or alias.</param>
internal sealed record GroupScan(List<GroupMention> Mentions, bool[] Tokens);
