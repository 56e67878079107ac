using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsFacts.Api.Import;

/// <summary>
/// One SQL statement of the import's write path, compiled once on the context's connection and then only re-bound and
/// stepped. It works on SQLite's statement handle rather than through SqliteCommand: a command looks every parameter
/// up by name and opens a data reader on each execution, which cost twice what SQLite spent storing the rows. Values
/// are given in the order of the parameter names and stored as EF Core stores them (dates as ISO text, bools as 0/1).
/// </summary>
internal sealed class SqlStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    public SqlStatement(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _indexes = parameterNames.Select(name => raw.sqlite3_bind_parameter_index(_statement, name) is > 0 and var index
            ? index
            : throw new ArgumentException($"No parameter {name} in: {sql}", nameof(parameterNames))).ToArray();
    }

    public void Execute(params object?[] values)
    {
        using var rows = Query(values);
        while (rows.Read())
        {
        }
    }

    /// <summary>The first column of the first row (a long or a string), or null when there is no row or it is NULL.</summary>
    public object? Scalar(params object?[] values)
    {
        using var rows = Query(values);
        return rows.Read() ? rows.GetValue(0) : null;
    }

    /// <summary>Binds the values and steps through the rows as they are read; disposing resets the statement.</summary>
    public Rows Query(params object?[] values)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            Check(Bind(_indexes[i], values[i]));
        }
        return new Rows(this);
    }

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string s => raw.sqlite3_bind_text(_statement, index, s),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        long n => raw.sqlite3_bind_int64(_statement, index, n),
        bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        DateOnly d => raw.sqlite3_bind_text(_statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => raw.sqlite3_bind_text(_statement, index, t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"Cannot bind a {value.GetType().Name}.", nameof(value)),
    };

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The rows of one execution, read forward.</summary>
    public readonly struct Rows(SqlStatement owner) : IDisposable
    {
        private sqlite3_stmt Statement => owner._statement;

        public bool Read()
        {
            var rc = raw.sqlite3_step(Statement);
            if (rc == raw.SQLITE_ROW) return true;
            if (rc == raw.SQLITE_DONE) return false;
            SqliteException.ThrowExceptionForRC(rc, owner._db);
            return false;
        }

        public bool IsNull(int column) => raw.sqlite3_column_type(Statement, column) == raw.SQLITE_NULL;

        public int GetInt32(int column) => raw.sqlite3_column_int(Statement, column);

        public int? GetNullableInt32(int column) => IsNull(column) ? null : GetInt32(column);

        public bool? GetNullableBoolean(int column) => IsNull(column) ? null : GetInt32(column) != 0;

        public string GetString(int column) => raw.sqlite3_column_text(Statement, column).utf8_to_string();

        public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

        public DateOnly? GetNullableDate(int column) =>
            IsNull(column) ? null : DateOnly.ParseExact(GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public object? GetValue(int column) => raw.sqlite3_column_type(Statement, column) switch
        {
            raw.SQLITE_NULL => null,
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(Statement, column),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(Statement, column),
            _ => GetString(column),
        };

        /// <summary>Resets the statement, releasing its read lock and keeping its compiled form; the bindings stay until the next run.</summary>
        public void Dispose() => raw.sqlite3_reset(Statement);
    }
}
