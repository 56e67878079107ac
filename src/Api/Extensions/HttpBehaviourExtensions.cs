using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NewsFacts.Api.Extensions;

public static class HttpBehaviourExtensions
{
    public const string CorsPolicy = "NewsFacts";

    /// <summary>CORS from <c>Cors:AllowedOrigins</c> (any localhost origin in Development) and gzip/brotli for our media types.</summary>
    public static IServiceCollection AddNewsFactsHttpBehaviour(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            if (environment.IsDevelopment())
            {
                policy.SetIsOriginAllowed(origin => origins.Contains(origin)
                    || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback));
            }
            else
            {
                policy.WithOrigins(origins);
            }
            policy.WithMethods("GET", "HEAD", "POST", "DELETE").AllowAnyHeader()
                .WithExposedHeaders("Link", "ETag", "Location", "Retry-After");
        }));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "application/geo+json", "text/csv", "application/x-ndjson"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
