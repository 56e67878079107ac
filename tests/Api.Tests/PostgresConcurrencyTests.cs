using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;
using Npgsql;

namespace NewsFacts.Api.Tests;

/// <summary>
/// Several API processes (here, several hosts in this process, each with its own connections, pools and caches) on one
/// PostgreSQL database. Skipped where no PostgreSQL is configured (NEWSFACTS_TEST_POSTGRES); CI runs them.
/// </summary>
public sealed class PostgresConcurrencyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-pg-").FullName;
    private readonly List<string> _databases = [];

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            TestDatabase.DropPostgresDatabase(database);
        }
        Directory.Delete(_dir, recursive: true);
    }

    private string NewDatabase()
    {
        var connectionString = TestDatabase.CreatePostgresDatabase();
        _databases.Add(connectionString);
        return connectionString;
    }

    /// <summary>A host on the given database; small batches, so two imports interleave many times.</summary>
    private static NewsFactsFactory On(string connectionString) =>
        new(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", connectionString), ("NewsFacts:ImportBatchSize", "4"));

    private string WriteCorpus(int count)
    {
        var composer = new NewsFacts.CorpusGenerator.ArticleComposer(NewsFacts.CorpusGenerator.Material.Load(RepoData.Directory), seed: 20, count: count, noIncidentShare: 0.1);
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(composer.Next).Select(a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web)));
        return path;
    }

    /// <summary>Each incident as the content hashes of the articles behind it: the same on two databases whatever their ids.</summary>
    private static List<string> IncidentsBySources(NewsFactsFactory factory) => factory.Rows("""
        SELECT string_agg(a.ContentHash, ',' ORDER BY a.ContentHash) FROM incident_sources s JOIN articles a ON a.Id = s.ArticleId
        GROUP BY s.IncidentId ORDER BY 1
        """);

    [PostgresFact]
    public async Task TwoImportsOfOneCorpusAtOnceStoreEachArticleOnceAndSplitNoIncident()
    {
        var corpus = WriteCorpus(120);
        using var alone = On(NewDatabase());
        alone.CreateClient();
        var single = await alone.ImportAsync(corpus);
        single.Imported.ShouldBeGreaterThan(100);

        var shared = NewDatabase();
        using var first = On(shared);
        using var second = On(shared);
        first.CreateClient();
        second.CreateClient();
        var both = await Task.WhenAll(first.ImportAsync(corpus), second.ImportAsync(corpus));

        (both[0].Imported + both[1].Imported).ShouldBe(single.Imported);
        (both[0].Skipped + both[1].Skipped).ShouldBe(single.Imported + single.Skipped);
        first.Rows("SELECT ContentHash FROM articles ORDER BY Id").ShouldBe(alone.Rows("SELECT ContentHash FROM articles ORDER BY Id"));
        var incidents = IncidentsBySources(first);
        incidents.Count.ShouldBeGreaterThan(20);
        incidents.ShouldBe(IncidentsBySources(alone));
        first.Rows("SELECT (SELECT sum(Incidents) FROM incident_days) - (SELECT count(*) FROM incidents)").ShouldBe(["0"]);
    }

    /// <summary>
    /// Two reports of one attack, each first in the one batch of an import that then extracts forty other articles: both
    /// batches are open at once, and the second report must still find the first's incident and join it, not start a
    /// second one. The reports name no actor and the base is already stored (an older attack on it), so no unique key or
    /// counter row makes the two imports wait on each other by chance: only the writers' lock does.
    /// </summary>
    [PostgresFact]
    public async Task TwoReportsOfOneAttackImportedAtOnceMakeOneIncident()
    {
        static string Report(string title, string text, string publishedAt) => JsonSerializer.Serialize(new { title, text, publishedAt });
        var composer = new NewsFacts.CorpusGenerator.ArticleComposer(NewsFacts.CorpusGenerator.Material.Load(RepoData.Directory), seed: 21, count: 80, noIncidentShare: 0.1);
        var fillers = Enumerable.Range(0, 80).Select(composer.Next).Select(a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web)).ToList();
        var older = Path.Combine(_dir, "older.jsonl");
        var first = Path.Combine(_dir, "first.jsonl");
        var second = Path.Combine(_dir, "second.jsonl");
        await File.WriteAllLinesAsync(older, [Report("هجوم سابق", "سقطت طائرة مسيرة على قاعدة عين الأسد الجوية في محافظة الأنبار يوم 3 آذار 2023.", "2023-03-04")]);
        await File.WriteAllLinesAsync(first, [Report("طائرتان على عين الأسد",
            "سقطت طائرتان مسيرتان على قاعدة عين الأسد الجوية في محافظة الأنبار فجر يوم 14 نيسان 2024، دون وقوع إصابات.", "2024-04-14"), .. fillers.Take(40)]);
        await File.WriteAllLinesAsync(second, [Report("هجوم بمسيرتين",
            "تعرضت قاعدة عين الأسد الجوية غربي العراق لهجوم بطائرتين مسيرتين يوم 14 نيسان 2024، وفق مصدر أمني.", "2024-04-15"), .. fillers.Skip(40)]);
        var shared = NewDatabase();
        using var a = new NewsFactsFactory(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", shared), ("NewsFacts:ImportBatchSize", "100"));
        using var b = new NewsFactsFactory(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", shared), ("NewsFacts:ImportBatchSize", "100"));
        a.CreateClient();
        b.CreateClient();
        (await a.ImportAsync(older)).Imported.ShouldBe(1);

        var imported = await Task.WhenAll(a.ImportAsync(first), b.ImportAsync(second));

        imported.Sum(s => s.Imported).ShouldBeGreaterThan(70);
        a.Rows("""
            SELECT r.Title FROM incident_sources s JOIN articles r ON r.Id = s.ArticleId
            WHERE s.IncidentId IN (SELECT s2.IncidentId FROM incident_sources s2 JOIN articles r2 ON r2.Id = s2.ArticleId WHERE r2.Title = 'طائرتان على عين الأسد')
            ORDER BY r.Title
            """).ShouldBe(["طائرتان على عين الأسد", "هجوم بمسيرتين"]);
    }

    /// <summary>Read through B, write through A, read through B again: B answers the new data, never a stale 304 or body.</summary>
    [PostgresFact]
    public async Task AWriteThroughOneProcessIsSeenByTheOthersCacheAndETags()
    {
        const string key = "test-key-0123456789abcdef";
        var shared = NewDatabase();
        using var a = new NewsFactsFactory(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", shared), ("Auth:ApiKeys:0", key));
        using var b = new NewsFactsFactory(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", shared));
        var writer = a.CreateClient();
        writer.DefaultRequestHeaders.Add("X-Api-Key", key);
        var reader = b.CreateClient();

        var before = await reader.GetAsync("/api/articles");
        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = before.Headers.ETag!;
        (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt32().ShouldBe(0);

        (await writer.PostAsJsonAsync("/api/articles", new
        {
            title = "صاروخان على قاعدة حرير",
            text = "سقط صاروخان على قاعدة حرير في أربيل مساء الأحد، ما أسفر عن إصابة جنديين بجروح طفيفة.",
            publishedAt = "2024-03-11",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        revalidate.Headers.IfNoneMatch.Add(etag);
        var after = await reader.SendAsync(revalidate);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBe(etag);
        (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    /// <summary>
    /// Every cached request reads the data version before it is answered. Many requests of one process at once must
    /// each read it on a connection of their own: behind one shared connection they went to the server one at a time.
    /// The table is locked, so the reads wait on the server, where they can be counted, until it is released.
    /// </summary>
    [PostgresFact]
    public async Task ReadsOfTheDataVersionGoToTheServerSideBySide()
    {
        var database = NewDatabase();
        using var host = On(database);
        host.CreateClient();
        var version = host.Services.GetRequiredService<DataVersion>();
        var before = await version.CurrentAsync();

        await using var holder = new NpgsqlConnection(database);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE data_version IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }
        var reads = Enumerable.Range(0, 3).Select(_ => version.CurrentAsync().AsTask()).ToList();

        await using var observer = new NpgsqlConnection(database);
        await observer.OpenAsync();
        await using var waiting = new NpgsqlCommand("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query = 'SELECT version FROM data_version'
            """, observer);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! < reads.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        var waited = (long)(await waiting.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();

        waited.ShouldBe(reads.Count);
        (await Task.WhenAll(reads)).ShouldAllBe(v => v == before);
    }
}
