using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

public sealed class SearchTests(SeededApi api) : IClassFixture<SeededApi>
{
    private readonly HttpClient _client = api.Client;

    private async Task<List<int>> ArticleIdsAsync(string q)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=200&q=" + Uri.EscapeDataString(q));
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList();
    }

    [Fact]
    public async Task ShaddaPlainAndPluralFormsOfDroneFindTheSameArticles()
    {
        var withShadda = await ArticleIdsAsync("مسيّرتين");
        withShadda.ShouldNotBeEmpty();
        (await ArticleIdsAsync("مسيرتين")).ShouldBe(withShadda);
        (await ArticleIdsAsync("المسيرات")).ShouldBe(withShadda);
    }

    [Fact]
    public async Task HamzaVariantsOfAmericanMatch()
    {
        var plain = await ArticleIdsAsync("الاميركية");
        plain.ShouldNotBeEmpty();
        (await ArticleIdsAsync("الأميركية")).ShouldBe(plain);
    }

    [Fact]
    public async Task AWordInNoArticleFindsNothing() => (await ArticleIdsAsync("الخرطوم")).ShouldBeEmpty();

    [Fact]
    public async Task SearchResponseSaysHowTheQueryWasUnderstood()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString("بالمسيّرات"));
        var query = body.GetProperty("query");
        query.GetProperty("text").GetString().ShouldBe("بالمسيّرات");
        query.GetProperty("terms").EnumerateArray().Select(t => t.GetString()).ShouldNotContain("بالمسيّرات");
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/incidents")]
    public async Task SearchResultsCarryAHighlightedSnippet(string list)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(list + "?q=" + Uri.EscapeDataString("مسيّرتين"));
        var items = body.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            var snippet = item.GetProperty("snippet");
            var text = snippet.GetProperty("text").GetString()!;
            var marked = snippet.GetProperty("highlights").EnumerateArray()
                .Select(h => text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]).ToList();
            marked.ShouldNotBeEmpty();
            marked.ShouldAllBe(word => word.Contains("مسي"));
        }
        (await _client.GetFromJsonAsync<JsonElement>(list)).GetProperty("items")[0].GetProperty("snippet").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task PagedListsCarryLinkHeaders()
    {
        var response = await _client.GetAsync("/api/articles?pageSize=2&page=2");
        var link = string.Join(",", response.Headers.GetValues("Link"));
        link.ShouldContain("rel=\"first\"");
        link.ShouldContain("rel=\"prev\"");
        link.ShouldContain("rel=\"next\"");
        link.ShouldContain("page=3>; rel=\"last\"");
    }

    [Fact]
    public async Task UnknownSortFieldIsA400AndKnownOnesOrderStably()
    {
        (await _client.GetAsync("/api/incidents?sort=colour")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        var byTitle = await _client.GetFromJsonAsync<JsonElement>("/api/articles?sort=-title");
        var titles = byTitle.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        titles.ShouldBe(titles.OrderByDescending(t => t, StringComparer.Ordinal).ToList());
    }
}
