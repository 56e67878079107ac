using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

/// <summary>A place no lexicon lists, found by the noun of its kind, is stored and served with its kind and a romanized name.</summary>
public sealed class ShapedPlaceTests : IAsyncLifetime
{
    private const string Key = "test-key-0123456789abcdef";

    private readonly NewsFactsFactory _factory = new(("Auth:ApiKeys:0", Key));
    private HttpClient _client = null!;
    private JsonElement _article;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var response = await _client.PostAsJsonAsync("/api/articles", new
        {
            text = "قصفت طائرة مسيرة تركية سيارة في قرية كشان شمالي دهوك، وقال مسؤول محلي إن الغارة أسفرت عن مقتل شخصين.",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        _article = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private JsonElement Location(string nameAr) =>
        _article.GetProperty("locations").EnumerateArray().Single(l => l.GetProperty("nameAr").GetString() == nameAr);

    [Fact]
    public async Task AVillageNoLexiconListsIsAPlaceWithARomanizedName()
    {
        var village = Location("قرية كشان");
        village.GetProperty("precision").GetString().ShouldBe("village");
        village.GetProperty("nameEn").GetString().ShouldBe("Kshan village");
        village.GetProperty("country").GetString().ShouldBe("Iraq");
        village.GetProperty("nameEnIsRomanization").GetBoolean().ShouldBeTrue();
        var listed = await _client.GetFromJsonAsync<JsonElement>($"/api/locations/{village.GetProperty("id").GetInt32()}");
        listed.GetProperty("nameEnIsRomanization").GetBoolean().ShouldBeTrue();
        listed.GetProperty("precision").GetString().ShouldBe("village");
    }

    [Fact]
    public void ALexiconPlaceKeepsItsEnglishName() =>
        Location("دهوك").GetProperty("nameEnIsRomanization").GetBoolean().ShouldBeFalse();
}
