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
        using var document = _parser.ParseDocument(HtmlDepthLimiter.Limit(html));
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
        var lines = body.Children.Any(c => c.LocalName == "p")
            ? body.QuerySelectorAll("p, h1, h2, h3, li").Where(p => p.QuerySelector("p") is null).Select(p => p.TextContent)
            : BrokenLines(body);
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            text.Append(line).Append("\n\n");
        }
        return new ImportItem(origin, text.ToString(), title, url, source, published);
    }

    private static readonly HashSet<string> Blocks = ["p", "div", "section", "article", "h1", "h2", "h3", "h4", "li", "ul", "ol", "blockquote", "table", "tr"];

    /// <summary>
    /// The lines of a block written without paragraphs, as older layouts do ("نص&lt;br&gt;&lt;br&gt;نص"): text and inline elements
    /// run on, a <c>br</c> or a block element ends a line.
    /// </summary>
    private static IEnumerable<string> BrokenLines(IElement block)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            lines.Add(current.ToString());
            current.Clear();
        }
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText textNode)
                {
                    current.Append(textNode.Data);
                }
                else if (child is IElement element && element.LocalName == "br")
                {
                    Flush();
                }
                else if (child is IElement inner)
                {
                    var isBlock = Blocks.Contains(inner.LocalName);
                    if (isBlock) Flush();
                    Walk(inner);
                    if (isBlock) Flush();
                }
            }
        }
        Walk(block);
        Flush();
        return lines;
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>
    /// The element whose direct paragraphs, or text of its own between <c>br</c>s, carry the most text: the article body on
    /// every layout we met.
    /// </summary>
    private static IElement? BestBlock(IDocument document)
    {
        var best = document.QuerySelectorAll("article, main, div, section, body")
            .Select(e => (Element: e, Score: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Trim().Length)
                + e.ChildNodes.OfType<IText>().Sum(t => t.Data.Trim().Length)))
            .MaxBy(x => x.Score);
        return best.Score >= 40 ? best.Element : null;
    }
}
