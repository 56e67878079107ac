using NewsFacts.Api.OpenApi;

namespace NewsFacts.Api.Contracts;

/// <summary>Incidents and casualties in one period of a timeline.</summary>
/// <param name="Period">Start of the period: "YYYY-MM-DD" for day and week, "YYYY-MM" for month, "YYYY" for year.</param>
/// <param name="Incidents">Incidents dated in the period.</param>
/// <param name="Killed">Sum of their killed counts (unknown counts add nothing).</param>
/// <param name="Wounded">Sum of their wounded counts.</param>
public sealed record TimelinePointResponse(string Period, int Incidents, int Killed, int Wounded);

/// <summary>A timeline: every period from the first dated incident to the last, empty periods as zeros.</summary>
/// <param name="Interval">day, week, month or year.</param>
/// <param name="Points">The periods in order.</param>
/// <param name="Undated">Matching incidents left out because their date is unknown or coarser than the interval.</param>
public sealed record TimelineResponse([property: StringEnum("day", "week", "month", "year")] string Interval, IReadOnlyList<TimelinePointResponse> Points, int Undated);

/// <summary>A count for one value of a dimension.</summary>
/// <param name="Key">The value (a type, a country, or an id).</param>
/// <param name="NameEn">English name, for locations and actors.</param>
/// <param name="NameAr">Arabic name, for locations and actors.</param>
/// <param name="Count">Incidents with this value.</param>
public sealed record CountResponse(string Key, string? NameEn, string? NameAr, int Count);

/// <summary>Incident counts by type, country, location and actor, for dashboards.</summary>
/// <param name="Incidents">Incidents matching the filters.</param>
/// <param name="Articles">Articles reporting them.</param>
/// <param name="Actors">Actors involved in them.</param>
/// <param name="Locations">Places they happened at.</param>
/// <param name="ByType">Counts per incident type.</param>
/// <param name="ByCountry">Counts per country.</param>
/// <param name="ByLocation">Counts per location (key: location id).</param>
/// <param name="ByActor">Counts per actor, as perpetrator or target (key: actor id).</param>
public sealed record StatsResponse(
    int Incidents, int Articles, int Actors, int Locations,
    IReadOnlyList<CountResponse> ByType,
    IReadOnlyList<CountResponse> ByCountry,
    IReadOnlyList<CountResponse> ByLocation,
    IReadOnlyList<CountResponse> ByActor);
