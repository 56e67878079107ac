using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsFacts.Api.Data;

/// <summary>
/// Makes the schema current by EF Core migrations, one set per engine (Data/Migrations/Sqlite, Data/Migrations/Postgres),
/// which keep every row. A SQLite database made before migrations (the hand-written schema, versions 5 to 10) is first
/// brought to version 10 in place and then recorded as the first migration applied: its ids and facts stay as they are.
/// Only an older or unknown SQLite schema is rebuilt: its articles' raw text and metadata are carried across and re-run
/// through the pipeline. (The reextract command re-extracts in place instead, keeping ids: see Import.ArticleReextractor.)
/// </summary>
public sealed class DatabaseInitializer(NewsFactsDbContext db, ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// The last version of the hand-written schema, which the first SQLite migration creates. Schema changes are now
    /// migrations (<c>dotnet ef migrations add NAME --context SqliteNewsFactsDbContext</c>, and the same for
    /// PostgresNewsFactsDbContext); this number no longer moves.
    /// </summary>
    public const int SchemaVersion = 10;

    /// <summary>Version 5 differs from 6 only by the incident summary tables, which are added and counted in place.</summary>
    private const int SummaryLessVersion = 5;

    /// <summary>Version 6 differs from 7 only by incidents.FirstReported and its index, which are added and filled in place.</summary>
    private const int FirstReportedLessVersion = 6;

    /// <summary>
    /// Version 7 differs from 8 only by date_mentions.Line, added in place; the dates of removed lines appear as
    /// articles are re-extracted (the reextract command).
    /// </summary>
    private const int DateLineLessVersion = 7;

    /// <summary>Version 8 differs from 9 only by date_mentions.Until (a range's last day), added in place.</summary>
    private const int UntilLessVersion = 8;

    /// <summary>
    /// Version 9 differs from 10 only by incident_sources.Support (the sentences and the words behind each value), added
    /// in place; stored sources gain it as their articles are re-extracted (the reextract command).
    /// </summary>
    private const int SupportLessVersion = 9;

    /// <summary>
    /// Version 11 was the hand-written schema's last step, made by builds between version 10 and migrations: version 10
    /// plus the month summaries, which are now the AddMonthSummaries migration. Its month tables and their triggers are
    /// dropped and it is recorded as version 10, so the migration creates them again and counts them from the incidents.
    /// </summary>
    private const int MonthSummaryVersion = 11;

    private const string VersionKey = "schema_version";

    /// <summary>
    /// Where a rebuild moves the articles table, until <see cref="Import.StoredArticleReplayer"/> has re-extracted every article
    /// in it. It is a table, not a list in memory, so a million articles need no memory and a crash loses none of them.
    /// </summary>
    public const string CarriedTable = "articles_carried";

    /// <summary>Makes the schema current. After a rebuild, the articles wait in <see cref="CarriedTable"/> for the replayer.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            // EF Core holds an advisory lock while it migrates, so API processes starting together apply each migration once.
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        // Two processes starting on a new database (two imports, or the server and an import) would both create the
        // schema; a lock file beside the database lets one do it while the other waits, then finds it current.
        await using var initLock = await InitLock.AcquireAsync(db.Database.GetConnectionString(), cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ConfigureConnectionAsync(cancellationToken);
        if (!await db.Database.TableExistsAsync(HistoryRepository.DefaultTableName, cancellationToken))
        {
            await AdoptHandWrittenSchemaAsync(cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// A SQLite database made before migrations: versions 5 to 9 gain what version 10 added, in place; version 10 is
    /// then recorded as the first migration applied. Any other schema with articles is carried and rebuilt. A new,
    /// empty database is left to the migrations.
    /// </summary>
    private async Task AdoptHandWrittenSchemaAsync(CancellationToken cancellationToken)
    {
        var existing = await ReadVersionAsync(cancellationToken);
        if (existing == MonthSummaryVersion)
        {
            await DropMonthSummariesAsync(cancellationToken);
            existing = SchemaVersion;
        }
        if (existing == SummaryLessVersion)
        {
            await AddIncidentSummaryAsync(cancellationToken);
            existing = FirstReportedLessVersion;
        }
        if (existing == FirstReportedLessVersion)
        {
            await AddFirstReportedAsync(cancellationToken);
            existing = DateLineLessVersion;
        }
        if (existing is DateLineLessVersion or UntilLessVersion or SupportLessVersion)
        {
            await AddColumnsAsync(existing.Value, cancellationToken);
            existing = SchemaVersion;
        }
        if (existing == SchemaVersion)
        {
            await AddReadIndexesAsync(cancellationToken);
            await RecordFirstMigrationAsync(cancellationToken);
            return;
        }
        if (existing is not null || await db.Database.TableExistsAsync("articles", cancellationToken))
        {
            logger.LogWarning("Schema version {Found} predates the in-place upgrades (5 and later): rebuilding; every article is re-extracted from its stored text",
                existing);
            await CarryAndDropAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Records the first migration as applied to a version 10 database, which has exactly the schema it creates. The
    /// history table and its row go in one transaction, so an interrupted start leaves the database as it was.
    /// </summary>
    private async Task RecordFirstMigrationAsync(CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var first = db.Database.GetMigrations().First();
        logger.LogWarning("Schema version {Version} made before migrations: recorded as migration {Migration}, every row kept", SchemaVersion, first);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// In one transaction: the articles table becomes <see cref="CarriedTable"/> and every other table is dropped, the
    /// migration history with them, so the migrations then create the current schema afresh. Interrupted, it rolls
    /// back whole; committed, the articles are safe in the carried table, and a start cut short before the migrations
    /// ran finds a database with only the carried table, which it migrates and replays.
    /// </summary>
    private async Task CarryAndDropAsync(CancellationToken cancellationToken)
    {
        // Outside the transaction: SQLite ignores this pragma inside one. Tables are dropped in no particular order.
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A carried table already there is from a rebuild whose replay was cut short: it still holds what is left.
            if (!await db.Database.TableExistsAsync(CarriedTable, cancellationToken) && await db.Database.TableExistsAsync("articles", cancellationToken))
            {
                // Its indexes would keep their names and clash with the new articles table's.
                foreach (var index in await NamesAsync("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles' AND sql IS NOT NULL", cancellationToken))
                {
                    await ExecuteDdlAsync("DROP INDEX " + Quoted(index), cancellationToken);
                }
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE articles RENAME TO " + CarriedTable, cancellationToken);
            }
            await DropAllTablesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", cancellationToken);
        }
    }

    private async Task CreateTriggersAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(IncidentSummary.Triggers, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ActorTally.Triggers, cancellationToken);
    }

    /// <summary>The covering index the timeline reads the day summary through (see the model).</summary>
    public const string TimelineIndex = "IX_incident_days_Date_Counts";

    /// <summary>
    /// Indexes that only make reads faster, created where missing: they change no row and no query's answer, so a
    /// database of the current version gains them in place at start (a second or less on a million articles) instead of
    /// a version change, and a build without them still reads the database.
    /// </summary>
    private async Task AddReadIndexesAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CreateStatements([$"CREATE INDEX \"{TimelineIndex}\""]))
        {
            await db.Database.ExecuteSqlRawAsync(statement.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal), cancellationToken);
        }
    }

    private static string CurrentVersion => SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What version 6 adds to version 5, as the model's create script writes it.</summary>
    private static readonly string[] AddedInVersion6 =
    [
        "CREATE TABLE \"incident_days\"", "CREATE TABLE \"incident_places\"", "CREATE TABLE \"actor_counts\"",
        "CREATE INDEX \"IX_incident_actors_ActorId_IncidentId\"", "CREATE INDEX \"IX_incident_days_Type_Country_Date_Incidents\"",
    ];

    /// <summary>
    /// The upgrade from version 5, in one transaction: the summary and actor-count tables, their triggers and recounts,
    /// the actor index widened by the incident, and an index on the day summary. Seconds on a million articles,
    /// where a rebuild would re-extract every one of them.
    /// </summary>
    private async Task AddIncidentSummaryAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Schema version {Found}: adding the incident summary tables (version {Expected})", SummaryLessVersion, FirstReportedLessVersion);
        var statements = CreateStatements(AddedInVersion6);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DROP INDEX IF EXISTS \"IX_incident_actors_ActorId\"", cancellationToken);
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
        await CreateTriggersAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(IncidentSummary.Recount, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ActorTally.Recount, cancellationToken);
        await SetVersionAsync(FirstReportedLessVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The upgrade from version 6, in one transaction: incidents.FirstReported, filled from the sources' articles, and
    /// the index the merge lookup of undated reports reads it through.
    /// </summary>
    private async Task AddFirstReportedAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Schema version {Found}: adding the incidents' first report dates (version {Expected})", FirstReportedLessVersion, SchemaVersion);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            ALTER TABLE incidents ADD COLUMN "FirstReported" TEXT NULL;
            UPDATE incidents SET FirstReported =
                (SELECT min(a.PublishedAt) FROM incident_sources s JOIN articles a ON a.Id = s.ArticleId WHERE s.IncidentId = incidents.Id);
            """, cancellationToken);
        // Version 10's index, as its first migration has it: the later migration UndatedLookupPartialIndex replaces it.
        await db.Database.ExecuteSqlRawAsync(
            "CREATE INDEX \"IX_incidents_Type_LocationId_Dated_FirstReported\" ON \"incidents\" (\"Type\", \"LocationId\", \"Dated\", \"FirstReported\")",
            cancellationToken);
        await SetVersionAsync(DateLineLessVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Versions 7 to 9 gain the columns they lack in place, in one transaction: the date mentions' Line and Until, the
    /// incident sources' Support.
    /// </summary>
    private async Task AddColumnsAsync(int found, CancellationToken cancellationToken)
    {
        logger.LogWarning("Schema version {Found}: adding date mention and incident source columns (version {Expected})", found, SchemaVersion);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('date_mentions')").ToListAsync(cancellationToken);
        if (!columns.Contains("Line"))
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE date_mentions ADD COLUMN \"Line\" INTEGER NULL", cancellationToken);
        }
        if (!columns.Contains("Until"))
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE date_mentions ADD COLUMN \"Until\" TEXT NULL", cancellationToken);
        }
        var sourceColumns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('incident_sources')").ToListAsync(cancellationToken);
        if (!sourceColumns.Contains("Support"))
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE incident_sources ADD COLUMN \"Support\" TEXT NULL", cancellationToken);
        }
        await SetVersionAsync(SchemaVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A version 11 database back to version 10, in one transaction: its month summaries and their triggers go, and the
    /// AddMonthSummaries migration then makes and counts them as on any other database.
    /// </summary>
    private async Task DropMonthSummariesAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Schema version {Found}: its month summaries are left to the migrations (version {Expected})", MonthSummaryVersion, SchemaVersion);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(IncidentSummary.DropMonthTriggers, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS incident_place_months; DROP TABLE IF EXISTS incident_actor_months;", cancellationToken);
        await SetVersionAsync(SchemaVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The statements of the model's own create script that start as given, one for each, in script order.</summary>
    private List<string> CreateStatements(IReadOnlyList<string> starts)
    {
        var statements = db.Database.GenerateCreateScript()
            .Split(";" + Environment.NewLine)
            .Select(statement => statement.Trim())
            .Where(statement => starts.Any(start => statement.StartsWith(start, StringComparison.Ordinal)))
            .ToList();
        if (statements.Count != starts.Count)
        {
            throw new InvalidOperationException("The model's create script lacks one of: " + string.Join(", ", starts));
        }
        return statements;
    }

    private Task SetVersionAsync(int version, CancellationToken cancellationToken) =>
        db.Meta.Where(m => m.Key == VersionKey)
            .ExecuteUpdateAsync(m => m.SetProperty(e => e.Value, version.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);

    /// <summary>
    /// Drops every table but the carried articles, in place (deleting the file under an open connection would leave
    /// that connection on the old file). Virtual tables go first: dropping one drops its shadow tables, which cannot be
    /// dropped on their own.
    /// </summary>
    private async Task DropAllTablesAsync(CancellationToken cancellationToken)
    {
        var tables = new List<(string Name, bool Virtual)>();
        await using (var command = db.Database.Command("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }
        foreach (var (name, _) in tables.Where(t => t.Name != CarriedTable).OrderByDescending(t => t.Virtual))
        {
            if (await db.Database.TableExistsAsync(name, cancellationToken))
            {
                await ExecuteDdlAsync("DROP TABLE " + Quoted(name), cancellationToken);
            }
        }
        if (await db.Database.TableExistsAsync("sqlite_sequence", cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence;", cancellationToken);
        }
    }

    /// <summary>Statements naming tables and indexes read from sqlite_master, which parameters cannot name.</summary>
    private Task ExecuteDdlAsync(string sql, CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    /// <summary>A name from sqlite_master as an SQL identifier (names come from the schema, never from input).</summary>
    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task<List<string>> NamesAsync(string sql, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = db.Database.Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private async Task ConfigureConnectionAsync(CancellationToken cancellationToken)
    {
        // WAL lets readers go on while an import writes; the busy timeout makes a second writer wait instead of failing.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout=10000;", cancellationToken);
    }

    private async Task<int?> ReadVersionAsync(CancellationToken cancellationToken)
    {
        if (!await db.Database.TableExistsAsync("meta", cancellationToken))
        {
            return null;
        }
        var value = await db.Meta.Where(m => m.Key == VersionKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
        return int.TryParse(value, out var v) ? v : null;
    }
}

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

