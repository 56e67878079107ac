using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// <c>format=csv|geojson|json</c> in the query picks the representation, for clients that cannot set Accept
/// (a link in a spreadsheet, a map library's URL). Which values an endpoint takes is validated by its request type.
/// </summary>
public sealed class FormatQueryFilter : IResultFilter, IOrderedFilter
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = "application/json",
        ["csv"] = CsvOutputFormatter.MediaType,
        ["geojson"] = GeoJsonOutputFormatter.MediaType,
    };

    /// <summary>After [Produces], which would otherwise reset the content types.</summary>
    public int Order => 1000;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { StatusCode: null or 200 } result
            && context.HttpContext.Request.Query.TryGetValue("format", out var format)
            && MediaTypes.TryGetValue(format.ToString(), out var mediaType))
        {
            result.ContentTypes.Clear();
            result.ContentTypes.Add(mediaType);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
