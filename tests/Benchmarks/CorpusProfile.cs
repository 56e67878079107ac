using System.Diagnostics;
using System.Text.Json;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Benchmarks;

/// <summary>
/// A development aid, not a benchmark: runs the pipeline over the first N articles of a generated corpus and prints the
/// CPU share of each stage (<see cref="PipelineStages"/>), to tell which stage to look at (then BenchmarkDotNet or
/// dotnet-trace for numbers).
/// <c>dotnet run -c Release --project tests/Benchmarks -- --profile corpus.jsonl [count] [rounds]</c>
/// </summary>
public static class CorpusProfile
{
    public static void Run(string corpus, int count, int rounds)
    {
        var lexicons = Samples.Lexicons();
        var stages = new PipelineStages(lexicons);
        var inputs = File.ReadLines(corpus).Take(count).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            DateOnly? published = root.TryGetProperty("publishedAt", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.FromDateTime(DateTime.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                : null;
            return new ArticleInput(root.GetProperty("text").GetString()!, root.TryGetProperty("title", out var t) ? t.GetString() : null, published);
        }).ToList();
        var ticks = new Dictionary<string, TimeSpan>();
        void Record(string stage, TimeSpan elapsed) => ticks[stage] = ticks.GetValueOrDefault(stage) + elapsed;
        for (var round = 0; round < rounds; round++)
        {
            ticks.Clear();
            foreach (var input in inputs)
            {
                var facts = stages.TimeEach(input, Record);
                // Not a pipeline stage: the import computes the full-text terms beside it, on the same worker.
                var start = Stopwatch.GetTimestamp();
                SearchAnalyzer.IndexText(facts.Article.Title + "\n" + facts.Article.Text, lexicons.Variants);
                Record("(FTS terms)", Stopwatch.GetElapsedTime(start));
            }
            // The indented rows break down a stage, and the bracketed one is not a stage: neither is part of the run.
            var run = ticks[PipelineStages.WholeRun];
            Console.WriteLine($"round {round + 1}: {inputs.Count} articles, ArticlePipeline.Run {Us(run, inputs.Count)} µs/article");
            foreach (var (stage, time) in ticks.Where(s => s.Key != PipelineStages.WholeRun).OrderByDescending(s => s.Value))
            {
                Console.WriteLine($"  {stage,-26} {Us(time, inputs.Count),8:0.0} µs  {100.0 * time / run,5:0.0}%");
            }
        }
    }

    private static double Us(TimeSpan time, int count) => time.TotalMicroseconds / count;
}
