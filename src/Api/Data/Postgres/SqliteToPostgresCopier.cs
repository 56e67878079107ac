using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Data.Postgres;

/// <summary>
/// Copies the SQLite database into an empty PostgreSQL one, every row of every table with its id, in one transaction:
/// the move from one process on a file to several on a server, without re-extracting anything. The summary tables and
/// counts are copied as they are, so the target's triggers are off while the rows go in; the full-text terms, which
/// SQLite's contentless index does not keep, are derived again from each article's text by the same analyzer.
/// </summary>
public sealed class SqliteToPostgresCopier(NewsFactsDbContext source, SpellingVariants variants, ILogger<SqliteToPostgresCopier> logger)
{
    /// <summary>Returns the number of rows copied, per table.</summary>
    public async Task<Dictionary<string, long>> CopyAsync(string targetConnectionString, CancellationToken cancellationToken)
    {
        if (!source.Database.IsSqlite())
        {
            throw new InvalidOperationException("The configured database (ConnectionStrings:NewsFacts) must be the SQLite one to copy from.");
        }
        await using var target = new PostgresNewsFactsDbContext(
            new DbContextOptionsBuilder<PostgresNewsFactsDbContext>().UseNpgsql(targetConnectionString).Options);
        await target.Database.MigrateAsync(cancellationToken);
        if (await target.Articles.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The PostgreSQL database already holds articles: copy into an empty one.");
        }
        await source.Database.OpenConnectionAsync(cancellationToken);
        await target.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)target.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, PostgresWriteLock.Take, cancellationToken);
        var tables = InDependencyOrder(target.Model);
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table.GetTableName()} DISABLE TRIGGER USER", cancellationToken);
        }
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table.GetTableName()!] = await CopyTableAsync(source.Model.FindEntityType(table.ClrType)!, table, connection, cancellationToken);
        }
        counts["article_search"] = await IndexArticlesAsync(connection, cancellationToken);
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table.GetTableName()} ENABLE TRIGGER USER", cancellationToken);
            if (table.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] && id.ClrType == typeof(int))
            {
                // New rows are numbered after the copied ones.
                var column = "\"" + id.GetColumnName() + "\"";
                await ExecuteAsync(connection,
                    $"SELECT setval(pg_get_serial_sequence('{table.GetTableName()}', '{id.GetColumnName()}'), coalesce(max({column}), 1), max({column}) IS NOT NULL) FROM {table.GetTableName()}",
                    cancellationToken);
            }
        }
        await ExecuteAsync(connection, "UPDATE data_version SET version = version + 1", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The planner's statistics for the rows just copied: without them the first queries are planned as for the
        // empty tables until autovacuum gets round to them.
        await ExecuteAsync(connection, "ANALYZE", cancellationToken);
        return counts;
    }

    /// <summary>Principal tables before the tables that refer to them.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var left = model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var ready = left.Where(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle.");
            }
            ordered.AddRange(ready);
            left.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private async Task<long> CopyTableAsync(IEntityType from, IEntityType to, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var properties = to.GetProperties().ToList();
        var sourceColumns = properties.Select(p => "\"" + from.FindProperty(p.Name)!.GetColumnName() + "\"");
        await using var read = source.Database.GetDbConnection().CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", sourceColumns)} FROM \"{from.GetTableName()}\"";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {to.GetTableName()} ({string.Join(", ", properties.Select(p => "\"" + p.GetColumnName() + "\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < properties.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    await import.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await import.WriteAsync(Convert(reader.GetValue(i), properties[i].ClrType), properties[i].GetColumnType(), cancellationToken);
                }
            }
            rows++;
        }
        await import.CompleteAsync(cancellationToken);
        logger.LogInformation("Copied {Rows} rows of {Table}", rows, to.GetTableName());
        return rows;
    }

    /// <summary>A SQLite value (a long, a double or text) as the property's type, the way EF Core's SQLite provider stores it.</summary>
    private static object Convert(object value, Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        return type switch
        {
            _ when type == typeof(int) => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
            _ when type == typeof(long) => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ when type == typeof(double) => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
            _ when type == typeof(DateOnly) => DateOnly.Parse((string)value, CultureInfo.InvariantCulture),
            _ when type == typeof(DateTime) => DateTime.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => (string)value,
        };
    }

    /// <summary>The full-text row of every article, from its title and text as an import writes it.</summary>
    private async Task<long> IndexArticlesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(PostgresSearch.Insert.Replace("$id", "@id", StringComparison.Ordinal).Replace("$terms", "@terms", StringComparison.Ordinal), connection);
        var id = insert.Parameters.Add(new NpgsqlParameter<int>("id", 0));
        var terms = insert.Parameters.Add(new NpgsqlParameter<string>("terms", ""));
        long rows = 0;
        await foreach (var article in source.Articles.AsNoTracking().Select(a => new { a.Id, a.Title, a.Text }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            id.Value = article.Id;
            terms.Value = PostgresSearch.Vector(SearchAnalyzer.IndexText(article.Title + "\n" + article.Text, variants));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
