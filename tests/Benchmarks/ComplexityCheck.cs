using System.Globalization;
using System.Runtime;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using DatabaseInitializer = NewsFacts.Api.Data.DatabaseInitializer;
using NewsFacts.Api.Import;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Decoding;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Checks that every stage costs time proportional to its input on hostile shapes (<see cref="HostileShape"/>): each
/// stage is timed on the shape at n and at 2n bytes over several rounds, and the ratio of the two (of the lowest rounds
/// and of the median rounds, see <see cref="StageCost"/>) must stay under 2.5. A quadratic stage shows a ratio near 4. Each stage's managed allocation is the second measure, judged the
/// same way: the timed runs happen with no garbage collection (a no-GC region) so that a collection, whose cost is the
/// live heap's and not the stage's, is not charged to whichever stage happened to allocate when it came; what the
/// collector will cost is then proportional to what each stage allocates. Prints a Markdown table and exits 1 when a
/// ratio is over. Then the peak memory of the whole pipeline on an article of the largest allowed size, against that size.
/// <c>dotnet run -c Release --project tests/Benchmarks -- --complexity [n-kilobytes] [rounds] [shape-filter]</c>
/// </summary>
public static class ComplexityCheck
{
    public const double MaxRatio = 2.5;

    private const string MemoryBacked = "/dev/shm";

    /// <summary>Below this a stage's time is timer and cache noise, not growth: its ratio is shown but not judged.</summary>
    private static readonly TimeSpan Judged = TimeSpan.FromMilliseconds(5);

    /// <summary>Below this a stage's allocation at 2n is not judged: a few fixed-size tables, not growth.</summary>
    private const long JudgedBytes = 1 << 20;

    /// <summary>
    /// The no-GC region each timed stage runs in: more than any stage allocates at the sizes this check is run at
    /// (a whole run on a 256 KB shape allocates under 100 MB). A stage that outgrows it is timed with its collections,
    /// and the table says so.
    /// </summary>
    private const long NoCollectionBytes = 1L << 30;

    public static int Run(int kilobytes, int rounds, string? filter)
    {
        var lexicons = Samples.Lexicons();
        var stages = new PipelineStages(lexicons);
        // The writer's databases in memory-backed storage where there is one: the check is about the writer's work, and a
        // disk's flush latency, which comes and goes with other processes' writes, is not.
        var work = Directory.Exists(MemoryBacked) ? Directory.CreateDirectory(Path.Combine(MemoryBacked, "newsfacts-complexity-" + Guid.NewGuid().ToString("N")))
            : Directory.CreateTempSubdirectory("newsfacts-complexity-");
        var over = 0;
        try
        {
            // No time budget here: the check times what each stage costs, the budget is what an import allows.
            using var host = WriterProfile.Host(Path.Combine(work.FullName, "extract.db"), extract: true, "--NewsFacts:ArticleTimeBudget=01:00:00");
            var html = host.Services.GetRequiredService<HtmlArticleReader>();
            var reader = host.Services.GetRequiredService<ArticleSourceReader>();
            var extractor = host.Services.GetRequiredService<ArticleExtractor>();
            var n = kilobytes * 1024;
            Console.WriteLine($"n = {n:N0} bytes, 2n = {2 * n:N0} bytes, lowest of {rounds} rounds (n and 2n in turn) of {(ThreadClock.MeasuresCpu ? "the thread's CPU time" : "wall time")} with no garbage collection in a timed stage; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine();
            Console.WriteLine("| shape | stage | n | 2n | ratio | ratio of the medians | allocated n | 2n | ratio |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            var shapes = HostileShape.All.Where(s => filter is null || s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
            // Compiled and warm before the first timing, at size n: the first runs of a stage would charge its JIT, and the
            // tiered JIT's later recompilation of its loops, to size n, and make its ratio look better than it is.
            foreach (var shape in shapes)
            {
                Measure(shape, n, new StageSamples(), stages, html, reader, extractor, work.FullName);
            }
            foreach (var shape in shapes)
            {
                // n and 2n take turns, so that a change in the machine's load over the rounds falls on both sizes.
                var (atN, at2N) = (new StageSamples(), new StageSamples());
                // Each goes first in every other round: the second of a pair was charged for the state the first left (the
                // writer on many short lines cost 5.8 ms at 128 KB measured first and 11.3 ms at 128 KB measured second).
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var size in round % 2 == 0 ? [n, 2 * n] : new[] { 2 * n, n })
                    {
                        Measure(shape, size, size == n ? atN : at2N, stages, html, reader, extractor, work.FullName);
                    }
                }
                var (small, large) = (atN.Costs(), at2N.Costs());
                foreach (var (stage, at) in small.Where(s => large.ContainsKey(s.Key)))
                {
                    var at2 = large[stage];
                    // Over when the lowest rounds and the middle rounds both grew by the limit or more (see StageCost).
                    var (ratio, medianRatio) = (at2.Time / at.Time, at2.Median / at.Median);
                    var judged = at2.Time >= Judged;
                    var grew = Math.Min(ratio, medianRatio) >= MaxRatio;
                    var verdict = !judged ? " (too fast to judge)" : grew ? " **over**" : "";
                    var bytesRatio = at.Bytes > 0 ? (double)at2.Bytes / at.Bytes : 0;
                    var bytesJudged = at2.Bytes >= JudgedBytes;
                    var bytesVerdict = !bytesJudged ? " ·" : bytesRatio >= MaxRatio ? " **over**" : "";
                    over += (judged && grew ? 1 : 0) + (bytesJudged && bytesRatio >= MaxRatio ? 1 : 0);
                    var collected = at.Collected || at2.Collected ? " (collections in it)" : "";
                    Console.WriteLine($"| {shape.Name} | {stage}{collected} | {Ms(at.Time)} | {Ms(at2.Time)} | {ratio:0.00}{verdict} | {medianRatio:0.00} | {Mb(at.Bytes)} | {Mb(at2.Bytes)} | {bytesRatio:0.00}{bytesVerdict} |");
                }
            }
            Console.WriteLine();
            if (filter is null)
            {
                using var budgeted = WriterProfile.Host(Path.Combine(work.FullName, "budgeted.db"), extract: true);
                PeakMemory(budgeted.Services.GetRequiredService<ArticleExtractor>(), html);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
        Console.WriteLine(over == 0 ? $"every judged ratio under {MaxRatio}" : $"{over} ratio(s) at or over {MaxRatio}");
        return over == 0 ? 0 : 1;
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>
    /// A stage's lowest and median time over the rounds, its median allocation, and whether a collection came in any of
    /// its timed rounds. A stage is over when both its lowest and its median time grew by the limit from n to 2n. Other
    /// work on the machine adds time to a round: this virtual machine's host does not report the time it takes the CPU
    /// away (steal is 0 in /proc/stat), so that time is charged to whichever thread was running, and on an otherwise idle
    /// machine one round in five at 2n came out three to six times its twin (2026-12-07, rounds of 128 KB), which made the
    /// median's ratio alone flip between runs. The lowest alone can be lucky at n (a round whose caches were warm). A
    /// stage whose work grows faster than its input grows in every round, and shows in both.
    /// </summary>
    private sealed record StageCost(TimeSpan Time, TimeSpan Median, long Bytes, bool Collected);

    /// <summary>Each stage's times and allocations over the rounds at one size.</summary>
    private sealed class StageSamples
    {
        public Dictionary<string, List<TimeSpan>> Times { get; } = [];
        public Dictionary<string, List<long>> Allocations { get; } = [];
        public HashSet<string> Collected { get; } = [];

        public Dictionary<string, StageCost> Costs() => Times.ToDictionary(t => t.Key, t => new StageCost(
            t.Value.Min(), Median(t.Value), Allocations.TryGetValue(t.Key, out var a) ? Median(a) : 0, Collected.Contains(t.Key)));
    }

    /// <summary>One round of every stage on the shape at <paramref name="bytes"/>, added to <paramref name="samples"/>.</summary>
    private static void Measure(HostileShape shape, int bytes, StageSamples samples, PipelineStages stages,
        HtmlArticleReader html, ArticleSourceReader reader, ArticleExtractor extractor, string work)
    {
        var (times, allocations, collected) = (samples.Times, samples.Allocations, samples.Collected);
        var inRound = new List<string>();
        void Record(string stage, TimeSpan elapsed)
        {
            inRound.Add(stage);
            (times.TryGetValue(stage, out var list) ? list : times[stage] = []).Add(elapsed);
        }
        void Allocated(string stage, long allocated) =>
            (allocations.TryGetValue(stage, out var list) ? list : allocations[stage] = []).Add(allocated);
        void WithoutCollections(Action action)
        {
            // A collection left over from the stage before would be charged to this one, and one that comes inside it
            // costs the live heap, not the stage: the stage runs where none can come (starting the region collects), or
            // is marked as having had one. No forced full collection first, and freed memory stays mapped (RetainVM in
            // the project): a stage paid the page faults of taking memory back from the system at 2n while it reused warm
            // memory at n (match-key normalization 1.5 ms at 512 KB, 13 ms at 1 MB; 12 and 24 ms when both took fresh memory).
            inRound.Clear();
            var region = StartNoCollections();
            var before = GC.CollectionCount(0);
            action();
            if (!region || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion || GC.CollectionCount(0) != before)
            {
                collected.UnionWith(inRound);
            }
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        void Time(string stage, Action action) => WithoutCollections(() =>
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = ThreadClock.Now();
            action();
            Record(stage, ThreadClock.Since(start));
            Allocated(stage, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        });
        var raw = RawInput(shape, bytes);
        var file = Path.Combine(work, "shape.jsonl");
        if (shape.Kind == ShapeKind.Jsonl)
        {
            File.WriteAllText(file, raw + "\n");
        }
        var utf8 = Encoding.UTF8.GetBytes(raw);
        Time("decoding", () => TextDecoder.Decode(utf8));
        var item = new ImportItem("shape", raw, null, null, null, Samples.PublishedAt);
        if (shape.Kind == ShapeKind.Html)
        {
            Time("HTML reading", () => item = html.Read("shape", raw) with { PublishedAt = Samples.PublishedAt });
        }
        else if (shape.Kind == ShapeKind.Jsonl)
        {
            Time("JSONL reading", () => item = reader.Read([file]).Single());
        }
        if (item.Text is null)
        {
            throw new InvalidOperationException($"{shape.Name}: {item.Error}");
        }
        WithoutCollections(() => stages.TimeEach(new ArticleInput(item.Text, item.Title, item.PublishedAt), Record, Allocated));
        ExtractedArticle extracted = null!;
        Time("import extraction (Run, checks, search terms)", () => extracted = extractor.Extract(item));
        if (extracted.Error is null)
        {
            // A fresh database each time: one the warm-up wrote would take the article as already stored.
            var database = Path.Combine(work, $"writer-{Guid.NewGuid():N}.db");
            using var writerHost = WriterProfile.Host(database, extract: true);
            using var scope = writerHost.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
            var writer = scope.ServiceProvider.GetRequiredService<ArticleWriter>();
            // The writer works on the calling thread (it makes no async call; SQLite's run on it): its thread's CPU time,
            // as for every stage. Wall time counted other processes and the disk's flushes, the process's CPU time the
            // host's other threads.
            Time("import writer", () => writer.Write([extracted], CancellationToken.None));
        }
    }

    private const int PeakRounds = 3;

    private static (long Peak, string? Error) Peak(ArticleExtractor extractor, HtmlArticleReader html, HostileShape shape, string raw)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var start = GC.GetTotalMemory(forceFullCollection: false);
        var peak = start;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();
        var item = shape.Kind == ShapeKind.Html
            ? html.Read("peak", raw)
            : new ImportItem("peak", raw, null, null, null, Samples.PublishedAt);
        var extracted = extractor.Extract(item);
        done.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        GC.KeepAlive(extracted);
        return (peak - start, extracted.Error);
    }

    private static bool StartNoCollections()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoCollectionBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's GC can promise at once: timed with collections, and marked.
            return false;
        }
    }

    private static T Median<T>(List<T> values) => values.Order().ElementAt(values.Count / 2);

    private static string RawInput(HostileShape shape, int bytes)
    {
        if (shape.Kind != ShapeKind.Jsonl)
        {
            return shape.Build(bytes);
        }
        // The line, escaped, has the size: its text is as long as fits.
        var text = shape.Build(bytes);
        var line = HostileShape.JsonLine(text);
        var scaled = shape.Build((int)(bytes * (double)Encoding.UTF8.GetByteCount(text) / line.Length) - 64);
        return HostileShape.JsonLine(scaled);
    }

    /// <summary>
    /// The largest allowed article (2 MB of UTF-8) of every shape through the import's extraction as an import runs it,
    /// under the time budget, on one thread, with the managed heap sampled every millisecond: its peak above the heap
    /// before, against the article's size. The peak holds the garbage not yet collected, so it moves with when the
    /// collector happens to run: each shape is extracted <see cref="PeakRounds"/> times, and the median and highest shown.
    /// </summary>
    private static void PeakMemory(ArticleExtractor extractor, HtmlArticleReader html)
    {
        Console.WriteLine($"| largest allowed article (2 MB) | peak managed heap above the start, median of {PeakRounds} | x its size in UTF-8 | highest | x its size | outcome |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var shape in HostileShape.All.Where(s => s.Kind != ShapeKind.Jsonl))
        {
            var raw = shape.Build(ArticleSourceReader.MaxArticleBytes);
            var bytes = Encoding.UTF8.GetByteCount(raw);
            var peaks = new List<long>();
            string? outcome = null;
            for (var round = 0; round < PeakRounds; round++)
            {
                var (peak, error) = Peak(extractor, html, shape, raw);
                peaks.Add(peak);
                outcome ??= error ?? "extracted";
            }
            var median = Median(peaks);
            var highest = peaks.Max();
            Console.WriteLine($"| {shape.Name} | {median / 1048576.0:0.0} MB | {(double)median / bytes:0.0} | {highest / 1048576.0:0.0} MB | {(double)highest / bytes:0.0} | {outcome} |");
        }
        Console.WriteLine();
    }
}
