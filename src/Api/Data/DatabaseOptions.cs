namespace NewsFacts.Api.Data;

/// <summary>The database engine; the connection string stays <c>ConnectionStrings:NewsFacts</c> for either.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (the default: one file, nothing to install) or Postgres (several API processes on one database).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
