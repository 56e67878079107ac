using System.Data.Common;
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
    private DbConnection? _connection;
    private DbCommand? _command;

    public long Current()
    {
        lock (_lock)
        {
            try
            {
                if (_command is null)
                {
                    _connection = provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
                    _connection.Open();
                    _command = _connection.CreateCommand();
                    _command.CommandText = provider == DatabaseProvider.Postgres ? "SELECT version FROM data_version" : "PRAGMA data_version";
                }
                return Convert.ToInt64(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (DbException)
            {
                // A server restart or a dropped connection: the next request opens a new one.
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
