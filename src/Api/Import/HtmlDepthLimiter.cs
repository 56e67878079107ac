using System.Text;

namespace NewsFacts.Api.Import;

/// <summary>
/// Caps how deep a page's elements nest before the HTML parser sees it. Broken pages of old news sites leave thousands of
/// <c>&lt;div&gt;</c>s unclosed; the HTML tree builder checks the scope of the open elements at every start tag, so a
/// page nested n deep costs n² (20,000 unclosed divs: 7 s; 150,000: minutes). One linear pass drops the start tags past
/// <see cref="MaxDepth"/> and the end tags that would have closed them; text, comments and raw text (script, style)
/// are kept as they are, so the article reads the same.
/// </summary>
public static class HtmlDepthLimiter
{
    /// <summary>Deeper than any real layout nests, shallow enough that the parser's scope checks stay cheap.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// Elements the parser closes when the next one opens (a paragraph, a list item): they never nest deep, and the article
    /// reader looks for them, so they are kept past the cap.
    /// </summary>
    private static readonly HashSet<string> SelfEnding = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd" };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title" };

    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Paragraphs kept past the cap without counting: their end tags must not count either, or a page alternating
        // "<div><p></p>" would deepen past the cap one level each time.
        var uncounted = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var depth = 0;
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                output.Append(html, at, html.Length - at);
                break;
            }
            output.Append(html, at, open - at);
            if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = CopyThrough(html, open, "-->", output);
                continue;
            }
            var closing = open + 1 < html.Length && html[open + 1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // Not a tag ("a < b", "<!doctype>"): copied as text, the parser reads it as before.
                output.Append('<');
                at = open + 1;
                continue;
            }
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                // A tag cut off by the end of the page: the rest goes as it is.
                output.Append(html, open, html.Length - open);
                break;
            }
            var name = html[nameStart..nameEnd];
            at = end + 1;
            if (closing)
            {
                if (dropped.TryGetValue(name, out var count) && count > 0)
                {
                    dropped[name] = count - 1;
                    continue;
                }
                if (uncounted.TryGetValue(name, out var kept) && kept > 0)
                {
                    uncounted[name] = kept - 1;
                    output.Append(html, open, at - open);
                    continue;
                }
                depth = Math.Max(0, depth - 1);
                output.Append(html, open, at - open);
                continue;
            }
            var selfClosing = html[end - 1] == '/';
            if (RawText.Contains(name))
            {
                output.Append(html, open, at - open);
                at = CopyThrough(html, at, "</" + name, output);
                continue;
            }
            if (VoidElements.Contains(name) || selfClosing)
            {
                output.Append(html, open, at - open);
                continue;
            }
            if (depth >= maxDepth && !SelfEnding.Contains(name))
            {
                dropped[name] = dropped.GetValueOrDefault(name) + 1;
                continue;
            }
            if (depth >= maxDepth)
            {
                uncounted[name] = uncounted.GetValueOrDefault(name) + 1;
            }
            else
            {
                depth++;
            }
            output.Append(html, open, at - open);
        }
        return output.ToString();
    }

    /// <summary>Copies from <paramref name="from"/> through the end of <paramref name="marker"/> (or to the end), returning where to go on.</summary>
    private static int CopyThrough(string html, int from, string marker, StringBuilder output)
    {
        var found = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        var end = found < 0 ? html.Length : found + marker.Length;
        output.Append(html, from, end - from);
        return end;
    }
}
