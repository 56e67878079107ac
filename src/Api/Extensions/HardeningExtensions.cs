using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using NewsFacts.Api.Import;
using NewsFacts.Api.Security;

namespace NewsFacts.Api.Extensions;

public static class HardeningExtensions
{
    /// <summary>The write API (upload, delete, API keys) and the protections around every request: size limits, rate limits, security headers.</summary>
    public static WebApplicationBuilder AddNewsFactsHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ArticleUpload>();
        services.AddScoped<ArticleRemover>();
        services.Configure<MvcOptions>(o => o.InputFormatters.Add(new PlainTextArticleInputFormatter()));

        services.AddSettings<ApiKeyOptions>(ApiKeyOptions.SectionName);
        services.AddSingleton<ApiKeyValidator>();
        services.AddSettings<LimitsOptions>(LimitsOptions.SectionName);
        services.AddSettings<RateLimitOptions>(RateLimitOptions.SectionName);
        services.AddSettings<SecurityOptions>(SecurityOptions.SectionName);
        services.AddSettings<ProxyOptions>(ProxyOptions.SectionName);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET trusts loopback by default; here only what is configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.Value.MaxRequestHeadersTotalBytes;
            kestrel.Limits.MaxRequestLineSize = limits.Value.MaxRequestLineBytes;
            kestrel.AddServerHeader = false;
        });
        // Kestrel reports an oversized body while it is being read, as a BadHttpRequestException carrying 413.
        services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = ex =>
            ex is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(PartitionByClient);
            o.OnRejected = WriteTooManyRequestsAsync;
        });

        services.ConfigureSwaggerGen(o =>
        {
            o.AddSecurityDefinition(RequireApiKeyAttribute.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = RequireApiKeyAttribute.HeaderName,
                Description = "A key from the server's Auth:ApiKeys configuration; needed for writes only.",
            });
            o.OperationFilter<ApiKeyOperationFilter>();
        });
        return builder;
    }

    /// <summary>HTTPS (when configured), security headers, the body limit and the rate limiter, ahead of the endpoints.</summary>
    public static WebApplication UseNewsFactsHardening(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.UseHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Reads (GET, HEAD) and writes have separate budgets per remote IP.</summary>
    private static RateLimitPartition<string> PartitionByClient(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method);
        var window = isRead ? options.Reads : options.Writes;
        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return RateLimitPartition.GetFixedWindowLimiter((isRead ? "read:" : "write:") + client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client has used its request budget; retry after {retryAfter} seconds.",
            },
        });
    }
}
