using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsFacts.Api.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied on every open (the initializer's connection is not the one an import
/// or a request gets). synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync; the database cannot be
/// corrupted, and a power cut loses at most the last commits, which a re-import restores (the import is idempotent).
/// With one transaction per article, that fsync was most of an import's time. Both settings stay with the native
/// connection, which the pool keeps open while EF opens and closes it around every query, so each is applied once to
/// a native connection: run on every open, they were about 1.5% of an article detail's CPU in a trace at 100k articles.
/// The memory map is <see cref="DatabaseOptions.SqliteMapMegabytes"/>.
/// </summary>
public sealed class SqlitePragmaInterceptor(int mapMegabytes) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA mmap_size={mapMegabytes * 1024L * 1024L};";

    /// <summary>The native connections the pragmas were applied to; an entry goes with its connection.</summary>
    private readonly ConditionalWeakTable<object, object> _applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether this open is the first of its native connection (always, for a connection that is not SQLite's).</summary>
    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _applied.TryAdd(handle, handle);
}
