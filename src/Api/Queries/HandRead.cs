using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>
/// What the hand-written readers (<see cref="IncidentPageReader"/>, <see cref="ArticleDetailReader"/>) share: a command on
/// the request's open connection, in its transaction if it has one, with its one parameter; and the column reads EF's
/// materializer would do (nulls, and timestamps as UTC).
/// </summary>
internal static class HandRead
{
    /// <summary>A command of <paramref name="sql"/> with the parameter <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public static DbCommand Command(NewsFactsDbContext db, string sql, string name, object value)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static string? StringOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? IntOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static bool? BoolOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetBoolean(i);

    public static double? DoubleOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    /// <summary>As <see cref="UtcDateTimeConverter"/> reads a timestamp for EF.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
