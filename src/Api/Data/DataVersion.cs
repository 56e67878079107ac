using Microsoft.Data.Sqlite;

namespace NewsFacts.Api.Data;

/// <summary>
/// Tells whether the database changed: SQLite's <c>PRAGMA data_version</c>, read on a connection of its own, changes
/// whenever any other connection (this process's imports and deletes, or an import command in another process)
/// commits. It costs a few microseconds, so the response cache asks it on every request and never serves stale data.
/// </summary>
public sealed class DataVersion(string connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public long Current()
    {
        lock (_lock)
        {
            if (_command is null)
            {
                _connection = new SqliteConnection(connectionString);
                _connection.Open();
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
            }
            return (long)_command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
            _connection = null;
        }
    }
}
