using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsFacts.Api.Data;

/// <summary>
/// Creates the schema, or rebuilds it when the code's schema version moved on. Articles' raw text and metadata are
/// carried across a rebuild and re-run through the pipeline, so a schema change never loses an imported article.
/// </summary>
public sealed class DatabaseInitializer(NewsFactsDbContext db, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Bump on any change to the model; the next start rebuilds the derived tables.</summary>
    public const int SchemaVersion = 6;

    /// <summary>Version 5 differs from 6 only by the incident summary tables, which are added and counted in place.</summary>
    private const int SummaryLessVersion = 5;

    private const string VersionKey = "schema_version";

    /// <summary>Makes the schema current. Returns the articles that must be re-extracted after a rebuild.</summary>
    public async Task<IReadOnlyList<StoredArticle>> InitializeAsync(CancellationToken cancellationToken)
    {
        // Two processes starting on a new database (two imports, or the server and an import) would both create the
        // schema; a lock file beside the database lets one do it while the other waits, then finds it current.
        await using var initLock = await InitLock.AcquireAsync(db.Database.GetConnectionString(), cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ConfigureConnectionAsync(cancellationToken);
        var existing = await ReadVersionAsync(cancellationToken);
        if (existing == SchemaVersion)
        {
            return [];
        }
        if (existing == SummaryLessVersion)
        {
            await AddIncidentSummaryAsync(cancellationToken);
            return [];
        }
        List<StoredArticle> carried = [];
        if (existing is not null || await TableExistsAsync("articles", cancellationToken))
        {
            carried = await ReadStoredArticlesAsync(cancellationToken);
            logger.LogWarning("Schema version {Found} differs from {Expected}: rebuilding and re-extracting {Count} articles",
                existing, SchemaVersion, carried.Count);
            await DropAllTablesAsync(cancellationToken);
            // EnsureCreated would see sqlite_sequence, which cannot be dropped, and think the schema is there.
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
        else
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(
            // Contentless: the index keeps no copy of the terms it indexes (snippets come from the article's text), which
            // would add a third copy of every article to the file; contentless_delete lets a deleted article leave it.
            "CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')",
            cancellationToken);
        await IncidentSummary.CreateTriggersAsync(db, cancellationToken);
        db.Meta.Add(new MetaEntry { Key = VersionKey, Value = CurrentVersion });
        await db.SaveChangesAsync(cancellationToken);
        return carried;
    }

    private static string CurrentVersion => SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The upgrade from version 5: the summary tables as the model creates them, their triggers, and one recount, in one
    /// transaction. Seconds on a million articles, where a rebuild would re-extract every one of them.
    /// </summary>
    private async Task AddIncidentSummaryAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Schema version {Found}: adding the incident summary tables (version {Expected})", SummaryLessVersion, SchemaVersion);
        var tables = db.Database.GenerateCreateScript()
            .Split(";" + Environment.NewLine)
            .Select(statement => statement.Trim())
            .Where(statement => statement.StartsWith("CREATE TABLE \"incident_days\"", StringComparison.Ordinal)
                || statement.StartsWith("CREATE TABLE \"incident_places\"", StringComparison.Ordinal))
            .ToList();
        if (tables.Count != 2)
        {
            throw new InvalidOperationException("The model's create script has no incident summary tables.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in tables)
        {
            await db.Database.ExecuteSqlRawAsync(table, cancellationToken);
        }
        await IncidentSummary.CreateTriggersAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(IncidentSummary.Recount, cancellationToken);
        await db.Meta.Where(m => m.Key == VersionKey).ExecuteUpdateAsync(m => m.SetProperty(e => e.Value, CurrentVersion), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Drops every table in place (deleting the file under an open connection would leave that connection on the old
    /// file). Virtual tables go first: dropping one drops its shadow tables, which cannot be dropped on their own.
    /// </summary>
    private async Task DropAllTablesAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var tables = new List<(string Name, bool Virtual)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellationToken);
        foreach (var (name, _) in tables.OrderByDescending(t => t.Virtual))
        {
            if (!await TableExistsAsync(name, cancellationToken))
            {
                continue;
            }
#pragma warning disable EF1002 // Table names come from sqlite_master, not from input.
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
#pragma warning restore EF1002
        }
        if (await TableExistsAsync("sqlite_sequence", cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence;", cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", cancellationToken);
    }

    private async Task ConfigureConnectionAsync(CancellationToken cancellationToken)
    {
        // WAL lets readers go on while an import writes; the busy timeout makes a second writer wait instead of failing.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout=10000;", cancellationToken);
    }

    private async Task<int?> ReadVersionAsync(CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync("meta", cancellationToken))
        {
            return null;
        }
        var value = await db.Meta.Where(m => m.Key == VersionKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
        return int.TryParse(value, out var v) ? v : null;
    }

    private async Task<bool> TableExistsAsync(string name, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.Add(new SqliteParameter("$name", name));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Reads the stable columns with plain SQL, so it works whatever the rest of an old schema looked like.</summary>
    private async Task<List<StoredArticle>> ReadStoredArticlesAsync(CancellationToken cancellationToken)
    {
        var result = new List<StoredArticle>();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT RawText, Title, Url, Source, PublishedAt, ImportedAt FROM articles ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredArticle(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : DateOnly.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(5) ? null : DateTime.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return result;
    }
}

/// <summary>The stable part of an article row, as carried across a schema rebuild.</summary>
public sealed record StoredArticle(string RawText, string? Title, string? Url, string? Source, DateOnly? PublishedAt, DateTime? ImportedAt);

/// <summary>An exclusive lock file beside a SQLite database file, held while the schema is checked or created.</summary>
internal sealed class InitLock : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly FileStream? _stream;

    private InitLock(FileStream? stream) => _stream = stream;

    public static async Task<InitLock> AcquireAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            return new InitLock(null);
        }
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock on Unix and a sharing lock on Windows.
                return new InitLock(new FileStream(source + ".init-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream?.DisposeAsync() ?? ValueTask.CompletedTask;
}

