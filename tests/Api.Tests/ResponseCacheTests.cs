using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
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
        await using (var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET Title = 'عنوان جديد' WHERE Id = 1";
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }
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

    private async Task<int> Total(string url) => (await _client.GetFromJsonAsync<JsonElement>(url)).GetProperty("totalCount").GetInt32();
}
