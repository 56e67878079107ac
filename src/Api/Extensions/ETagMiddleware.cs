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
        var version = cacheable ? await cache.BeginAsync(context.RequestAborted) : 0;
        if (cacheable && cache.TryGet(key, version, out var hit))
        {
            await ReplayAsync(context, hit);
            return;
        }
        var flight = cacheable ? cache.Join(key, version) : null;
        if (flight?.Pending is { } pending && await pending.WaitAsync(context.RequestAborted) is { } shared)
        {
            await ReplayAsync(context, shared);
            return;
        }
        ResponseCache.Entry? computed = null;
        try
        {
            computed = await ComputeAsync(context, cacheable ? key : null, version);
        }
        finally
        {
            if (flight is { Computing: true })
            {
                cache.Land(flight, computed);
            }
        }
    }

    /// <summary>Runs the endpoint into a buffer and writes it with its ETag; returns the response to share and keep when it is a cacheable 200.</summary>
    private async Task<ResponseCache.Entry?> ComputeAsync(HttpContext context, string? cacheKey, long version)
    {
        var before = cacheKey is null ? null : context.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var original = context.Response.Body;
        await using var buffer = new PooledBufferStream();
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
                await original.WriteAsync(buffer.Written, context.RequestAborted);
            }
            // Nothing written: the response stays open for the status-code page to write its problem details.
            return null;
        }
        var tag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.Written.Span))[..32]}\"";
        ResponseCache.Entry? entry = null;
        if (cacheKey is not null)
        {
            // The headers the endpoint set (content type, Link, ...), to replay with the body.
            var headers = context.Response.Headers.Where(h => !before!.Contains(h.Key) && h.Key != HeaderNames.ContentLength).ToArray();
            entry = new ResponseCache.Entry(buffer.Written.ToArray(), headers, tag, version);
            cache.Add(cacheKey, entry);
        }
        await WriteAsync(context, original, buffer.Written, tag);
        return entry;
    }

    private static async Task ReplayAsync(HttpContext context, ResponseCache.Entry entry)
    {
        foreach (var (name, value) in entry.Headers)
        {
            context.Response.Headers[name] = value;
        }
        await WriteAsync(context, context.Response.Body, entry.Body, entry.ETag);
    }

    private static async Task WriteAsync(HttpContext context, Stream body, ReadOnlyMemory<byte> bytes, string tag)
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
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
