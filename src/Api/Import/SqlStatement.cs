using Microsoft.Data.Sqlite;

namespace NewsFacts.Api.Import;

/// <summary>
/// One SQL statement of the import's write path, compiled by SQLite on first use and then only re-bound: the command
/// and its parameters live as long as the writer, so a row costs a bind and a step, not a parse and a change tracker.
/// Values are given in the order of the parameter names.
/// </summary>
internal sealed class SqlStatement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public SqlStatement(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, null))).ToArray();
    }

    public int Execute(params object?[] values) => Bind(values).ExecuteNonQuery();

    public object? Scalar(params object?[] values) => Bind(values).ExecuteScalar() is var result and not DBNull ? result : null;

    public SqliteDataReader Reader(params object?[] values) => Bind(values).ExecuteReader();

    private SqliteCommand Bind(object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return _command;
    }

    public void Dispose() => _command.Dispose();
}
