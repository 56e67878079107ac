using System.Security.Cryptography;
using System.Text;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline;

/// <summary>
/// The one place that knows the order of the stages. Text in, facts out: no I/O, no clock, no logging.
/// </summary>
public sealed class ArticlePipeline(Lexicons lexicons)
{
    public Lexicons Lexicons { get; } = lexicons;

    public ArticleFacts Run(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Display normalization comes first: every later offset points into the display text.
        var display = ArabicNormalizer.ToDisplay(input.Text);
        var lines = display.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var title = input.Title ?? lines.FirstOrDefault() ?? "";
        var clean = new CleanArticle(title, display, input.Source, null, []);
        return new ArticleFacts(clean, ContentHash(clean.Text), [], [], [], [], [], []);
    }

    /// <summary>SHA-256 of the match key of the cleaned text: two copies that differ only in diacritics, marks or spacing are one article.</summary>
    public static string ContentHash(string displayText)
    {
        var key = ArabicNormalizer.ToMatchKey(displayText).Key;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
