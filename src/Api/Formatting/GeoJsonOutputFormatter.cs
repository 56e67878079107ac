using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// Incidents as an RFC 7946 FeatureCollection: only incidents with coordinates become features, with a Point
/// geometry in [longitude, latitude] order and the incident's fields as properties. Drop it on a map and it works.
/// </summary>
public sealed class GeoJsonOutputFormatter : TextOutputFormatter
{
    public const string MediaType = "application/geo+json";

    public GeoJsonOutputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse(MediaType));
        SupportedEncodings.Add(Encoding.UTF8);
    }

    protected override bool CanWriteType(Type? type) => type == typeof(PagedResponse<IncidentResponse>);

    /// <summary>Only when asked for by Accept or format=: never the fallback when a client named no media type.</summary>
    public override bool CanWriteResult(OutputFormatterCanWriteContext context) =>
        context.ContentType.HasValue && context.ContentType.Value is { Length: > 0 } && base.CanWriteResult(context);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var page = (PagedResponse<IncidentResponse>)context.Object!;
        var options = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        var collection = new
        {
            type = "FeatureCollection",
            features = page.Items.Where(i => i.Location is { Latitude: not null, Longitude: not null }).Select(i => new
            {
                type = "Feature",
                id = i.Id,
                geometry = new { type = "Point", coordinates = new[] { i.Location!.Longitude!.Value, i.Location.Latitude!.Value } },
                properties = new
                {
                    i.Id, i.Type, i.Date, i.DatePrecision, i.DateText, i.FirstReported,
                    locationId = i.Location.Id, locationNameEn = i.Location.NameEn, locationNameAr = i.Location.NameAr,
                    country = i.Location.Country, locationPrecision = i.Location.Precision,
                    i.WeaponCount, i.Intercepted, i.Killed, i.Wounded,
                    perpetrators = i.Perpetrators.Select(p => p.NameEn), targets = i.Targets.Select(t => t.NameEn),
                    i.SummaryEn, i.Background, sourceCount = i.Sources.Count, i.Conflicts,
                },
            }),
            page = page.Page,
            pageSize = page.PageSize,
            totalCount = page.TotalCount,
        };
        await JsonSerializer.SerializeAsync(context.HttpContext.Response.Body, collection, options, context.HttpContext.RequestAborted);
    }
}
