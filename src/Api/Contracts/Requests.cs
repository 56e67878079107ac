using System.ComponentModel.DataAnnotations;
using NewsFacts.Api.Queries;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Contracts;

/// <summary>Filters for the article list.</summary>
public sealed class ArticleListRequest : PageRequest
{
    protected override IReadOnlyCollection<string> SortFields => SortMaps.Articles.Fields;

    /// <summary>Representation: json, csv (or send the matching Accept header).</summary>
    /// <example>csv</example>
    [AllowedValues(null, "json", "csv")]
    public string? Format { get; set; }

    /// <summary>Only rows changed at or after this instant, for keeping a local copy in sync: an ISO 8601 date-time, UTC unless it carries an offset (2026-01-01T00:00:00Z, 2026-01-01T03:00:00+03:00).</summary>
    public DateTime? UpdatedSince { get; set; }

    /// <summary>Full-text search in Arabic or English; any spelling variant, with or without diacritics. Quote a phrase; OR between terms.</summary>
    /// <example>المسيرات</example>
    [StringLength(500), FullTextQuery]
    public string? Q { get; set; }

    /// <summary>Outlet or byline, exact.</summary>
    /// <example>عراقيون/متابعة</example>
    [StringLength(200)]
    public string? Source { get; set; }

    /// <summary>Published on or after this date (YYYY-MM-DD).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Published on or before this date (YYYY-MM-DD).</summary>
    public DateOnly? To { get; set; }
}

/// <summary>How /api/export writes the incidents.</summary>
public sealed class ExportRequest
{
    /// <summary>Representation: jsonl (JSON Lines, the default) or csv (or send Accept: text/csv).</summary>
    /// <example>csv</example>
    [AllowedValues(null, "jsonl", "csv")]
    public string? Format { get; set; }
}

/// <summary>Filters for the incident list. Filters combine with AND; a repeated <c>type</c> means OR.</summary>
public sealed class IncidentPageRequest : PageRequest
{
    protected override IReadOnlyCollection<string> SortFields => SortMaps.Incidents.Fields;

    /// <summary>Representation: json, csv, geojson (or send the matching Accept header).</summary>
    /// <example>geojson</example>
    [AllowedValues(null, "json", "csv", "geojson")]
    public string? Format { get; set; }
}

/// <summary>
/// The incident filters, shared by the list, the timeline and the stats (bound beside the list's paging parameters,
/// so the timeline and stats do not advertise paging they ignore).
/// </summary>
public class IncidentFilterRequest
{
    /// <summary>Only rows changed at or after this instant, for keeping a local copy in sync: an ISO 8601 date-time, UTC unless it carries an offset (2026-01-01T00:00:00Z, 2026-01-01T03:00:00+03:00).</summary>
    public DateTime? UpdatedSince { get; set; }

    /// <summary>Kind of attack; repeat for several (type=drone&amp;type=rocket).</summary>
    public List<IncidentType> Type { get; set; } = [];

    /// <summary>Country, in English or Arabic.</summary>
    /// <example>Iraq</example>
    [StringLength(100)]
    public string? Country { get; set; }

    /// <summary>Location id, key (ain-al-asad), Arabic name (any spelling), English name or alias. Places inside it match too.</summary>
    /// <example>عين الأسد</example>
    [StringLength(200)]
    public string? Location { get; set; }

    /// <summary>Actor (perpetrator or target) by id, key (kataib-hezbollah), Arabic name, English name or alias.</summary>
    /// <example>كتائب حزب الله</example>
    [StringLength(200)]
    public string? Actor { get; set; }

    /// <summary>Incidents dated on or after this day (YYYY-MM-DD); a month-precise date counts if its month overlaps.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Incidents dated on or before this day (YYYY-MM-DD).</summary>
    public DateOnly? To { get; set; }

    /// <summary>At least this many killed.</summary>
    [Range(0, 1_000_000)]
    public int? MinKilled { get; set; }

    /// <summary>At least this many wounded.</summary>
    [Range(0, 1_000_000)]
    public int? MinWounded { get; set; }

    /// <summary>Only intercepted (true) or only not intercepted (false).</summary>
    public bool? Intercepted { get; set; }

    /// <summary>Full-text search over the reporting articles.</summary>
    /// <example>مسيرتين</example>
    [StringLength(500), FullTextQuery]
    public string? Q { get; set; }

    /// <summary>The types asked for, as stored ("drone", "ied").</summary>
    internal List<string> TypeNames => Type.Select(Wire.Of).ToList();

    /// <summary>No filter is set: every incident is selected.</summary>
    internal bool SelectsAll =>
        UpdatedSince is null && Type.Count == 0 && string.IsNullOrEmpty(Country) && string.IsNullOrEmpty(Location) && string.IsNullOrEmpty(Actor)
        && From is null && To is null && MinKilled is null && MinWounded is null && Intercepted is null && string.IsNullOrEmpty(Q);

    /// <summary>q is set and no other filter.</summary>
    internal bool FiltersOnlyOnQ =>
        !string.IsNullOrEmpty(Q) && UpdatedSince is null && Type.Count == 0 && string.IsNullOrEmpty(Country) && string.IsNullOrEmpty(Location)
        && string.IsNullOrEmpty(Actor) && From is null && To is null && MinKilled is null && MinWounded is null && Intercepted is null;

    /// <summary>A casualty or interception filter is set: the incidents' figure indexes hold the few it selects.</summary>
    internal bool FiltersOnFigures => MinKilled is not null || MinWounded is not null || Intercepted is not null;

    /// <summary>No filter but type, country and dates is set: the incident summary tables can answer.</summary>
    internal bool FiltersOnlyTypeCountryOrDates => string.IsNullOrEmpty(Location) && FiltersOnlyTypePlaceOrDates;

    /// <summary>No filter but type, country, location and dates is set: the month summaries can answer the stats.</summary>
    internal bool FiltersOnlyTypePlaceOrDates =>
        UpdatedSince is null && string.IsNullOrEmpty(Actor) && MinKilled is null && MinWounded is null && Intercepted is null && string.IsNullOrEmpty(Q);

    /// <summary>Intercepted is set, with no filter but a range of whole years: the year summaries' interception counts answer the stats.</summary>
    internal bool FiltersOnlyInterceptedAndYears =>
        Intercepted is not null && UpdatedSince is null && Type.Count == 0 && string.IsNullOrEmpty(Country) && string.IsNullOrEmpty(Location)
        && string.IsNullOrEmpty(Actor) && MinKilled is null && MinWounded is null && string.IsNullOrEmpty(Q) && YearSpan.Covers(From, To);
}

/// <summary>Filters for the actor list.</summary>
public sealed class ActorListRequest : PageRequest
{
    protected override IReadOnlyCollection<string> SortFields => SortMaps.Actors.Fields;

    /// <summary>Representation: json, csv (or send the matching Accept header).</summary>
    /// <example>csv</example>
    [AllowedValues(null, "json", "csv")]
    public string? Format { get; set; }

    /// <summary>Only rows changed at or after this instant, for keeping a local copy in sync: an ISO 8601 date-time, UTC unless it carries an offset (2026-01-01T00:00:00Z, 2026-01-01T03:00:00+03:00).</summary>
    public DateTime? UpdatedSince { get; set; }

    /// <summary>Arabic name (any spelling variant), English name or alias; matches part of a name.</summary>
    /// <example>حزب الله</example>
    [StringLength(200)]
    public string? Q { get; set; }

    /// <summary>military, armed-group, government, person, media, organization or state.</summary>
    /// <example>armed-group</example>
    [AllowedValues(null, "military", "armed-group", "government", "person", "media", "organization", "state")]
    public string? Kind { get; set; }
}

/// <summary>Filters for date mentions.</summary>
public sealed class DateListRequest : PageRequest
{
    protected override IReadOnlyCollection<string> SortFields => SortMaps.Dates.Fields;

    /// <summary>Only mentions in this article.</summary>
    [Range(1, int.MaxValue)]
    public int? ArticleId { get; set; }

    /// <summary>day, month, year, weekday, relative, range or unknown.</summary>
    /// <example>month</example>
    [AllowedValues(null, "day", "month", "year", "weekday", "relative", "range", "unknown")]
    public string? Precision { get; set; }

    /// <summary>Resolved value on or after this day (YYYY-MM-DD).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Resolved value on or before this day (YYYY-MM-DD).</summary>
    public DateOnly? To { get; set; }
}

/// <summary>Filters for the location list.</summary>
public sealed class LocationListRequest : PageRequest
{
    protected override IReadOnlyCollection<string> SortFields => SortMaps.Locations.Fields;

    /// <summary>Arabic name (any spelling variant), English name or alias; matches part of a name.</summary>
    /// <example>عين الأسد</example>
    [StringLength(200)]
    public string? Q { get; set; }

    /// <summary>Country, in English.</summary>
    /// <example>Syria</example>
    [StringLength(100)]
    public string? Country { get; set; }
}

/// <summary>Incident filters plus the period length of a timeline.</summary>
public sealed class TimelineRequest : IncidentFilterRequest
{
    /// <summary>day, week (ISO weeks, from Monday), month or year. Incidents dated less precisely than the interval are left out.</summary>
    /// <example>month</example>
    [AllowedValues("day", "week", "month", "year")]
    public string Interval { get; set; } = "month";
}
