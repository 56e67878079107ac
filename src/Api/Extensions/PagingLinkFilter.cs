using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Extensions;

/// <summary>RFC 8288 Link header (first, prev, next, last) on every paged list, so curl users can follow pages.</summary>
public sealed class PagingLinkFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not ObjectResult { Value: IPagedResponse paged })
        {
            return;
        }
        var request = context.HttpContext.Request;
        var last = Math.Max(1, (int)Math.Ceiling(paged.TotalCount / (double)paged.PageSize));
        var links = new List<string> { Link(request, 1, "first") };
        if (paged.Page > 1)
        {
            links.Add(Link(request, Math.Min(paged.Page - 1, last), "prev"));
        }
        if (paged.Page < last)
        {
            links.Add(Link(request, paged.Page + 1, "next"));
        }
        links.Add(Link(request, last, "last"));
        context.HttpContext.Response.Headers.Append("Link", string.Join(", ", links));
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static string Link(HttpRequest request, int page, string rel)
    {
        var query = request.Query.Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
        return $"<{url}>; rel=\"{rel}\"";
    }
}
