using System.ComponentModel.DataAnnotations;

namespace NewsFacts.Api.Data;

/// <summary>The database engine; the connection string stays <c>ConnectionStrings:NewsFacts</c> for either.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (the default: one file, nothing to install) or Postgres (several API processes on one database).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// How much of a SQLite database file each connection reads through a memory map (PRAGMA mmap_size; the SQLite
    /// the app ships caps it at 2,147,418,112 bytes), instead of copying each page it needs from the operating
    /// system's cache into its own 2 MB one. The stats' summary reads outgrew that cache and read their pages again on
    /// every request. The commands (import,
    /// extract, reextract, copy) start with 0: mapped pages count in a process's resident memory, which an import's
    /// budget measures.
    /// </summary>
    [Range(0, 2047)]
    public int SqliteMapMegabytes { get; set; } = 2047;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
