using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;
using NewsFacts.Api.Extensions;

namespace NewsFacts.Api.Tests;

/// <summary>The server's SQLite connections read the file through a memory map; the commands' do not, unless told to.</summary>
public sealed class SqliteMemoryMapTests : IDisposable
{
    private readonly string _database = NewsFactsFactory.NewDatabasePath();

    public void Dispose() => NewsFactsFactory.DeleteDatabase(_database);

    [SqliteOnlyFact]
    public async Task TheServersConnectionsMapTheFile()
    {
        using var factory = new NewsFactsFactory();
        factory.CreateClient().Dispose();

        (await MapSizeAsync(factory.Services)).ShouldBe(2047L * 1024 * 1024);
    }

    [SqliteOnlyTheory]
    [InlineData(new[] { "import", "corpus.jsonl" }, 0L)]
    [InlineData(new[] { "reextract" }, 0L)]
    [InlineData(new[] { "import", "corpus.jsonl", "--Database:SqliteMapMegabytes=64" }, 64L * 1024 * 1024)]
    public async Task CommandsDoNotMapTheFileUnlessToldTo(string[] args, long expected)
    {
        var command = CliCommand.Parse(args);
        var builder = WebApplication.CreateBuilder([.. command.HostArgs, $"--ConnectionStrings:NewsFacts=Data Source={_database}", "--NewsFacts:SeedOnStartup=false"]);
        builder.AddNewsFacts();
        await using var app = builder.Build();

        (await MapSizeAsync(app.Services)).ShouldBe(expected);
    }

    private static async Task<long> MapSizeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
