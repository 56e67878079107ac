using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>Separates the article from site chrome. (Initial version: title from the first line only.)</summary>
public sealed class BoilerplateRemover(Lexicons lexicons)
{
    private readonly Lexicons _lexicons = lexicons;

    /// <summary>Takes display text (already <see cref="Normalization.ArabicNormalizer.ToDisplay"/>d) and returns the clean article.</summary>
    public CleanArticle Remove(string display, string? givenTitle)
    {
        _ = _lexicons;
        var lines = display.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var title = givenTitle ?? lines.FirstOrDefault() ?? "";
        return new CleanArticle(title, display, null, null, []);
    }
}
