using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsFacts.Api.Import;

/// <summary>
/// One SQL statement of the import's write path, prepared once on the context's connection and then only re-bound and
/// run. Values are given in the order of the parameter names (written <c>$name</c> in the SQL on both engines).
/// </summary>
internal abstract class SqlStatement : IDisposable
{
    /// <summary>A statement on the context's open connection, for the engine behind it.</summary>
    public static SqlStatement Prepare(System.Data.Common.DbConnection connection, string sql, params string[] parameterNames) =>
        connection is SqliteConnection sqlite
            ? new SqliteStatement(sqlite, sql, parameterNames)
            : new PostgresStatement((Npgsql.NpgsqlConnection)connection, sql, parameterNames);

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

    /// <summary>Binds the values and runs the statement; the rows are read forward, and disposing them ends the run.</summary>
    public abstract StatementRows Query(params object?[] values);

    public abstract void Dispose();
}

/// <summary>The rows of one run of a <see cref="SqlStatement"/>, read forward.</summary>
internal abstract class StatementRows : IDisposable
{
    public abstract bool Read();

    public abstract bool IsNull(int column);

    public abstract int GetInt32(int column);

    public abstract bool GetBoolean(int column);

    public abstract string GetString(int column);

    /// <summary>A long, a double, a string or a bool, or null.</summary>
    public abstract object? GetValue(int column);

    public abstract DateOnly? GetNullableDate(int column);

    public int? GetNullableInt32(int column) => IsNull(column) ? null : GetInt32(column);

    public bool? GetNullableBoolean(int column) => IsNull(column) ? null : GetBoolean(column);

    public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

    public abstract void Dispose();
}

/// <summary>
/// A statement on SQLite's statement handle rather than through SqliteCommand: a command looks every parameter up by
/// name and opens a data reader on each execution, which cost twice what SQLite spent storing the rows. Values are
/// stored as EF Core stores them (dates as ISO text, bools as 0/1).
/// </summary>
internal sealed class SqliteStatement : SqlStatement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    private readonly Rows _rows;

    public SqliteStatement(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _indexes = parameterNames.Select(name => raw.sqlite3_bind_parameter_index(_statement, name) is > 0 and var index
            ? index
            : throw new ArgumentException($"No parameter {name} in: {sql}", nameof(parameterNames))).ToArray();
        _rows = new Rows(this);
    }

    /// <summary>Binds the values and steps through the rows as they are read; disposing resets the statement.</summary>
    public override StatementRows Query(params object?[] values)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            Check(Bind(_indexes[i], values[i]));
        }
        return _rows;
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

    public override void Dispose() => _statement.Dispose();

    /// <summary>The rows of one execution, read forward; one instance per statement, since a statement runs once at a time.</summary>
    private sealed class Rows(SqliteStatement owner) : StatementRows
    {
        private sqlite3_stmt Statement => owner._statement;

        public override bool Read()
        {
            var rc = raw.sqlite3_step(Statement);
            if (rc == raw.SQLITE_ROW) return true;
            if (rc == raw.SQLITE_DONE) return false;
            SqliteException.ThrowExceptionForRC(rc, owner._db);
            return false;
        }

        public override bool IsNull(int column) => raw.sqlite3_column_type(Statement, column) == raw.SQLITE_NULL;

        public override int GetInt32(int column) => raw.sqlite3_column_int(Statement, column);

        public override bool GetBoolean(int column) => GetInt32(column) != 0;

        public override string GetString(int column) => raw.sqlite3_column_text(Statement, column).utf8_to_string();

        public override DateOnly? GetNullableDate(int column) =>
            IsNull(column) ? null : DateOnly.ParseExact(GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override object? GetValue(int column) => raw.sqlite3_column_type(Statement, column) switch
        {
            raw.SQLITE_NULL => null,
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(Statement, column),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(Statement, column),
            _ => GetString(column),
        };

        /// <summary>Resets the statement, releasing its read lock and keeping its compiled form; the bindings stay until the next run.</summary>
        public override void Dispose() => raw.sqlite3_reset(Statement);
    }
}

/// <summary>
/// A statement on PostgreSQL through Npgsql: <c>$name</c> parameters become Npgsql's <c>@name</c>, and the command is
/// kept, so Npgsql can prepare it once the connection string allows (<c>Max Auto Prepare</c>). Values keep their .NET
/// types (dates as <c>date</c>, bools as <c>boolean</c>), as EF Core's Npgsql provider stores them.
/// </summary>
internal sealed partial class PostgresStatement : SqlStatement
{
    private readonly Npgsql.NpgsqlCommand _command;

    public PostgresStatement(Npgsql.NpgsqlConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = DollarParameter().Replace(sql, "@$1");
        foreach (var name in parameterNames)
        {
            if (!sql.Contains(name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"No parameter {name} in: {sql}", nameof(parameterNames));
            }
            _command.Parameters.Add(new Npgsql.NpgsqlParameter { ParameterName = "@" + name[1..] });
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex DollarParameter();

    public override StatementRows Query(params object?[] values)
    {
        for (var i = 0; i < _command.Parameters.Count; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return new Rows(_command.ExecuteReader());
    }

    public override void Dispose() => _command.Dispose();

    private sealed class Rows(Npgsql.NpgsqlDataReader reader) : StatementRows
    {
        public override bool Read() => reader.Read();

        public override bool IsNull(int column) => reader.IsDBNull(column);

        public override int GetInt32(int column) => Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

        public override bool GetBoolean(int column) => reader.GetBoolean(column);

        public override string GetString(int column) => reader.GetString(column);

        public override DateOnly? GetNullableDate(int column) => IsNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

        public override object? GetValue(int column) => reader.IsDBNull(column) ? null : reader.GetValue(column);

        public override void Dispose() => reader.Dispose();
    }
}
