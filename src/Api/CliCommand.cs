using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;
using NewsFacts.Api.Extensions;
using NewsFacts.Api.Import;
using NewsFacts.Api.Queries;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api;

/// <summary>
/// The commands besides serving: <c>import PATH...</c>, <c>extract FILE</c>, <c>reextract</c> and
/// <c>copy-to-postgres CONNECTION_STRING</c>. Operands come right
/// after the command name; options such as <c>--ConnectionStrings:NewsFacts=...</c> still go to the host's configuration.
/// </summary>
public sealed record CliCommand(string? Name, IReadOnlyList<string> Operands, string[] HostArgs)
{
    private static readonly string[] Names = ["import", "extract", "reextract", "copy-to-postgres"];

    public static CliCommand Parse(string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0], StringComparer.Ordinal))
        {
            return new CliCommand(null, [], args);
        }
        var operands = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        // First, so that a --Database:SqliteMapMegabytes given after the command still wins (the last value of a key does).
        string[] unmapped = [$"--{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.SqliteMapMegabytes)}=0"];
        return new CliCommand(args[0], operands, [.. unmapped, .. args.Skip(1 + operands.Count)]);
    }

    /// <summary>Runs the command; the exit code is 0 on success, 2 when any item failed, 1 for usage errors.</summary>
    public async Task<int> RunAsync(WebApplication app)
    {
        if (Name == "copy-to-postgres")
        {
            return Operands.Count == 1 ? await CopyToPostgresAsync(app) : await UsageAsync("copy-to-postgres POSTGRES_CONNECTION_STRING");
        }
        if (Name == "reextract")
        {
            return Operands.Count == 0 ? await ReextractAsync(app) : await UsageAsync("reextract");
        }
        if (Operands.Count == 0)
        {
            return await UsageAsync($"{Name} PATH...");
        }
        return Name switch
        {
            "import" => await ImportAsync(app),
            _ => await ExtractAsync(app),
        };
    }

    private static async Task<int> UsageAsync(string usage)
    {
        await Console.Error.WriteLineAsync("usage: " + usage);
        return 1;
    }

    /// <summary>
    /// Runs every stored article through the current pipeline and lexicons again, in place (see ArticleReextractor):
    /// after an upgrade that improved the rules, or an edit of data/lexicons. Articles keep their ids, and incidents
    /// theirs when their reports are the same (IncidentIdMatcher).
    /// </summary>
    private static async Task<int> ReextractAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StoredArticleReplayer>().ReplayAsync(CancellationToken.None);
        var summary = await scope.ServiceProvider.GetRequiredService<ArticleReextractor>().ReextractAsync(CancellationToken.None);
        Console.WriteLine(summary.ToString());
        return summary.Failed > 0 ? 2 : 0;
    }

    /// <summary>Copies the configured SQLite database into an empty PostgreSQL database, keeping every id (see SqliteToPostgresCopier).</summary>
    private async Task<int> CopyToPostgresAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StoredArticleReplayer>().ReplayAsync(CancellationToken.None);
        var copier = ActivatorUtilities.CreateInstance<Data.Postgres.SqliteToPostgresCopier>(scope.ServiceProvider);
        var counts = await copier.CopyAsync(Operands[0], CancellationToken.None);
        Console.WriteLine("copied " + string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}")));
        return 0;
    }

    private async Task<int> ImportAsync(WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<StoredArticleReplayer>().ReplayAsync(CancellationToken.None);
        }
        var showProgress = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var summary = await app.Services.GetRequiredService<ImportJob>().RunAsync(Operands, showProgress, CancellationToken.None);
        Console.WriteLine(summary.ToString());
        return summary.Failed > 0 ? 2 : 0;
    }

    /// <summary>Imports the file into a private in-memory database and prints what GET /api/articles/{id} would return.</summary>
    private async Task<int> ExtractAsync(WebApplication app)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<Data.Sqlite.SqliteNewsFactsDbContext>().UseSqlite(connection).Options;
        await using var db = new Data.Sqlite.SqliteNewsFactsDbContext(options);
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        await new DatabaseInitializer(db, loggers.CreateLogger<DatabaseInitializer>()).InitializeAsync(CancellationToken.None);
        var lexicon = app.Services.GetRequiredService<LexiconIndex>();
        using var merger = new IncidentMerger(db, lexicon);
        using var facts = new FactWriter(db, lexicon, merger);
        using var writer = new ArticleWriter(db, facts, TimeProvider.System);
        var importer = new ArticleImporter(app.Services.GetRequiredService<ArticleExtractor>(), writer);
        var reader = app.Services.GetRequiredService<ArticleSourceReader>();
        var incidents = new IncidentQuery(db, app.Services.GetRequiredService<Lexicons>().Variants, new IncidentPageReader(db));
        var articles = new ArticleQuery(db, incidents, new ArticleDetailReader(db));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        var failed = 0;
        foreach (var item in reader.Read(Operands))
        {
            var outcome = await importer.ImportAsync(item, CancellationToken.None);
            if (outcome.ArticleId is { } id && await articles.GetDetailAsync(id, CancellationToken.None) is { } detail)
            {
                Console.WriteLine(JsonSerializer.Serialize(detail, json));
            }
            else
            {
                failed++;
                await Console.Error.WriteLineAsync($"{outcome.Origin}: {outcome.Reason}");
            }
        }
        return failed > 0 ? 2 : 0;
    }
}
