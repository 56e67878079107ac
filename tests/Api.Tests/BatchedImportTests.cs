using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>
/// An import runs the pipeline on several workers and stores batches of articles; a batch with a failing article is
/// written again with a savepoint per article.
/// </summary>
public sealed class BatchedImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample(string prefix) => File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*").Single());

    /// <summary>A sample made distinct by a numbered sentence after its first line (appended at the end it could be cleaned away).</summary>
    private static string Variant(string prefix, int number)
    {
        var text = Sample(prefix);
        return text.Insert(text.IndexOf('\n', StringComparison.Ordinal) + 1, $"\nوهذا هو التقرير رقم {number} في سلسلة التقارير المتابعة للهجمات على القواعد العسكرية.\n");
    }

    private static string Line(string title, string text, string publishedAt = "2024-08-07") =>
        JsonSerializer.Serialize(new { title, text, publishedAt });

    [Fact]
    public async Task AnArticleThatFailsInsideABatchIsReportedAndItsBatchMatesAreStored()
    {
        var file = Path.Combine(_dir, "batch.jsonl");
        // The failing article and the one after it name the same base and actors: after the rollback the writer must
        // not reuse an actor or place id that the rollback took away.
        await File.WriteAllLinesAsync(file,
        [
            Line("التقرير الأول", Variant("000", 1)),
            Line("تقرير يرفضه القيد", Variant("001", 2)),
            Line("التقرير الثالث", Variant("001", 3)),
        ]);
        using var factory = new NewsFactsFactory();
        factory.CreateClient();
        // A failure deep inside the article's write, after its row, its mentions and its incidents went in.
        factory.RejectInserts("incident_sources", "(SELECT Title FROM articles WHERE Id = NEW.ArticleId) = 'تقرير يرفضه القيد'");

        var summary = await factory.ImportAsync(file);

        summary.Imported.ShouldBe(2);
        summary.Failed.ShouldBe(1);
        factory.Rows("SELECT Title FROM articles ORDER BY Id").ShouldBe(["التقرير الأول", "التقرير الثالث"]);
        factory.Rows("SELECT count(*) FROM incident_sources WHERE ArticleId NOT IN (SELECT Id FROM articles)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM incidents WHERE Id NOT IN (SELECT IncidentId FROM incident_sources)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM actor_mentions WHERE ArticleId NOT IN (SELECT Id FROM articles) OR ActorId NOT IN (SELECT Id FROM actors)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM location_mentions WHERE ArticleId NOT IN (SELECT Id FROM articles) OR LocationId NOT IN (SELECT Id FROM locations)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM incident_actors WHERE ActorId NOT IN (SELECT Id FROM actors)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM article_search WHERE rowid NOT IN (SELECT Id FROM articles)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM articles WHERE Id NOT IN (SELECT rowid FROM article_search)").ShouldBe(["0"]);
        factory.Rows("SELECT count(*) FROM incidents i JOIN incident_sources s ON s.IncidentId = i.Id JOIN articles a ON a.Id = s.ArticleId WHERE a.Title = 'التقرير الثالث'")
            .Single().ShouldNotBe("0");
    }

    [Fact]
    public async Task TheWriterReportsTheFailingArticleWithItsReason()
    {
        using var factory = new NewsFactsFactory();
        factory.CreateClient();
        factory.RejectInserts("articles", "NEW.Title = 'مرفوض'");
        var extractor = factory.Services.GetRequiredService<ArticleExtractor>();
        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ArticleWriter>();

        var outcomes = writer.Write(
            [
                extractor.Extract(new ImportItem("a", Variant("002", 1), "مقبول")),
                extractor.Extract(new ImportItem("b", Variant("002", 2), "مرفوض")),
                extractor.Extract(new ImportItem("c", "")),
                extractor.Extract(new ImportItem("d", Variant("002", 1), "نسخة")),
            ],
            CancellationToken.None);

        outcomes.Select(o => (o.Origin, o.Status)).ShouldBe(
            [("a", ImportStatus.Imported), ("b", ImportStatus.Failed), ("c", ImportStatus.Failed), ("d", ImportStatus.Skipped)]);
        outcomes[1].Reason!.ShouldContain("rejected by the test");
        outcomes[3].ArticleId.ShouldBe(outcomes[0].ArticleId);
    }

    [Fact]
    public async Task ArticleIdsFollowTheInputOrderWhateverTheWorkersAndBatches()
    {
        var file = Path.Combine(_dir, "corpus.jsonl");
        string[] prefixes = ["000", "001", "002", "003", "004"];
        var lines = Enumerable.Range(0, 40).Select(i => Line($"تقرير {i}", Variant(prefixes[i % prefixes.Length], i),
            new DateOnly(2024, 1, 1).AddDays(i % 9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        lines.Insert(7, "{\"text\": \"unterminated");
        lines.Insert(20, lines[3]);
        await File.WriteAllLinesAsync(file, lines);

        var results = new List<List<string>>();
        foreach (var (workers, batch) in new[] { ("1", "1000"), ("4", "3"), ("3", "7") })
        {
            using var factory = new NewsFactsFactory(("NewsFacts:ImportWorkers", workers), ("NewsFacts:ImportBatchSize", batch));
            factory.CreateClient();
            var summary = await factory.ImportAsync(file);
            summary.Imported.ShouldBe(40);
            summary.Skipped.ShouldBe(1);
            summary.Failed.ShouldBe(1);
            var titles = factory.Rows("SELECT Title FROM articles ORDER BY Id");
            titles.ShouldBe(Enumerable.Range(0, 40).Select(i => $"تقرير {i}"));
            results.Add([
                .. titles,
                .. factory.Rows("SELECT Id, Type, Date, LocationId, WeaponCount, Killed, Wounded FROM incidents ORDER BY Id"),
                .. factory.Rows("SELECT Id, IncidentId, ArticleId, EvidenceStart FROM incident_sources ORDER BY Id"),
                .. factory.Rows("SELECT Id, Key FROM actors ORDER BY Id"),
                .. factory.Rows("SELECT ArticleId, ActorId, Start FROM actor_mentions ORDER BY Id"),
            ]);
        }
        results[1].ShouldBe(results[0]);
        results[2].ShouldBe(results[0]);
    }
}
