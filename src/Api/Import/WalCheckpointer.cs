using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace NewsFacts.Api.Import;

/// <summary>
/// Copies the write-ahead log of an import into the database file on a connection and a thread of its own, once after
/// each commit of the writer, so that the writer goes on with the next batch meanwhile. A passive checkpoint waits for
/// no lock: the writer appends to the log while it runs, and when it has copied every frame before the writer's next
/// commit, that commit starts the log again from its beginning.
/// </summary>
/// <remarks>
/// On the writer's thread, SQLite's automatic checkpoint stopped the import at every other commit to copy the pages of
/// the last batches (random index pages, scattered over the file) and to wait for the file's sync: at 100k articles
/// two thirds of the time of a COMMIT, growing with the archive. A failed checkpoint is only logged: the writer's own
/// automatic checkpoint, set higher, still bounds the log.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    // One pending request is enough: a checkpoint copies everything committed before it starts.
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public WalCheckpointer(string connectionString, ILogger logger)
    {
        _logger = logger;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for a checkpoint of everything committed so far; returns at once.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    private async Task RunAsync()
    {
        await foreach (var _ in _requests.Reader.ReadAllAsync())
        {
            try
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                _logger.LogWarning("Background checkpoint failed, the writer's own checkpoints go on: {Message}", ex.Message);
            }
        }
    }

    /// <summary>Lets a checkpoint in progress finish; the last frames are copied when the last connection closes.</summary>
    public void Dispose()
    {
        _requests.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        _connection.Dispose();
    }
}
