using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data.Postgres;

namespace NewsFacts.Api.Tests;

/// <summary>The copy-to-postgres command: a SQLite database moved to PostgreSQL answers the same, with the same ids.</summary>
public sealed class SqliteToPostgresCopyTests : IDisposable
{
    private readonly string _sqlite = NewsFactsFactory.NewDatabasePath();
    private string? _postgres;

    public void Dispose()
    {
        NewsFactsFactory.DeleteDatabase(_sqlite);
        if (_postgres is not null)
        {
            TestDatabase.DropPostgresDatabase(_postgres);
        }
    }

    private static async Task<List<string>> IncidentsAsync(HttpClient client)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=200&sort=id");
        return body.GetProperty("items").EnumerateArray().Select(i => string.Join('|', i.GetProperty("id"), i.GetProperty("type"), i.GetProperty("date"),
            i.GetProperty("killed"), i.GetProperty("wounded"), i.GetProperty("sources").GetArrayLength())).ToList();
    }

    private static async Task<List<int>> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString(q))).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetInt32()).ToList();

    [PostgresFact]
    public async Task ACopiedDatabaseAnswersAlikeWithTheSameIds()
    {
        const string key = "test-key-0123456789abcdef";
        using var sqlite = new NewsFactsFactory(_sqlite, ("Auth:ApiKeys:0", key));
        var before = sqlite.CreateClient();
        before.DefaultRequestHeaders.Add("X-Api-Key", key);
        (await sqlite.ImportSeedsAsync()).Imported.ShouldBe(5);
        (await before.DeleteAsync("/api/articles/2")).EnsureSuccessStatusCode();

        _postgres = TestDatabase.CreatePostgresDatabase();
        await using (var scope = sqlite.Services.CreateAsyncScope())
        {
            var counts = await ActivatorUtilities.CreateInstance<SqliteToPostgresCopier>(scope.ServiceProvider).CopyAsync(_postgres, CancellationToken.None);
            counts["articles"].ShouldBe(4);
            counts["article_search"].ShouldBe(4);
        }

        using var postgres = new NewsFactsFactory(("Database:Provider", "Postgres"), ("ConnectionStrings:NewsFacts", _postgres), ("Auth:ApiKeys:0", key));
        var after = postgres.CreateClient();
        after.DefaultRequestHeaders.Add("X-Api-Key", key);
        var incidents = await IncidentsAsync(before);
        incidents.Count.ShouldBeGreaterThan(3);
        (await IncidentsAsync(after)).ShouldBe(incidents);
        (await after.GetStringAsync("/api/stats")).ShouldBe(await before.GetStringAsync("/api/stats"));
        (await after.GetStringAsync("/api/timeline?interval=month")).ShouldBe(await before.GetStringAsync("/api/timeline?interval=month"));
        foreach (var q in new[] { "صواريخ", "\"قاعدة عين الأسد\"", "الأميركية" })
        {
            (await SearchAsync(after, q)).ShouldBe(await SearchAsync(before, q), q);
        }
        (await after.GetAsync("/api/articles/2")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        var created = await after.PostAsJsonAsync("/api/articles", new
        {
            title = "صاروخان على قاعدة حرير",
            text = "سقط صاروخان على قاعدة حرير في أربيل مساء الأحد، ما أسفر عن إصابة جنديين بجروح طفيفة.",
            publishedAt = "2024-03-11",
        });
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32().ShouldBe(6);
    }
}
