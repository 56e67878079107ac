using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Import;

/// <summary>
/// Re-imports the articles a schema rebuild left in <see cref="DatabaseInitializer.CarriedTable"/>, batch by batch,
/// through the same extractor and writer as any import, and drops the table when it is empty. Each batch leaves the
/// carried table once written, so a replay cut short goes on at the next start where it stopped; a batch written but
/// not yet removed comes back as duplicates, which the writer recognises by content.
/// </summary>
public sealed class StoredArticleReplayer(NewsFactsDbContext db, ArticleExtractor extractor, ArticleWriter writer, IOptions<NewsFactsOptions> options,
    ILogger<StoredArticleReplayer> logger)
{
    private const string Carried = DatabaseInitializer.CarriedTable;

    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        // Only SQLite's rebuild carries articles; PostgreSQL's schema changes by migrations that keep every row.
        if (!db.Database.IsSqlite())
        {
            return;
        }
        // Held throughout, so a second process starting meanwhile waits instead of replaying the same articles.
        await using var initLock = await InitLock.AcquireAsync(db.Database.GetConnectionString(), cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!await db.Database.TableExistsAsync(Carried, cancellationToken))
        {
            return;
        }
        logger.LogWarning("Re-extracting {Count} stored articles after a rebuild", await ScalarAsync($"SELECT count(*) FROM {Carried}", cancellationToken));
        var workers = Math.Max(1, options.Value.ImportWorkers ?? Environment.ProcessorCount);
        while (await NextBatchAsync(options.Value.ImportBatchSize, cancellationToken) is { Count: > 0 } batch)
        {
            var extracted = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(workers).Select(row => extractor.ExtractStored(row.Item)).ToList();
            foreach (var outcome in writer.Write(extracted, cancellationToken).Where(o => o.Status == ImportStatus.Failed))
            {
                logger.LogWarning("Could not re-extract a stored article: {Reason}", outcome.Reason);
            }
            await db.Database.ExecuteSqlRawAsync("DELETE FROM " + Carried + " WHERE Id <= {0}", [batch[^1].Id], cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("DROP TABLE " + Carried, cancellationToken);
    }

    /// <summary>The next articles in their original order, from the stable columns every schema version has.</summary>
    private async Task<List<(long Id, ImportItem Item)>> NextBatchAsync(int size, CancellationToken cancellationToken)
    {
        var rows = new List<(long, ImportItem)>();
        await using var command = db.Database.Command($"SELECT Id, RawText, Title, Url, Source, PublishedAt FROM {Carried} ORDER BY Id LIMIT {size}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), new ImportItem("rebuild", reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : DateOnly.Parse(reader.GetString(5), CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
