using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Extensions;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The response cache answers a repeated request from memory, with the same body and headers, and never serves a
/// response older than the data: a commit by any connection, in this process or another, empties it.
/// </summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly NewsFactsFactory _factory = new();
    private readonly HttpClient _client;

    public ResponseCacheTests()
    {
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ARepeatedRequestGetsTheSameBodyAndHeaders()
    {
        await _factory.ImportSeedsAsync();
        var first = await _client.GetAsync("/api/incidents?pageSize=1&sort=id");
        var second = await _client.GetAsync("/api/incidents?pageSize=1&sort=id");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        second.Headers.ETag.ShouldBe(first.Headers.ETag);
        second.Content.Headers.ContentType!.ToString().ShouldBe(first.Content.Headers.ContentType!.ToString());
        // The Link header is set by the controller's filter: a cached answer must carry it too.
        second.Headers.GetValues("Link").ShouldBe(first.Headers.GetValues("Link"));
    }

    [Fact]
    public void NoAcceptHeaderAndAnyMediaTypeShareAnEntry()
    {
        var bare = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        bare.Request.Path = "/api/timeline";
        var any = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        any.Request.Path = "/api/timeline";
        any.Request.Headers.Accept = "*/*";
        var csv = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        csv.Request.Path = "/api/timeline";
        csv.Request.Headers.Accept = "text/csv";
        ResponseCache.KeyOf(bare.Request).ShouldBe(ResponseCache.KeyOf(any.Request));
        ResponseCache.KeyOf(csv.Request).ShouldNotBe(ResponseCache.KeyOf(any.Request));
    }

    [Fact]
    public async Task AnotherMediaTypeIsAnotherEntry()
    {
        await _factory.ImportSeedsAsync();
        var json = await _client.GetAsync("/api/incidents");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        request.Headers.Accept.ParseAdd("text/csv");
        var csv = await _client.SendAsync(request);
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
    }

    [Fact]
    public async Task AnImportInThisProcessIsSeenAtOnce()
    {
        (await Total("/api/articles")).ShouldBe(0);
        await _factory.ImportSeedsAsync();
        (await Total("/api/articles")).ShouldBe(5);
    }

    [Fact]
    public async Task AWriteByAnotherConnectionIsSeenAtOnce()
    {
        await _factory.ImportSeedsAsync();
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/articles/1");
        // As an import command in another process would: its own connection, its own commit.
        _factory.Execute("UPDATE articles SET Title = 'عنوان جديد' WHERE Id = 1").ShouldBe(1);
        var after = await _client.GetFromJsonAsync<JsonElement>("/api/articles/1");
        before.GetProperty("title").GetString().ShouldNotBe("عنوان جديد");
        after.GetProperty("title").GetString().ShouldBe("عنوان جديد");
    }

    [Fact]
    public async Task TurnedOffEveryRequestIsComputed()
    {
        using var factory = new NewsFactsFactory(("NewsFacts:ResponseCacheMegabytes", "0"));
        factory.Services.GetService(typeof(ResponseCache)).ShouldBeOfType<ResponseCache>().Enabled.ShouldBeFalse();
        var client = factory.CreateClient();
        await factory.ImportSeedsAsync();
        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(5);
        (await client.GetAsync("/api/articles")).Headers.ETag.ShouldNotBeNull();
    }

    private ResponseCache Cache => _factory.Services.GetRequiredService<ResponseCache>();

    private static ResponseCache.Entry EntryAt(long version) => new("{}"u8.ToArray(), [], "W/\"t\"", version);

    [Fact]
    public async Task AnIdenticalMissWaitsForTheRequestComputingIt()
    {
        var first = Cache.Join("/api/stats\n*/*", 7);
        var second = Cache.Join("/api/stats\n*/*", 7);

        first.Computing.ShouldBeTrue();
        second.Computing.ShouldBeFalse();
        second.Pending!.IsCompleted.ShouldBeFalse();
        var entry = EntryAt(7);
        Cache.Land(first, entry);
        (await second.Pending).ShouldBeSameAs(entry);
        // Landed: the next miss computes afresh rather than join a finished flight.
        Cache.Join("/api/stats\n*/*", 7).Computing.ShouldBeTrue();
    }

    [Fact]
    public void AnotherKeyOrDataVersionComputesItsOwn()
    {
        Cache.Join("/api/stats\n*/*", 7).Computing.ShouldBeTrue();

        Cache.Join("/api/timeline\n*/*", 7).Computing.ShouldBeTrue();
        Cache.Join("/api/stats\n*/*", 8).Computing.ShouldBeTrue();
    }

    [Fact]
    public async Task AFailedComputationLetsTheWaitersComputeTheirOwn()
    {
        var first = Cache.Join("/api/stats\n*/*", 7);
        var second = Cache.Join("/api/stats\n*/*", 7);

        Cache.Land(first, null);

        (await second.Pending!).ShouldBeNull();
    }

    [Fact]
    public async Task ConcurrentIdenticalRequestsGetTheSameResponse()
    {
        await _factory.ImportSeedsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _client.GetAsync("/api/incidents?pageSize=2&sort=id")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1);
        responses.Select(r => r.Headers.ETag!.Tag).Distinct().Count().ShouldBe(1);
        responses.ShouldAllBe(r => r.Headers.Contains("Link"));
    }

    private async Task<int> Total(string url) => (await _client.GetFromJsonAsync<JsonElement>(url)).GetProperty("totalCount").GetInt32();
}
