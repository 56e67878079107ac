using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsFacts.Api.Data;

/// <summary>
/// Tells whether the database changed, for every process on it. On SQLite, <c>PRAGMA data_version</c>, read on a
/// connection of its own, changes whenever any other connection (this process's imports and deletes, or an import
/// command in another process) commits. On PostgreSQL, the one row of <c>data_version</c>, which triggers bump in the
/// same transaction as any write to articles, incidents or their sources (see the migration), so a process sees the
/// new version exactly when it can see the new rows. Either costs one small read, so the response cache asks it on
/// every request and never serves stale data, whichever process wrote.
/// </summary>
public sealed class DataVersion(string connectionString, DatabaseProvider provider) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (provider != DatabaseProvider.Postgres)
        {
            return CurrentOnSqlite();
        }
        // The row reads the same on any connection, so each request takes one from the pool and none waits for
        // another's round trip: one shared connection behind a lock, as on SQLite, would make every request of the
        // process queue for the server in turn, a thread blocked for each.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT version FROM data_version", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The pragma compares commits with the last read on the same connection, so it needs one connection of its own,
    /// kept open; it answers from SQLite's memory in microseconds, so the lock around it costs nothing.
    /// </summary>
    private long CurrentOnSqlite()
    {
        lock (_lock)
        {
            try
            {
                if (_command is null)
                {
                    _connection = new SqliteConnection(connectionString);
                    _connection.Open();
                    _command = _connection.CreateCommand();
                    _command.CommandText = "PRAGMA data_version";
                }
                return Convert.ToInt64(_command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            catch (SqliteException)
            {
                // The next request opens a new connection.
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            Close();
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _command = null;
        _connection = null;
    }
}
