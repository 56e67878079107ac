using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>A weapon word in a sentence: tokens [Index, Index + Length), the type it names, and whether it only types an incident when nothing better is near.</summary>
public readonly record struct WeaponHit(IncidentType Type, int Index, int Length, bool Fallback)
{
    public int End => Index + Length;
}
