using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace NewsFacts.Api.Tests;

/// <summary>
/// A search with q alone in the default order is answered from the full-text index (count from the index; many hits
/// walked by publication date, few hits sorted). It must give the same pages and total as the general query path,
/// which any other filter selects: updatedSince=2000-01-01 keeps every article and forces that path.
/// </summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly NewsFactsFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        // The seeds twice over with different publication dates (and one without), so the date order has ties and gaps.
        var corpus = Path.Combine(Path.GetTempPath(), $"newsfacts-search-{Guid.NewGuid():N}.jsonl");
        try
        {
            var texts = Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            var lines = texts.Select((t, n) => JsonSerializer.Serialize(new { text = t, publishedAt = n == 2 ? null : $"2024-0{n % 3 + 1}-10" }))
                .Concat(texts.Select((t, n) => JsonSerializer.Serialize(new { text = t + $"\n\nوأضاف المصدر أن التحقيقات ما زالت جارية في الحادث رقم {n + 1} حتى الآن.", publishedAt = "2023-12-01" })));
            await File.WriteAllLinesAsync(corpus, lines);
            // A seed whose text ends in a related-stories list loses the added line with the list, and is the same article.
            var summary = await _factory.ImportAsync(corpus);
            summary.Failed.ShouldBe(0);
            summary.Imported.ShouldBeGreaterThanOrEqualTo(7);
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("هجوم")]           // in most articles: the publication-date walk
    [InlineData("عين الأسد")]
    [InlineData("\"قاعدة عين الأسد\"")]
    [InlineData("كلمةغيرموجودة")] // no hit
    public async Task GivesTheSamePagesAndTotalAsTheGeneralQuery(string q)
    {
        for (var page = 1; page <= 4; page++)
        {
            var url = $"/api/articles?pageSize=3&page={page}&q={Uri.EscapeDataString(q)}";
            var fast = await _client.GetFromJsonAsync<JsonElement>(url);
            var general = await _client.GetFromJsonAsync<JsonElement>(url + "&updatedSince=2000-01-01T00:00:00Z");
            fast.GetProperty("totalCount").GetInt32().ShouldBe(general.GetProperty("totalCount").GetInt32());
            Ids(fast).ShouldBe(Ids(general), $"page {page}");
            Snippets(fast).ShouldBe(Snippets(general));
        }
    }

    [Fact]
    public async Task ACommonWordFindsMostArticlesNewestFirst()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=10&q=" + Uri.EscapeDataString("هجوم"));
        body.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(5);
        var dates = body.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("publishedAt").ValueKind == JsonValueKind.Null ? "" : i.GetProperty("publishedAt").GetString()!).ToList();
        dates.ShouldBe(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList());
    }

    [SqliteOnlyFact]
    public async Task ProbingAndListingTheHitsGiveTheSamePages()
    {
        // The page query picks one of the two by cost; each must give the general path's pages wherever it is picked.
        NewsFacts.Api.Queries.FullTextQuery.TryParse("هجوم", NewsFacts.TextPipeline.Normalization.SpellingVariants.Empty, out var search, out _).ShouldBeTrue();
        await using var scope = _factory.Services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<NewsFacts.Api.Queries.ArticleQuery>();
        for (var page = 1; page <= 4; page++)
        {
            var general = Ids(await _client.GetFromJsonAsync<JsonElement>(
                $"/api/articles?pageSize=3&page={page}&q={Uri.EscapeDataString("هجوم")}&updatedSince=2000-01-01T00:00:00Z"));
            (await articles.PageByProbingAsync(search!, (page - 1) * 3, 3, CancellationToken.None)).ShouldBe(general, $"page {page}");
            (await articles.PageByHitListAsync(search!, (page - 1) * 3, 3, CancellationToken.None)).ShouldBe(general, $"page {page}");
        }
    }

    private static List<int> Ids(JsonElement body) => body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    private static List<string> Snippets(JsonElement body) => body.GetProperty("items").EnumerateArray().Select(i => i.ToString()).ToList();
}
