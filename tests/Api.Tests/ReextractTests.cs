using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The reextract command (<see cref="ArticleReextractor"/>) on a database imported with the shipped lexicons and then
/// re-extracted with edited ones, as after an edit of data/lexicons: a base's former name becomes its alias (two reports
/// now tell one attack), a correspondent's credit line becomes boilerplate (its report no longer yields an incident), and
/// a verb becomes an attack word (a report that yielded nothing now yields one). On SQLite and on PostgreSQL.
/// </summary>
public sealed class ReextractTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";

    private readonly string _path = NewsFactsFactory.NewDatabasePath();
    private readonly string? _postgres = TestDatabase.OnPostgres ? TestDatabase.CreatePostgresDatabase() : null;
    private readonly string _editedData = Directory.CreateTempSubdirectory("newsfacts-reextract-").FullName;

    public void Dispose()
    {
        if (_postgres is not null)
        {
            TestDatabase.DropPostgresDatabase(_postgres);
        }
        NewsFactsFactory.DeleteDatabase(_path);
        Directory.Delete(_editedData, recursive: true);
    }

    private const string Harir = "سقطت ثلاثة صواريخ على قاعدة حرير الجوية في محافظة أربيل مساء الأحد 10 آذار 2024، من دون أن تسفر عن إصابات بين الجنود.";
    private const string AinAlAsad = "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار فجر الاثنين 12 شباط 2024، وفق ما أعلن مصدر أمني في المحافظة.";
    /// <summary>Ain al-Asad by its former name, which the shipped lexicons read as the Qadisiyah governorate.</summary>
    private const string Qadisiyah = "أعلن مصدر عسكري أن طائرة مسيرة استهدفت قاعدة القادسية الجوية فجر الاثنين 12 شباط 2024 من دون وقوع إصابات في صفوف القوات.";
    /// <summary>A drone on another base the same morning: never the same attack as Ain al-Asad's.</summary>
    private const string Victory = "استهدفت طائرة مسيرة قاعدة فكتوريا قرب مطار بغداد الدولي فجر الاثنين 12 شباط 2024، بحسب بيان لخلية الإعلام الأمني.";
    private const string Tuz = "ذكر مراسل شبكة الفرات الإخبارية أن قذيفة هاون سقطت على مقر حكومي في قضاء طوزخورماتو ظهر الخميس 15 شباط 2024.\n"
        + "وتشهد المنطقة توترا أمنيا منذ أسابيع بسبب الخلافات بين القوى المحلية على إدارة القضاء.";
    /// <summary>"دكت" is no attack word in the shipped lexicons.</summary>
    private const string Qaim = "دكت قذائف صاروخية مواقع للفصائل المسلحة قرب قضاء القائم الحدودي صباح الجمعة 16 شباط 2024 بحسب شهود عيان من المنطقة.";
    private const string Dibis = "قصفت طائرة مسيرة مقرا أمنيا في قضاء الدبس شمال غربي كركوك مساء الثلاثاء 13 شباط 2024، ما أدى إلى إصابة عنصرين بجروح.";

    /// <summary>A host on the test's database; with <paramref name="edited"/>, on the edited lexicons.</summary>
    private NewsFactsFactory Host(bool edited = false)
    {
        (string, string)[] settings = edited ? [("Auth:ApiKeys:0", Key), ("NewsFacts:DataDirectory", EditedLexicons())] : [("Auth:ApiKeys:0", Key)];
        return _postgres is null
            ? new NewsFactsFactory(_path, settings)
            : new NewsFactsFactory([("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", _postgres), .. settings]);
    }

    /// <summary>A copy of the shipped lexicons with the three edits; returns the data folder that holds it.</summary>
    private string EditedLexicons()
    {
        var lexicons = Path.Combine(_editedData, "lexicons");
        if (Directory.Exists(lexicons))
        {
            return _editedData;
        }
        Directory.CreateDirectory(lexicons);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoData.Directory, "lexicons")))
        {
            File.Copy(file, Path.Combine(lexicons, Path.GetFileName(file)));
        }
        var places = JsonNode.Parse(File.ReadAllText(Path.Combine(lexicons, "places.json")))!.AsArray();
        places.Single(p => p!["id"]!.GetValue<string>() == "ain-al-asad")!["aliases"]!.AsArray().Add("قاعدة القادسية الجوية");
        File.WriteAllText(Path.Combine(lexicons, "places.json"), places.ToJsonString());
        var terms = JsonNode.Parse(File.ReadAllText(Path.Combine(lexicons, "incident-terms.json")))!;
        terms["triggers"]!.AsArray().Add("دكت");
        File.WriteAllText(Path.Combine(lexicons, "incident-terms.json"), terms.ToJsonString());
        File.AppendAllText(Path.Combine(lexicons, "boilerplate.txt"), "\nمراسل شبكة الفرات الإخبارية\n");
        return _editedData;
    }

    private static async Task<int> PostAsync(HttpClient client, string text, string publishedAt)
    {
        var created = await client.PostAsJsonAsync("/api/articles", new { text, publishedAt });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>The article's incident ids, as GET /api/articles/{id} lists them.</summary>
    private static async Task<List<int>> IncidentsOfAsync(HttpClient client, int article) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{article}")).GetProperty("incidents").EnumerateArray()
            .Select(i => i.GetProperty("id").GetInt32()).ToList();

    private static async Task<ReextractSummary> ReextractAsync(NewsFactsFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleReextractor>().ReextractAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ReextractKeepsIdsMergesRemovesAndNumbersNewIncidentsAboveEveryIdUsed()
    {
        int harir, ainAlAsad, qadisiyah, victory, tuz, qaim, dibisIncident;
        List<string> articlesBefore;
        using (var before = Host())
        {
            var client = before.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            var articles = new List<int>();
            foreach (var (text, date) in new[] { (Harir, "2024-03-11"), (AinAlAsad, "2024-02-12"), (Qadisiyah, "2024-02-12"), (Victory, "2024-02-12"), (Tuz, "2024-02-15"), (Qaim, "2024-02-16"), (Dibis, "2024-02-13") })
            {
                articles.Add(await PostAsync(client, text, date));
            }
            (harir, ainAlAsad, qadisiyah, victory, tuz, qaim) = (articles[0], articles[1], articles[2], articles[3], articles[4], articles[5]);
            var incidents = new List<int>();
            foreach (var article in articles)
            {
                incidents.AddRange(await IncidentsOfAsync(client, article));
            }
            // One incident each, but none for the article whose verb is not an attack word yet.
            (await IncidentsOfAsync(client, qaim)).ShouldBeEmpty();
            incidents.Count.ShouldBe(6);
            incidents.Distinct().Count().ShouldBe(6);
            dibisIncident = incidents[^1];
            // The incident with the highest id is deleted with its article: its id must never come back.
            (await client.DeleteAsync($"/api/articles/{articles[^1]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            articlesBefore = before.Rows("SELECT Id, PublishedAt, ImportedAt FROM articles ORDER BY Id");
            // As after a rebuild by the reextract of earlier versions, which dropped the tables: the id counter starts again.
            before.Execute(_postgres is null
                ? "DELETE FROM sqlite_sequence WHERE name = 'incidents'"
                : "SELECT setval(pg_get_serial_sequence('incidents', 'id'), 1, false)");
        }
        var oldIds = new Dictionary<string, int>();

        using var after = Host(edited: true);
        var api = after.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using (var scope = after.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            foreach (var (name, article) in new[] { ("harir", harir), ("ainAlAsad", ainAlAsad), ("qadisiyah", qadisiyah), ("victory", victory), ("tuz", tuz) })
            {
                oldIds[name] = await db.IncidentSources.Where(s => s.ArticleId == article).Select(s => s.IncidentId).SingleAsync();
            }
        }
        var version = await after.Services.GetRequiredService<DataVersion>().CurrentAsync();
        var startedAt = DateTime.UtcNow.ToString("O");

        var summary = await ReextractAsync(after);

        (summary with { Elapsed = TimeSpan.Zero }).ShouldBe(new ReextractSummary(6, 0, 4, 3, 1, 1, 1, TimeSpan.Zero));
        after.Rows("SELECT Id, PublishedAt, ImportedAt FROM articles ORDER BY Id").ShouldBe(articlesBefore);
        (await after.Services.GetRequiredService<DataVersion>().CurrentAsync()).ShouldNotBe(version);

        // Unchanged reports keep their incident's id; so does the other base's drone of the same morning, not merged.
        (await api.GetFromJsonAsync<JsonElement>($"/api/incidents/{oldIds["harir"]}")).GetProperty("location").GetProperty("nameAr").GetString()!.ShouldContain("حرير");
        (await IncidentsOfAsync(api, harir)).ShouldBe([oldIds["harir"]]);
        (await IncidentsOfAsync(api, victory)).ShouldBe([oldIds["victory"]]);
        (await api.GetAsync($"/api/incidents/{oldIds["victory"]}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The two reports of Ain al-Asad are one incident now, under the lower id; the other id answers 301 to it.
        (await IncidentsOfAsync(api, ainAlAsad)).ShouldBe([oldIds["ainAlAsad"]]);
        (await IncidentsOfAsync(api, qadisiyah)).ShouldBe([oldIds["ainAlAsad"]]);
        var kept = await api.GetFromJsonAsync<JsonElement>($"/api/incidents/{oldIds["ainAlAsad"]}");
        kept.GetProperty("sources").GetArrayLength().ShouldBe(2);
        var moved = await api.GetAsync($"/api/incidents/{oldIds["qadisiyah"]}");
        moved.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        moved.Headers.Location!.OriginalString.ShouldBe($"/api/incidents/{oldIds["ainAlAsad"]}");
        var followed = await after.CreateClient().GetFromJsonAsync<JsonElement>($"/api/incidents/{oldIds["qadisiyah"]}");
        followed.GetProperty("id").GetInt32().ShouldBe(oldIds["ainAlAsad"]);

        // The report whose line is boilerplate now yields no incident: its article stays, its incident answers 410.
        (await IncidentsOfAsync(api, tuz)).ShouldBeEmpty();
        var gone = await api.GetAsync($"/api/incidents/{oldIds["tuz"]}");
        gone.StatusCode.ShouldBe(HttpStatusCode.Gone);
        gone.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain($"Incident {oldIds["tuz"]} was removed");
        (await api.GetAsync($"/api/incidents/{dibisIncident}")).StatusCode.ShouldBe(HttpStatusCode.Gone);

        // The new incident's id is above every id used before, the deleted one's included.
        var fresh = (await IncidentsOfAsync(api, qaim)).ShouldHaveSingleItem();
        fresh.ShouldBeGreaterThan(dibisIncident);
        (await api.GetAsync($"/api/incidents/{fresh}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A syncing client learns of the merge and of the removal; the incidents kept are not listed.
        var deleted = (await api.GetFromJsonAsync<JsonElement>("/api/deleted?since=" + Uri.EscapeDataString(startedAt))).EnumerateArray()
            .Select(d => $"{d.GetProperty("type").GetString()}:{d.GetProperty("id").GetInt32()}>{(d.GetProperty("mergedInto").ValueKind == JsonValueKind.Null ? "" : d.GetProperty("mergedInto").GetInt32())}")
            .ToList();
        deleted.ShouldBe([$"incident:{oldIds["qadisiyah"]}>{oldIds["ainAlAsad"]}", $"incident:{oldIds["tuz"]}>"]);

        await using (var scope = after.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            await AssertSummariesAreExactAsync(db);
        }
        (await api.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString("القادسية"))).GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    /// <summary>Re-extracting with the same lexicons changes no id and leaves no tombstone, however often it runs.</summary>
    [Fact]
    public async Task ReextractWithTheSameLexiconsKeepsEveryIdAndLeavesNoTombstone()
    {
        using var host = Host();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        foreach (var (text, date) in new[] { (Harir, "2024-03-11"), (AinAlAsad, "2024-02-12"), (Victory, "2024-02-12"), (Tuz, "2024-02-15") })
        {
            await PostAsync(client, text, date);
        }
        const string Incidents = "SELECT i.Id, i.Type, i.Date, i.LocationId, i.WeaponCount, s.ArticleId FROM incidents i JOIN incident_sources s ON s.IncidentId = i.Id ORDER BY i.Id";
        var before = host.Rows(Incidents);
        before.Count.ShouldBe(4);

        ((await ReextractAsync(host)) with { Elapsed = TimeSpan.Zero }).ShouldBe(new ReextractSummary(4, 0, 4, 4, 0, 0, 0, TimeSpan.Zero));
        (await ReextractAsync(host)).Kept.ShouldBe(4);

        host.Rows(Incidents).ShouldBe(before);
        host.Rows("SELECT count(*) FROM deleted_entities").ShouldBe(["0"]);
        await using var scope = host.Services.CreateAsyncScope();
        await AssertSummariesAreExactAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
    }

    /// <summary>An article the edited lexicons read as boilerplate only keeps its row and text; its incident is gone.</summary>
    [Fact]
    public async Task AnArticleThatIsAllBoilerplateNowKeepsItsTextAndLosesItsFacts()
    {
        int article, incident;
        string text;
        using (var before = Host())
        {
            var client = before.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            article = await PostAsync(client, "ذكر مراسل شبكة الفرات الإخبارية أن صاروخا سقط قرب مطار أربيل الدولي مساء السبت 17 شباط 2024 دون إصابات.", "2024-02-18");
            incident = (await IncidentsOfAsync(client, article)).ShouldHaveSingleItem();
            text = (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{article}")).GetProperty("text").GetString()!;
        }
        using var after = Host(edited: true);
        var api = after.CreateClient();

        var summary = await ReextractAsync(after);

        (summary.Articles, summary.Failed, summary.Incidents, summary.Gone).ShouldBe((1, 1, 0, 1));
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{article}");
        stored.GetProperty("text").GetString().ShouldBe(text);
        stored.GetProperty("incidents").GetArrayLength().ShouldBe(0);
        (await api.GetAsync($"/api/incidents/{incident}")).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    /// <summary>
    /// On a generated archive (120 articles, every tenth retold by a second outlet, so incidents merge), a re-extraction
    /// with the same lexicons is an import of the same articles again: the same incidents, sources and actors under the
    /// same ids, and summaries equal to a recount.
    /// </summary>
    [Fact]
    public async Task AGeneratedArchiveReextractedUnchangedKeepsEveryIncidentAsItWas()
    {
        using var host = Host();
        host.CreateClient();
        var composer = new NewsFacts.CorpusGenerator.ArticleComposer(NewsFacts.CorpusGenerator.Material.Load(RepoData.Directory), seed: 11, count: 120, noIncidentShare: 0.2);
        var articles = Enumerable.Range(0, 120).Select(composer.Next).ToList();
        var retold = articles.Where((_, i) => i % 10 == 0).Select((a, n) => a with
        {
            Text = a.Text + $"\n\nوقال شاهد من المنطقة إن سيارات الإسعاف وصلت إلى المكان بعد الحادث رقم {n + 1} بدقائق.",
            Url = a.Url + "?retold",
        });
        var corpus = Path.Combine(_editedData, "corpus.jsonl");
        await File.WriteAllLinesAsync(corpus, articles.Concat(retold).Select(a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web)));
        (await host.ImportAsync(corpus)).Imported.ShouldBeGreaterThan(100);
        const string Facts = """
            SELECT i.Id, i.Type, i.Date, i.LocationId, i.WeaponCount, i.Killed, i.Wounded, i.FirstReported,
                (SELECT count(*) FROM incident_sources s WHERE s.IncidentId = i.Id),
                (SELECT count(*) FROM incident_actors a WHERE a.IncidentId = i.Id)
            FROM incidents i ORDER BY i.Id
            """;
        var before = host.Rows(Facts);
        host.Rows("SELECT count(*) FROM incident_sources s WHERE EXISTS (SELECT 1 FROM incident_sources t WHERE t.IncidentId = s.IncidentId AND t.ArticleId <> s.ArticleId)")
            .Single().ShouldNotBe("0");

        var summary = await ReextractAsync(host);

        summary.Kept.ShouldBe(before.Count);
        (summary.New, summary.Merged, summary.Gone).ShouldBe((0, 0, 0));
        host.Rows(Facts).ShouldBe(before);
        await using var scope = host.Services.CreateAsyncScope();
        await AssertSummariesAreExactAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
    }

    /// <summary>An incident merged twice over successive re-extractions answers 301 to where its reports are now.</summary>
    [Fact]
    public async Task AMergedIncidentRedirectsThroughLaterMergesAndOneMergedIntoAGoneIncidentIsGone()
    {
        using var host = Host();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var article = await PostAsync(client, Harir, "2024-03-11");
        var live = (await IncidentsOfAsync(client, article)).ShouldHaveSingleItem();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            var at = DateTime.UtcNow;
            db.DeletedEntities.AddRange(
                new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = 9001, DeletedAt = at, MergedInto = 9002 },
                new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = 9002, DeletedAt = at, MergedInto = live },
                new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = 9003, DeletedAt = at, MergedInto = 9004 },
                new DeletedEntity { EntityType = DeletedEntity.IncidentType, EntityId = 9004, DeletedAt = at },
                // An article's tombstone says nothing about the incident of the same number.
                new DeletedEntity { EntityType = DeletedEntity.ArticleType, EntityId = 9005, DeletedAt = at });
            await db.SaveChangesAsync();
        }
        var api = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var id in new[] { 9001, 9002 })
        {
            var moved = await api.GetAsync($"/api/incidents/{id}");
            moved.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
            moved.Headers.Location!.OriginalString.ShouldBe($"/api/incidents/{live}");
        }
        (await api.GetAsync("/api/incidents/9003")).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await api.GetAsync("/api/incidents/9004")).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await api.GetAsync("/api/incidents/9005")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/incidents/{live}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task AssertSummariesAreExactAsync(NewsFactsDbContext db)
    {
        var (days, recountedDays) = await SummaryCorpus.DayRowsAsync(db);
        days.ShouldNotBeEmpty();
        days.ShouldBe(recountedDays);
        var (places, recountedPlaces) = await SummaryCorpus.PlaceRowsAsync(db);
        places.ShouldBe(recountedPlaces);
        var (months, recountedMonths) = await SummaryCorpus.MonthRowsAsync(db);
        months.ShouldBe(recountedMonths);
        var (years, recountedYears) = await SummaryCorpus.YearRowsAsync(db);
        years.ShouldBe(recountedYears);
        var (actors, recountedActors) = await SummaryCorpus.ActorCountRowsAsync(db);
        actors.ShouldBe(recountedActors);
    }
}
