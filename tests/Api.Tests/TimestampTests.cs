using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFacts.Api.Tests;

/// <summary>Timestamps on the wire are UTC with a 'Z'; the sync parameters read any ISO 8601 offset.</summary>
public sealed class TimestampTests : IAsyncLifetime
{
    private const string Key = "test-key-0123456789abcdef";

    private static readonly Regex UtcTimestamp = new(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$");

    private readonly NewsFactsFactory _factory = new(("Auth:ApiKeys:0", Key));
    private HttpClient _client = null!;
    private DateTime _started;

    public async Task InitializeAsync()
    {
        _started = DateTime.UtcNow.AddSeconds(-1);
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        (await _factory.ImportSeedsAsync()).Imported.ShouldBe(5);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A wire timestamp: UTC with 'Z', and the instant it was written (this test's run), not a local time.</summary>
    private DateTime AssertUtc(JsonElement value)
    {
        var text = value.GetString()!;
        text.ShouldMatch(UtcTimestamp.ToString());
        var instant = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        instant.ShouldBeInRange(_started, DateTime.UtcNow.AddSeconds(1));
        return instant;
    }

    [Fact]
    public async Task EveryTimestampOnTheWireIsUtcWithZ()
    {
        var articles = await _client.GetFromJsonAsync<JsonElement>("/api/articles");
        foreach (var article in articles.GetProperty("items").EnumerateArray())
        {
            AssertUtc(article.GetProperty("importedAt"));
            AssertUtc(article.GetProperty("updatedAt"));
        }
        var detail = await _client.GetFromJsonAsync<JsonElement>("/api/articles/1");
        AssertUtc(detail.GetProperty("importedAt"));
        AssertUtc(detail.GetProperty("updatedAt"));
        foreach (var incident in detail.GetProperty("incidents").EnumerateArray())
        {
            AssertUtc(incident.GetProperty("updatedAt"));
        }
        var incidents = await _client.GetFromJsonAsync<JsonElement>("/api/incidents");
        foreach (var incident in incidents.GetProperty("items").EnumerateArray())
        {
            AssertUtc(incident.GetProperty("updatedAt"));
        }
        foreach (var line in (await _client.GetStringAsync("/api/export")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            AssertUtc(JsonDocument.Parse(line).RootElement.GetProperty("updatedAt"));
        }
        var csv = (await _client.GetStringAsync("/api/articles?format=csv")).TrimStart('\uFEFF').Split("\r\n");
        var column = Array.IndexOf(csv[0].Split(','), "importedAt");
        csv[1].Split(',')[column].ShouldMatch(UtcTimestamp.ToString());

        (await _client.DeleteAsync("/api/articles/1")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deleted = await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=2000-01-01T00:00:00Z");
        deleted.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var tombstone in deleted.EnumerateArray())
        {
            AssertUtc(tombstone.GetProperty("deletedAt"));
        }
    }

    [Theory]
    [InlineData("/api/incidents")]
    [InlineData("/api/articles")]
    public async Task UpdatedSinceReadsAnyOffsetAsTheInstantItNames(string list)
    {
        var items = (await _client.GetFromJsonAsync<JsonElement>(list + "?pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        var all = items.Count;
        var first = items.Min(i => AssertUtc(i.GetProperty("updatedAt")));
        var last = items.Max(i => AssertUtc(i.GetProperty("updatedAt")));
        // A second before the first change, written at +03:00 (read as UTC it would be three hours later: nothing),
        // and a second after the last, at -05:00 (read as UTC, five hours earlier: everything).
        var before = new DateTimeOffset(first.AddSeconds(-1)).ToOffset(TimeSpan.FromHours(3));
        var after = new DateTimeOffset(last.AddSeconds(1)).ToOffset(TimeSpan.FromHours(-5));
        var iso = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

        // As typed in a shell, '+' unencoded (a query string reads it as a space), and percent-encoded.
        (await Count(list + "?updatedSince=" + before.ToString(iso, CultureInfo.InvariantCulture))).ShouldBe(all);
        (await Count(list + "?updatedSince=" + Uri.EscapeDataString(before.ToString(iso, CultureInfo.InvariantCulture)))).ShouldBe(all);
        (await Count(list + "?updatedSince=" + after.ToString(iso, CultureInfo.InvariantCulture))).ShouldBe(0);
        (await Count(list + "?updatedSince=" + before.ToString("yyyy-MM-dd'T'HH:mm:sszz00", CultureInfo.InvariantCulture).Replace("+", "%2B", StringComparison.Ordinal))).ShouldBe(all);
    }

    [Fact]
    public async Task SinceOnDeletionsReadsAnOffsetToo()
    {
        (await _client.DeleteAsync("/api/articles/2")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deletedAt = AssertUtc((await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=2000-01-01T00:00:00Z"))[0].GetProperty("deletedAt"));
        var iso = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

        var before = new DateTimeOffset(deletedAt.AddSeconds(-1)).ToOffset(TimeSpan.FromHours(3)).ToString(iso, CultureInfo.InvariantCulture);
        var after = new DateTimeOffset(deletedAt.AddSeconds(1)).ToOffset(TimeSpan.FromHours(-5)).ToString(iso, CultureInfo.InvariantCulture);

        (await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=" + before)).GetArrayLength().ShouldBeGreaterThan(0);
        (await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=" + after)).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01T00:00:00Z")]
    public async Task AnUnreadableInstantIsA400NamingTheParameter(string value)
    {
        var response = await _client.GetAsync("/api/incidents?updatedSince=" + value);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("updatedSince")[0].GetString()!.ShouldContain("ISO 8601");
    }

    private async Task<int> Count(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("totalCount").GetInt32();
    }
}
