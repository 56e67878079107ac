using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Extensions;

public static class NewsFactsPipelineExtensions
{
    /// <summary>The HTTP pipeline: request log, problem details for errors and bare status codes, the explorer page, Swagger, controllers, health.</summary>
    public static WebApplication UseNewsFacts(this WebApplication app)
    {
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
        app.MapHealthChecks("/health");
        if (app.Services.GetRequiredService<IOptions<NewsFactsOptions>>().Value.EnableBaselineEndpoint)
        {
            app.MapBaselineEndpoint();
        }
        return app;
    }
}
