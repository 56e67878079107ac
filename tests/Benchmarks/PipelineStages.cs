using NewsFacts.Api.Import;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The one timing of the pipeline's stages that the complexity check and the corpus profile share: one
/// <see cref="ArticlePipeline.Run(ArticleInput, CancellationToken, Action{string})"/> whose stages are timed as it
/// passes them (so no copy of the pipeline here can drift from it), then each date finder alone on that run's match
/// key, the indented rows that break down "dates". Times are the thread's CPU time (<see cref="ThreadClock"/>).
/// </summary>
public sealed class PipelineStages(Lexicons lexicons)
{
    public const string WholeRun = "ArticlePipeline.Run";

    private readonly ArticlePipeline _pipeline = new(lexicons);

    /// <summary>
    /// Runs the pipeline once on <paramref name="input"/>, telling <paramref name="record"/> each stage's time and then the
    /// whole run's, and <paramref name="allocated"/>, when given, the bytes each stage and the run allocated on this thread.
    /// </summary>
    public ArticleFacts TimeEach(ArticleInput input, Action<string, TimeSpan> record, Action<string, long>? allocated = null)
    {
        var firstBytes = GC.GetAllocatedBytesForCurrentThread();
        var lastBytes = firstBytes;
        var start = ThreadClock.Now();
        var last = start;
        var facts = _pipeline.Run(input, CancellationToken.None, stage =>
        {
            var now = ThreadClock.Now();
            record(stage, TimeSpan.FromTicks((now - last) / 100));
            last = now;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            allocated?.Invoke(stage, bytes - lastBytes);
            lastBytes = bytes;
        });
        record(WholeRun, TimeSpan.FromTicks((last - start) / 100));
        allocated?.Invoke(WholeRun, lastBytes - firstBytes);
        var key = ArabicNormalizer.ToMatchKey(facts.Article.Text).Key;
        void Finder(string name, Func<int> find)
        {
            var begin = ThreadClock.Now();
            find();
            record(name, ThreadClock.Since(begin));
        }
        Finder("  calendar dates", () => CalendarDateFinder.Find(key).Count());
        Finder("  weekdays", () => WeekdayDateFinder.Find(key).Count());
        Finder("  relative dates", () => RelativeDateFinder.Find(key).Count());
        Finder("  Hijri dates", () => HijriDateFinder.Find(key).Count());
        Finder("  English dates", () => EnglishDateFinder.Find(key).Count());
        Finder("  durations", () => DurationFinder.Find(key).Count());
        return facts;
    }
}
