using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// ETag on every successful GET, If-None-Match answered 304. The data changes only on import, so a client that
/// revalidates gets a tiny 304 almost always. Weak tags, since compression may re-encode the same representation.
/// The streaming export is left alone: buffering it would defeat its purpose.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=30, must-revalidate";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || context.Request.Path.StartsWithSegments("/api/export"))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = CacheControl;
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(t => t.Trim()).Any(t => t == tag || t == "*")))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }
        if (buffer.Length == 0)
        {
            // Nothing written yet: leave the response open for the status-code page to write its problem details.
            return;
        }
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
