using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// ETag on every successful GET, If-None-Match answered 304. The data changes only on import, so a client that
/// revalidates gets a tiny 304 almost always. Weak tags, since compression may re-encode the same representation.
/// The streaming export is left alone: buffering it would defeat its purpose. API responses are kept in the
/// <see cref="ResponseCache"/> until the database changes, and a repeated request is answered from there.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next, ResponseCache cache)
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
        var cacheable = cache.Enabled && context.Request.Path.StartsWithSegments("/api");
        var key = cacheable ? ResponseCache.KeyOf(context.Request) : "";
        var version = cacheable ? cache.Begin() : 0;
        if (cacheable && cache.TryGet(key, version, out var hit))
        {
            foreach (var (name, value) in hit.Headers)
            {
                context.Response.Headers[name] = value;
            }
            await WriteAsync(context, context.Response.Body, hit.Body, hit.Body.Length, hit.ETag);
            return;
        }
        var before = context.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
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
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            if (buffer.Length > 0)
            {
                context.Response.ContentLength = buffer.Length;
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }
            // Nothing written: the response stays open for the status-code page to write its problem details.
            return;
        }
        var tag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
        if (cacheable)
        {
            // The headers the endpoint set (content type, Link, ...), to replay with the body.
            var headers = context.Response.Headers.Where(h => !before.Contains(h.Key) && h.Key != HeaderNames.ContentLength).ToArray();
            cache.Add(key, new ResponseCache.Entry(buffer.ToArray(), headers, tag, version));
        }
        await WriteAsync(context, original, buffer.GetBuffer(), (int)buffer.Length, tag);
    }

    private static async Task WriteAsync(HttpContext context, Stream body, byte[] bytes, int length, string tag)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = CacheControl;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(t => t.Trim()).Any(t => t == tag || t == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            context.Response.Headers.Remove(HeaderNames.ContentType);
            return;
        }
        context.Response.ContentLength = length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await body.WriteAsync(bytes.AsMemory(0, length), context.RequestAborted);
        }
    }
}
