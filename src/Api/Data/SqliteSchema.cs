using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsFacts.Api.Data;

/// <summary>Plain SQL on the context's connection for what EF does not ask: the schema as it is, and the carried articles.</summary>
internal static class SqliteSchema
{
    /// <summary>A command on the context's connection, in its transaction when one is open (SQLite requires it then).</summary>
    public static SqliteCommand Command(this DatabaseFacade database, string sql)
    {
        var command = (SqliteCommand)database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction;
        return command;
    }

    public static async Task<bool> TableExistsAsync(this DatabaseFacade database, string name, CancellationToken cancellationToken)
    {
        await using var command = database.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name");
        command.Parameters.Add(new SqliteParameter("$name", name));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
