using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// The JSON of a page of incidents, an incident and an article's detail, written by <see cref="IncidentJson"/>; every
/// other type, and these under any other media type, is left to the formatters after it.
/// </summary>
public sealed class IncidentJsonOutputFormatter : TextOutputFormatter
{
    public const int FlushBytes = 16 * 1024;

    public IncidentJsonOutputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("application/json"));
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/json"));
        SupportedEncodings.Add(Encoding.UTF8);
    }

    protected override bool CanWriteType(Type? type) =>
        type == typeof(PagedResponse<IncidentResponse>) || type == typeof(IncidentResponse) || type == typeof(ArticleDetailResponse);

    /// <summary>Into the response's pipe, whose buffers are pooled, as the serializer's formatter writes.</summary>
    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        var cancellationToken = context.HttpContext.RequestAborted;
        var body = context.HttpContext.Response.BodyWriter;
        await using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true }))
        {
            switch (context.Object)
            {
                case PagedResponse<IncidentResponse> page: await IncidentJson.WriteAsync(json, body, page, FlushBytes, cancellationToken); break;
                case IncidentResponse incident: IncidentJson.Write(json, incident); break;
                case ArticleDetailResponse article: IncidentJson.Write(json, article); break;
            }
        }
        await body.FlushAsync(cancellationToken);
    }
}
