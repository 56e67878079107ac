using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Import;

/// <summary>What a re-extraction did.</summary>
/// <param name="Failed">Articles the current pipeline cannot read any more: kept, with no facts.</param>
/// <param name="Kept">Incidents that kept their id (<see cref="IncidentIdMatcher"/>).</param>
/// <param name="Merged">Old incidents merged into another: a tombstone with MergedInto, and a 301 to it.</param>
/// <param name="Gone">Old incidents no report yields any more: a tombstone, and a 410.</param>
/// <param name="New">Incidents with a new id, above every id used before.</param>
public sealed record ReextractSummary(int Articles, int Failed, int Incidents, int Kept, int Merged, int Gone, int New, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"re-extracted {Articles} articles, {Failed} failed (kept without facts): {Incidents} incidents, {Kept} kept their id, {New} new; "
        + $"{Merged} merged into another, {Gone} gone; elapsed {Elapsed.TotalSeconds:0.00}s";
}

/// <summary>
/// Runs every stored article through the current pipeline and lexicons again, in place, on either engine: after an
/// upgrade that improved the rules, or an edit of data/lexicons. Articles keep their rows and ids; their mentions and
/// the incidents are derived afresh, in article id order as an import would, and then each incident takes the id
/// <see cref="IncidentIdMatcher"/> gives it. Old incidents merged or gone leave a tombstone.
/// </summary>
/// <remarks>
/// One transaction: readers see the old facts until the new ones are complete, and a crash or a failure leaves the
/// database as it was. It cannot commit batch by batch: between batches the database would hold old and new incidents
/// side by side, and the merge lookup would join new reports to stale incidents, giving other incidents than an import
/// of the same articles. Writers (imports, deletions) wait for it, as they wait for each other. The derived rows are
/// deleted first and written again, so on SQLite the write-ahead log grows to about the size of those tables until the
/// commit.
/// </remarks>
public sealed class ArticleReextractor(NewsFactsDbContext db, ArticleExtractor extractor, FactWriter facts, TimeProvider clock,
    IOptions<NewsFactsOptions> options, ILogger<ArticleReextractor> logger)
{
    public async Task<ReextractSummary> ReextractAsync(CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // As the import's writer: wait for a batch in flight elsewhere rather than fail after the connections' 10 s.
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 300000", cancellationToken);
        }
        // On SQLite, an IMMEDIATE transaction: it takes the write lock at once, as the import's writer does.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(Data.Postgres.PostgresWriteLock.Take, cancellationToken);
        }
        var before = await ReportsAsync(cancellationToken);
        var everUsed = Math.Max(before.Count == 0 ? 0 : before.Max(i => i.Id),
            await db.DeletedEntities.Where(d => d.EntityType == DeletedEntity.IncidentType).MaxAsync(d => (int?)d.EntityId, cancellationToken) ?? 0);
        await RaiseIncidentIdsAboveAsync(everUsed, cancellationToken);
        logger.LogInformation("Re-extracting the stored articles; {Incidents} incidents before", before.Count);

        // The summary and tally triggers uncount the rows as they go, and count the new ones as they come.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM incidents", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM actor_mentions", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM location_mentions", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM date_mentions", cancellationToken);

        var (articles, failed) = await RewriteArticlesAsync(now, cancellationToken);
        var after = await ReportsAsync(cancellationToken);
        var match = IncidentIdMatcher.Match(before, after);
        Renumber(match.Kept, cancellationToken);
        db.DeletedEntities.AddRange(match.MergedInto.OrderBy(m => m.Key).Select(m =>
            new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = m.Key, DeletedAt = now, MergedInto = m.Value }));
        db.DeletedEntities.AddRange(match.Gone.Select(id => new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = id, DeletedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var summary = new ReextractSummary(articles, failed, after.Count, match.Kept.Count, match.MergedInto.Count, match.Gone.Count,
            after.Count - match.Kept.Count, stopwatch.Elapsed);
        logger.LogInformation("Re-extracted {Articles} articles ({Failed} failed): {Incidents} incidents, {Kept} kept their id, {New} new, {Merged} merged, {Gone} gone",
            summary.Articles, summary.Failed, summary.Incidents, summary.Kept, summary.New, summary.Merged, summary.Gone);
        return summary;
    }

    /// <summary>Every incident with the articles it was read from.</summary>
    private async Task<List<ReportedIncident>> ReportsAsync(CancellationToken cancellationToken)
    {
        var articles = (await db.IncidentSources.AsNoTracking().Select(s => new { s.IncidentId, s.ArticleId }).ToListAsync(cancellationToken))
            .ToLookup(s => s.IncidentId, s => s.ArticleId);
        return (await db.Incidents.AsNoTracking().Select(i => i.Id).ToListAsync(cancellationToken))
            .Select(id => new ReportedIncident(id, articles[id].ToHashSet()))
            .ToList();
    }

    /// <summary>
    /// Makes the ids the incidents are written with greater than any id ever used, tombstones included. SQLite's
    /// AUTOINCREMENT and PostgreSQL's identity never hand out an id twice, but a database rebuilt by an older reextract
    /// (which dropped the tables) or copied from SQLite may have tombstones above their counters.
    /// </summary>
    private async Task RaiseIncidentIdsAboveAsync(int everUsed, CancellationToken cancellationToken)
    {
        if (everUsed == 0)
        {
            return;
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE sqlite_sequence SET seq = {everUsed} WHERE name = 'incidents' AND seq < {everUsed}", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sqlite_sequence (name, seq) SELECT 'incidents', {everUsed} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'incidents')",
                cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""
                SELECT setval(s, {everUsed}) FROM (SELECT CAST(pg_get_serial_sequence('incidents', 'id') AS regclass) AS s) q
                WHERE coalesce(pg_sequence_last_value(s), 0) < {everUsed}
                """, cancellationToken);
        }
    }

    /// <summary>Each article's row, search terms and facts from the current pipeline, in id order, a batch at a time.</summary>
    private async Task<(int Articles, int Failed)> RewriteArticlesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var sqlite = db.Database.IsSqlite();
        using var next = SqlStatement.Prepare(connection,
            "SELECT Id, RawText, Title, Url, Source, PublishedAt FROM articles WHERE Id > $after ORDER BY Id LIMIT $size", "$after", "$size");
        using var otherWithHash = SqlStatement.Prepare(connection, "SELECT Id FROM articles WHERE ContentHash = $hash AND Id <> $id", "$hash", "$id");
        using var update = SqlStatement.Prepare(connection, """
            UPDATE articles SET Title = $title, Byline = $byline, Dateline = $dateline, PublishedAt = $published, Text = $text,
                ContentHash = $hash, RemovedJson = $removed, UpdatedAt = $updated
            WHERE Id = $id
            """, "$id", "$title", "$byline", "$dateline", "$published", "$text", "$hash", "$removed", "$updated");
        using var deleteSearch = SqlStatement.Prepare(connection, "DELETE FROM article_search WHERE rowid = $id", "$id");
        using var insertSearch = SqlStatement.Prepare(connection, sqlite
            ? "INSERT INTO article_search (rowid, terms) VALUES ($id, $terms)"
            : Data.Postgres.PostgresSearch.Insert, "$id", "$terms");
        var workers = Math.Max(1, options.Value.ImportWorkers ?? Environment.ProcessorCount);
        var (articles, failed, after) = (0, 0, 0);
        while (Batch(next, after, options.Value.ImportBatchSize) is { Count: > 0 } batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extracted = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(workers).Select(row => (row.Id, Article: extractor.ExtractStored(row.Item))).ToList();
            foreach (var (id, article) in extracted)
            {
                articles++;
                if (article.Facts is not { } found)
                {
                    // Its text stays as it was, for a later pipeline that can read it again.
                    failed++;
                    logger.LogWarning("Article {ArticleId} could not be re-extracted and is kept without facts: {Reason}", id, article.Error);
                    continue;
                }
                var publishedAt = article.Item.PublishedAt ?? found.PublishedAt;
                var hash = found.ContentHash;
                if (otherWithHash.Scalar(hash, id) is { } twin)
                {
                    // Two articles that now clean to the same text both stay, with their ids; the unique hash keeps the old one.
                    logger.LogWarning("Article {ArticleId} now reads the same as article {Twin}; it keeps its former content hash", id, twin);
                    hash = await db.Articles.Where(a => a.Id == id).Select(a => a.ContentHash).SingleAsync(cancellationToken);
                }
                update.Execute(id, found.Article.Title, found.Article.Byline, found.Article.Dateline, publishedAt, found.Article.Text, hash,
                    article.RemovedJson, now);
                deleteSearch.Execute(id);
                insertSearch.Execute(id, sqlite ? article.SearchTerms : Data.Postgres.PostgresSearch.Vector(article.SearchTerms ?? ""));
                facts.Write(id, publishedAt, found, now);
            }
            after = batch[^1].Id;
        }
        return (articles, failed);
    }

    /// <summary>The next stored articles after the given id, as the extractor takes them.</summary>
    private static List<(int Id, ImportItem Item)> Batch(SqlStatement next, int after, int size)
    {
        var rows = new List<(int, ImportItem)>();
        using var reader = next.Query(after, size);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), new ImportItem("reextract", reader.GetString(1), reader.GetNullableString(2), reader.GetNullableString(3),
                reader.GetNullableString(4), reader.GetNullableDate(5))));
        }
        return rows;
    }

    /// <summary>
    /// Gives each kept incident its old id: a copy of its row under that id takes its sources and actors, and the row it
    /// was written as goes. Moving the children by UPDATE fires no trigger, and the copy's insert and the row's delete
    /// count the same cells up and down, so the summaries stay exact. (The old ids are free: every old row is deleted.)
    /// </summary>
    private void Renumber(IReadOnlyDictionary<int, int> kept, CancellationToken cancellationToken)
    {
        if (kept.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        using var copy = SqlStatement.Prepare(connection, """
            INSERT INTO incidents (Id, Type, Date, DatePrecision, DateText, LocationId, WeaponCount, Intercepted, Killed, Wounded, Background, Dated, SummaryEn, UpdatedAt, FirstReported)
            SELECT $old, Type, Date, DatePrecision, DateText, LocationId, WeaponCount, Intercepted, Killed, Wounded, Background, Dated, SummaryEn, UpdatedAt, FirstReported
            FROM incidents WHERE Id = $new
            """, "$old", "$new");
        using var moveSources = SqlStatement.Prepare(connection, "UPDATE incident_sources SET IncidentId = $old WHERE IncidentId = $new", "$old", "$new");
        using var moveActors = SqlStatement.Prepare(connection, "UPDATE incident_actors SET IncidentId = $old WHERE IncidentId = $new", "$old", "$new");
        using var delete = SqlStatement.Prepare(connection, "DELETE FROM incidents WHERE Id = $new", "$new");
        foreach (var (written, old) in kept.OrderBy(k => k.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.Execute(old, written);
            moveSources.Execute(old, written);
            moveActors.Execute(old, written);
            delete.Execute(written);
        }
    }
}
