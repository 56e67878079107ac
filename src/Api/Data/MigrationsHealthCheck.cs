using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsFacts.Api.Data;

/// <summary>
/// Ready only when every migration of this build is applied: a process started beside an older schema (another
/// process still migrating, or a deploy that ran ahead of its database) stays out of the balancer until it is.
/// </summary>
public sealed class MigrationsHealthCheck(NewsFactsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
    }
}
