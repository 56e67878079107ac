using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Security;

/// <summary>
/// Rejects a declared Content-Length over the limit with 413 before anything reads it, and caps the server's body
/// size for chunked bodies (Kestrel then throws a 413 BadHttpRequestException, mapped by the exception handler).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<LimitsOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "Request body too large", Detail = $"The body may be at most {max} bytes." },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }
        await next(context);
    }
}
