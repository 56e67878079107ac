using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Search;

/// <summary>Turns text into search terms: the same chain for indexed documents and for queries.</summary>
public static class SearchAnalyzer
{
    /// <summary>Normalized, stemmed tokens of a text, in order.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        ArabicNormalizer.Fold(text)
            .Split((char[])[' ', '\n', '\t', '.', '،', ',', '؟', '?', '!', ':', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(LightStemmer.Stem)
            .ToList();

    /// <summary>The text an FTS index stores for a document: its terms joined by spaces.</summary>
    public static string IndexText(string text) => string.Join(' ', Terms(text));
}
