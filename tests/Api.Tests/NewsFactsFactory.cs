using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The real app on a fresh temporary database, with the schema applied the way production applies it: a SQLite file,
/// or a new PostgreSQL database when the suite runs on PostgreSQL (<see cref="TestDatabase"/>).
/// </summary>
public sealed class NewsFactsFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly bool _ownsDatabase;
    private readonly string? _postgres;
    private readonly bool _ownsPostgres;
    private readonly (string Key, string Value)[] _settings;

    /// <summary>A fresh database, deleted on dispose, with extra configuration applied after the defaults (e.g. ("Auth:ApiKeys:0", key)).</summary>
    public NewsFactsFactory(params (string Key, string Value)[] settings)
        : this(null, settings)
    {
    }

    /// <summary>An existing database file the caller owns (to test restarts), or a fresh one when null.</summary>
    public NewsFactsFactory(string? databasePath, params (string Key, string Value)[] settings)
    {
        _ownsDatabase = databasePath is null;
        _databasePath = databasePath ?? NewDatabasePath();
        // A test that names its own PostgreSQL database (several hosts on one database) owns it; otherwise each factory
        // on PostgreSQL makes a database of its own, dropped on dispose.
        var given = settings.Any(s => s is ("Database:Provider", "Postgres"))
            ? settings.LastOrDefault(s => s.Key == "ConnectionStrings:NewsFacts").Value
            : null;
        _ownsPostgres = given is null && databasePath is null && TestDatabase.OnPostgres;
        _postgres = given ?? (_ownsPostgres ? TestDatabase.CreatePostgresDatabase() : null);
        _settings = settings;
    }

    /// <summary>The SQLite file (tests of the file itself are SQLite only).</summary>
    public string DatabasePath => _postgres is null ? _databasePath : throw new InvalidOperationException("This factory runs on PostgreSQL.");

    /// <summary>The PostgreSQL connection string, when the factory runs on PostgreSQL.</summary>
    public string? PostgresConnectionString => _postgres;

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"newsfacts-test-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".init-lock" })
        {
            File.Delete(file);
        }
    }

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Samples");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_postgres is null)
        {
            builder.UseSetting("ConnectionStrings:NewsFacts", $"Data Source={_databasePath}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:NewsFacts", _postgres);
        }
        builder.UseSetting("NewsFacts:SeedOnStartup", "false");
        // The budget guards against hostile pages, not against a test host sharing two cores with parallel test classes:
        // a seed article must not fail for the machine's load. TimeBudgetTests set their own.
        builder.UseSetting("NewsFacts:ArticleTimeBudget", "00:01:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Runs SQL on a connection of its own, as another process would, and returns each row's values joined by '|'.
    /// The SQL must read alike on both engines (unquoted names, which PostgreSQL folds to the lower case it uses).
    /// </summary>
    public List<string> Rows(string sql)
    {
        using var connection = OpenOwnConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    /// <summary>Runs a statement on a connection of its own, as another process would; returns the rows it changed.</summary>
    public int Execute(string sql)
    {
        using var connection = OpenOwnConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>A trigger that fails every insert into the table whose row meets the condition (SQL on NEW, alike on both engines).</summary>
    public void RejectInserts(string table, string condition) => Execute(_postgres is null
        ? $"CREATE TRIGGER reject_{table} BEFORE INSERT ON {table} WHEN {condition} BEGIN SELECT RAISE(ABORT, 'rejected by the test'); END"
        : $"""
            CREATE FUNCTION reject_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF {condition} THEN RAISE EXCEPTION 'rejected by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER reject_{table} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION reject_{table}();
            """);

    private System.Data.Common.DbConnection OpenOwnConnection()
    {
        System.Data.Common.DbConnection connection = _postgres is null
            ? new SqliteConnection($"Data Source={_databasePath};Pooling=False")
            : new Npgsql.NpgsqlConnection(_postgres);
        connection.Open();
        return connection;
    }

    /// <summary>Imports files or folders through the same job the import command runs.</summary>
    public Task<ImportSummary> ImportAsync(params string[] paths) =>
        Services.GetRequiredService<ImportJob>().RunAsync(paths, showProgress: false, CancellationToken.None);

    public Task<ImportSummary> ImportSeedsAsync() => ImportAsync(SamplesDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsPostgres)
        {
            TestDatabase.DropPostgresDatabase(_postgres!);
        }
        else if (_postgres is null && _ownsDatabase)
        {
            DeleteDatabase(_databasePath);
        }
    }
}
