namespace NewsFacts.Api.Data;

/// <summary>
/// A tombstone: an article or incident that was deleted, so a client syncing with <c>GET /api/deleted?since=</c>
/// can drop its copy. Rows are only ever appended.
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
}
