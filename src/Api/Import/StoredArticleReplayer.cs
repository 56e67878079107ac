using NewsFacts.Api.Data;

namespace NewsFacts.Api.Import;

/// <summary>Re-imports the articles carried across a schema rebuild, through the same pipeline as any import.</summary>
public sealed class StoredArticleReplayer(ArticleImporter importer, ILogger<StoredArticleReplayer> logger)
{
    public async Task ReplayAsync(IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        foreach (var stored in articles)
        {
            var outcome = await importer.ImportAsync(
                new ImportItem("rebuild", stored.RawText, stored.Title, stored.Url, stored.Source, stored.PublishedAt), cancellationToken);
            if (outcome.Status == ImportStatus.Failed)
            {
                logger.LogWarning("Could not re-extract a stored article: {Reason}", outcome.Reason);
            }
        }
    }
}
