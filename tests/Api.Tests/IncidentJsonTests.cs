using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Formatting;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Tests;

/// <summary>The hand-written JSON of incidents and article details is, byte for byte, what the serializer wrote with the API's options.</summary>
public sealed class IncidentJsonTests(SeededApi api) : IClassFixture<SeededApi>
{
    private JsonSerializerOptions Options => api.Factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;

    [Fact]
    public async Task WritesEveryIncidentAndPagesOfThemAsTheSerializer()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var query = scope.ServiceProvider.GetRequiredService<IncidentQuery>();
        var ids = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        var incidents = await query.ToResponsesAsync(ids, CancellationToken.None);
        incidents.Count.ShouldBeGreaterThan(1);
        incidents.ShouldContain(i => i.Claims.Count > 0 && i.Sources.Any(s => s.Support.Count > 0));
        var search = FullTextQuery.From("مسيرة", query.Variants)!;
        var searched = await query.WithSnippetsAsync(incidents, search, CancellationToken.None);
        searched.ShouldContain(i => i.Snippet != null);

        foreach (var incident in incidents.Concat(searched))
        {
            Written(json => IncidentJson.Write(json, incident)).ShouldBe(JsonSerializer.Serialize(incident, Options));
        }
        foreach (var page in new[] { new PagedResponse<IncidentResponse>(incidents, 1, 200, incidents.Count), new(searched, 2, 3, 40, search.ToResponse()), new([], 9, 20, 0) })
        {
            // A flush after every incident, as a page larger than the formatter's threshold gets.
            (await WrittenAsync((json, body) => IncidentJson.WriteAsync(json, body, page, 0, CancellationToken.None))).ShouldBe(JsonSerializer.Serialize(page, Options));
        }
    }

    [Fact]
    public async Task WritesEveryArticlesDetailAsTheSerializer()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var query = scope.ServiceProvider.GetRequiredService<ArticleQuery>();
        var details = new List<ArticleDetailResponse>();
        foreach (var id in await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync())
        {
            details.Add((await query.GetDetailAsync(id, CancellationToken.None))!);
        }
        details.ShouldContain(a => a.Incidents.Count > 0 && a.Actors.Count > 0 && a.Locations.Count > 0 && a.Dates.Count > 0);
        details.ShouldContain(a => a.Removed.Count > 0);

        foreach (var detail in details)
        {
            Written(json => IncidentJson.Write(json, detail)).ShouldBe(JsonSerializer.Serialize(detail, Options));
        }
    }

    [Fact]
    public void WritesNullsTypedClaimsAndAwkwardTextAsTheSerializer()
    {
        const string awkward = "\"قال\" <b>&'\\ \u0001\t\n\u2028 😀 ـ";
        var span = new SpanResponse(awkward, 0, 3);
        var incident = new IncidentResponse(
            7, "drone", null, "unknown", null, null, new LocationRefResponse(3, awkward, "Ain al-Asad", "Iraq", "site", -33.123456789012345, 1e-7),
            null, false, 0, null,
            [new ActorRefResponse(1, "كتائب حزب الله", "Kataib Hezbollah", [awkward, "حزب الله"])], [],
            awkward, true,
            [new IncidentSourceResponse(4, awkward, null, "claimed", [span], [new SupportResponse("killed", "2", awkward, 5, 9)])],
            [new ClaimResponse(4, "killed", 2, span), new ClaimResponse(4, "intercepted", true), new ClaimResponse(4, "date", "2024-01-28"), new ClaimResponse(5, "wounded", -1)],
            ["killed", awkward], new DateTime(2026, 12, 7, 10, 11, 12, DateTimeKind.Utc).AddTicks(1234567),
            new SnippetResponse(awkward, [new HighlightResponse(0, 2)]));
        var bare = incident with { Location = null, Snippet = null, Intercepted = null, Killed = 12345, Claims = [], Sources = [] };
        var detail = new ArticleDetailResponse(
            9, awkward, null, "https://example.com/a?b=1&c=<2>", new DateOnly(998, 3, 4), DateTime.MinValue.ToUniversalTime(), DateTime.UnixEpoch,
            2, awkward, null, awkward, "ab12", [incident, bare],
            [new ArticleActorResponse(1, awkward, "X", "armed-group", [span, span], true)],
            [new ArticleLocationResponse(3, awkward, "Y", "Iraq", "city", null, 44.5, [span])],
            [new ArticleDateResponse(awkward, 1, 2, null, "weekday", 3, "2024-02-12")],
            [new RemovedLineResponse(1, awkward, "banner")]);

        Written(json => IncidentJson.Write(json, incident)).ShouldBe(JsonSerializer.Serialize(incident, Options));
        Written(json => IncidentJson.Write(json, bare)).ShouldBe(JsonSerializer.Serialize(bare, Options));
        Written(json => IncidentJson.Write(json, detail)).ShouldBe(JsonSerializer.Serialize(detail, Options));
        Written(json => IncidentJson.Write(json, detail with { PublishedAt = null })).ShouldBe(JsonSerializer.Serialize(detail with { PublishedAt = null }, Options));
    }

    [Theory]
    [InlineData("/api/incidents?pageSize=200")]
    [InlineData("/api/incidents?pageSize=2&page=2&q=%D9%85%D8%B3%D9%8A%D8%B1%D8%A9")]
    [InlineData("/api/incidents/1")]
    [InlineData("/api/articles/1")]
    public async Task AnswersOverHttpWhatTheSerializerWritesOfTheSameValues(string url)
    {
        var response = await api.Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        var body = await response.Content.ReadAsStringAsync();
        var type = url.StartsWith("/api/articles/") ? typeof(ArticleDetailResponse)
            : url.Contains('?') ? typeof(PagedResponse<IncidentResponse>) : typeof(IncidentResponse);

        // Read back and written again by the serializer: a field missing, misplaced or escaped otherwise would differ.
        JsonSerializer.Serialize(JsonSerializer.Deserialize(body, type, Options), type, Options).ShouldBe(body);
    }

    private string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private async Task<string> WrittenAsync(Func<Utf8JsonWriter, PipeWriter, Task> write)
    {
        using var stream = new MemoryStream();
        var body = PipeWriter.Create(stream);
        await using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            await write(json, body);
        }
        await body.CompleteAsync();
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
