using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>What became of an incident id that names no incident: it went (on <see cref="DeletedAt"/>), or it lives on as <see cref="MovedTo"/>.</summary>
public sealed record IncidentFate(DateTime DeletedAt, int? MovedTo);

/// <summary>
/// Reads the tombstones of incidents: whether an id that names no incident was deleted, or merged into another one
/// by a re-extraction. A merge is followed through later merges to the incident that holds the reports now.
/// </summary>
public sealed class IncidentTombstones(NewsFactsDbContext db)
{
    /// <summary>Null when the id was never an incident's; call it for an id that names no incident now.</summary>
    public async Task<IncidentFate?> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await LatestAsync(id, cancellationToken) is not { } tombstone)
        {
            return null;
        }
        // Ids are never used twice, so a chain cannot loop; the set guards against a database edited by hand.
        var seen = new HashSet<int> { id };
        var next = tombstone.MergedInto;
        while (next is { } target && seen.Add(target))
        {
            if (await db.Incidents.AnyAsync(i => i.Id == target, cancellationToken))
            {
                return new IncidentFate(tombstone.DeletedAt, target);
            }
            next = (await LatestAsync(target, cancellationToken))?.MergedInto;
        }
        return new IncidentFate(tombstone.DeletedAt, null);
    }

    private Task<DeletedEntity?> LatestAsync(int id, CancellationToken cancellationToken) =>
        db.DeletedEntities.AsNoTracking()
            .Where(d => d.EntityType == DeletedEntity.IncidentType && d.EntityId == id)
            .OrderByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
