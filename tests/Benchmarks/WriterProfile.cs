using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;
using NewsFacts.Api.Extensions;
using NewsFacts.Api.Import;

namespace NewsFacts.Benchmarks;

/// <summary>
/// A development aid for the import's writer, the one part of an import that cannot run on several cores: extracts
/// the first N articles of a corpus once (with facts, and cleaned only), then writes each set into a fresh database on
/// one thread, alternating the two, and prints the writer's time per article. Without the workers competing for the
/// cores, the writer's cost is steadier than an import's rate on this noisy machine.
/// <c>dotnet run -c Release --project tests/Benchmarks -- --writer corpus.jsonl [count] [rounds] [grown.db]</c>
/// With a grown database (an archive already imported, of the current schema), the articles with facts are also
/// written into a fresh copy of it each round: the writer's cost on an empty archive and on a large one, side by side
/// in one run. Beside the wall time, the process's CPU time: where the two part, the writer waits on the disk. Each
/// pragma given after it (<c>"PRAGMA cache_size = -262144"</c>) adds a set written into the grown copy with that pragma
/// run on the writer's connection after its first batch (the writer sets its own pragmas when it opens). The writer
/// checkpoints in the background as an import's does, so the CPU time counts that thread too.
/// </summary>
public static class WriterProfile
{
    private const int BatchSize = 500;

    public static void Run(string corpus, int count, int rounds, string? grown = null, IReadOnlyList<string>? pragmas = null)
    {
        var work = Directory.CreateTempSubdirectory("newsfacts-writer-");
        try
        {
            var sets = new[] { (Name: "facts", Extract: true), (Name: "store-only", Extract: false) }
                .Select(set => (set.Name, Articles: ExtractAll(corpus, count, set.Extract, work.FullName)))
                .ToList();
            if (grown is not null)
            {
                sets.Add(("facts-grown", sets[0].Articles));
                sets.AddRange((pragmas ?? []).Select(pragma => ("facts-grown " + pragma, sets[0].Articles)));
            }
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (name, articles) in sets)
                {
                    var database = Path.Combine(work.FullName, $"set{sets.FindIndex(set => set.Name == name)}-{round}.db");
                    if (name.StartsWith("facts-grown", StringComparison.Ordinal))
                    {
                        File.Copy(grown!, database);
                        // The copy's pages are still dirty in the OS cache: the first checkpoint's sync would write them all.
                        using (var copied = new FileStream(database, FileMode.Open, FileAccess.ReadWrite))
                        {
                            copied.Flush(flushToDisk: true);
                        }
                    }
                    var pragma = name.StartsWith("facts-grown ", StringComparison.Ordinal) ? name["facts-grown ".Length..] : null;
                    var (elapsed, cpu) = Write(articles, database, pragma);
                    Console.WriteLine($"round {round} {name,-11} {elapsed.TotalMicroseconds / articles.Count,8:0.0} µs/article, CPU {cpu.TotalMicroseconds / articles.Count,8:0.0} µs/article");
                    File.Delete(database);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static List<ExtractedArticle> ExtractAll(string corpus, int count, bool extract, string work)
    {
        using var app = Host(Path.Combine(work, "extract.db"), extract);
        var reader = app.Services.GetRequiredService<ArticleSourceReader>();
        var extractor = app.Services.GetRequiredService<ArticleExtractor>();
        return reader.Read([corpus]).Take(count).Select(item => extractor.Extract(item)).ToList();
    }

    private static (TimeSpan Elapsed, TimeSpan Cpu) Write(List<ExtractedArticle> articles, string database, string? pragma = null)
    {
        using var app = Host(database, extract: true);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        var writer = scope.ServiceProvider.GetRequiredService<ArticleWriter>();
        writer.CheckpointInBackground(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var batch in articles.Chunk(BatchSize))
        {
            var outcomes = writer.Write(batch, CancellationToken.None);
            if (pragma is not null)
            {
                scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>().Database.ExecuteSqlRaw(pragma);
                pragma = null;
            }
            if (outcomes.FirstOrDefault(o => o.Status != ImportStatus.Imported) is { } failed)
            {
                throw new InvalidOperationException($"{failed.Origin}: {failed.Status} {failed.Reason}");
            }
        }
        var elapsed = clock.Elapsed;
        process.Refresh();
        return (elapsed, process.TotalProcessorTime - cpuBefore);
    }

    internal static WebApplication Host(string database, bool extract, params string[] settings)
    {
        var builder = WebApplication.CreateBuilder([
            $"--ConnectionStrings:NewsFacts=Data Source={database}",
            $"--NewsFacts:ExtractFacts={extract}",
            "--NewsFacts:SeedOnStartup=false",
            // As the import command runs it: without a memory map.
            "--Database:SqliteMapMegabytes=0",
            .. settings,
        ]);
        builder.AddNewsFacts();
        return builder.Build();
    }
}
