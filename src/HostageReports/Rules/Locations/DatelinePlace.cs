using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;

namespace HostageReports.Rules.Locations;

/// <summary>
/// The places a report's dateline names, as the location rule claims them: "OAKDALE, Wash. —" is the city
/// Oakdale with the state Washington; "LAGOS, Nigeria —" the city Lagos with a vote for Nigeria; "CAIRO" (a
/// capital) the city with its country; "TEXAS —" only the state; "NIGERIA —" only the country.
/// </summary>
/// <param name="Town">The city or county the dateline names, or null when it names only a state or a country.</param>
/// <param name="State">The US state, after the city (", Wash.") or as the whole dateline ("TEXAS —"), or null.</param>
/// <param name="Countries">The countries named, in order: after the city (", Nigeria"), then the whole dateline ("NIGERIA —").</param>
/// <param name="Country">The country the dateline places the report in (named, or the country of the capital named), or null.</param>
internal sealed record DatelinePlace(DatelineTown? Town, DatelineWords? State, IReadOnlyList<DatelineWords> Countries, string? Country);

/// <summary>A state's or a country's words in a dateline.</summary>
/// <param name="Name">The state's name ("Washington") or the country's code ("NG").</param>
/// <param name="Span">The words as written ("Wash.", "Nigeria").</param>
internal readonly record struct DatelineWords(string Name, TextSpan Span);

/// <summary>The city or county a dateline names.</summary>
/// <param name="Name">The name as claimed: titled from capitals, abbreviations spelled out ("Saint Louis").</param>
/// <param name="Kind">A city, or a county ("HARLAN COUNTY").</param>
/// <param name="Span">The name as written ("ST. LOUIS").</param>
/// <param name="Region">The state after it, or null.</param>
/// <param name="Country">"US" after a state, the country's code after a country, or null.</param>
internal sealed record DatelineTown(string Name, LocationKind Kind, TextSpan Span, string? Region, string? Country);

/// <summary>
/// What the dateline stage found (<see cref="Products.DatelinePlace"/>): the places the report's dateline names,
/// or none. One is shared by every report without a dateline place.
/// </summary>
/// <param name="Place">The dateline's places, or null when the report opens with none.</param>
internal sealed record DatelineReading(DatelinePlace? Place)
{
    /// <summary>A report whose opening names no place.</summary>
    public static DatelineReading None { get; } = new((DatelinePlace?)null);
}
