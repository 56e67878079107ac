using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Queries;

/// <summary>Filters articles and assembles an article's full detail.</summary>
public sealed class ArticleQuery(NewsFactsDbContext db, IncidentQuery incidents, ArticleDetailReader detailReader)
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

    /// <summary>
    /// The common search, q alone in the default order (newest first): the count comes from the full-text index, and
    /// the page from whichever of three reads costs least for the number of hits (<see cref="PageOfHitsAsync"/>). Null
    /// otherwise (other filters, another order, PostgreSQL), which <see cref="Filter"/> reads.
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
        var ids = await PageOfHitsAsync(request, search, total, newest, cancellationToken);
        return (total, await ItemsAsync(ids, cancellationToken));
    }

    /// <summary>
    /// A page of a search's hits, newest first. Walking the publication-date index newest first until the page is
    /// full passes about (skip + take) × articles / hits entries; each is tested against the index (a probe, about
    /// 125 µs at 340k articles) or against the list of every hit (listing costs about 0.4 µs a hit, testing about 0.05
    /// µs an entry walked). Sorting the hits instead reads each hit's row for its date, about 5.5 µs a hit (at 100k
    /// articles), whatever the page. Probing wins for the first pages of a common word, the hit list deeper or for
    /// rarer words, and sorting when the hits are so few that the walk would pass most of the archive: a search of
    /// 1,841 hits at 100k articles (قاعدة عين الأسد) took 10 ms of SQLite's CPU sorted against about 1.5 ms walked.
    /// </summary>
    private async Task<List<int>> PageOfHitsAsync(ArticleListRequest request, FullTextQuery search, int total, int newest,
        CancellationToken cancellationToken)
    {
        var walked = (double)(request.Skip + request.PageSize) * newest / total;
        if (walked * ProbeCostInHits < total)
        {
            return await PageByProbingAsync(search, request.Skip, request.PageSize, cancellationToken);
        }
        if (walked * WalkCostInHits < total * SortCostInHits)
        {
            return await PageByHitListAsync(search, request.Skip, request.PageSize, cancellationToken);
        }
        return await SortMaps.Articles.Apply(Filter(request), request.Sort).Skip(request.Skip).Take(request.PageSize).Select(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>What one probe of the full-text index costs, in hits listed (measured: 125 µs against 0.37 µs).</summary>
    private const double ProbeCostInHits = 300;

    /// <summary>What testing one entry of the date index against the hit list costs, in hits listed (0.05 µs against 0.4).</summary>
    private const double WalkCostInHits = 0.125;

    /// <summary>What sorting a hit by its date costs (its row read), in hits listed (5.5 µs against 0.4), less the listing.</summary>
    private const double SortCostInHits = 12.75;

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

    /// <summary>
    /// The list items of a page of article ids, in the page's order. A page read with its items computed them (each
    /// article's incident count, a subquery) for every matching article before the sort kept the page's: for a search
    /// of 1,841 hits, 26 ms of SQLite's CPU instead of 10 for the ids alone.
    /// </summary>
    public async Task<List<ArticleListItemResponse>> ItemsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await ToListItems(db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))).ToDictionaryAsync(i => i.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

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
        if (await detailReader.ReadAsync(id, cancellationToken) is not { } rows)
        {
            return null;
        }
        var (article, actorMentions, locationMentions) = (rows.Article, rows.Actors, rows.Locations);
        var incidentList = await incidents.ToResponsesAsync(rows.IncidentIds, cancellationToken);
        var dates = rows.Dates.Select(m => new ArticleDateResponse(m.Text, m.Start, m.End, m.Value, m.Precision, m.Line, m.Until)).ToList();
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
