using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Extensions;

public static class NewsFactsPipelineExtensions
{
    /// <summary>The health checks /health/ready runs: the database answers and has every migration applied.</summary>
    public const string ReadyTag = "ready";

    /// <summary>The HTTP pipeline: request log, problem details for errors and bare status codes, the explorer page, Swagger, controllers, health.</summary>
    public static WebApplication UseNewsFacts(this WebApplication app)
    {
        // First: the request log and the rate limits read the client's address, which behind a configured proxy is
        // the one it forwards (see ProxyOptions).
        app.UseForwardedHeaders();
        app.UseNewsFactsRequestLogging();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(HttpBehaviourExtensions.CorsPolicy);
        // Limits and rate limiting before the ETag buffer: a rejected request costs nothing downstream.
        app.UseNewsFactsHardening();
        // Before the ETag buffer: static files carry their own validators and need no copy in memory.
        if (app.Services.GetRequiredService<IOptions<NewsFactsOptions>>().Value.EnableExplorer)
        {
            app.UseNewsFactsExplorer();
        }
        app.UseMiddleware<ETagMiddleware>();
        if (app.Services.GetRequiredService<IOptions<NewsFactsOptions>>().Value.EnableSwagger)
        {
            app.UseNewsFactsSwagger();
        }
        app.MapControllers();
        // /health and /health/ready: the database answers and is migrated (a balancer's readiness probe);
        // /health/live: the process answers, whatever the database does (a liveness probe must not restart it for that).
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        if (app.Services.GetRequiredService<IOptions<NewsFactsOptions>>().Value.EnableBaselineEndpoint)
        {
            app.MapBaselineEndpoint();
        }
        return app;
    }
}
