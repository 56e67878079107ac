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
