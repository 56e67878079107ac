using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Extensions;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Tests;

/// <summary>The hand-written reads of a page of incidents, of an article's detail and of GeoJSON answer what EF and the serializer did.</summary>
public sealed class HandReadTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ReadsTheIncidentsAsEfLoadsThem()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var loaded = await db.Incidents.AsNoTracking().Include(i => i.Location).Include(i => i.Sources).ThenInclude(s => s.Article)
            .Include(i => i.Actors).ThenInclude(a => a.Actor).AsSplitQuery().OrderByDescending(i => i.Id).ToListAsync();
        loaded.Count.ShouldBeGreaterThan(1);
        var ids = loaded.Select(i => i.Id).Append(999_999).ToList();

        var (incidents, titles) = await scope.ServiceProvider.GetRequiredService<IncidentPageReader>().ReadAsync(ids, tabular: false, CancellationToken.None);

        incidents.Keys.Order().ShouldBe(loaded.Select(i => i.Id).Order());
        foreach (var expected in loaded)
        {
            var expectedTitles = expected.Sources.ToDictionary(s => s.ArticleId, s => s.Article.Title);
            JsonSerializer.Serialize(IncidentQuery.ToResponse(incidents[expected.Id], titles), Json)
                .ShouldBe(JsonSerializer.Serialize(IncidentQuery.ToResponse(expected, expectedTitles), Json));
            incidents[expected.Id].UpdatedAt.Kind.ShouldBe(DateTimeKind.Utc);
        }
    }

    [Fact]
    public async Task ReadsOnlyWhatCsvAndGeoJsonShowOfTheSources()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var loaded = await db.IncidentSources.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var ids = loaded.Select(s => s.IncidentId).Distinct().ToList();

        var (incidents, titles) = await scope.ServiceProvider.GetRequiredService<IncidentPageReader>().ReadAsync(ids, tabular: true, CancellationToken.None);

        var read = incidents.Values.SelectMany(i => i.Sources).OrderBy(s => s.Id).ToList();
        read.Select(s => (s.Id, s.IncidentId, s.ArticleId, s.Stance, s.DateValue, s.WeaponCount, s.Intercepted, s.Killed, s.Wounded))
            .ShouldBe(loaded.Select(s => (s.Id, s.IncidentId, s.ArticleId, s.Stance, s.DateValue, s.WeaponCount, s.Intercepted, s.Killed, s.Wounded)));
        read.ShouldAllBe(s => s.EvidenceText == "" && s.Support == null && s.Attribution == null);
        titles.Values.ShouldAllBe(t => t == "");
    }

    [Fact]
    public async Task ReadsAnArticlesDetailRowsAsEfLoadsThem()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<ArticleDetailReader>();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        articles.Count.ShouldBe(5);
        foreach (var expected in articles)
        {
            var rows = (await reader.ReadAsync(expected.Id, CancellationToken.None))!;

            var a = rows.Article;
            (a.Id, a.Title, a.Source, a.Url, a.PublishedAt, a.ImportedAt, a.UpdatedAt, a.Byline, a.Dateline, a.Text, a.ContentHash, a.RemovedJson)
                .ShouldBe((expected.Id, expected.Title, expected.Source, expected.Url, expected.PublishedAt, expected.ImportedAt, expected.UpdatedAt,
                    expected.Byline, expected.Dateline, expected.Text, expected.ContentHash, expected.RemovedJson));
            a.UpdatedAt.Kind.ShouldBe(DateTimeKind.Utc);
            rows.IncidentIds.ShouldBe(await db.IncidentSources.Where(s => s.ArticleId == expected.Id).Select(s => s.IncidentId).Distinct().Order().ToListAsync());
            rows.Actors.Select(m => (m.Id, m.ActorId, m.Start, m.End, m.Text, m.Actor.Key, m.Actor.NameAr, m.Actor.NameEn, m.Actor.Kind)).ShouldBe(
                (await db.ActorMentions.AsNoTracking().Where(m => m.ArticleId == expected.Id).Include(m => m.Actor).OrderBy(m => m.Start).ToListAsync())
                .Select(m => (m.Id, m.ActorId, m.Start, m.End, m.Text, m.Actor.Key, m.Actor.NameAr, m.Actor.NameEn, m.Actor.Kind)));
            rows.Locations.Select(m => (m.Id, m.LocationId, m.Start, m.End, m.Text, m.Location.Key, m.Location.Country, m.Location.Latitude)).ShouldBe(
                (await db.LocationMentions.AsNoTracking().Where(m => m.ArticleId == expected.Id).Include(m => m.Location).OrderBy(m => m.Start).ToListAsync())
                .Select(m => (m.Id, m.LocationId, m.Start, m.End, m.Text, m.Location.Key, m.Location.Country, m.Location.Latitude)));
            rows.Dates.Select(m => (m.Text, m.Start, m.End, m.Value, m.Precision, m.Line, m.Until)).ShouldBe(
                (await db.DateMentions.AsNoTracking().Where(m => m.ArticleId == expected.Id).OrderBy(m => m.Line).ThenBy(m => m.Start).ToListAsync())
                .Select(m => (m.Text, m.Start, m.End, m.Value, m.Precision, m.Line, m.Until)));
        }
        (await reader.ReadAsync(999_999, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task GeoJsonIsWhatTheSerializerWroteOfTheFeatures()
    {
        var page = (await api.Client.GetFromJsonAsync<PagedResponse<IncidentResponse>>("/api/incidents?pageSize=200", Json))!;
        page.Items.ShouldContain(i => i.Location != null && i.Location.Latitude != null);
        var expected = JsonSerializer.Serialize(new
        {
            type = "FeatureCollection",
            features = page.Items.Where(i => i.Location is { Latitude: not null, Longitude: not null }).Select(i => new
            {
                type = "Feature",
                id = i.Id,
                geometry = new { type = "Point", coordinates = new[] { i.Location!.Longitude!.Value, i.Location.Latitude!.Value } },
                properties = new
                {
                    i.Id, i.Type, i.Date, i.DatePrecision, i.DateText, i.FirstReported,
                    locationId = i.Location.Id, locationNameEn = i.Location.NameEn, locationNameAr = i.Location.NameAr,
                    country = i.Location.Country, locationPrecision = i.Location.Precision,
                    i.WeaponCount, i.Intercepted, i.Killed, i.Wounded,
                    perpetrators = i.Perpetrators.Select(p => p.NameEn), targets = i.Targets.Select(t => t.NameEn),
                    i.SummaryEn, i.Background, sourceCount = i.Sources.Count, i.Conflicts,
                },
            }),
            page = page.Page,
            pageSize = page.PageSize,
            totalCount = page.TotalCount,
        }, Json);

        (await api.Client.GetStringAsync("/api/incidents?pageSize=200&format=geojson")).ShouldBe(expected);
    }

    [Fact]
    public void PooledBufferKeepsEveryWriteInOrderAsItGrows()
    {
        using var buffer = new PooledBufferStream();
        var expected = new List<byte>();
        for (var i = 0; i < 300; i++)
        {
            var chunk = Enumerable.Range(0, i * 7).Select(b => (byte)(b + i)).ToArray();
            buffer.Write(chunk);
            expected.AddRange(chunk);
        }
        buffer.WriteByte(42);
        expected.Add(42);

        buffer.Length.ShouldBe(expected.Count);
        buffer.Written.ToArray().ShouldBe(expected.ToArray());
    }
}
