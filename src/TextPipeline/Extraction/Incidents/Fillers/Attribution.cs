using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Who a sentence attributes its report to (null: the outlet itself), how, the actor claiming the attack if one does,
/// and the armed group that announces its own dead or wounded (<see cref="VictimId"/>): the attack's target.
/// </summary>
public sealed record Attribution(string? Source, Stance Stance, string? ClaimantId, string? VictimId = null)
{
    /// <summary>
    /// The claim is read from an armed group's announcing the attack (أعلنت المقاومة استهداف ...), no word of claiming
    /// or doing: a doer the sentence itself names (طائرة مسيرة تركية استهدفت) outweighs it.
    /// </summary>
    public bool Inferred { get; init; }

    public static Attribution Outlet { get; } = new(null, Stance.Reported, null);
}
