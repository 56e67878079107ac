namespace NewsFacts.Api.Contracts;

/// <summary>An article in a list.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title (first substantive line unless the source gave one).</param>
/// <param name="Source">Outlet or byline.</param>
/// <param name="Url">Canonical URL when known.</param>
/// <param name="PublishedAt">Publication date when known.</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="IncidentCount">Incidents it reports.</param>
public sealed record ArticleListItemResponse(int Id, string Title, string? Source, string? Url, DateOnly? PublishedAt, DateTime ImportedAt, DateTime UpdatedAt, int IncidentCount);

/// <summary>An article with its text and every fact extracted from it. All offsets index into <c>text</c>.</summary>
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
public sealed record ArticleActorResponse(int Id, string NameAr, string NameEn, string Kind, IReadOnlyList<SpanResponse> Mentions);

/// <summary>A place named in the article, with each mention.</summary>
public sealed record ArticleLocationResponse(int Id, string NameAr, string NameEn, string Country, string Precision, double? Latitude, double? Longitude, IReadOnlyList<SpanResponse> Mentions);

/// <summary>A date expression in the article.</summary>
/// <param name="Text">The Arabic words.</param>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset.</param>
/// <param name="Value">"YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as it resolves; null when it does not.</param>
/// <param name="Precision">day, month, year, weekday, relative or unknown.</param>
public sealed record ArticleDateResponse(string Text, int Start, int End, string? Value, string Precision);

/// <summary>A line removed as site boilerplate, kept for audit.</summary>
/// <param name="LineNumber">1-based line in the imported text.</param>
/// <param name="Text">The line.</param>
/// <param name="Reason">Why it was removed.</param>
public sealed record RemovedLineResponse(int LineNumber, string Text, string Reason);
