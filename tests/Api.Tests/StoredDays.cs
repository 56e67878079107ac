using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

/// <summary>
/// A day summary in an in-memory SQLite database holding one row per date of <paramref name="stored"/>: the date filters'
/// tests run their queries on it, as SQLite runs them.
/// </summary>
public abstract class StoredDays(string[] stored) : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected NewsFactsDbContext Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        Db = new NewsFactsDbContext(new DbContextOptionsBuilder<NewsFactsDbContext>().UseSqlite(_connection).Options);
        await Db.Database.EnsureCreatedAsync();
        Db.IncidentDays.AddRange(stored.Select(d => new IncidentDay { Date = d, Type = "drone", Country = "Iraq", Incidents = 1 }));
        await Db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
