using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>The pipeline stops when its token is cancelled: the import's time budget arrives as such a token.</summary>
public class ArticlePipelineBudgetTests
{
    private const string Article = "قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار فجر الاثنين، ما أسفر عن إصابة ثلاثة جنود.";

    private static readonly ArticlePipeline Pipeline = new(RepoFiles.Lexicons);

    [Fact]
    public void ACancelledTokenStopsTheRun()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => Pipeline.Run(new ArticleInput(Article), cancelled.Token));
    }

    [Fact]
    public void TheIncidentLayerStopsOnACancelledToken()
    {
        // The longest stage checks the token itself (per sentence and per event word), not only Run between stages.
        var text = string.Join("\n", Enumerable.Repeat(Article, 50));
        var key = Normalization.ArabicNormalizer.ToMatchKey(text);
        var tokens = Extraction.CliticTokenizer.Tokenize(key.Key);
        var incidents = new Extraction.IncidentExtractor(RepoFiles.Lexicons);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => incidents.Extract(
            new Extraction.AnalyzedText(key, tokens, Segmentation.SentenceSplitter.Split(text), [], [], []), cancelled.Token));
    }

    [Fact]
    public void AnUncancelledTokenChangesNothing()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromHours(1));

        System.Text.Json.JsonSerializer.Serialize(Pipeline.Run(new ArticleInput(Article), budget.Token).Incidents)
            .ShouldBe(System.Text.Json.JsonSerializer.Serialize(Pipeline.Run(new ArticleInput(Article)).Incidents));
    }
}
