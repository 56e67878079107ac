using System.Diagnostics;
using System.Text.Json;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Segmentation;

namespace NewsFacts.Benchmarks;

/// <summary>
/// A development aid, not a benchmark: runs each stage over the first N articles of a generated corpus and prints the
/// CPU share of each, to tell which stage to look at (then BenchmarkDotNet or dotnet-trace for numbers).
/// <c>dotnet run -c Release --project tests/Benchmarks -- --profile corpus.jsonl [count] [rounds]</c>
/// </summary>
public static class CorpusProfile
{
    public static void Run(string corpus, int count, int rounds)
    {
        var lexicons = Samples.Lexicons();
        var remover = new BoilerplateRemover(lexicons);
        var matcher = new LexiconMatcher(lexicons);
        var people = new PersonExtractor(lexicons.PersonTitles, lexicons.Actors);
        var glued = new GluedWordSplitter(lexicons);
        var shapes = new ShapedEntityFinder(lexicons);
        var incidents = new IncidentExtractor(lexicons);
        var pipeline = new ArticlePipeline(lexicons);
        var inputs = File.ReadLines(corpus).Take(count).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            DateOnly? published = root.TryGetProperty("publishedAt", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.FromDateTime(DateTime.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                : null;
            return new ArticleInput(root.GetProperty("text").GetString()!, root.TryGetProperty("title", out var t) ? t.GetString() : null, published);
        }).ToList();
        var stages = new Dictionary<string, long>();
        void Time(string stage, Action action)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            stages[stage] = stages.GetValueOrDefault(stage) + (Stopwatch.GetTimestamp() - start);
        }
        for (var round = 0; round < rounds; round++)
        {
            stages.Clear();
            long runTicks = 0;
            foreach (var input in inputs)
            {
                string display = "";
                CleanArticle clean = null!;
                MatchKey key = null!;
                IReadOnlyList<KeyToken> tokens = [];
                IReadOnlyList<DateMention> dates = [];
                List<NumberMention> numbers = [];
                IReadOnlyList<LexiconMatch> entities = [];
                IReadOnlyList<TextSpan> sentences = [];
                Time("ToDisplay", () => display = ArabicNormalizer.ToDisplay(input.Text));
                Time("Boilerplate", () => clean = remover.Remove(display, input.Title));
                Time("Sentences", () => sentences = SentenceSplitter.Split(clean.Text));
                Time("ToMatchKey", () => key = ArabicNormalizer.ToMatchKey(clean.Text));
                Time("Tokenize", () => tokens = CliticTokenizer.Tokenize(key.Key, glued));
                Time("Dates", () => dates = DateExtractor.Extract(key, input.PublishedAt));
                Time("  calendar", () => CalendarDateFinder.Find(key.Key).Count());
                Time("  weekday", () => WeekdayDateFinder.Find(key.Key).Count());
                Time("  relative", () => RelativeDateFinder.Find(key.Key).Count());
                Time("  hijri", () => HijriDateFinder.Find(key.Key).Count());
                Time("  english", () => EnglishDateFinder.Find(key.Key).Count());
                Time("  duration", () => DurationFinder.Find(key.Key).Count());
                Time("Numbers", () => numbers = NumberReader.Find(key).Where(n => !dates.Any(d => d.Span.Contains(n.Span.Start))).ToList());
                Time("Lexicon", () => entities = matcher.Match(key, tokens));
                IReadOnlyList<PersonMention> found = [];
                Time("People", () => found = people.Extract(key, tokens, entities));
                Time("Shapes", () => shapes.Find(key, tokens, entities, found));
                Time("Incidents", () => incidents.Extract(new AnalyzedText(key, tokens, sentences, entities, dates, numbers, null)));
                // Not a pipeline stage: the import computes the full-text terms beside it, on the same worker.
                Time("(FTS terms)", () => NewsFacts.TextPipeline.Search.SearchAnalyzer.IndexText(clean.Title + "\n" + clean.Text, lexicons.Variants));
                var start = Stopwatch.GetTimestamp();
                pipeline.Run(input);
                runTicks += Stopwatch.GetTimestamp() - start;
            }
            // The indented rows break down a stage, and the bracketed one is not a stage: neither is added to the total.
            var total = stages.Where(s => !s.Key.StartsWith(' ') && !s.Key.StartsWith('(')).Sum(s => s.Value);
            Console.WriteLine($"round {round + 1}: {inputs.Count} articles, stages {Us(total, inputs.Count)} µs/article, ArticlePipeline.Run {Us(runTicks, inputs.Count)} µs/article");
            foreach (var (stage, ticks) in stages.OrderByDescending(s => s.Value))
            {
                Console.WriteLine($"  {stage,-12} {Us(ticks, inputs.Count),8:0.0} µs  {100.0 * ticks / total,5:0.0}%");
            }
        }
    }

    private static double Us(long ticks, int count) => ticks * 1_000_000.0 / Stopwatch.Frequency / count;
}
