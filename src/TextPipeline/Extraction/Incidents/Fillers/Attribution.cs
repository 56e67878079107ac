using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Who a sentence attributes its report to (null: the outlet itself), how, the actor claiming the attack if one does,
/// and the armed group that announces its own dead or wounded (<see cref="VictimId"/>): the attack's target.
/// </summary>
public sealed record Attribution(string? Source, Stance Stance, string? ClaimantId, string? VictimId = null)
{
    public static Attribution Outlet { get; } = new(null, Stance.Reported, null);
}
