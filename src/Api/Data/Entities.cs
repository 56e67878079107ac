namespace NewsFacts.Api.Data;

/// <summary>An imported article. Raw text and metadata are the stable part of the schema: every other table is rebuilt from them.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Source { get; set; }
    public string? Byline { get; set; }
    public string? Dateline { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedAt { get; set; }
    public DateTime ImportedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>The cleaned display text; every offset points into it.</summary>
    public required string Text { get; set; }
    /// <summary>The decoded input before cleaning, kept so facts can be re-extracted after a schema or lexicon change.</summary>
    public required string RawText { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>Lines removed as boilerplate, as JSON <c>[{lineNumber, text, reason}]</c>.</summary>
    public string RemovedJson { get; set; } = "[]";

    public List<ActorMention> ActorMentions { get; set; } = [];
    public List<LocationMention> LocationMentions { get; set; } = [];
    public List<DateMention> DateMentions { get; set; } = [];
    public List<IncidentSource> IncidentSources { get; set; } = [];
}

public sealed class Actor
{
    public int Id { get; set; }
    /// <summary>Lexicon id (e.g. "kataib-hezbollah") or "person:" + slug for people found by title.</summary>
    public required string Key { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public required string Kind { get; set; }
    public string AliasesJson { get; set; } = "[]";
    /// <summary>Folded names and aliases separated by '|', for variant-insensitive filtering.</summary>
    public string MatchKeys { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}

public sealed class Location
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public required string Country { get; set; }
    public required string Precision { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ParentKey { get; set; }
    public string MatchKeys { get; set; } = "";

    public List<Incident> Incidents { get; set; } = [];
    /// <summary>Its incidents counted by type (kept by triggers): a place's incident count without counting incidents.</summary>
    public List<IncidentPlace> Tallies { get; set; } = [];
}

public sealed class ActorMention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public int Start { get; set; }
    public int End { get; set; }
    public required string Text { get; set; }
}

public sealed class LocationMention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int LocationId { get; set; }
    public Location Location { get; set; } = null!;
    public int Start { get; set; }
    public int End { get; set; }
    public required string Text { get; set; }
}

public sealed class DateMention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Value { get; set; }
    public required string Precision { get; set; }
    /// <summary>Null when Start and End point into the article text; else the removed line they point into.</summary>
    public int? Line { get; set; }
    /// <summary>For a range ("من 10 إلى 12 شباط"), its last day; <see cref="Value"/> is its first.</summary>
    public string? Until { get; set; }
}

/// <summary>The event. Its figures are the headline values over its sources' claims.</summary>
public sealed class Incident
{
    public int Id { get; set; }
    public required string Type { get; set; }
    /// <summary>"YYYY-MM-DD", "YYYY-MM", "YYYY" or null; sorts chronologically as text.</summary>
    public string? Date { get; set; }
    public required string DatePrecision { get; set; }
    public string? DateText { get; set; }
    public int? LocationId { get; set; }
    public Location? Location { get; set; }
    public int? WeaponCount { get; set; }
    public bool? Intercepted { get; set; }
    public int? Killed { get; set; }
    public int? Wounded { get; set; }
    public bool Background { get; set; }
    /// <summary>Whether its sources carry a date. They all do or all do not (a dated and an undated report never merge),
    /// so it is fixed by the first source; the merge lookup filters on it.</summary>
    public bool Dated { get; set; }
    public required string SummaryEn { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>
    /// The earliest publication date of its sources' articles. Undated reports merge only when published within days
    /// of every source, so the merge lookup finds undated candidates by this date through an index instead of walking
    /// every article published in the window.
    /// </summary>
    public DateOnly? FirstReported { get; set; }

    public List<IncidentSource> Sources { get; set; } = [];
    public List<IncidentActor> Actors { get; set; } = [];
}

/// <summary>One article reporting an incident, with its evidence span and what it claimed.</summary>
public sealed class IncidentSource
{
    public int Id { get; set; }
    public int IncidentId { get; set; }
    public Incident Incident { get; set; } = null!;
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public required string EvidenceText { get; set; }
    public string? Attribution { get; set; }
    public required string Stance { get; set; }
    public string? DateValue { get; set; }
    public string? DatePrecision { get; set; }
    public string? DateText { get; set; }
    public int? WeaponCount { get; set; }
    public bool? Intercepted { get; set; }
    public int? Killed { get; set; }
    public int? Wounded { get; set; }
    /// <summary>The sentences and the words behind each value, as JSON (<see cref="SourceSupport"/>); null before schema version 10.</summary>
    public string? Support { get; set; }
}

public sealed class IncidentActor
{
    public int IncidentId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    /// <summary>"perpetrator" or "target".</summary>
    public required string Role { get; set; }
}

/// <summary>Key/value facts about the database itself, such as the schema version.</summary>
public sealed class MetaEntry
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}

/// <summary>
/// Incidents counted by date, type and country, kept current by triggers on incidents (see <see cref="IncidentSummary"/>):
/// the timeline and the stats read a few thousand of these instead of every incident.
/// </summary>
public sealed class IncidentDay
{
    /// <summary>The incident date at its precision ("2024-04-07", "2024-04", "2024"), "" when unknown.</summary>
    public required string Date { get; set; }
    public required string Type { get; set; }
    /// <summary>The country of the incident's place, "" when it has none.</summary>
    public required string Country { get; set; }
    public int Incidents { get; set; }
    public int Killed { get; set; }
    public int Wounded { get; set; }
}

/// <summary>Incidents counted by place and type, kept current by triggers on incidents, for the stats' places.</summary>
public sealed class IncidentPlace
{
    public int LocationId { get; set; }
    public required string Type { get; set; }
    public int Incidents { get; set; }
}

/// <summary>The keys the month summaries share, so one filter serves both.</summary>
public interface IMonthCell
{
    string Month { get; }
    string Type { get; }
    int LocationId { get; }
}

/// <summary>
/// Incidents counted by month, type and place (see <see cref="IncidentSummary"/>): the stats' places under a date range
/// or a place filter, where <see cref="IncidentPlace"/> has no dates and <see cref="IncidentDay"/> no places.
/// </summary>
public sealed class IncidentPlaceMonth : IMonthCell
{
    /// <summary>The incident date cut to its month ("2024-04" for "2024-04-07" and "2024-04"); "2024" for a year-precise date, "" when unknown.</summary>
    public required string Month { get; set; }
    public required string Type { get; set; }
    public int LocationId { get; set; }
    public int Incidents { get; set; }
}

/// <summary>
/// Incidents counted by month, type, place and actor (see <see cref="IncidentSummary"/>): each incident once per actor
/// whatever its roles in it, so an actor's incidents under type, place and date filters are a sum of rows.
/// </summary>
public sealed class IncidentActorMonth : IMonthCell
{
    /// <summary>As <see cref="IncidentPlaceMonth.Month"/>.</summary>
    public required string Month { get; set; }
    public required string Type { get; set; }
    /// <summary>The incident's place, 0 when it has none (a key column cannot hold null).</summary>
    public int LocationId { get; set; }
    public int ActorId { get; set; }
    public int Incidents { get; set; }
}

/// <summary>The counts the year summaries share: every incident of a cell, and those intercepted and not (the rest say nothing).</summary>
public interface IYearCell
{
    string Year { get; }
    int Incidents { get; }
    int Intercepted { get; }
    int NotIntercepted { get; }
}

/// <summary>
/// Incidents counted by year, type and place (see <see cref="IncidentSummary"/>): the stats under a date range read
/// whole years here and only a range's first and last year from the month summaries; the interception counts answer
/// the intercepted filter without reading the incidents.
/// </summary>
public sealed class IncidentPlaceYear : IYearCell
{
    /// <summary>The incident date cut to its year ("2024" for "2024-04-07", "2024-04" and "2024"), "" when unknown.</summary>
    public required string Year { get; set; }
    public required string Type { get; set; }
    /// <summary>The incident's place, 0 when it has none (a key column cannot hold null).</summary>
    public int LocationId { get; set; }
    public int Incidents { get; set; }
    /// <summary>Incidents whose Intercepted is true.</summary>
    public int Intercepted { get; set; }
    /// <summary>Incidents whose Intercepted is false.</summary>
    public int NotIntercepted { get; set; }
}

/// <summary>Incidents counted by year and actor, each incident once per actor whatever its roles (see <see cref="IncidentSummary"/>).</summary>
public sealed class IncidentActorYear : IYearCell
{
    /// <summary>As <see cref="IncidentPlaceYear.Year"/>.</summary>
    public required string Year { get; set; }
    public int ActorId { get; set; }
    public int Incidents { get; set; }
    public int Intercepted { get; set; }
    public int NotIntercepted { get; set; }
}

/// <summary>How many articles mention an actor and how many incidents it takes part in, kept current by triggers (see <see cref="ActorTally"/>).</summary>
public sealed class ActorCount
{
    public int ActorId { get; set; }
    public int Articles { get; set; }
    public int Incidents { get; set; }
}
