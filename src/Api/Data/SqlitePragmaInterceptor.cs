using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsFacts.Api.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied on every open (the initializer's connection is not the one an import
/// or a request gets). synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync; the database cannot be
/// corrupted, and a power cut loses at most the last commits, which a re-import restores (the import is idempotent).
/// With one transaction per article, that fsync was most of an import's time.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
