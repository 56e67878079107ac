using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

public sealed class FormatsAndHttpTests(SeededApi api) : IClassFixture<SeededApi>
{
    private readonly HttpClient _client = api.Client;

    [Theory]
    [InlineData("/api/incidents?format=geojson", null)]
    [InlineData("/api/incidents", "application/geo+json")]
    public async Task IncidentsAsGeoJsonAreAFeatureCollectionWithLonLatPoints(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await _client.SendAsync(request);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        foreach (var feature in body.GetProperty("features").EnumerateArray())
        {
            feature.GetProperty("type").GetString().ShouldBe("Feature");
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            var longitude = coordinates[0].GetDouble();
            var latitude = coordinates[1].GetDouble();
            longitude.ShouldBeInRange(25, 64);
            latitude.ShouldBeInRange(12, 42);
        }
    }

    [Theory]
    [InlineData("/api/incidents?format=csv", "id,type,date")]
    [InlineData("/api/articles?format=csv", "id,title,source")]
    [InlineData("/api/actors?format=csv", "id,nameAr,nameEn")]
    public async Task ListsAsCsvHaveABomAndOneHeaderRow(string url, string headerStart)
    {
        var response = await _client.GetAsync(url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Split("\r\n")[0].ShouldStartWith(headerStart, Case.Insensitive);
    }

    [Theory]
    [InlineData("/api/incidents")]
    [InlineData("/api/articles")]
    [InlineData("/api/actors")]
    public async Task UpdatedSinceKeepsOnlyRowsChangedAfterIt(string list)
    {
        var all = (await _client.GetFromJsonAsync<JsonElement>(list)).GetProperty("totalCount").GetInt32();
        all.ShouldBeGreaterThan(0);
        (await _client.GetFromJsonAsync<JsonElement>(list + "?updatedSince=2000-01-01T00:00:00Z")).GetProperty("totalCount").GetInt32().ShouldBe(all);
        (await _client.GetFromJsonAsync<JsonElement>(list + "?updatedSince=2999-01-01T00:00:00Z")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task UnknownFormatIsA400() =>
        (await _client.GetAsync("/api/articles?format=xml")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task TimelineFillsEmptyPeriodsAndRejectsUnknownIntervals()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/timeline?interval=year");
        body.GetProperty("interval").GetString().ShouldBe("year");
        var periods = body.GetProperty("points").EnumerateArray().Select(p => int.Parse(p.GetProperty("period").GetString()!)).ToList();
        for (var i = 1; i < periods.Count; i++) periods[i].ShouldBe(periods[i - 1] + 1);
        (await _client.GetAsync("/api/timeline?interval=hour")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TimelineCountsEveryIncidentPreciseEnoughAndTheRestAsUndated()
    {
        // The seeds with publication dates, so their relative and year-less dates resolve.
        using var factory = new NewsFactsFactory();
        var corpus = Path.Combine(Path.GetTempPath(), $"newsfacts-timeline-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(corpus, Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "*.txt").Order(StringComparer.Ordinal)
                .Select((f, n) => JsonSerializer.Serialize(new { text = File.ReadAllText(f), publishedAt = $"2024-0{n + 4}-15" })));
            (await factory.ImportAsync(corpus)).Imported.ShouldBe(5);
        }
        finally
        {
            File.Delete(corpus);
        }
        var client = factory.CreateClient();
        var incidents = (await client.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(i => (Date: i.GetProperty("date").GetString(), Killed: i.GetProperty("killed").ValueKind == JsonValueKind.Number ? i.GetProperty("killed").GetInt32() : 0))
            .ToList();
        foreach (var (interval, precision) in new[] { ("day", 10), ("week", 10), ("month", 7), ("year", 4) })
        {
            var dated = incidents.Where(i => i.Date is { } d && d.Length >= precision).ToList();
            dated.ShouldNotBeEmpty(interval);
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/timeline?interval={interval}");
            var points = body.GetProperty("points").EnumerateArray().ToList();
            points.Sum(p => p.GetProperty("incidents").GetInt32()).ShouldBe(dated.Count, interval);
            points.Sum(p => p.GetProperty("killed").GetInt32()).ShouldBe(dated.Sum(i => i.Killed), interval);
            body.GetProperty("undated").GetInt32().ShouldBe(incidents.Count - dated.Count, interval);
            if (interval == "week")
            {
                points.ShouldAllBe(p => DateOnly.Parse(p.GetProperty("period").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Monday);
            }
        }
    }

    [Fact]
    public async Task UnfilteredStatsCountActorsAsAFilterKeepingEverythingDoes()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/stats");
        var filtered = await _client.GetFromJsonAsync<JsonElement>("/api/stats?updatedSince=2000-01-01T00:00:00Z");
        all.GetProperty("byActor").EnumerateArray().ShouldNotBeEmpty();
        all.GetProperty("byActor").ToString().ShouldBe(filtered.GetProperty("byActor").ToString());
    }

    /// <summary>A value that sets an incident filter of this type.</summary>
    private static object SomeValueOf(Type type) => type switch
    {
        var t when t == typeof(string) => "x",
        var t when t == typeof(DateTime?) => DateTime.UtcNow,
        var t when t == typeof(DateOnly?) => DateOnly.MinValue,
        var t when t == typeof(int?) => 1,
        var t when t == typeof(bool?) => true,
        _ => new List<NewsFacts.TextPipeline.Model.IncidentType> { default },
    };

    [Fact]
    public void EveryIncidentFilterMakesTheRequestSelective()
    {
        // SelectsAll must know every filter: a filter added later without it would make stats ignore that filter.
        var filters = typeof(NewsFacts.Api.Contracts.IncidentFilterRequest).GetProperties().Where(p => p.CanWrite).ToList();
        filters.Count.ShouldBe(11);
        foreach (var property in filters)
        {
            var request = new NewsFacts.Api.Contracts.IncidentFilterRequest();
            request.SelectsAll.ShouldBeTrue();
            property.SetValue(request, SomeValueOf(property.PropertyType));
            request.SelectsAll.ShouldBeFalse(property.Name);
        }
    }

    [Fact]
    public void OnlyTypeCountryAndDatesLeaveTheSummaryToAnswer()
    {
        // The summary tables hold type, country and date only: any other filter must send the timeline and stats to the incidents.
        var answerable = new[] { "Type", "Country", "From", "To" };
        foreach (var property in typeof(NewsFacts.Api.Contracts.IncidentFilterRequest).GetProperties().Where(p => p.CanWrite))
        {
            var request = new NewsFacts.Api.Contracts.IncidentFilterRequest();
            request.FiltersOnlyTypeCountryOrDates.ShouldBeTrue();
            property.SetValue(request, SomeValueOf(property.PropertyType));
            request.FiltersOnlyTypeCountryOrDates.ShouldBe(answerable.Contains(property.Name), property.Name);
        }
    }

    [Fact]
    public async Task StatsCountEveryIncidentByType()
    {
        var stats = await _client.GetFromJsonAsync<JsonElement>("/api/stats");
        var total = stats.GetProperty("incidents").GetInt32();
        stats.GetProperty("byType").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).ShouldBe(total);
        stats.GetProperty("articles").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task ExportStreamsOneIncidentPerLine()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=200");
        var text = await _client.GetStringAsync("/api/export");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(list.GetProperty("totalCount").GetInt32());
        foreach (var line in lines) JsonDocument.Parse(line).RootElement.GetProperty("sources").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("/api/export")]
    [InlineData("/api/export?format=jsonl")]
    public async Task ExportWritesJsonLinesInUtf8WithArabicUnescaped(string url)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var text = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("\"nameAr\":\"قاعدة عين الأسد الجوية\"");
        text.ShouldNotContain("\\u06");
        var detail = await _client.GetStringAsync("/api/incidents/1");
        text.Split('\n')[0].ShouldBe(detail, "a line is the incident as /api/incidents/{id} writes it");
    }

    [Theory]
    [InlineData("/api/export?format=csv", null)]
    [InlineData("/api/export", "text/csv")]
    public async Task ExportAsCsvHasTheIncidentListColumnsAndARowPerIncident(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var list = System.Text.Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/api/incidents?format=csv&pageSize=200")).TrimStart('\uFEFF').Split("\r\n");
        lines[0].ShouldBe(list[0]);
        var ids = lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=200");
        ids.ShouldBe(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList());
        lines.ShouldContain(l => l.Contains("قاعدة عين الأسد الجوية"));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("json")]
    [InlineData("geojson")]
    public async Task ExportRefusesAFormatItDoesNotWriteWithA400Problem(string format)
    {
        var response = await _client.GetAsync("/api/export?format=" + format);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("format", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task RevalidationWithTheETagIsA304()
    {
        var first = await _client.GetAsync("/api/articles");
        var tag = first.Headers.ETag!;
        first.Headers.CacheControl!.Public.ShouldBeTrue();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        again.Headers.IfNoneMatch.Add(tag);
        (await _client.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/articles?pageSize=1");
        other.Headers.IfNoneMatch.Add(tag);
        (await _client.SendAsync(other)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing", 404)]
    [InlineData("PUT", "/api/incidents", 405)]
    public async Task RoutingErrorsAreProblemDetails(string method, string url, int status)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.TryGetProperty("traceId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CompressesJsonWhenAsked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await _client.SendAsync(request);
        response.Content.Headers.ContentEncoding.ShouldContain("gzip");
    }
}
