using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// A weapon word in a sentence: tokens [Index, Index + Length), the type it names, whether it only types an
/// incident when nothing better is near, and whether a distributive word gives it to every attack of the
/// sentence ("وكلها باستخدام الطائرات المسيرة").
/// </summary>
public readonly record struct WeaponHit(IncidentType Type, int Index, int Length, bool Fallback, bool Shared = false)
{
    public int End => Index + Length;
}
