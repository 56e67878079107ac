namespace NewsFacts.Api.Import;

/// <summary>
/// Imports one item: extraction, then the same writer as a whole import, as a batch of one. For POST /api/articles,
/// a schema rebuild's replay and the extract command; the import job batches many.
/// </summary>
public sealed class ArticleImporter(ArticleExtractor extractor, ArticleWriter writer)
{
    public Task<ImportOutcome> ImportAsync(ImportItem item, CancellationToken cancellationToken)
    {
        var extracted = extractor.Extract(item, cancellationToken);
        return Task.FromResult(writer.Write([extracted], cancellationToken)[0]);
    }
}
