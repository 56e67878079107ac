using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// [Produces("application/json")] on a controller would also label its problem details as application/json;
/// RFC 9457 clients look for application/problem+json. Runs after Produces (higher order) to restore it.
/// </summary>
public sealed class ProblemJsonResultFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    public int Order => int.MaxValue;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: ProblemDetails } result)
        {
            result.ContentTypes.Clear();
            result.ContentTypes.Add("application/problem+json");
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>Turns [controller] into a lowercase path segment, so every URL is lowercase (/api/incidents).</summary>
public sealed class LowercaseRouteTransformer : IOutboundParameterTransformer
{
    public string? TransformOutbound(object? value) => value?.ToString()?.ToLowerInvariant();
}
