using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Queries;

/// <summary>Filters articles and assembles an article's full detail.</summary>
public sealed class ArticleQuery(NewsFactsDbContext db, IncidentQuery incidents)
{
    /// <summary>The variant spellings search reads alike.</summary>
    public SpellingVariants Variants => incidents.Variants;

    public IQueryable<Article> Filter(ArticleListRequest request)
    {
        var query = db.Articles.AsNoTracking();
        if (request.Q is { Length: > 0 } q && FullTextQuery.TryParse(q, incidents.Variants, out var fts, out _))
        {
            var ids = ArticleSearch.MatchingIds(db, fts!);
            query = query.Where(a => ids.Contains(a.Id));
        }
        if (request.UpdatedSince is { } since)
        {
            query = query.Where(a => a.UpdatedAt >= since);
        }
        if (request.Source is { Length: > 0 } source)
        {
            query = query.Where(a => a.Source == source);
        }
        if (request.From is { } from)
        {
            query = query.Where(a => a.PublishedAt >= from);
        }
        if (request.To is { } to)
        {
            query = query.Where(a => a.PublishedAt <= to);
        }
        return query;
    }

    /// <summary>Above this share of the archive, a search's newest hits are found by walking the publication-date index.</summary>
    private const double DenseHitShare = 0.02;

    /// <summary>
    /// The common search, q alone in the default order (newest first), when it matches much of the archive (a common
    /// word): the count comes from the full-text index, and the page from walking the publication-date index newest
    /// first and stopping at the page, instead of sorting every hit. Null otherwise: other filters, another order, or
    /// few hits, which <see cref="Filter"/> reads and sorts quickly.
    /// </summary>
    public async Task<(int Total, List<ArticleListItemResponse> Items)?> SearchPageAsync(ArticleListRequest request, FullTextQuery search,
        CancellationToken cancellationToken)
    {
        // The walks below name SQLite's index; PostgreSQL plans the plain query itself.
        if (!db.Database.IsSqlite() || request.UpdatedSince is not null || request.Source is { Length: > 0 } || request.From is not null || request.To is not null
            || request.Sort is { Length: > 0 } sort && sort != SortMaps.Articles.DefaultSort)
        {
            return null;
        }
        var total = await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM article_search WHERE article_search MATCH {search.Match}")
            .SingleAsync(cancellationToken);
        var newest = await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
        if (total <= newest * DenseHitShare)
        {
            return null;
        }
        // Walking the date index newest first, each article is tested against the index (about 125 µs a probe at 340k
        // articles), or every hit is first listed (about 0.4 µs a hit) and the walk tests the list. Probing wins for
        // the first pages, which are most of what is asked; the list wins deep in the results.
        var probes = (double)(request.Skip + request.PageSize) * newest / total;
        var ids = probes * ProbeCostInHits < total
            ? await PageByProbingAsync(search, request.Skip, request.PageSize, cancellationToken)
            : await PageByHitListAsync(search, request.Skip, request.PageSize, cancellationToken);
        var rows = await ToListItems(db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))).ToDictionaryAsync(i => i.Id, cancellationToken);
        return (total, ids.Select(id => rows[id]).ToList());
    }

    /// <summary>What one probe of the full-text index costs, in hits listed (measured: 125 µs against 0.37 µs).</summary>
    private const double ProbeCostInHits = 300;

    internal Task<List<int>> PageByProbingAsync(FullTextQuery search, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            SELECT a.Id AS Value FROM articles a INDEXED BY IX_articles_PublishedAt
            WHERE EXISTS (SELECT 1 FROM article_search s WHERE article_search MATCH {search.Match} AND s.rowid = a.Id)
            ORDER BY a.PublishedAt DESC, a.Id LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);

    internal Task<List<int>> PageByHitListAsync(FullTextQuery search, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            SELECT a.Id AS Value FROM articles a INDEXED BY IX_articles_PublishedAt
            WHERE a.Id IN (SELECT rowid FROM article_search WHERE article_search MATCH {search.Match})
            ORDER BY a.PublishedAt DESC, a.Id LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);

    public static IQueryable<ArticleListItemResponse> ToListItems(IQueryable<Article> query) =>
        query.Select(a => new ArticleListItemResponse(a.Id, a.Title, a.Source, a.Url, a.PublishedAt, a.ImportedAt, a.UpdatedAt,
            a.IncidentSources.Select(s => s.IncidentId).Distinct().Count()));

    /// <summary>Adds the matched passage of each article's text to a page of search results.</summary>
    public async Task<List<ArticleListItemResponse>> WithSnippetsAsync(List<ArticleListItemResponse> items, FullTextQuery? query, CancellationToken cancellationToken)
    {
        if (query is null || items.Count == 0)
        {
            return items;
        }
        var ids = items.Select(i => i.Id).ToList();
        var texts = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken);
        return items.Select(i => i with { Snippet = SnippetResponse.From(SnippetBuilder.Build(texts[i.Id], query.Terms, incidents.Variants)) }).ToList();
    }

    public async Task<ArticleDetailResponse?> GetDetailAsync(int id, CancellationToken cancellationToken)
    {
        // Every column but the raw text, which only a re-extraction reads.
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Title, a.Source, a.Url, a.PublishedAt, a.ImportedAt, a.UpdatedAt, a.Byline, a.Dateline, a.Text, a.ContentHash, a.RemovedJson,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }
        var incidentList = await incidents.ToResponsesAsync(
            // Through the article's sources (indexed by article), not a test of every incident's sources.
            db.Incidents.AsNoTracking().Where(i => db.IncidentSources.Where(s => s.ArticleId == id).Select(s => s.IncidentId).Contains(i.Id))
                .OrderBy(i => i.Id), cancellationToken);
        var actorMentions = await db.ActorMentions.AsNoTracking().Where(m => m.ArticleId == id).Include(m => m.Actor)
            .OrderBy(m => m.Start).ToListAsync(cancellationToken);
        var locationMentions = await db.LocationMentions.AsNoTracking().Where(m => m.ArticleId == id).Include(m => m.Location)
            .OrderBy(m => m.Start).ToListAsync(cancellationToken);
        var dates = await db.DateMentions.AsNoTracking().Where(m => m.ArticleId == id).OrderBy(m => m.Line).ThenBy(m => m.Start)
            .Select(m => new ArticleDateResponse(m.Text, m.Start, m.End, m.Value, m.Precision, m.Line, m.Until)).ToListAsync(cancellationToken);
        var removed = JsonSerializer.Deserialize<List<RemovedLineResponse>>(article.RemovedJson, JsonSerializerOptions.Web) ?? [];
        return new ArticleDetailResponse(
            article.Id, article.Title, article.Source, article.Url, article.PublishedAt, article.ImportedAt, article.UpdatedAt,
            incidentList.Count, article.Byline, article.Dateline, article.Text, article.ContentHash, incidentList,
            actorMentions.GroupBy(m => m.Actor).OrderBy(g => g.Min(m => m.Start)).Select(g => new ArticleActorResponse(
                g.Key.Id, g.Key.NameAr, g.Key.NameEn, g.Key.Kind, g.Select(m => new SpanResponse(m.Text, m.Start, m.End)).ToList(),
                FactWriter.IsRomanized(g.Key.Key))).ToList(),
            locationMentions.GroupBy(m => m.Location).OrderBy(g => g.Min(m => m.Start)).Select(g => new ArticleLocationResponse(
                g.Key.Id, g.Key.NameAr, g.Key.NameEn, g.Key.Country, g.Key.Precision, g.Key.Latitude, g.Key.Longitude,
                g.Select(m => new SpanResponse(m.Text, m.Start, m.End)).ToList(), FactWriter.IsRomanized(g.Key.Key))).ToList(),
            dates, removed);
    }
}
