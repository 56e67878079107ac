using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>The real app on a fresh temporary SQLite file, with the schema applied the way production applies it.</summary>
public sealed class NewsFactsFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly bool _ownsDatabase;
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
        _settings = settings;
    }

    public string DatabasePath => _databasePath;

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
        builder.UseSetting("ConnectionStrings:NewsFacts", $"Data Source={_databasePath}");
        builder.UseSetting("NewsFacts:SeedOnStartup", "false");
        // The budget guards against hostile pages, not against a test host sharing two cores with parallel test classes:
        // a seed article must not fail for the machine's load. TimeBudgetTests set their own.
        builder.UseSetting("NewsFacts:ArticleTimeBudget", "00:01:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Imports files or folders through the same job the import command runs.</summary>
    public Task<ImportSummary> ImportAsync(params string[] paths) =>
        Services.GetRequiredService<ImportJob>().RunAsync(paths, showProgress: false, CancellationToken.None);

    public Task<ImportSummary> ImportSeedsAsync() => ImportAsync(SamplesDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsDatabase)
        {
            DeleteDatabase(_databasePath);
        }
    }
}
