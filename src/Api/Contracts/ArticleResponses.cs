using NewsFacts.Api.OpenApi;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Contracts;

/// <summary>An article in a list.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title" example="قاعدة عين الأسد في العراق تتعرض لهجوم بطائرتين مسيرتين">Title (first substantive line unless the source gave one).</param>
/// <param name="Source">Outlet or byline.</param>
/// <param name="Url">Canonical URL when known.</param>
/// <param name="PublishedAt">Publication date when known: the source's, else the one the page states on a timestamp line ("آخر تحديث: 28 كانون الثاني 2024").</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="IncidentCount">Incidents it reports.</param>
/// <param name="Snippet">With a search <c>q</c>: the passage that matched, highlighted; otherwise null.</param>
public sealed record ArticleListItemResponse(int Id, string Title, string? Source, string? Url, DateOnly? PublishedAt, DateTime ImportedAt, DateTime UpdatedAt, int IncidentCount, SnippetResponse? Snippet = null);

/// <summary>An article with its text and every fact extracted from it. All offsets index into <c>text</c>.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title (first substantive line unless the source gave one).</param>
/// <param name="Source">Outlet or byline.</param>
/// <param name="Url">Canonical URL when known.</param>
/// <param name="PublishedAt">Publication date when known: the source's, else the one the page states on a timestamp line ("آخر تحديث: 28 كانون الثاني 2024").</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="IncidentCount">Incidents it reports.</param>
/// <param name="Byline">The byline found in the text (e.g. "بغداد/المسلة"), or null.</param>
/// <param name="Dateline">The dateline found in the text, or null.</param>
/// <param name="Text">The display text after boilerplate removal; every offset points into it.</param>
/// <param name="ContentHash">SHA-256 of the normalized text, hex: the article's identity for idempotent imports.</param>
/// <param name="Incidents">Incidents this article reports.</param>
/// <param name="Actors">Actors it names, with each mention.</param>
/// <param name="Locations">Places it names, with each mention.</param>
/// <param name="Dates">Date expressions in it.</param>
/// <param name="Removed">Lines removed as site boilerplate.</param>
public sealed record ArticleDetailResponse(
    int Id,
    string Title,
    string? Source,
    string? Url,
    DateOnly? PublishedAt,
    DateTime ImportedAt,
    DateTime UpdatedAt,
    int IncidentCount,
    string? Byline,
    string? Dateline,
    string Text,
    string ContentHash,
    IReadOnlyList<IncidentResponse> Incidents,
    IReadOnlyList<ArticleActorResponse> Actors,
    IReadOnlyList<ArticleLocationResponse> Locations,
    IReadOnlyList<ArticleDateResponse> Dates,
    IReadOnlyList<RemovedLineResponse> Removed);

/// <summary>An actor named in the article, with each mention.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="NameAr">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Kind">military, armed-group, government, person, media, organization or state.</param>
/// <param name="Mentions">Where the article names it.</param>
/// <param name="NameEnIsRomanization">True when no lexicon lists it (found by its shape): NameEn is a romanization of NameAr.</param>
public sealed record ArticleActorResponse(int Id, string NameAr, string NameEn, [property: StringEnum(typeof(ActorKind))] string Kind, IReadOnlyList<SpanResponse> Mentions, bool NameEnIsRomanization = false);

/// <summary>A place named in the article, with each mention.</summary>
/// <param name="Id">Location id.</param>
/// <param name="NameAr">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Country">Country, in English.</param>
/// <param name="Precision">How precisely the place pins an event and what it is: site, field, dam, border-crossing, neighbourhood, village, city, district, area, governorate, mountain, valley, river, border, sea, region or country.</param>
/// <param name="Latitude">WGS84 latitude, or null when unknown.</param>
/// <param name="Longitude">WGS84 longitude, or null when unknown.</param>
/// <param name="Mentions">Where the article names it.</param>
/// <param name="NameEnIsRomanization">True when no lexicon lists it (found by its shape, قرية نجها): NameEn is a romanization of NameAr.</param>
public sealed record ArticleLocationResponse(int Id, string NameAr, string NameEn, string Country, [property: StringEnum(typeof(PlacePrecision))] string Precision, double? Latitude, double? Longitude, IReadOnlyList<SpanResponse> Mentions, bool NameEnIsRomanization = false);

/// <summary>A date expression in the article.</summary>
/// <param name="Text">The Arabic words.</param>
/// <param name="Start">Start offset in the article text, or in the removed line <paramref name="Line"/>.</param>
/// <param name="End">End offset.</param>
/// <param name="Value">"YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as it resolves; null when it does not.</param>
/// <param name="Precision">day, month, year, weekday, relative, range or unknown.</param>
/// <param name="Line">Null for a date in the text; else the <c>lineNumber</c> of the removed line it is on (a page stamp, a banner, the headline).</param>
/// <param name="Until" example="2024-02-12">For a range ("من 10 إلى 12 شباط"), its last day; <c>value</c> is its first. Null otherwise.</param>
public sealed record ArticleDateResponse(string Text, int Start, int End, string? Value, [property: StringEnum(typeof(DatePrecision))] string Precision, int? Line, string? Until);

/// <summary>A line removed as site boilerplate, kept for audit.</summary>
/// <param name="LineNumber">1-based line in the imported text.</param>
/// <param name="Text">The line.</param>
/// <param name="Reason">Why it was removed.</param>
public sealed record RemovedLineResponse(int LineNumber, string Text, string Reason);
