using System.ComponentModel.DataAnnotations;

namespace NewsFacts.Api.Security;

/// <summary>Per-client (remote IP) request budgets: one for writes, a looser one for reads. Over budget gets 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public RateLimitWindow Reads { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    public RateLimitWindow Writes { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };
}

/// <summary>A fixed window: at most PermitLimit requests per WindowSeconds.</summary>
public sealed class RateLimitWindow
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; }
}
