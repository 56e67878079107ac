using System.Text;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// RFC 4180 CSV of a list's items for spreadsheets: UTF-8 with a BOM so Excel shows Arabic, one header row,
/// nested values flattened (names joined with "; ").
/// </summary>
public sealed class CsvOutputFormatter : TextOutputFormatter
{
    public const string MediaType = "text/csv";

    /// <summary>For each list type: the flat row type (its properties are the columns) and how to get the rows.</summary>
    private static readonly Dictionary<Type, (Type Row, Func<object, IEnumerable<object>> Rows)> Tables = new()
    {
        [typeof(PagedResponse<IncidentResponse>)] = (typeof(IncidentCsvRow), o => ((PagedResponse<IncidentResponse>)o).Items.Select(IncidentCsvRow.Of)),
        [typeof(PagedResponse<ArticleListItemResponse>)] = (typeof(ArticleListItemResponse), o => ((PagedResponse<ArticleListItemResponse>)o).Items),
        [typeof(PagedResponse<ActorResponse>)] = (typeof(ActorCsvRow), o => ((PagedResponse<ActorResponse>)o).Items.Select(ActorCsvRow.Of)),
    };

    public CsvOutputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse(MediaType));
        SupportedEncodings.Add(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    protected override bool CanWriteType(Type? type) => type is not null && Tables.ContainsKey(type);

    /// <summary>Only when asked for by Accept or format=: never the fallback when a client named no media type.</summary>
    public override bool CanWriteResult(OutputFormatterCanWriteContext context) =>
        context.ContentType.HasValue && context.ContentType.Value is { Length: > 0 } && base.CanWriteResult(context);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var response = context.HttpContext.Response;
        await response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), context.HttpContext.RequestAborted);
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        var (rowType, rows) = Tables[context.ObjectType!];
        var table = new CsvTable(rowType);
        await writer.WriteLineAsync(table.Header);
        foreach (var row in rows(context.Object!))
        {
            await writer.WriteLineAsync(table.Row(row));
        }
    }
}

/// <summary>An incident as one CSV row: nested names joined with "; ".</summary>
public sealed record IncidentCsvRow(
    int Id, string Type, string? Date, string DatePrecision, string? DateText, string? FirstReported,
    int? LocationId, string? LocationNameEn, string? LocationNameAr, string? Country, double? Latitude, double? Longitude,
    int? WeaponCount, bool? Intercepted, int? Killed, int? Wounded, string Perpetrators, string Targets,
    string SummaryEn, bool Background, string SourceArticleIds, string Conflicts)
{
    public static IncidentCsvRow Of(IncidentResponse i) => new(
        i.Id, i.Type, i.Date, i.DatePrecision, i.DateText, i.FirstReported,
        i.Location?.Id, i.Location?.NameEn, i.Location?.NameAr, i.Location?.Country, i.Location?.Latitude, i.Location?.Longitude,
        i.WeaponCount, i.Intercepted, i.Killed, i.Wounded,
        string.Join("; ", i.Perpetrators.Select(p => p.NameEn)), string.Join("; ", i.Targets.Select(t => t.NameEn)),
        i.SummaryEn, i.Background, string.Join("; ", i.Sources.Select(s => s.ArticleId)), string.Join("; ", i.Conflicts));
}

/// <summary>An actor as one CSV row.</summary>
public sealed record ActorCsvRow(int Id, string NameAr, string NameEn, string Kind, string Aliases, int ArticleCount, int IncidentCount)
{
    public static ActorCsvRow Of(ActorResponse a) => new(a.Id, a.NameAr, a.NameEn, a.Kind, string.Join("; ", a.Aliases), a.ArticleCount, a.IncidentCount);
}
