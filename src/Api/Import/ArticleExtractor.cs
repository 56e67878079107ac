using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Import;

/// <summary>
/// Everything an import does to one item before it touches the database: the checks, the pipeline and the text the
/// search index and the article row need. Thread-safe (the pipeline holds only lexicon-derived state), so an import
/// runs it on several workers while one writer stores the results in input order.
/// </summary>
public sealed class ArticleExtractor(ArticlePipeline pipeline, IOptions<NewsFactsOptions> options)
{
    public ExtractedArticle Extract(ImportItem item)
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
        var facts = options.Value.ExtractFacts ? pipeline.Run(input) : pipeline.Clean(input);
        if (!HasArticleText(facts.Article.Text))
        {
            return ExtractedArticle.Failed(item, "no Arabic article text left after cleaning");
        }
        return new ExtractedArticle(item, facts,
            SearchAnalyzer.IndexText(facts.Article.Title + "\n" + facts.Article.Text, pipeline.Lexicons.Variants),
            JsonSerializer.Serialize(facts.Article.Removed, JsonSerializerOptions.Web),
            null);
    }

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
