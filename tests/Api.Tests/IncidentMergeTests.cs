using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

/// <summary>One incident, many sources: reports of the same attack merge across articles, whatever the import order.</summary>
public sealed class IncidentMergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Seed(string prefix) => Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*").Single();

    [Fact]
    public async Task TheAprilDronesAtAinAlAsadAreOneIncidentWithTwoSources()
    {
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        await factory.ImportSeedsAsync();

        var drones = await client.GetFromJsonAsync<JsonElement>("/api/incidents?type=drone&location=ain-al-asad&pageSize=200");
        var multiSource = drones.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("sources").GetArrayLength() > 1).ToList();
        multiSource.Count.ShouldBe(1);
        var merged = multiSource[0];
        merged.GetProperty("weaponCount").GetInt32().ShouldBe(2);
        merged.GetProperty("intercepted").GetBoolean().ShouldBeTrue();
        var titles = merged.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        titles.ShouldBe(["قاعدة عين الأسد في العراق تتعرض لهجوم بطائرتين مسيرتين", "هجمات جديدة بالقرب من القواعد الأمريكية في العراق وسوريا تهدد بانفراجة غير مستقرة"], ignoreOrder: true);
    }

    [Fact]
    public async Task TheJulyDroneAttackAndTheAugustRocketAttackStayDistinct()
    {
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        await factory.ImportSeedsAsync();

        var atBase = await client.GetFromJsonAsync<JsonElement>("/api/incidents?location=ain-al-asad&pageSize=200");
        var rocket = atBase.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("type").GetString() == "rocket");
        rocket.GetProperty("sources").GetArrayLength().ShouldBe(1);
        rocket.GetProperty("wounded").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task SourcesThatDisagreeKeepTheirClaimsAndNameTheConflict()
    {
        await File.WriteAllLinesAsync(Path.Combine(_dir, "reports.jsonl"),
        [
            Line("هجوم صاروخي على قاعدة حرير", "سقطت ثلاثة صواريخ على قاعدة حرير الجوية في أربيل مساء الأحد، ما أدى إلى إصابة جنديين أمريكيين بجروح طفيفة، بحسب مسؤول أمني كردي.", "2024-03-04"),
            Line("إصابة جنود في قصف قاعدة حرير", "أعلن مسؤول أمريكي أن ثلاثة صواريخ استهدفت قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.", "2024-03-05"),
            Line("قصف حرير", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل مساء الأحد وأصيب جنديان أمريكيان.", "2024-03-05"),
        ]);
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        (await factory.ImportAsync(_dir)).Imported.ShouldBe(3);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents?location=harir-air-base");
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var incident = list.GetProperty("items")[0];
        incident.GetProperty("sources").GetArrayLength().ShouldBe(3);
        incident.GetProperty("conflicts").EnumerateArray().Select(c => c.GetString()).ShouldContain("wounded");
        var wounded = incident.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("field").GetString() == "wounded").Select(c => c.GetProperty("value").GetInt32()).ToList();
        wounded.ShouldBe([2, 4, 2], ignoreOrder: true);
        incident.GetProperty("wounded").GetInt32().ShouldBe(2, "the headline is the value most sources report");
    }

    [Fact]
    public async Task UndatedReportsMergeOnlyWhenPublishedCloseAndDatedOnesByTheirDateHoweverLatePublished()
    {
        await File.WriteAllLinesAsync(Path.Combine(_dir, "reports.jsonl"),
        [
            Line("غير مؤرخ أول", "سقطت ثلاثة صواريخ على قاعدة حرير الجوية في أربيل، بحسب مسؤول أمني كردي، ولم تسجل إصابات.", "2024-03-04"),
            Line("مؤرخ أول", "سقطت ثلاثة صواريخ على قاعدة حرير الجوية في أربيل مساء الأحد، بحسب مسؤول أمني كردي.", "2024-03-04"),
            Line("غير مؤرخ قريب", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل دون أن تسفر عن إصابات.", "2024-03-06"),
            Line("غير مؤرخ بعيد", "أفاد مصدر أمني بسقوط ثلاثة صواريخ على قاعدة حرير الجوية في أربيل من دون إصابات.", "2024-06-20"),
            Line("مؤرخ متأخر", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل يوم 3 آذار 2024 دون إصابات.", "2024-05-20"),
            Line("مؤرخ بعدد آخر", "قالت مصادر محلية إن صاروخين سقطا على قاعدة حرير في أربيل يوم 3 آذار 2024 دون إصابات.", "2024-05-21"),
            Line("مؤرخ بيوم آخر", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل يوم 9 آذار 2024 دون إصابات.", "2024-05-22"),
            // A month agrees with the day inside it; an unresolved weekday cannot contradict a resolved day: both join
            // the oldest dated incident they agree with.
            Line("شهر فقط", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل في آذار 2024 دون إصابات.", "2024-05-23"),
            Line("يوم بلا نشر", "أفادت مصادر محلية بأن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل مساء الأحد دون إصابات.", null),
        ]);
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        (await factory.ImportAsync(_dir)).Imported.ShouldBe(9);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents?location=harir-air-base&pageSize=50");
        var groups = list.GetProperty("items").EnumerateArray()
            .Select(i => string.Join(" + ", i.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        groups.ShouldBe(new[]
        {
            "غير مؤرخ أول + غير مؤرخ قريب",
            "غير مؤرخ بعيد",
            string.Join(" + ", new[] { "مؤرخ أول", "مؤرخ متأخر", "شهر فقط", "يوم بلا نشر" }.Order(StringComparer.Ordinal)),
            "مؤرخ بعدد آخر",
            "مؤرخ بيوم آخر",
        }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AReportWithADayJoinsAnIncidentKnownOnlyByItsMonthOrByAnUnresolvedWeekday()
    {
        // Stored first: Harir's incident dated to the month only, Ain al-Asad's to a weekday that no publication date
        // resolves. The later reports give the day; each joins the incident it can agree with, not a new one.
        await File.WriteAllLinesAsync(Path.Combine(_dir, "reports.jsonl"),
        [
            Line("حرير في آذار", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل في آذار 2024 دون إصابات.", "2024-05-23"),
            Line("عين الأسد يوم الأحد", "أفادت مصادر محلية بأن ثلاثة صواريخ سقطت على قاعدة عين الأسد في الأنبار مساء الأحد دون إصابات.", null),
            Line("حرير يوم 3 آذار", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة حرير في أربيل يوم 3 آذار 2024 دون إصابات.", "2024-05-20"),
            Line("عين الأسد يوم 3 آذار", "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة عين الأسد في الأنبار يوم 3 آذار 2024 دون إصابات.", "2024-05-20"),
        ]);
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        (await factory.ImportAsync(_dir)).Imported.ShouldBe(4);

        foreach (var (location, titles) in new[] { ("harir-air-base", "حرير"), ("ain-al-asad", "عين الأسد") })
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/incidents?location={location}&pageSize=50");
            list.GetProperty("totalCount").GetInt32().ShouldBe(1, location);
            var incident = list.GetProperty("items")[0];
            incident.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString())
                .ShouldAllBe(title => title!.StartsWith(titles, StringComparison.Ordinal));
            incident.GetProperty("sources").GetArrayLength().ShouldBe(2, location);
            incident.GetProperty("date").GetString().ShouldBe("2024-03-03", "the headline date is the most precise one");
        }
    }

    /// <summary>Undated reports at one base, none of them dated, one per day of the month given.</summary>
    private static string UndatedReport(int day) => Line($"غير مؤرخ {day}",
        $"سقطت ثلاثة صواريخ على قاعدة حرير الجوية في أربيل، بحسب مسؤول أمني كردي، ولم تسجل إصابات. وهذا هو البلاغ رقم {day}.",
        $"2024-03-{day:00}");

    private static async Task<List<string>> HarirGroupsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents?location=harir-air-base&pageSize=50");
        return list.GetProperty("items").EnumerateArray()
            .Select(i => string.Join(" + ", i.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task AnUndatedReportPublishedBeforeTheFirstOneJoinsOnlyIfCloseToEveryReport()
    {
        // Imported latest first: the 6th joins the 8th; the 4th is close to the 6th but not to the 8th; the 9th is close to both.
        await File.WriteAllLinesAsync(Path.Combine(_dir, "reports.jsonl"), [UndatedReport(8), UndatedReport(6), UndatedReport(4), UndatedReport(9)]);
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        (await factory.ImportAsync(_dir)).Imported.ShouldBe(4);

        (await HarirGroupsAsync(client)).ShouldBe(new[] { "غير مؤرخ 4", "غير مؤرخ 6 + غير مؤرخ 8 + غير مؤرخ 9" }.Order(StringComparer.Ordinal));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await db.Incidents.Select(i => i.FirstReported).OrderBy(d => d).ToListAsync())
            .ShouldBe([new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 6)]);
        // On the wire too: where an undated incident sits on a timeline.
        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents?location=harir-air-base&pageSize=50");
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("firstReported").GetString()).Order(StringComparer.Ordinal)
            .ShouldBe(["2024-03-04", "2024-03-06"]);
        // No words date them: each is dated to the month of its first report, as a month, with no dateText.
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            (item.GetProperty("date").GetString(), item.GetProperty("datePrecision").GetString()).ShouldBe(("2024-03", "month"));
            item.TryGetProperty("dateText", out var text).ShouldBeTrue();
            text.ValueKind.ShouldBe(JsonValueKind.Null);
        }
        var csv = await client.GetStringAsync("/api/incidents?location=harir-air-base&format=csv");
        csv.Split('\n')[0].ShouldContain("FirstReported");
        csv.ShouldContain(",2024-03-06,");
    }

    /// <summary>
    /// The undated lookup's index holds the undated incidents only (UndatedLookupPartialIndex), and the lookup's shape of
    /// query still searches it by type, place and first report rather than walking the incidents of a type and place.
    /// </summary>
    [SqliteOnlyFact]
    public async Task TheUndatedLookupSearchesAnIndexOfTheUndatedIncidentsOnly()
    {
        await File.WriteAllLinesAsync(Path.Combine(_dir, "reports.jsonl"), [UndatedReport(4), UndatedReport(20)]);
        using var factory = new NewsFactsFactory();
        factory.CreateClient();
        (await factory.ImportAsync(Path.Combine(_dir, "reports.jsonl"))).Imported.ShouldBe(2);
        (await factory.ImportAsync(Seed("000_"))).Imported.ShouldBe(1);
        var undated = factory.Rows("SELECT count(*) FROM incidents WHERE Dated = FALSE");
        int.Parse(undated.Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2);
        factory.Rows("SELECT count(*) FROM incidents WHERE Dated = TRUE").Single().ShouldNotBe("0");
        factory.Rows("SELECT count(*) FROM incidents INDEXED BY IX_incidents_Type_LocationId_FirstReported WHERE Dated = FALSE").ShouldBe(undated);
        var plan = factory.Rows("""
            EXPLAIN QUERY PLAN SELECT i.Id FROM locations l CROSS JOIN incidents i ON i.Type = 'rocket' AND i.LocationId = l.Id
                AND i.Dated = FALSE AND i.FirstReported BETWEEN '2024-03-01' AND '2024-03-07'
            WHERE l.Key = 'harir-air-base'
            """);
        string.Join(" ", plan).ShouldContain("INDEX IX_incidents_Type_LocationId_FirstReported (Type=? AND LocationId=? AND FirstReported>? AND FirstReported<?)");
    }

    [Fact]
    public async Task DeletingTheFirstReportLetsTheIncidentMeetReportsCloseToTheOthers()
    {
        await File.WriteAllLinesAsync(Path.Combine(_dir, "first.jsonl"), [UndatedReport(4), UndatedReport(6)]);
        await File.WriteAllLinesAsync(Path.Combine(_dir, "later.jsonl"), [UndatedReport(9)]);
        using var factory = new NewsFactsFactory();
        var client = factory.CreateClient();
        (await factory.ImportAsync(Path.Combine(_dir, "first.jsonl"))).Imported.ShouldBe(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            var first = await db.Articles.Where(a => a.Title == "غير مؤرخ 4").Select(a => a.Id).SingleAsync();
            (await scope.ServiceProvider.GetRequiredService<NewsFacts.Api.Import.ArticleRemover>().RemoveAsync(first, CancellationToken.None)).ShouldBeTrue();
            (await db.Incidents.Select(i => i.FirstReported).SingleAsync()).ShouldBe(new DateOnly(2024, 3, 6));
        }

        // The 9th is three days from the 6th, the one report left, and five from the deleted 4th.
        (await factory.ImportAsync(Path.Combine(_dir, "later.jsonl"))).Imported.ShouldBe(1);
        (await HarirGroupsAsync(client)).ShouldBe(["غير مؤرخ 6 + غير مؤرخ 9"]);
    }

    [Fact]
    public async Task ImportOrderDoesNotChangeTheIncidents()
    {
        string[] prefixes = ["000", "001", "002", "003", "004"];
        string[][] orders = [prefixes, [.. prefixes.Reverse()], ["003", "000", "004", "002", "001"], ["002", "003", "001", "000", "004"]];
        var results = new List<List<string>>();
        foreach (var order in orders)
        {
            using var factory = new NewsFactsFactory();
            factory.CreateClient();
            foreach (var prefix in order)
            {
                await factory.ImportAsync(Seed(prefix));
            }
            results.Add(await CanonicalIncidentsAsync(factory));
        }
        foreach (var result in results.Skip(1))
        {
            result.ShouldBe(results[0]);
        }
    }

    [Fact]
    public async Task ReimportingChangesNothing()
    {
        using var factory = new NewsFactsFactory();
        factory.CreateClient();
        await factory.ImportSeedsAsync();
        var before = await CanonicalIncidentsAsync(factory);
        await factory.ImportSeedsAsync();
        (await CanonicalIncidentsAsync(factory)).ShouldBe(before);
    }

    private static string Line(string title, string text, string? publishedAt) =>
        JsonSerializer.Serialize(new { title, text, publishedAt });

    /// <summary>Each incident as text that does not depend on row ids: its fields and its sources' content hashes.</summary>
    private static async Task<List<string>> CanonicalIncidentsAsync(NewsFactsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Location).Include(i => i.Sources).ThenInclude(s => s.Article).ToListAsync();
        return incidents.Select(i => string.Join("|", i.Type, i.Location?.Key, i.Date, i.DatePrecision, i.WeaponCount, i.Intercepted, i.Killed, i.Wounded,
                string.Join(",", i.Sources.Select(s => s.Article.ContentHash[..12] + "@" + s.EvidenceStart).Order())))
            .Order().ToList();
    }
}
