using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace NewsFacts.Api.Import;

/// <summary>
/// Imports every item of the given paths: the reader streams items, the pipeline runs on several workers, and one
/// writer stores the results in input order, a batch per transaction. One bad item is reported with its origin and
/// reason; every other item still goes in. Serves both the import command and the startup seeding.
/// </summary>
public sealed class ImportJob(ArticleSourceReader reader, ArticleExtractor extractor, IServiceScopeFactory scopes,
    IOptions<NewsFactsOptions> options, ILogger<ImportJob> logger)
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
        var workers = options.Value.ImportWorkers ?? Environment.ProcessorCount;
        // Tasks in input order: the workers finish in any order, the writer awaits them in the order they were read, so
        // article ids follow the input. The bound keeps memory flat whatever the corpus size; the writer stores each
        // article as it comes, so the workers never wait long for room.
        var pending = Channel.CreateBounded<Task<ExtractedArticle>>(new BoundedChannelOptions(4 * workers) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cpu = new ImportCpuLog();
        var producer = Task.Run(() => ExtractAllAsync(paths, workers, pending.Writer, cpu, stop.Token), CancellationToken.None);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var progress = new ProgressLog(logger);
            var writer = scope.ServiceProvider.GetRequiredService<ArticleWriter>();
            writer.CheckpointInBackground(logger);
            using var store = new BatchStore(writer, options.Value.ImportBatchSize, cpu,
                outcomes => Report(outcomes, counts, advance, progress));
            await foreach (var extraction in pending.Reader.ReadAllAsync(cancellationToken))
            {
                var extracted = await extraction;
                var started = ThreadClock.Now();
                store.Add(extracted);
                cpu.Writing(started);
            }
            var flushed = ThreadClock.Now();
            store.Flush();
            cpu.Writing(flushed);
            cpu.Write(logger, counts.Sum());
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    /// <summary>Reads the items and starts each on a worker, at most <paramref name="workers"/> at once.</summary>
    private async Task ExtractAllAsync(IReadOnlyList<string> paths, int workers, ChannelWriter<Task<ExtractedArticle>> pending,
        ImportCpuLog cpu, CancellationToken cancellationToken)
    {
        var slots = new SemaphoreSlim(workers);
        try
        {
            using var items = reader.Read(paths).GetEnumerator();
            while (Next(items, cpu) is { } item)
            {
                await slots.WaitAsync(cancellationToken);
                var extraction = Task.Run(() =>
                {
                    var started = ThreadClock.Now();
                    try
                    {
                        return Extract(item);
                    }
                    finally
                    {
                        cpu.Extraction(started);
                        slots.Release();
                    }
                }, CancellationToken.None);
                await pending.WriteAsync(extraction, cancellationToken);
            }
            pending.Complete();
        }
        catch (OperationCanceledException)
        {
            // The writer stopped first; whatever it failed with is its own exception.
            pending.TryComplete();
        }
        catch (Exception ex)
        {
            pending.TryComplete(ex);
        }
    }

    private static ImportItem? Next(IEnumerator<ImportItem> items, ImportCpuLog cpu)
    {
        var started = ThreadClock.Now();
        var next = items.MoveNext() ? items.Current : null;
        cpu.Reading(started);
        return next;
    }

    private ExtractedArticle Extract(ImportItem item)
    {
        try
        {
            return extractor.Extract(item);
        }
        catch (Exception ex)
        {
            // An item that breaks the pipeline is one failure, not the end of the run.
            return ExtractedArticle.Failed(item, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private void Report(IReadOnlyList<ImportOutcome> outcomes, int[] counts, Action advance, ProgressLog progress)
    {
        foreach (var outcome in outcomes)
        {
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
                    logger.LogDebug("Imported {Origin} as article {ArticleId}", outcome.Origin, outcome.ArticleId);
                    break;
            }
            advance();
        }
        progress.Report(counts.Sum());
    }

    /// <summary>
    /// The writer's side of an import: each article goes into the open batch as it arrives, so the writer stores one
    /// article while the workers extract the next (when it took a whole batch before writing, the workers stopped a
    /// few articles into each write, and the pipeline and the writer took turns on a 2-core machine instead of sharing
    /// it). Every <c>size</c> articles the batch is committed and its outcomes reported.
    /// </summary>
    private sealed class BatchStore(ArticleWriter writer, int size, ImportCpuLog cpu, Action<IReadOnlyList<ImportOutcome>> report) : IDisposable
    {
        private readonly List<ExtractedArticle> _batch = new(size);
        private ArticleWriter.Batch? _open;
        private Exception? _error;

        public void Add(ExtractedArticle article)
        {
            _batch.Add(article);
            if (_error is null)
            {
                try
                {
                    (_open ??= writer.Begin()).Add(article);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _error = ex;
                    Close();
                }
            }
            if (_batch.Count == size)
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (_batch.Count == 0)
            {
                return;
            }
            IReadOnlyList<ImportOutcome>? outcomes = null;
            if (_error is null)
            {
                var started = ThreadClock.Now();
                try
                {
                    outcomes = _open!.Commit();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _error = ex;
                }
                cpu.Commit(started);
            }
            // On an error the whole batch was rolled back (the database is busy past the timeout, the disk is full):
            // each of its articles is reported, and the next batch tries again.
            report(outcomes ?? _batch.Select(a => new ImportOutcome(a.Item.Origin, ImportStatus.Failed, null,
                a.Error ?? "its batch was rolled back: " + _error!.GetType().Name + ": " + _error.Message)).ToList());
            Close();
            _batch.Clear();
            _error = null;
        }

        private void Close()
        {
            _open?.Dispose();
            _open = null;
        }

        public void Dispose() => Close();
    }

    /// <summary>A progress line every few seconds: per-article lines at thousands per second would cost more than the import.</summary>
    private sealed class ProgressLog(ILogger logger)
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next = Interval;

        public void Report(int items)
        {
            if (_clock.Elapsed < _next)
            {
                return;
            }
            _next = _clock.Elapsed + Interval;
            logger.LogInformation("Import progress: {Items} items in {ElapsedSeconds:0}s, {Rate:0} per second",
                items, _clock.Elapsed.TotalSeconds, items / _clock.Elapsed.TotalSeconds);
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
