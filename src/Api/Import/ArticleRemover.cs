using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Import;

/// <summary>
/// Deletes an article in one transaction: its mentions and incident sources go with it (database cascade), incidents
/// no other article reports are deleted, the others get their headline figures recomputed from the sources left.
/// Every deletion leaves a tombstone in deleted_entities.
/// </summary>
public sealed class ArticleRemover(NewsFactsDbContext db, TimeProvider clock)
{
    /// <summary>Returns false when no article has this id.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(Data.Postgres.PostgresWriteLock.Take, cancellationToken);
        }
        var incidentIds = await db.IncidentSources.Where(s => s.ArticleId == id).Select(s => s.IncidentId).Distinct().ToListAsync(cancellationToken);
        if (await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }
        await db.Database.ExecuteSqlAsync($"DELETE FROM article_search WHERE rowid = {id}", cancellationToken);

        var orphans = await db.Incidents.Where(i => incidentIds.Contains(i.Id) && !i.Sources.Any()).Select(i => i.Id).ToListAsync(cancellationToken);
        await db.Incidents.Where(i => orphans.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        var remaining = await db.Incidents.Include(i => i.Sources).Where(i => incidentIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var firstReported = await db.IncidentSources.Where(s => incidentIds.Contains(s.IncidentId))
            .GroupBy(s => s.IncidentId)
            .Select(g => new { IncidentId = g.Key, First = g.Min(s => s.Article.PublishedAt) })
            .ToDictionaryAsync(x => x.IncidentId, x => x.First, cancellationToken);
        foreach (var incident in remaining)
        {
            incident.FirstReported = firstReported.GetValueOrDefault(incident.Id);
            IncidentMerger.ApplyHeadline(incident);
            incident.UpdatedAt = now;
        }

        db.DeletedEntities.Add(new DeletedEntity { EntityType = DeletedEntity.ArticleType, EntityId = id, DeletedAt = now });
        db.DeletedEntities.AddRange(orphans.Select(i => new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = i, DeletedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
