using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

public sealed class ReadApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task ListsTheImportedArticlesInThePagingEnvelope()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=2");
        body.GetProperty("totalCount").GetInt32().ShouldBe(5);
        body.GetProperty("page").GetInt32().ShouldBe(1);
        body.GetProperty("pageSize").GetInt32().ShouldBe(2);
        body.GetProperty("items").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task ArticleDetailCarriesTextAndOffsetsThatPointIntoIt()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=200");
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{item.GetProperty("id").GetInt32()}");
            var text = detail.GetProperty("text").GetString()!;
            text.ShouldNotBeEmpty();
            detail.GetProperty("contentHash").GetString()!.Length.ShouldBe(64);
            foreach (var group in new[] { "actors", "locations" })
            {
                foreach (var entity in detail.GetProperty(group).EnumerateArray())
                {
                    foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
                    {
                        AssertSpan(text, mention);
                    }
                }
            }
            var removed = detail.GetProperty("removed").EnumerateArray()
                .ToDictionary(line => line.GetProperty("lineNumber").GetInt32(), line => line.GetProperty("text").GetString()!);
            foreach (var date in detail.GetProperty("dates").EnumerateArray())
            {
                // A date on a removed line (a page stamp, the headline) points into that line.
                AssertSpan(date.GetProperty("line").ValueKind == JsonValueKind.Null ? text : removed[date.GetProperty("line").GetInt32()], date);
            }
            foreach (var incident in detail.GetProperty("incidents").EnumerateArray())
            {
                foreach (var source in incident.GetProperty("sources").EnumerateArray())
                {
                    if (source.GetProperty("articleId").GetInt32() == detail.GetProperty("id").GetInt32())
                    {
                        var sentences = source.GetProperty("evidence").EnumerateArray().ToList();
                        sentences.ShouldNotBeEmpty();
                        sentences.ForEach(sentence => AssertSpan(text, sentence));
                        // The words behind each value lie in the text, inside one of the sentences that tell the incident.
                        var support = source.GetProperty("support").EnumerateArray().ToList();
                        support.ShouldContain(w => w.GetProperty("field").GetString() == "type");
                        foreach (var words in support)
                        {
                            AssertSpan(text, words);
                            sentences.ShouldContain(x => x.GetProperty("start").GetInt32() <= words.GetProperty("start").GetInt32()
                                && words.GetProperty("end").GetInt32() <= x.GetProperty("end").GetInt32());
                        }
                    }
                }
                foreach (var claim in incident.GetProperty("claims").EnumerateArray())
                {
                    if (claim.GetProperty("articleId").GetInt32() == detail.GetProperty("id").GetInt32() && claim.GetProperty("field").GetString() != "date")
                    {
                        // A figure's claim points at the words that state it.
                        AssertSpan(text, claim.GetProperty("evidence"));
                    }
                }
            }
        }
    }

    private static void AssertSpan(string text, JsonElement span)
    {
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        text[start..end].ShouldBe(span.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/incidents/999999")]
    [InlineData("/api/actors/999999")]
    [InlineData("/api/locations/999999")]
    public async Task UnknownIdIsProblemDetails404(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Theory]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/articles?pageSize=201", "pageSize")]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?from=yesterday", "from")]
    [InlineData("/api/incidents?type=tank", "type")]
    [InlineData("/api/incidents?minKilled=-1", "minKilled")]
    [InlineData("/api/incidents?intercepted=maybe", "intercepted")]
    [InlineData("/api/actors?kind=army", "kind")]
    [InlineData("/api/dates?precision=hour", "precision")]
    [InlineData("/api/articles?q=%22%22%22", "q")]
    [InlineData("/api/incidents?q=...", "q")]
    public async Task MalformedParameterIsProblemDetails400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(parameter);
    }

    [Theory]
    [InlineData("/api/articles?q=NEAR(")]
    [InlineData("/api/articles?q=%27%3B%20DROP%20TABLE%20articles")]
    [InlineData("/api/incidents?q=*")]
    [InlineData("/api/incidents?actor=%27%20OR%201%3D1")]
    public async Task SearchSyntaxFromUsersNeverBreaksTheQuery(string url)
    {
        var response = await _client.GetAsync(url);
        ((int)response.StatusCode).ShouldBeOneOf(200, 400);
    }

    [Fact]
    public async Task HealthAnswersWhenTheDatabaseDoes()
    {
        var response = await _client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SwaggerDocumentDescribesEveryEndpoint()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/articles");
        paths.ShouldContain("/api/articles/{id}");
        paths.ShouldContain("/api/incidents");
        paths.ShouldContain("/api/incidents/{id}");
        paths.ShouldContain("/api/actors");
        paths.ShouldContain("/api/dates");
        paths.ShouldContain("/api/locations");
        var ui = await _client.GetAsync("/swagger/index.html");
        ui.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ClaimValuesAreTypedNumbersBooleansAndDateStrings()
    {
        var incidents = (await _client.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=200")).GetProperty("items").EnumerateArray();
        var claims = incidents.SelectMany(i => i.GetProperty("claims").EnumerateArray()).ToList();
        var fields = claims.GroupBy(c => c.GetProperty("field").GetString()!).ToDictionary(g => g.Key, g => g.Select(c => c.GetProperty("value")).ToList());

        fields.Keys.ShouldBeSubsetOf(["weaponCount", "intercepted", "killed", "wounded", "date"]);
        foreach (var field in new[] { "weaponCount", "killed", "wounded" })
        {
            fields[field].ShouldAllBe(v => v.ValueKind == JsonValueKind.Number && v.GetInt32() >= 0);
        }
        fields["intercepted"].ShouldAllBe(v => v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False);
        fields.GetValueOrDefault("date", []).ShouldAllBe(v => v.ValueKind == JsonValueKind.String);
        // The seeds' first incident: two drones, shot down, no one hurt.
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/incidents/1");
        var byField = first.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("value"));
        byField["weaponCount"].GetInt32().ShouldBe(first.GetProperty("weaponCount").GetInt32());
        byField["intercepted"].GetBoolean().ShouldBe(first.GetProperty("intercepted").GetBoolean());
    }

    [Fact]
    public async Task TheDocumentTypesAClaimValueAsNumberBooleanOrString()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var value = doc.GetProperty("components").GetProperty("schemas").GetProperty("ClaimResponse").GetProperty("properties").GetProperty("value");

        value.GetProperty("oneOf").EnumerateArray().Select(s => s.GetProperty("type").GetString()).ShouldBe(["integer", "boolean", "string"]);
        value.GetProperty("description").GetString()!.ShouldContain("a boolean for intercepted");
    }

    [Fact]
    public async Task TheDocumentTellsOfMergedAndRemovedIncidents()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var responses = doc.GetProperty("paths").GetProperty("/api/incidents/{id}").GetProperty("get").GetProperty("responses");

        responses.EnumerateObject().Select(r => r.Name).Order().ShouldBe(["200", "301", "404", "410"]);
        responses.GetProperty("301").GetProperty("headers").GetProperty("Location").GetProperty("schema").GetProperty("type").GetString().ShouldBe("string");
        responses.GetProperty("410").GetProperty("content").EnumerateObject().Single().Name.ShouldBe("application/problem+json");
        var mergedInto = doc.GetProperty("components").GetProperty("schemas").GetProperty("DeletedResponse").GetProperty("properties").GetProperty("mergedInto");
        mergedInto.GetProperty("nullable").GetBoolean().ShouldBeTrue();
        // The articles' GET has no redirect to document.
        doc.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("301", out _).ShouldBeFalse();
    }
}
