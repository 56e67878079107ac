using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsFacts.TextPipeline.Decoding;

namespace NewsFacts.Api.Import;

/// <summary>
/// Turns import paths into a stream of items: a .txt, .html or .jsonl file, or a folder of them (recursively).
/// Nothing is held beyond the current item, so a corpus of any size streams through.
/// </summary>
public sealed class ArticleSourceReader(HtmlArticleReader html)
{
    /// <summary>Inputs above this many bytes are rejected: no real article is that long, and it protects memory.</summary>
    public const int MaxArticleBytes = 2 * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".jsonl", ".html", ".htm"];

    public IEnumerable<ImportItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in ReadFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                {
                    yield return item;
                }
            }
            else
            {
                yield return ImportItem.Failed(path, "no such file or folder");
            }
        }
    }

    private IEnumerable<ImportItem> ReadFile(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            foreach (var item in ReadJsonLines(file))
            {
                yield return item;
            }
            yield break;
        }
        var length = new FileInfo(file).Length;
        if (length > MaxArticleBytes)
        {
            yield return ImportItem.Failed(file, $"file is {length} bytes, over the {MaxArticleBytes}-byte limit for one article");
            yield break;
        }
        var decoded = TextDecoder.Decode(File.ReadAllBytes(file));
        if (!decoded.Succeeded)
        {
            yield return ImportItem.Failed(file, decoded.Error!);
            yield break;
        }
        yield return extension is ".html" or ".htm" ? html.Read(file, decoded.Text!) : new ImportItem(file, decoded.Text);
    }

    private IEnumerable<ImportItem> ReadJsonLines(string file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        foreach (var item in ReadJsonLines(file, reader))
        {
            yield return item;
        }
    }

    /// <summary>The items of a .jsonl stream, each with <paramref name="file"/>:line as its origin.</summary>
    public IEnumerable<ImportItem> ReadJsonLines(string file, TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var origin = $"{file}:{lineNumber}";
            yield return line.Length > MaxArticleBytes
                ? ImportItem.Failed(origin, $"line is {line.Length} characters, over the limit for one article")
                : ParseJsonLine(origin, line);
        }
    }

    private ImportItem ParseJsonLine(string origin, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ImportItem.Failed(origin, "invalid JSON: " + ex.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ImportItem.Failed(origin, "a line must be a JSON object with \"text\" or \"html\"");
            }
            var title = StringProperty(root, "title");
            var url = StringProperty(root, "url");
            var source = StringProperty(root, "source");
            var publishedText = StringProperty(root, "publishedAt");
            DateOnly? published = null;
            if (publishedText is not null)
            {
                if (!TryParsePublished(publishedText, out var date))
                {
                    return ImportItem.Failed(origin, $"publishedAt \"{publishedText}\" is not an ISO date or date-time");
                }
                published = date;
            }
            if (StringProperty(root, "text") is { } text)
            {
                return new ImportItem(origin, text, title, url, source, published);
            }
            if (StringProperty(root, "html") is { } htmlText)
            {
                var item = html.Read(origin, htmlText);
                return item with
                {
                    Title = title ?? item.Title,
                    Url = url ?? item.Url,
                    Source = source ?? item.Source,
                    PublishedAt = published ?? item.PublishedAt,
                };
            }
            return ImportItem.Failed(origin, "the object has no \"text\" or \"html\" string");
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Accepts "2024-08-07" or any ISO 8601 date-time; the calendar day as written is kept.</summary>
    public static bool TryParsePublished(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && text.Contains('T', StringComparison.Ordinal))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return false;
    }
}
