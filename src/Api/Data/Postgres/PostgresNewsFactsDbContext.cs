using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsFacts.Api.Data.Postgres;

/// <summary>
/// The model on PostgreSQL. A type of its own only so that its migrations (Data/Migrations/Postgres) are found apart
/// from SQLite's: EF Core picks a context's migrations by the context type they name.
/// </summary>
public sealed class PostgresNewsFactsDbContext(DbContextOptions<PostgresNewsFactsDbContext> options) : NewsFactsDbContext(options);

/// <summary>For <c>dotnet ef migrations add NAME --context PostgresNewsFactsDbContext</c>: no server is needed to write a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsFactsDbContext>
{
    public PostgresNewsFactsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsFactsDbContext>().UseNpgsql("Host=localhost;Database=newsfacts").Options);
}
