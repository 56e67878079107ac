using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The import command run for real as a child process: killed with SIGKILL mid-way and run again, it ends with
/// exactly the rows of a clean import; reads during an import never fail.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int ArticleCount = 1500;

    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string WriteCorpus(int count)
    {
        var samples = Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "*.txt").Order().Select(File.ReadAllText).ToArray();
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new
        {
            // The distinguishing sentence goes right after the first line: appended at the end it would land after a
            // "related articles" heading in some seeds and be cleaned away, making the articles duplicates.
            text = samples[i % samples.Length].Insert(samples[i % samples.Length].IndexOf('\n', StringComparison.Ordinal) + 1,
                $"\nوهذا هو التقرير رقم {i} في سلسلة التقارير المتابعة للهجمات على القواعد العسكرية.\n"),
            publishedAt = new DateOnly(2024, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })));
        return path;
    }

    private static Process StartImport(string corpus, string database)
    {
        var api = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(api)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                api, "import", corpus, $"--ConnectionStrings:NewsFacts=Data Source={database}",
                "--NewsFacts:SeedOnStartup=false", "--Serilog:MinimumLevel:Default=Warning",
                // As NewsFactsFactory does: the budget guards against hostile pages, not against a loaded CI machine, where
                // a fresh process's first articles (JIT and all) took over the 2 s default and were failed.
                "--NewsFacts:ArticleTimeBudget=00:01:00",
            },
        };
        return Process.Start(start)!;
    }

    private static async Task RunImportAsync(string corpus, string database)
    {
        using var process = StartImport(corpus, database);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        process.ExitCode.ShouldBe(0, await output + await error);
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every table's rows as sorted text keyed by content, not by id, so two databases compare exactly.</summary>
    private static List<string> Snapshot(string database)
    {
        string[] queries =
        [
            "SELECT 'article|' || ContentHash || '|' || Title || '|' || ifnull(PublishedAt,'') || '|' || length(Text) FROM articles",
            "SELECT 'actor|' || a.ContentHash || '|' || m.Start || '|' || m.End || '|' || m.Text FROM actor_mentions m JOIN articles a ON a.Id = m.ArticleId",
            "SELECT 'place|' || a.ContentHash || '|' || m.Start || '|' || m.End || '|' || m.Text FROM location_mentions m JOIN articles a ON a.Id = m.ArticleId",
            "SELECT 'date|' || a.ContentHash || '|' || m.Start || '|' || m.End || '|' || ifnull(m.Value,'') FROM date_mentions m JOIN articles a ON a.Id = m.ArticleId",
            "SELECT 'source|' || a.ContentHash || '|' || s.EvidenceStart || '|' || i.Type || '|' || ifnull(i.Date,'') FROM incident_sources s JOIN articles a ON a.Id = s.ArticleId JOIN incidents i ON i.Id = s.IncidentId",
            "SELECT 'incidents|' || count(*) FROM incidents",
            "SELECT 'search|' || count(*) FROM article_search",
            "SELECT 'search-orphans|' || count(*) FROM article_search WHERE rowid NOT IN (SELECT Id FROM articles)",
        ];
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new List<string>();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [SqliteOnlyFact]
    [Trait("Category", "Slow")]
    public async Task AnImportKilledMidwayAndRunAgainEndsWithTheRowsOfACleanImport()
    {
        var corpus = WriteCorpus(ArticleCount);
        var clean = Path.Combine(_dir, "clean.db");
        var crashed = Path.Combine(_dir, "crashed.db");
        await RunImportAsync(corpus, clean);
        Count(clean, "SELECT count(*) FROM articles").ShouldBe(ArticleCount);

        using (var process = StartImport(corpus, crashed))
        {
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (!(File.Exists(crashed) && SafeCount(crashed) >= ArticleCount / 3))
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the import never got a third of the way");
                process.HasExited.ShouldBeFalse("the import finished before it could be killed");
                await Task.Delay(50);
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var partial = Count(crashed, "SELECT count(*) FROM articles");
        partial.ShouldBeLessThan(ArticleCount);

        await RunImportAsync(corpus, crashed);

        IntegrityCheck(crashed).ShouldBe("ok");
        Snapshot(crashed).ShouldBe(Snapshot(clean));
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static long SafeCount(string database)
    {
        try
        {
            return Count(database, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    [SqliteOnlyFact]
    [Trait("Category", "Slow")]
    public async Task TwoImportsOfTheSameCorpusAtOnceLeaveOneCopyOfEachArticle()
    {
        var corpus = WriteCorpus(300);
        var clean = Path.Combine(_dir, "clean.db");
        var shared = Path.Combine(_dir, "shared.db");
        await RunImportAsync(corpus, clean);

        await Task.WhenAll(RunImportAsync(corpus, shared), RunImportAsync(corpus, shared));

        Snapshot(shared).ShouldBe(Snapshot(clean));
    }

    [Fact]
    public async Task ReadsDuringAnImportNeverFailNorSeeAHalfWrittenArticle()
    {
        var corpus = WriteCorpus(300);
        using var factory = new NewsFactsFactory(("RateLimits:Reads:PermitLimit", "1000000"));
        using var client = factory.CreateClient();
        var import = Task.Run(() => factory.ImportAsync(corpus));
        var errors = new List<string>();
        var seen = new Dictionary<int, string>();
        var reads = 0;

        while (!import.IsCompleted || reads == 0)
        {
            var list = await client.GetAsync("/api/articles?pageSize=5");
            reads++;
            if (list.StatusCode != HttpStatusCode.OK)
            {
                errors.Add($"list {list.StatusCode}: {await list.Content.ReadAsStringAsync()}");
                continue;
            }
            foreach (var item in (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray())
            {
                var detail = await client.GetAsync($"/api/articles/{item.GetProperty("id").GetInt32()}");
                reads++;
                if (detail.StatusCode != HttpStatusCode.OK)
                {
                    errors.Add($"detail {detail.StatusCode}: {await detail.Content.ReadAsStringAsync()}");
                    continue;
                }
                seen[item.GetProperty("id").GetInt32()] = Shape(await detail.Content.ReadFromJsonAsync<JsonElement>());
            }
        }

        (await import).Imported.ShouldBe(300);
        errors.ShouldBeEmpty(string.Join("\n", errors.Take(20)));
        reads.ShouldBeGreaterThan(10);
        // What a reader saw mid-import is the whole article: the same as it reads once the import is over.
        foreach (var (id, shape) in seen)
        {
            Shape(await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}")).ShouldBe(shape);
        }
    }

    private static string Shape(JsonElement article) =>
        string.Join("|", article.GetProperty("text").GetString()!.Length, article.GetProperty("actors").GetArrayLength(),
            article.GetProperty("locations").GetArrayLength(), article.GetProperty("dates").GetArrayLength(), article.GetProperty("incidents").GetArrayLength());
}
