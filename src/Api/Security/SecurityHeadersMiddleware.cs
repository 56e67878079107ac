namespace NewsFacts.Api.Security;

/// <summary>
/// Headers every response carries. Swagger UI loads only its own scripts (index.html has no inline script) but
/// sets inline styles and draws icons from data: URIs, hence those two relaxations under /swagger and nowhere else:
/// the explorer page (/) and the API get a policy with no inline style and no data: image.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public const string SwaggerContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerContentSecurityPolicy : ContentSecurityPolicy;
        // OnStarting, because the exception handler clears the headers of a response it rewrites.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = policy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
