using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

public sealed class SchemaRebuildTests : IDisposable
{
    private readonly string _path = NewsFactsFactory.NewDatabasePath();

    public void Dispose() => NewsFactsFactory.DeleteDatabase(_path);

    [Fact]
    public async Task AnOlderSchemaVersionIsRebuiltWithoutLosingArticles()
    {
        List<string> hashesBefore;
        using (var first = new NewsFactsFactory(_path))
        {
            first.CreateClient();
            await first.ImportSeedsAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            hashesBefore = await db.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE meta SET Value = '0' WHERE Key = 'schema_version'");
        }

        using var second = new NewsFactsFactory(_path);
        second.CreateClient();
        await using var after = second.Services.CreateAsyncScope();
        var rebuilt = after.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        (await rebuilt.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync()).ShouldBe(hashesBefore);
        (await rebuilt.Meta.SingleAsync(m => m.Key == "schema_version")).Value.ShouldBe(DatabaseInitializer.SchemaVersion.ToString());
    }
}
