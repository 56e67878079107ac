using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The time budget per article (NewsFacts:ArticleTimeBudget). A budget of one tick is shorter than any run of the
/// pipeline, so the overrun is certain whatever the machine's speed: these tests assert what happens to an article
/// over its budget, never how fast anything is.
/// </summary>
public sealed class TimeBudgetTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private const string Tick = "00:00:00.0000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsfacts-budget-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string prefix) => File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*")[0]);

    private string Jsonl(params string[] texts)
    {
        var path = Path.Combine(_folder, "articles.jsonl");
        File.WriteAllLines(path, texts.Select(text => JsonSerializer.Serialize(new { text, publishedAt = "2024-08-07" })).Append("{broken"));
        return path;
    }

    [Fact]
    public async Task AnImportFailsEachArticleOverItsBudgetWithTheReasonAndGoesOn()
    {
        using var factory = new NewsFactsFactory(("NewsFacts:ArticleTimeBudget", Tick));
        var file = Jsonl(Sample("001"), Sample("002"));
        var extractor = factory.Services.GetRequiredService<ArticleExtractor>();

        var summary = await factory.ImportAsync(file);

        // Both articles and the broken line are reported one by one: the first overrun did not end the run.
        summary.ShouldBe(summary with { Imported = 0, Skipped = 0, Failed = 3 });
        extractor.Extract(new ImportItem("x", Sample("001"))).Error.ShouldBe("took longer than 0.0001 ms of pipeline time (NewsFacts:ArticleTimeBudget)");
        using var client = factory.CreateClient();
        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task WithTheDefaultBudgetTheSameArticlesGoIn()
    {
        using var factory = new NewsFactsFactory();

        var summary = await factory.ImportAsync(Jsonl(Sample("001"), Sample("002")));

        summary.ShouldBe(summary with { Imported = 2, Skipped = 0, Failed = 1 });
    }

    [Fact]
    public async Task PostingAnArticleOverItsBudgetIs422WithTheReason()
    {
        using var factory = new NewsFactsFactory(("Auth:ApiKeys:0", Key), ("NewsFacts:ArticleTimeBudget", Tick));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.PostAsJsonAsync("/api/articles", new { text = Sample("001"), publishedAt = "2024-08-07" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldStartWith("took longer than 0.0001 ms of pipeline time");
        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void ABudgetOfZeroIsRefusedOnStart()
    {
        using var factory = new NewsFactsFactory(("NewsFacts:ArticleTimeBudget", "00:00:00"));

        Should.Throw<Exception>(() => factory.CreateClient()).ToString().ShouldContain("ArticleTimeBudget");
    }
}
