using System.Net;

namespace NewsFacts.Api.Tests;

/// <summary>Liveness says the process answers; readiness that the database answers and has every migration of this build.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly NewsFactsFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ReadinessNeedsEveryMigrationAppliedWhileLivenessDoesNot()
    {
        var client = _factory.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // As if another process had not yet applied this build's last migration.
        _factory.Execute("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")").ShouldBe(1);

        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
