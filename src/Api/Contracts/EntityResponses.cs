using NewsFacts.Api.OpenApi;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Contracts;

/// <summary>An actor: a force, group, government, person, outlet or state.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="NameAr" example="كتائب حزب الله">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Kind">military, armed-group, government, person, media, organization or state.</param>
/// <param name="Aliases">Other names and spellings it is known by.</param>
/// <param name="ArticleCount">Articles that mention it.</param>
/// <param name="IncidentCount">Incidents it is a perpetrator or target of.</param>
/// <param name="NameEnIsRomanization">True when no lexicon lists it (found by its shape): NameEn is a romanization of NameAr.</param>
public sealed record ActorResponse(int Id, string NameAr, string NameEn, [property: StringEnum(typeof(ActorKind))] string Kind, IReadOnlyList<string> Aliases, int ArticleCount, int IncidentCount, bool NameEnIsRomanization = false);

/// <summary>An actor with its incidents and the span of time it was seen in.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="NameAr">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Kind">military, armed-group, government, person, media, organization or state.</param>
/// <param name="Aliases">Other names and spellings it is known by.</param>
/// <param name="ArticleCount">Articles that mention it.</param>
/// <param name="IncidentCount">Incidents it is a perpetrator or target of.</param>
/// <param name="FirstSeen">Publication (else import) date of the earliest article naming it; null when none does.</param>
/// <param name="LastSeen">Publication (else import) date of the latest article naming it; null when none does.</param>
/// <param name="AsPerpetrator">Incidents it carried out, as claimed or attributed.</param>
/// <param name="AsTarget">Incidents it was the target of.</param>
/// <param name="Articles">Articles that mention it.</param>
public sealed record ActorDetailResponse(
    int Id, string NameAr, string NameEn, [property: StringEnum(typeof(ActorKind))] string Kind, IReadOnlyList<string> Aliases, int ArticleCount, int IncidentCount,
    DateOnly? FirstSeen, DateOnly? LastSeen,
    IReadOnlyList<IncidentResponse> AsPerpetrator,
    IReadOnlyList<IncidentResponse> AsTarget,
    IReadOnlyList<ArticleListItemResponse> Articles);

/// <summary>A place with its incident count.</summary>
/// <param name="Id">Location id.</param>
/// <param name="NameAr">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Country">Country, in English.</param>
/// <param name="Precision">How precisely the place pins an event and what it is: site, field, dam, border-crossing, neighbourhood, village, city, district, area, governorate, mountain, valley, river, border, sea, region or country.</param>
/// <param name="Latitude">WGS84 latitude, or null when unknown.</param>
/// <param name="Longitude">WGS84 longitude, or null when unknown.</param>
/// <param name="IncidentCount">Incidents located there.</param>
/// <param name="NameEnIsRomanization">True when no lexicon lists it (found by its shape, قرية نجها): NameEn is a romanization of NameAr.</param>
public sealed record LocationResponse(int Id, string NameAr, string NameEn, string Country, [property: StringEnum(typeof(PlacePrecision))] string Precision, double? Latitude, double? Longitude, int IncidentCount, bool NameEnIsRomanization = false);

/// <summary>A date expression found in an article.</summary>
/// <param name="Id">Date mention id.</param>
/// <param name="ArticleId">The article it is in.</param>
/// <param name="Text" example="يوم الاثنين">The Arabic words.</param>
/// <param name="Start">Start offset in the article text, or in the removed line <paramref name="Line"/>.</param>
/// <param name="End">End offset.</param>
/// <param name="Value">"YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as it resolves.</param>
/// <param name="Precision">day, month, year, weekday, relative, range or unknown.</param>
/// <param name="Line">Null for a date in the text; else the line number of the removed line it is on.</param>
/// <param name="Until" example="2024-02-12">For a range ("من 10 إلى 12 شباط"), its last day; <c>value</c> is its first. Null otherwise.</param>
public sealed record DateResponse(int Id, int ArticleId, string Text, int Start, int End, string? Value, [property: StringEnum(typeof(DatePrecision))] string Precision, int? Line, string? Until);

/// <summary>An article or incident removed from NewsFacts, so a client keeping a copy can drop it.</summary>
/// <param name="Type">"article" or "incident".</param>
/// <param name="Id">The id it had.</param>
/// <param name="DeletedAt">When it was removed (UTC).</param>
/// <param name="MergedInto">For an incident a re-extraction merged into another, that incident's id (GET /api/incidents/{id} follows later merges too); null otherwise.</param>
public sealed record DeletedResponse(string Type, int Id, DateTime DeletedAt, int? MergedInto);
