using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

public sealed class SchemaRebuildTests : IDisposable
{
    private readonly string _path = NewsFactsFactory.NewDatabasePath();

    public void Dispose() => NewsFactsFactory.DeleteDatabase(_path);

    /// <summary>
    /// What makes a database made by today's code one made before migrations: no migration history, and no tombstone
    /// MergedInto column nor its index nor the year summaries, which came after (the AddMergedInto and AddYearSummaries
    /// migrations).
    /// </summary>
    private const string WithoutHistory = IncidentSummary.DropYearTriggers + """
        DROP TABLE incident_place_years; DROP TABLE incident_actor_years;
        DROP INDEX "IX_deleted_entities_EntityType_EntityId"; ALTER TABLE deleted_entities DROP COLUMN MergedInto;
        DROP TABLE "__EFMigrationsHistory"; DROP TABLE IF EXISTS "__EFMigrationsLock";
        """;

    /// <summary>
    /// What makes a database made by today's code one made before migrations at version 10 or older: no migration
    /// history, and none of the month summaries or the indexes added since, which came after (the
    /// AddMonthSummaries, IncidentFigureIndexes and IncidentReadIndexes migrations).
    /// </summary>
    private const string BeforeMigrations = IncidentSummary.DropMonthTriggers + """
        DROP TABLE incident_place_months; DROP TABLE incident_actor_months;
        """ + WithoutIndexesAddedByMigrations + WithoutHistory;

    /// <summary>
    /// The incidents' figure and read indexes, which no database made before migrations has (IncidentFigureIndexes,
    /// IncidentReadIndexes): it had the incident sources indexed by article alone, and the undated merge lookup's index
    /// whole, with Dated as a column (UndatedLookupPartialIndex made it partial).
    /// </summary>
    private const string WithoutIndexesAddedByMigrations = """
        DROP INDEX IX_incidents_Killed_Wounded_Date_Type_LocationId; DROP INDEX IX_incidents_Wounded_Killed_Date_Type_LocationId;
        DROP INDEX IX_incidents_Intercepted_Killed_Wounded_Date_Type_LocationId;
        DROP INDEX IX_incidents_UpdatedAt_Type_LocationId_Date_Killed_Wounded; DROP INDEX IX_incident_sources_ArticleId_IncidentId;
        CREATE INDEX IX_incident_sources_ArticleId ON incident_sources (ArticleId);
        DROP INDEX IX_incidents_Type_LocationId_FirstReported;
        CREATE INDEX IX_incidents_Type_LocationId_Dated_FirstReported ON incidents (Type, LocationId, Dated, FirstReported);
        """;

    /// <summary>
    /// A database made by the code before migrations (Databases/schema-v10.db: the samples imported, then article 2
    /// deleted through the API, so ids have gaps) starts on today's code with every row of every table as it was: nothing
    /// rebuilt or re-extracted, the first migration recorded, and new articles numbered after the old ones.
    /// </summary>
    [SqliteOnlyFact]
    public async Task ADatabaseMadeBeforeMigrationsKeepsEveryRowAndId()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Databases", "schema-v10.db"), _path);
        string[] tables = ["articles", "incidents", "incident_sources", "incident_actors", "actors", "locations", "actor_mentions", "location_mentions",
            "date_mentions", "deleted_entities", "incident_days", "incident_places", "actor_counts"];
        // The tombstones as version 10 had them: the columns added since start empty.
        string Select(string table) => table == "deleted_entities"
            ? "SELECT Id, EntityType, EntityId, DeletedAt FROM deleted_entities ORDER BY 1, 2, 3"
            : $"SELECT * FROM {table} ORDER BY 1, 2, 3";
        using var factory = new NewsFactsFactory(_path, ("Auth:ApiKeys:0", "test-key-0123456789abcdef"));
        var before = tables.ToDictionary(t => t, t => factory.Rows(Select(t)));
        before["articles"].Select(r => r.Split('|')[0]).ShouldBe(["1", "3", "4", "5"]);

        var client = factory.CreateClient();

        foreach (var table in tables)
        {
            factory.Rows(Select(table)).ShouldBe(before[table], table);
        }
        factory.Rows("SELECT count(*) FROM deleted_entities WHERE MergedInto IS NOT NULL").ShouldBe(["0"]);
        var applied = factory.Rows("SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId");
        applied.Select(m => m[(m.IndexOf('_') + 1)..]).ShouldBe(["InitialSchema", "AddMonthSummaries", "AddMergedInto", "IncidentFigureIndexes", "IncidentReadIndexes", "UndatedLookupPartialIndex", "AddYearSummaries"]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The month summaries, which version 10 lacked, counted from its incidents by the migration after the first.
            var (months, recounted) = await SummaryCorpus.MonthRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
            months.ShouldNotBeEmpty();
            months.ShouldBe(recounted);
            var (years, recountedYears) = await SummaryCorpus.YearRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
            years.ShouldNotBeEmpty();
            years.ShouldBe(recountedYears);
        }
        factory.Rows($"SELECT count(*) FROM sqlite_master WHERE name = '{DatabaseInitializer.CarriedTable}'").ShouldBe(["0"]);
        (await client.GetAsync("/api/articles/2")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles?q=" + Uri.EscapeDataString("صواريخ")))
            .GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(0);
        client.DefaultRequestHeaders.Add("X-Api-Key", "test-key-0123456789abcdef");
        var created = await client.PostAsJsonAsync("/api/articles", new
        {
            title = "صاروخان على قاعدة حرير",
            text = "سقط صاروخان على قاعدة حرير في أربيل مساء الأحد، ما أسفر عن إصابة جنديين بجروح طفيفة.",
            publishedAt = "2024-03-11",
        });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32().ShouldBe(6);
    }

    /// <summary>The seeds imported, then the stored schema version set back; returns the articles' content hashes.</summary>
    private async Task<List<string>> SeedAtVersionAsync(int version)
    {
        using var factory = new NewsFactsFactory(_path);
        factory.CreateClient();
        await factory.ImportSeedsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        await db.Database.ExecuteSqlAsync($"UPDATE meta SET Value = {version.ToString()} WHERE Key = 'schema_version'");
        await db.Database.ExecuteSqlRawAsync(BeforeMigrations);
        return await db.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync();
    }

    [SqliteOnlyFact]
    public async Task AnOlderSchemaVersionIsRebuiltWithoutLosingArticles()
    {
        var hashesBefore = await SeedAtVersionAsync(0);

        using var second = new NewsFactsFactory(_path);
        second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var rebuilt = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await rebuilt.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync()).ShouldBe(hashesBefore);
        (await rebuilt.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
    }

    /// <summary>A read-only index missing from a current database (one made before it existed) is added at start, in place.</summary>
    [SqliteOnlyFact]
    public async Task ACurrentDatabaseWithoutTheTimelineIndexGainsItInPlace()
    {
        var (downgraded, incidentsBefore) = await DowngradedAsync($"DROP INDEX \"{DatabaseInitializer.TimelineIndex}\"");
        incidentsBefore.ShouldNotBeEmpty();

        using var second = downgraded;
        second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var upgraded = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await upgraded.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
        (await upgraded.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.UpdatedAt).ToListAsync()).ShouldBe(incidentsBefore);
        // The timeline's read, from the index alone.
        await upgraded.Database.OpenConnectionAsync();
        await using var command = upgraded.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT Date, sum(Incidents), sum(Killed), sum(Wounded) FROM incident_days GROUP BY Date";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }
        plan.ShouldContain(d => d.Contains($"COVERING INDEX {DatabaseInitializer.TimelineIndex}"));
    }

    [SqliteOnlyFact]
    public async Task ARebuildCutShortAfterItsCommitIsReplayedAtTheNextStart()
    {
        var hashesBefore = await SeedAtVersionAsync(0);
        // The rebuild alone, as if the process died before the replay: the articles wait in the carried table.
        await using (var db = new NewsFacts.Api.Data.Sqlite.SqliteNewsFactsDbContext(
            new DbContextOptionsBuilder<NewsFacts.Api.Data.Sqlite.SqliteNewsFactsDbContext>().UseSqlite($"Data Source={_path}").Options))
        {
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).InitializeAsync(CancellationToken.None);
            (await db.Articles.CountAsync()).ShouldBe(0);
            (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {DatabaseInitializer.CarriedTable}").SingleAsync()).ShouldBe(hashesBefore.Count);
        }

        using var second = new NewsFactsFactory(_path);
        second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var resumed = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await resumed.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync()).ShouldBe(hashesBefore);
        (await resumed.Incidents.CountAsync()).ShouldBeGreaterThan(0);
        (await resumed.Database.SqlQueryRaw<int>(
            $"SELECT count(*) AS Value FROM sqlite_master WHERE name = '{DatabaseInitializer.CarriedTable}'").SingleAsync()).ShouldBe(0);
    }

    [SqliteOnlyFact]
    public async Task AVersion5DatabaseGainsTheIncidentSummaryInPlace()
    {
        List<string> incidentsBefore;
        using (var first = new NewsFactsFactory(_path))
        {
            first.CreateClient();
            await first.ImportSeedsAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            incidentsBefore = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.Type + "|" + i.UpdatedAt).ToListAsync();
            incidentsBefore.ShouldNotBeEmpty();
            // What a version 5 database looks like: no summary tables, no triggers, no first report dates.
            await db.Database.ExecuteSqlRawAsync(BeforeMigrations);
            await db.Database.ExecuteSqlRawAsync("""
                DROP INDEX IX_incidents_Type_LocationId_Dated_FirstReported; ALTER TABLE incidents DROP COLUMN FirstReported;
                DROP TRIGGER incident_summary_insert; DROP TRIGGER incident_summary_delete; DROP TRIGGER incident_summary_update;
                DROP TABLE incident_days; DROP TABLE incident_places;
                DROP INDEX IX_incident_actors_ActorId_IncidentId; CREATE INDEX IX_incident_actors_ActorId ON incident_actors (ActorId);
                DROP TRIGGER actor_tally_mention_delete;
                DROP TRIGGER actor_tally_incident_insert; DROP TRIGGER actor_tally_incident_delete; DROP TABLE actor_counts;
                UPDATE meta SET Value = '5' WHERE Key = 'schema_version';
                """);
        }

        using var second = new NewsFactsFactory(_path);
        var client = second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var upgraded = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await upgraded.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
        // Not rebuilt: the same incidents, untouched.
        (await upgraded.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.Type + "|" + i.UpdatedAt).ToListAsync()).ShouldBe(incidentsBefore);
        (await upgraded.IncidentDays.SumAsync(d => d.Incidents)).ShouldBe(incidentsBefore.Count);
        (await upgraded.IncidentPlaces.SumAsync(p => p.Incidents)).ShouldBe(await upgraded.Incidents.CountAsync(i => i.LocationId != null));
        (await upgraded.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident_actors' AND sql IS NOT NULL")
            .ToListAsync()).ShouldBe(["IX_incident_actors_ActorId_IncidentId"]);
        (await upgraded.ActorCounts.SumAsync(c => c.Incidents)).ShouldBe(
            await upgraded.IncidentActors.Select(a => new { a.ActorId, a.IncidentId }).Distinct().CountAsync());
        (await upgraded.ActorCounts.SumAsync(c => c.Articles)).ShouldBe(
            await upgraded.ActorMentions.Select(m => new { m.ActorId, m.ArticleId }).Distinct().CountAsync());
        // And kept from then on by the triggers.
        var report = _path + ".report.txt";
        await File.WriteAllTextAsync(report, "سقوط صواريخ قرب قاعدة عين الأسد\n\n"
            + "أعلنت خلية الإعلام الأمني، الأحد، سقوط صاروخين من نوع كاتيوشا قرب قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، دون وقوع خسائر بشرية.");
        try
        {
            (await second.ImportAsync(report)).Imported.ShouldBe(1);
        }
        finally
        {
            File.Delete(report);
        }
        var total = await upgraded.Incidents.CountAsync();
        total.ShouldBeGreaterThan(incidentsBefore.Count);
        (await upgraded.IncidentDays.SumAsync(d => d.Incidents)).ShouldBe(total);
        (await client.GetAsync("/api/stats")).EnsureSuccessStatusCode();
    }

    [SqliteOnlyFact]
    public async Task AVersion6DatabaseGainsTheFirstReportDatesInPlace()
    {
        List<string> incidentsBefore;
        using (var first = new NewsFactsFactory(_path))
        {
            first.CreateClient();
            var corpus = _path + ".jsonl";
            var composer = new NewsFacts.CorpusGenerator.ArticleComposer(NewsFacts.CorpusGenerator.Material.Load(RepoData.Directory), seed: 11, count: 80, noIncidentShare: 0.2);
            await File.WriteAllLinesAsync(corpus, Enumerable.Range(0, 80).Select(composer.Next)
                .Select(a => System.Text.Json.JsonSerializer.Serialize(a, System.Text.Json.JsonSerializerOptions.Web)));
            try
            {
                (await first.ImportAsync(corpus)).Imported.ShouldBeGreaterThan(70);
            }
            finally
            {
                File.Delete(corpus);
            }
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            incidentsBefore = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.UpdatedAt + "|" + i.FirstReported).ToListAsync();
            incidentsBefore.Count(i => !i.EndsWith('|')).ShouldBeGreaterThan(20);
            await db.Database.ExecuteSqlRawAsync(BeforeMigrations);
            await db.Database.ExecuteSqlRawAsync("""
                DROP INDEX IX_incidents_Type_LocationId_Dated_FirstReported; ALTER TABLE incidents DROP COLUMN FirstReported;
                UPDATE meta SET Value = '6' WHERE Key = 'schema_version';
                """);
        }

        using var second = new NewsFactsFactory(_path);
        second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var upgraded = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await upgraded.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
        (await upgraded.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.UpdatedAt + "|" + i.FirstReported).ToListAsync()).ShouldBe(incidentsBefore);
        (await upgraded.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL ORDER BY name")
            .ToListAsync()).ShouldContain("IX_incidents_Type_LocationId_FirstReported");
    }

    /// <summary>
    /// A version 8 database gains date_mentions.Until (a range's last day) in place: nothing rebuilt, and a range imported
    /// after it is on the wire as one mention with its first and last day.
    /// </summary>
    [SqliteOnlyFact]
    public async Task AVersion8DatabaseGainsRangeEndsInPlace()
    {
        var (second, incidentsBefore) = await DowngradedAsync("""
            ALTER TABLE date_mentions DROP COLUMN Until;
            UPDATE meta SET Value = '8' WHERE Key = 'schema_version';
            """);
        using var _ = second;
        var client = second.CreateClient();
        await AssertUpgradedInPlaceAsync(second, incidentsBefore);

        await ImportOneAsync(second, new
        {
            title = "هجمات متتالية على قاعدة حرير",
            text = "تعرضت قاعدة حرير الجوية في أربيل لهجمات بطائرات مسيرة من 10 إلى 12 شباط 2024، بحسب مسؤول كردي.",
            publishedAt = "2024-02-13",
        });
        var dates = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/dates?precision=range");
        var range = dates.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        (range.GetProperty("text").GetString(), range.GetProperty("value").GetString(), range.GetProperty("until").GetString())
            .ShouldBe(("من 10 إلى 12 شباط 2024", "2024-02-10", "2024-02-12"));
    }

    /// <summary>
    /// A version 9 database gains incident_sources.Support in place: nothing rebuilt, its sources answer their stored range
    /// as their one evidence sentence with no words behind the values, and a report imported after it carries them.
    /// </summary>
    [SqliteOnlyFact]
    public async Task AVersion9DatabaseGainsTheWordsBehindValuesInPlace()
    {
        var (second, incidentsBefore) = await DowngradedAsync("""
            ALTER TABLE incident_sources DROP COLUMN Support;
            UPDATE meta SET Value = '9' WHERE Key = 'schema_version';
            """);
        using var _ = second;
        var client = second.CreateClient();
        await AssertUpgradedInPlaceAsync(second, incidentsBefore);
        var old = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/incidents/" + incidentsBefore[0].Split('|')[0]);
        var oldSource = old.GetProperty("sources").EnumerateArray().First();
        oldSource.GetProperty("evidence").GetArrayLength().ShouldBe(1);
        oldSource.GetProperty("support").GetArrayLength().ShouldBe(0);

        await ImportOneAsync(second, new
        {
            title = "صاروخان على قاعدة حرير",
            text = "سقط صاروخان على قاعدة حرير في أربيل مساء الأحد، ما أسفر عن إصابة جنديين بجروح طفيفة.",
            publishedAt = "2024-03-11",
        });
        var listed = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/incidents?from=2024-03-10&to=2024-03-11");
        var incident = listed.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var support = incident.GetProperty("sources").EnumerateArray().ShouldHaveSingleItem().GetProperty("support").EnumerateArray()
            .ToDictionary(w => w.GetProperty("field").GetString()!, w => w.GetProperty("text").GetString()!);
        support["weaponCount"].ShouldContain("صاروخان");
        support["wounded"].ShouldContain("إصابة جنديين");
        support["place"].ShouldBe("قاعدة حرير");
        incident.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "wounded")
            .GetProperty("evidence").GetProperty("text").GetString().ShouldBe(support["wounded"]);
    }

    /// <summary>
    /// A version 10 database made before migrations gains the month summaries by the migration after the first, counted
    /// from the incidents already there, every incident's id and update time kept.
    /// </summary>
    [SqliteOnlyFact]
    public async Task AVersion10DatabaseGainsTheMonthSummariesByMigration()
    {
        var (second, incidentsBefore) = await DowngradedAsync("UPDATE meta SET Value = '10' WHERE Key = 'schema_version';");
        using var _ = second;
        second.CreateClient();
        await AssertUpgradedInPlaceAsync(second, incidentsBefore);
        await using var scope = second.Services.CreateAsyncScope();
        var (months, recounted) = await SummaryCorpus.MonthRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
        months.ShouldNotBeEmpty();
        months.ShouldBe(recounted);
        var (years, recountedYears) = await SummaryCorpus.YearRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
        years.ShouldNotBeEmpty();
        years.ShouldBe(recountedYears);
    }

    /// <summary>
    /// A database of the hand-written version 11 (month summaries and their triggers, no migrations) keeps every
    /// incident, and its month summaries are made and counted again by the migration: a wrong count in them does not
    /// survive the upgrade.
    /// </summary>
    [SqliteOnlyFact]
    public async Task AVersion11DatabaseMadeBeforeMigrationsHasItsMonthSummariesCountedAgain()
    {
        var (second, incidentsBefore) = await DowngradedAsync("""
            UPDATE incident_place_months SET Incidents = Incidents + 5;
            UPDATE meta SET Value = '11' WHERE Key = 'schema_version';
            """, withMonthSummaries: true);
        using var _ = second;
        second.CreateClient();
        await AssertUpgradedInPlaceAsync(second, incidentsBefore);
        second.Rows("SELECT count(*) FROM \"__EFMigrationsHistory\"").ShouldBe(["7"]);
        await using var scope = second.Services.CreateAsyncScope();
        var (months, recounted) = await SummaryCorpus.MonthRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
        months.ShouldNotBeEmpty();
        months.ShouldBe(recounted);
        var (years, recountedYears) = await SummaryCorpus.YearRowsAsync(scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>());
        years.ShouldNotBeEmpty();
        years.ShouldBe(recountedYears);
    }

    /// <summary>
    /// The seeds imported by today's code, then <paramref name="downgrade"/> run to make the database an older version;
    /// returns a second factory on it (not yet started) and the incidents' ids and update times before.
    /// </summary>
    private async Task<(NewsFactsFactory Second, List<string> IncidentsBefore)> DowngradedAsync(string downgrade, bool withMonthSummaries = false)
    {
        List<string> incidentsBefore;
        using (var first = new NewsFactsFactory(_path))
        {
            first.CreateClient();
            await first.ImportSeedsAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            incidentsBefore = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.UpdatedAt).ToListAsync();
            await db.Database.ExecuteSqlRawAsync(downgrade);
            await db.Database.ExecuteSqlRawAsync(withMonthSummaries ? WithoutIndexesAddedByMigrations + WithoutHistory : BeforeMigrations);
        }
        return (new NewsFactsFactory(_path), incidentsBefore);
    }

    /// <summary>Imports one article through the import job, from a JSON Lines file beside the database, and checks it went in.</summary>
    private async Task ImportOneAsync(NewsFactsFactory factory, object article)
    {
        var report = _path + ".report.jsonl";
        await File.WriteAllTextAsync(report, System.Text.Json.JsonSerializer.Serialize(article) + "\n");
        try
        {
            (await factory.ImportAsync(report)).Imported.ShouldBe(1);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>The started factory's database is at the current version with every incident as it was: upgraded, not rebuilt.</summary>
    private static async Task AssertUpgradedInPlaceAsync(NewsFactsFactory factory, List<string> incidentsBefore)
    {
        await using var after = factory.Services.CreateAsyncScope();
        var upgraded = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await upgraded.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
        (await upgraded.Incidents.OrderBy(i => i.Id).Select(i => i.Id + "|" + i.UpdatedAt).ToListAsync()).ShouldBe(incidentsBefore);
    }
}
