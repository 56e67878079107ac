using Microsoft.AspNetCore.Mvc;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Formatting;

namespace NewsFacts.Api.Controllers;

/// <summary>Bulk download.</summary>
[ApiController]
[Route("api/[controller]")]
public sealed class ExportController(IncidentExport export) : ControllerBase
{
    /// <summary>Streams every incident, with its sources: JSON Lines (one incident object per line, by id) or CSV.</summary>
    /// <remarks>Read in batches by id, so the table is never loaded into memory whatever its size. Both are UTF-8; the CSV has the columns of <c>/api/incidents?format=csv</c>.</remarks>
    /// <param name="request">The format.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <response code="200">application/x-ndjson, one IncidentResponse per line; or text/csv with format=csv.</response>
    /// <response code="400">format is not jsonl or csv.</response>
    [HttpGet]
    [ProducesResponseType(typeof(IncidentResponse), StatusCodes.Status200OK, IncidentExport.JsonLinesMediaType, CsvOutputFormatter.MediaType)]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task Get([FromQuery] ExportRequest request, CancellationToken cancellationToken)
    {
        if (request.Format == "csv" || (request.Format is null && Request.GetTypedHeaders().Accept.Any(a => a.MediaType == CsvOutputFormatter.MediaType)))
        {
            Response.ContentType = CsvOutputFormatter.MediaType + "; charset=utf-8";
            await export.WriteCsvAsync(Response.Body, cancellationToken);
        }
        else
        {
            Response.ContentType = IncidentExport.JsonLinesMediaType + "; charset=utf-8";
            await export.WriteJsonLinesAsync(Response.Body, cancellationToken);
        }
    }
}
