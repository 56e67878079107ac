using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Queries;

/// <summary>Filters actors and assembles an actor's page.</summary>
public sealed class ActorQuery(NewsFactsDbContext db, IncidentQuery incidents)
{
    public IQueryable<Actor> Filter(ActorListRequest request)
    {
        var query = db.Actors.AsNoTracking();
        if (request.Q is { Length: > 0 } q)
        {
            var key = ArabicNormalizer.Fold(q);
            query = query.Where(a => a.MatchKeys.Contains(key));
        }
        if (request.UpdatedSince is { } since)
        {
            query = query.Where(a => a.UpdatedAt >= since);
        }
        if (request.Kind is { Length: > 0 } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }
        return query;
    }

    public async Task<List<ActorResponse>> ToResponsesAsync(IQueryable<Actor> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(a => new
        {
            a.Id, a.Key, a.NameAr, a.NameEn, a.Kind, a.AliasesJson,
            // Kept by triggers (ActorTally): counting mentions here took seconds per page on a large archive.
            ArticleCount = db.ActorCounts.Where(c => c.ActorId == a.Id).Select(c => c.Articles).FirstOrDefault(),
            IncidentCount = db.ActorCounts.Where(c => c.ActorId == a.Id).Select(c => c.Incidents).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new ActorResponse(r.Id, r.NameAr, r.NameEn, r.Kind, Aliases(r.AliasesJson), r.ArticleCount, r.IncidentCount, FactWriter.IsRomanized(r.Key))).ToList();
    }

    public async Task<ActorDetailResponse?> GetDetailAsync(int id, CancellationToken cancellationToken)
    {
        var actor = (await ToResponsesAsync(db.Actors.Where(a => a.Id == id), cancellationToken)).FirstOrDefault();
        if (actor is null)
        {
            return null;
        }
        var related = await incidents.ToResponsesAsync(
            db.Incidents.AsNoTracking().Where(i => i.Actors.Any(a => a.ActorId == id)).OrderBy(i => i.Id), cancellationToken);
        var articleIds = db.ActorMentions.Where(m => m.ActorId == id).Select(m => m.ArticleId);
        var articles = await ArticleQuery.ToListItems(db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).OrderBy(a => a.Id))
            .ToListAsync(cancellationToken);
        var seen = articles.Select(a => a.PublishedAt ?? DateOnly.FromDateTime(a.ImportedAt)).Order().ToList();
        return new ActorDetailResponse(actor.Id, actor.NameAr, actor.NameEn, actor.Kind, actor.Aliases, actor.ArticleCount, actor.IncidentCount,
            seen.Count > 0 ? seen[0] : null, seen.Count > 0 ? seen[^1] : null,
            related.Where(i => i.Perpetrators.Any(p => p.Id == id)).ToList(),
            related.Where(i => i.Targets.Any(t => t.Id == id)).ToList(),
            articles);
    }

    private static List<string> Aliases(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
