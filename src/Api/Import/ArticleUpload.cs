using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Import;

/// <summary>Imports an article posted to the API through the same importer as the import job.</summary>
public sealed class ArticleUpload(ArticleImporter importer, HtmlArticleReader html)
{
    private const string Origin = "POST /api/articles";

    public Task<ImportOutcome> ImportAsync(CreateArticleRequest request, CancellationToken cancellationToken) =>
        importer.ImportAsync(ToItem(request), cancellationToken);

    /// <summary>Metadata given in the request wins over what the HTML page says about itself.</summary>
    private ImportItem ToItem(CreateArticleRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Html))
        {
            return new ImportItem(Origin, request.Text, request.Title, request.Url, request.Source, request.PublishedAt);
        }
        var page = html.Read(Origin, request.Html);
        return page.Error is not null ? page : page with
        {
            Title = request.Title ?? page.Title,
            Url = request.Url ?? page.Url,
            Source = request.Source ?? page.Source,
            PublishedAt = request.PublishedAt ?? page.PublishedAt,
        };
    }
}
