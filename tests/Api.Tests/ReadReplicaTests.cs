using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

/// <summary>With ConnectionStrings:NewsFactsRead set, GETs read there and writes go to the primary (NewsFacts).</summary>
public sealed class ReadReplicaTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private readonly string _primary = NewsFactsFactory.NewDatabasePath();
    private readonly string _replica = NewsFactsFactory.NewDatabasePath();

    public void Dispose()
    {
        NewsFactsFactory.DeleteDatabase(_primary);
        NewsFactsFactory.DeleteDatabase(_replica);
    }

    [SqliteOnlyFact]
    public async Task GetsReadTheReplicaAndWritesGoToThePrimary()
    {
        using (var seeded = new NewsFactsFactory(_replica))
        {
            seeded.CreateClient();
            (await seeded.ImportSeedsAsync()).Imported.ShouldBe(5);
        }
        using var factory = new NewsFactsFactory(_primary, ("ConnectionStrings:NewsFactsRead", $"Data Source={_replica}"), ("Auth:ApiKeys:0", Key));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(5);
        (await client.PostAsJsonAsync("/api/articles", new
        {
            title = "صاروخان على قاعدة حرير",
            text = "سقط صاروخان على قاعدة حرير في أربيل مساء الأحد، ما أسفر عن إصابة جنديين بجروح طفيفة.",
            publishedAt = "2024-03-11",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        factory.Rows("SELECT count(*) FROM articles").ShouldBe(["1"]);
        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(5);
    }
}
