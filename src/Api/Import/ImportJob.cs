using System.Diagnostics;
using Spectre.Console;

namespace NewsFacts.Api.Import;

/// <summary>
/// Imports every item of the given paths, one transaction per article. One bad item is reported with its origin and
/// reason; every other item still goes in. Serves both the import command and the startup seeding.
/// </summary>
public sealed class ImportJob(ArticleSourceReader reader, IServiceScopeFactory scopes, ILogger<ImportJob> logger)
{
    public async Task<ImportSummary> RunAsync(IReadOnlyList<string> paths, bool showProgress, CancellationToken cancellationToken)
    {
        logger.LogInformation("Import started for {Paths}", paths);
        var stopwatch = Stopwatch.StartNew();
        var counts = new int[3];
        if (showProgress)
        {
            var total = CountItems(paths);
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("importing", maxValue: Math.Max(total, 1));
                    await ImportAllAsync(paths, counts, () => task.Increment(1), cancellationToken);
                });
        }
        else
        {
            await ImportAllAsync(paths, counts, () => { }, cancellationToken);
        }
        var summary = new ImportSummary(counts[(int)ImportStatus.Imported], counts[(int)ImportStatus.Skipped], counts[(int)ImportStatus.Failed], stopwatch.Elapsed);
        logger.LogInformation("Import finished: {Imported} imported, {Skipped} skipped, {Failed} failed in {ElapsedSeconds:0.00}s",
            summary.Imported, summary.Skipped, summary.Failed, summary.Elapsed.TotalSeconds);
        return summary;
    }

    private async Task ImportAllAsync(IReadOnlyList<string> paths, int[] counts, Action advance, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        foreach (var item in reader.Read(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImportOutcome outcome;
            try
            {
                outcome = await importer.ImportAsync(item, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An item that breaks the pipeline or the store is one failure, not the end of the run.
                outcome = new ImportOutcome(item.Origin, ImportStatus.Failed, null, ex.GetType().Name + ": " + ex.Message);
            }
            counts[(int)outcome.Status]++;
            switch (outcome.Status)
            {
                case ImportStatus.Failed:
                    logger.LogWarning("Skipped {Origin}: {Reason}", outcome.Origin, outcome.Reason);
                    break;
                case ImportStatus.Skipped:
                    logger.LogDebug("Already present {Origin} as article {ArticleId}", outcome.Origin, outcome.ArticleId);
                    break;
                default:
                    logger.LogInformation("Imported {Origin} as article {ArticleId}", outcome.Origin, outcome.ArticleId);
                    break;
            }
            advance();
        }
    }

    /// <summary>Items to expect, for the progress bar: one per file, one per non-empty line of a .jsonl.</summary>
    private static int CountItems(IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]);
        var total = 0;
        foreach (var file in files.Where(File.Exists))
        {
            total += Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l))
                : 1;
        }
        return total;
    }
}
