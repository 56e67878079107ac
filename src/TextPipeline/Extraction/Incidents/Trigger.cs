namespace NewsFacts.TextPipeline.Extraction;

/// <summary>An event word found in a sentence: tokens [Index, Index + Length); <paramref name="Strong"/> for a word that names an attack by itself (هجوم، غارة).</summary>
public readonly record struct Trigger(int Index, int Length, bool Strong = true)
{
    public int End => Index + Length;
}
