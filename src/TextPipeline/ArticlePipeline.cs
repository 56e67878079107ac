using System.Security.Cryptography;
using System.Text;
using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Segmentation;

namespace NewsFacts.TextPipeline;

/// <summary>
/// The one place that knows the order of the stages. Text in, facts out: no I/O, no clock, no logging.
/// </summary>
public sealed class ArticlePipeline(Lexicons lexicons)
{
    private readonly BoilerplateRemover _boilerplate = new(lexicons);

    public Lexicons Lexicons { get; } = lexicons;

    public ArticleFacts Run(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Display normalization comes first: every later offset points into the display text.
        // Boilerplate goes next, so no later stage can extract a fact from site chrome.
        var display = ArabicNormalizer.ToDisplay(input.Text);
        var clean = _boilerplate.Remove(display, input.Title);
        var sentences = SentenceSplitter.Split(clean.Text);
        return new ArticleFacts(clean, ContentHash(clean.Text), sentences, [], [], [], [], []);
    }

    /// <summary>
    /// The cleaning stages of <see cref="Run"/> alone, with no fact extracted: what an import stores when facts are
    /// switched off, the baseline that measures what extraction costs.
    /// </summary>
    public ArticleFacts Clean(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clean = _boilerplate.Remove(ArabicNormalizer.ToDisplay(input.Text), input.Title);
        return new ArticleFacts(clean, ContentHash(clean.Text), [], [], [], [], [], []);
    }

    /// <summary>SHA-256 of the match key of the cleaned text: copies that differ only in diacritics, marks or spacing are one article.</summary>
    public static string ContentHash(string displayText)
    {
        var key = ArabicNormalizer.ToMatchKey(displayText).Key;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
