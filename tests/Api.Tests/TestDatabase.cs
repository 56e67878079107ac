using Npgsql;

namespace NewsFacts.Api.Tests;

/// <summary>
/// Which engine the integration tests run on. SQLite unless NEWSFACTS_TEST_PROVIDER=Postgres, which needs
/// NEWSFACTS_TEST_POSTGRES: a connection string to a server where the tests may create and drop databases
/// (.ci/run starts a throwaway one and runs the suite once per engine).
/// </summary>
public static class TestDatabase
{
    public static string? PostgresAdmin => Environment.GetEnvironmentVariable("NEWSFACTS_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool OnPostgres { get; } = string.Equals(Environment.GetEnvironmentVariable("NEWSFACTS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
        ? PostgresAdmin is not null ? true : throw new InvalidOperationException("NEWSFACTS_TEST_PROVIDER=Postgres needs NEWSFACTS_TEST_POSTGRES")
        : false;

    /// <summary>A new empty database on the test server; returns its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        var name = $"newsfacts_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
    }

    public static void DropPostgresDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var admin = new NpgsqlConnection(PostgresAdmin);
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}

/// <summary>A test of something only the SQLite file has (its pragmas, its file, its hand-made older schemas).</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.OnPostgres)
        {
            Skip = "SQLite only";
        }
    }
}

/// <summary>A test that needs a PostgreSQL server: skipped where NEWSFACTS_TEST_POSTGRES is not set (CI sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresAdmin is null)
        {
            Skip = "no PostgreSQL configured (NEWSFACTS_TEST_POSTGRES)";
        }
    }
}

/// <summary>A theory about something only the SQLite file has; see <see cref="SqliteOnlyFactAttribute"/>.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (TestDatabase.OnPostgres)
        {
            Skip = "SQLite only";
        }
    }
}
