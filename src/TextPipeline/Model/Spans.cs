namespace NewsFacts.TextPipeline.Model;

/// <summary>A span of the display text: every fact points back to the words that support it.</summary>
/// <param name="Start">Offset of the first character in the display text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The display text of the span, exactly <c>text.Substring(Start, Length)</c>.</param>
public readonly record struct TextSpan(int Start, int Length, string Text)
{
    public int End => Start + Length;

    public static TextSpan Of(string text, int start, int length) => new(start, length, text.Substring(start, length));

    public bool Contains(int offset) => offset >= Start && offset < End;
}
