using HostageReports.Claims;

namespace HostageReports.Rules.Locations;

/// <summary>The tokens [<see cref="Start"/>, <see cref="End"/>) of a phrase.</summary>
/// <param name="Start">The phrase's first token.</param>
/// <param name="End">The token past its last.</param>
internal readonly record struct TokenRange(int Start, int End);

/// <summary>A vote for the incident's country or state.</summary>
/// <param name="Key">The country's code ("NG") or the state's name ("Washington").</param>
/// <param name="Evidence">The words that named it, kept for the claim when it wins; null for a vote without words of its own (a demonym: "Nigerian troops").</param>
/// <param name="Weight">How many votes it counts for: a dateline's state 3, "in Nigeria" 3, a bare mention 1 or 2.</param>
internal readonly record struct GeographyVote(string Key, TokenRange? Evidence, int Weight);

/// <summary>
/// What one matcher found at a token (the extractor's half of a phrasing): votes for the country and the state,
/// a mention of a place, and the tokens now read. Resolved by <see cref="PlaceTally.Add"/>. A match with
/// nothing in it still ends the reading at the token (the phrasing was recognised and says nothing).
/// </summary>
/// <param name="Country">A vote for the incident's country, or null.</param>
/// <param name="State">A vote for the incident's US state, or null.</param>
/// <param name="Place">A mention of a place of the incident, or null.</param>
/// <param name="Read">The tokens read, which no later matcher and no rule after reads again, or null.</param>
internal readonly record struct PlaceMatch(GeographyVote? Country = null, GeographyVote? State = null, PlaceMention? Place = null, TokenRange? Read = null)
{
    /// <summary>The phrasing was recognised and claims nothing ("in the Stagecoach": a business, not a town).</summary>
    public static PlaceMatch Nothing => default;
}

/// <summary>One mention of a place.</summary>
/// <param name="Name">The name as claimed ("Saint Louis").</param>
/// <param name="Kind">The kind the words give it.</param>
/// <param name="Start">The first token of the evidence.</param>
/// <param name="End">The token past the evidence.</param>
/// <param name="Region">The state or province given with it ("Oakdale, Wash."), or null.</param>
/// <param name="Country">The country given with it, or null.</param>
/// <param name="Source">The dateline or the sentences.</param>
internal sealed record PlaceMention(string Name, LocationKind Kind, int Start, int End, string? Region, string? Country, MentionSource Source = MentionSource.Text);

/// <summary>Where a mention of a place was read.</summary>
internal enum MentionSource
{
    /// <summary>The report's sentences.</summary>
    Text,

    /// <summary>The dateline: the reporter's city, context when it is a capital and other places are named.</summary>
    Dateline,
}
