using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Segmentation;

/// <summary>Splits display text into sentences with offsets. (Initial version: line and period breaks.)</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '.' or '؟' or '!')
            {
                var end = i < text.Length && text[i] != '\n' ? i + 1 : i;
                var s = start;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                if (end > s) result.Add(TextSpan.Of(text, s, end - s));
                start = i + 1;
            }
        }
        return result;
    }
}
