namespace NewsFacts.TextPipeline.Extraction;

/// <summary>An event word found in a sentence: tokens [Index, Index + Length).</summary>
public readonly record struct Trigger(int Index, int Length)
{
    public int End => Index + Length;
}
