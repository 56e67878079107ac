using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Import;

/// <summary>Re-imports the articles carried across a schema rebuild, through the same extractor and writer as any import.</summary>
public sealed class StoredArticleReplayer(ArticleExtractor extractor, ArticleWriter writer, IOptions<NewsFactsOptions> options,
    ILogger<StoredArticleReplayer> logger)
{
    public Task ReplayAsync(IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        foreach (var batch in articles.Chunk(options.Value.ImportBatchSize))
        {
            var extracted = batch.Select(stored => extractor.Extract(
                new ImportItem("rebuild", stored.RawText, stored.Title, stored.Url, stored.Source, stored.PublishedAt))).ToList();
            foreach (var outcome in writer.Write(extracted, cancellationToken).Where(o => o.Status == ImportStatus.Failed))
            {
                logger.LogWarning("Could not re-extract a stored article: {Reason}", outcome.Reason);
            }
        }
        return Task.CompletedTask;
    }
}
