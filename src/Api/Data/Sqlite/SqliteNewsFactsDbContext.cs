using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsFacts.Api.Data.Sqlite;

/// <summary>
/// The model on SQLite. A type of its own only so that its migrations (Data/Migrations/Sqlite) are found apart from
/// PostgreSQL's: EF Core picks a context's migrations by the context type they name.
/// </summary>
public sealed class SqliteNewsFactsDbContext(DbContextOptions<SqliteNewsFactsDbContext> options) : NewsFactsDbContext(options);

/// <summary>For <c>dotnet ef migrations add NAME --context SqliteNewsFactsDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsFactsDbContext>
{
    public SqliteNewsFactsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsFactsDbContext>().UseSqlite("Data Source=newsfacts.db").Options);
}
