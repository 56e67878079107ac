using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Extensions;

public static class NewsFactsPipelineExtensions
{
    /// <summary>The HTTP pipeline: request log, problem details for errors and bare status codes, Swagger, controllers, health.</summary>
    public static WebApplication UseNewsFacts(this WebApplication app)
    {
        app.UseNewsFactsRequestLogging();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(HttpBehaviourExtensions.CorsPolicy);
        // Limits and rate limiting before the ETag buffer: a rejected request costs nothing downstream.
        app.UseNewsFactsHardening();
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
