namespace NewsFacts.Api.Data;

/// <summary>
/// A tombstone: an article or incident that was deleted, so a client syncing with <c>GET /api/deleted?since=</c>
/// can drop its copy, and <c>GET /api/incidents/{id}</c> answers 410 Gone, or 301 to where a merged incident went.
/// Rows are only ever appended.
/// </summary>
public sealed class DeletedEntity
{
    public const string ArticleType = "article";
    public const string IncidentType = "incident";

    public int Id { get; set; }
    /// <summary>"article" or "incident".</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public DateTime DeletedAt { get; set; }
    /// <summary>
    /// For an incident that a re-extraction merged into another: the incident that now holds its reports. Null when it is
    /// gone (its article deleted, or no incident read from its reports any more).
    /// </summary>
    public int? MergedInto { get; set; }
}
