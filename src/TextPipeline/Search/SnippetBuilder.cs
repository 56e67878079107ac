using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Search;

/// <summary>A short passage of a display text around the first search hit, with every hit in it marked.</summary>
/// <param name="Text">The passage, exactly as in the display text (with "…" where it was cut).</param>
/// <param name="Highlights">Spans of the passage (start, end) whose words matched a search term.</param>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int End)> Highlights);

/// <summary>
/// Finds the words of a display text whose stemmed match key is a search term (the same analysis the index used,
/// so "مسيّرتين" highlights "المسيرات") and cuts a passage around the first one.
/// </summary>
public static class SnippetBuilder
{
    public const int Context = 90;
    private const string Ellipsis = "…";

    public static Snippet? Build(string display, IReadOnlyCollection<string> terms, SpellingVariants? variants = null)
    {
        if (display.Length == 0 || terms.Count == 0)
        {
            return null;
        }
        var key = ArabicNormalizer.ToMatchKey(display);
        var hits = new List<(int Start, int End)>();
        var text = key.Key;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            if (terms.Contains(LightStemmer.Stem(variants?.Canonical(word) ?? word)))
            {
                var span = key.ToDisplaySpan(start, i - start);
                hits.Add((span.Start, span.End));
            }
        }
        if (hits.Count == 0)
        {
            return null;
        }
        var from = WordStartAtOrBefore(display, Math.Max(0, hits[0].Start - Context));
        var to = WordEndAtOrAfter(display, Math.Min(display.Length, hits[0].End + Context));
        var prefix = from > 0 ? Ellipsis : "";
        var passage = prefix + display[from..to].Replace('\n', ' ') + (to < display.Length ? Ellipsis : "");
        var highlights = hits.Where(h => h.Start >= from && h.End <= to)
            .Select(h => (h.Start - from + prefix.Length, h.End - from + prefix.Length)).ToList();
        return new Snippet(passage, highlights);
    }

    private static int WordStartAtOrBefore(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEndAtOrAfter(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }
}
