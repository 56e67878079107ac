using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Normalization;

/// <summary>
/// The folded form of a display text, for matching and search, with the way back:
/// <c>DisplayOffsets[i]</c> is the display-text offset of key character i, and
/// <c>DisplayOffsets[Key.Length]</c> is the display length, so a key span maps to a display span.
/// </summary>
public sealed class MatchKey
{
    private readonly int[] _displayOffsets;

    internal MatchKey(string display, string key, int[] displayOffsets)
    {
        Display = display;
        Key = key;
        _displayOffsets = displayOffsets;
    }

    public string Display { get; }

    public string Key { get; }

    public int ToDisplayOffset(int keyOffset) => _displayOffsets[keyOffset];

    /// <summary>The display span covering key characters [keyStart, keyStart + keyLength).</summary>
    public TextSpan ToDisplaySpan(int keyStart, int keyLength)
    {
        var start = _displayOffsets[keyStart];
        // The end is the display offset of the last matched key char plus one display char, so dropped
        // diacritics that follow the last letter stay inside the span (مسيّرتين keeps its shadda).
        var end = keyLength == 0 ? start : _displayOffsets[keyStart + keyLength - 1] + 1;
        while (end < Display.Length && ArabicLetters.IsHaraka(Display[end]))
        {
            end++;
        }
        return TextSpan.Of(Display, start, end - start);
    }
}
