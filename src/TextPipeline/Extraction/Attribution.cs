using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>Who a sentence attributes its report to (null: the outlet itself), how, and the actor claiming the attack if one does.</summary>
public sealed record Attribution(string? Source, Stance Stance, string? ClaimantId)
{
    public static Attribution Outlet { get; } = new(null, Stance.Reported, null);
}
