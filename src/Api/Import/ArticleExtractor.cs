using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Import;

/// <summary>
/// Everything an import does to one item before it touches the database: the checks, the pipeline and the text the
/// search index and the article row need. Thread-safe (the pipeline holds only lexicon-derived state), so an import
/// runs it on several workers while one writer stores the results in input order. The pipeline runs under
/// <see cref="NewsFactsOptions.ArticleTimeBudget"/>: an article over it is failed with that reason.
/// </summary>
public sealed class ArticleExtractor(ArticlePipeline pipeline, IOptions<NewsFactsOptions> options)
{
    /// <summary>
    /// The first run of the pipeline in a process compiles its stages, which on a loaded machine can take longer than the
    /// budget: it runs once on this sentence, outside any budget, before the first article is timed.
    /// </summary>
    private const string WarmUpText = "قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار فجر الاثنين 12 شباط 2024، ما أسفر عن إصابة ثلاثة جنود.";

    private readonly Lazy<bool> _warm = new(() => pipeline.Run(new ArticleInput(WarmUpText)) is not null);

    /// <summary>Extracts under the time budget; <paramref name="cancellationToken"/> (a request's) stops it too, with an exception.</summary>
    public ExtractedArticle Extract(ImportItem item, CancellationToken cancellationToken = default) =>
        Extract(item, options.Value.ArticleTimeBudget, cancellationToken);

    /// <summary>
    /// Extracts with no time budget: for articles already stored, which a rebuild must not lose because the rules
    /// or the machine got slower.
    /// </summary>
    public ExtractedArticle ExtractStored(ImportItem item) => Extract(item, Timeout.InfiniteTimeSpan, CancellationToken.None);

    private ExtractedArticle Extract(ImportItem item, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (item.Error is not null)
        {
            return ExtractedArticle.Failed(item, item.Error);
        }
        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return ExtractedArticle.Failed(item, "the article text is empty");
        }
        if (item.Text.Contains('\0'))
        {
            return ExtractedArticle.Failed(item, "the text contains NUL characters: a binary file, not an article");
        }
        var input = new ArticleInput(item.Text, item.Title, item.PublishedAt, item.Source);
        _ = options.Value.ExtractFacts && _warm.Value;
        // The budget reaches the pipeline as a token, the one way it learns about time: stages stay free of clocks.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (budget != Timeout.InfiniteTimeSpan && budget < TimeSpan.FromMilliseconds(1))
        {
            // Timers count whole milliseconds: a budget below one is spent before the run starts.
            deadline.Cancel();
        }
        else
        {
            deadline.CancelAfter(budget);
        }
        ArticleFacts facts;
        try
        {
            facts = options.Value.ExtractFacts ? pipeline.Run(input, deadline.Token) : pipeline.Clean(input);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExtractedArticle.Failed(item, $"took longer than {Describe(budget)} of pipeline time (NewsFacts:ArticleTimeBudget)");
        }
        if (!HasArticleText(facts.Article.Text))
        {
            return ExtractedArticle.Failed(item, "no Arabic article text left after cleaning");
        }
        return new ExtractedArticle(item, facts,
            SearchAnalyzer.IndexText(facts.Article.Title + "\n" + facts.Article.Text, pipeline.Lexicons.Variants),
            JsonSerializer.Serialize(facts.Article.Removed, JsonSerializerOptions.Web),
            null);
    }

    private static string Describe(TimeSpan budget) => budget.TotalSeconds >= 1
        ? budget.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s"
        : budget.TotalMilliseconds.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + " ms";

    /// <summary>An article needs some Arabic: an all-Latin page or a page of digits is not one of ours.</summary>
    private static bool HasArticleText(string text)
    {
        var arabic = 0;
        foreach (var ch in text)
        {
            if (ch >= '\u0600' && ch <= '\u06FF' && ++arabic >= 20)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>One item after <see cref="ArticleExtractor"/>: its facts and derived texts, or why it cannot be stored.</summary>
/// <param name="SearchTerms">The article_search document for it.</param>
/// <param name="RemovedJson">The boilerplate lines removed, as stored in articles.RemovedJson.</param>
public sealed record ExtractedArticle(ImportItem Item, ArticleFacts? Facts, string? SearchTerms, string? RemovedJson, string? Error)
{
    public static ExtractedArticle Failed(ImportItem item, string error) => new(item, null, null, null, error);
}
