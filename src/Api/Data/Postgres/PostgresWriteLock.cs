namespace NewsFacts.Api.Data.Postgres;

/// <summary>
/// The transaction-scoped advisory lock every writing transaction on PostgreSQL takes first (the import's writer, a
/// deletion), so that writers take turns as SQLite's do; see ArticleWriter.
/// </summary>
public static class PostgresWriteLock
{
    /// <summary>"NewsFact" in ASCII: a key no other application on the server is likely to use.</summary>
    public const long Key = 0x4E657773_46616374;

    public static readonly string Take = FormattableString.Invariant($"SELECT pg_advisory_xact_lock({Key})");
}
