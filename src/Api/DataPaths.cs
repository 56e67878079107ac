using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api;

/// <summary>Resolves the data folder and the database file the same way from any starting directory.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<NewsFactsOptions> options)
    {
        DataDirectory = options.Value.DataDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Discover();
    }

    public string DataDirectory { get; }

    public string LexiconDirectory => Path.Combine(DataDirectory, "lexicons");

    public string ArticlesDirectory => Path.Combine(DataDirectory, "articles");

    /// <summary>A relative SQLite file in the connection string is taken relative to the folder that holds data/.</summary>
    public string ResolveConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source)
            && builder.Mode != SqliteOpenMode.Memory)
        {
            var home = Path.GetDirectoryName(DataDirectory) ?? DataDirectory;
            builder.DataSource = Path.GetFullPath(Path.Combine(home, source));
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    private static string Discover()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, "lexicons")))
                {
                    return candidate;
                }
            }
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "data");
    }
}
