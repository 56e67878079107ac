using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsFacts.Api.Import;

/// <summary>
/// Pulls the article out of an HTML page: chrome elements dropped, the block with the most paragraph text kept,
/// title, publication date and canonical URL taken from the page's metadata when present.
/// </summary>
public sealed class HtmlArticleReader
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe", "svg", "button"];

    private readonly HtmlParser _parser = new();

    public ImportItem Read(string origin, string html)
    {
        using var document = _parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.Title?.Trim();
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var publishedText = Meta(document, "article:published_time");
        DateOnly? published = publishedText is not null && ArticleSourceReader.TryParsePublished(publishedText, out var d) ? d : null;
        var source = Meta(document, "og:site_name");

        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToList())
        {
            element.Remove();
        }
        var body = BestBlock(document);
        if (body is null)
        {
            return ImportItem.Failed(origin, "the HTML page has no article text (no block of paragraphs)");
        }
        var text = new StringBuilder();
        if (title is not null)
        {
            text.Append(title).Append("\n\n");
        }
        foreach (var paragraph in body.QuerySelectorAll("p, h1, h2, h3, li").Where(p => p.QuerySelector("p") is null))
        {
            var line = paragraph.TextContent.Trim();
            if (line.Length > 0)
            {
                text.Append(line).Append("\n\n");
            }
        }
        return new ImportItem(origin, text.ToString(), title, url, source, published);
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>The element whose direct paragraphs carry the most text: the article body on every layout we met.</summary>
    private static IElement? BestBlock(IDocument document)
    {
        var best = document.QuerySelectorAll("article, main, div, section, body")
            .Select(e => (Element: e, Score: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Trim().Length)))
            .MaxBy(x => x.Score);
        return best.Score >= 40 ? best.Element : null;
    }
}
