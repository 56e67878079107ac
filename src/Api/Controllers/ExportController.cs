using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Bulk download.</summary>
[ApiController]
[Route("api/[controller]")]
public sealed class ExportController(IncidentQuery incidents, IOptions<JsonOptions> json) : ControllerBase
{
    private const int BatchSize = 500;

    /// <summary>Streams every incident, with its sources, as JSON Lines (one incident object per line, by id).</summary>
    /// <remarks>Read in batches by id, so the table is never loaded into memory whatever its size.</remarks>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <response code="200">application/x-ndjson, one IncidentResponse per line.</response>
    [HttpGet]
    [Produces("application/x-ndjson")]
    [ProducesResponseType(typeof(Contracts.IncidentResponse), StatusCodes.Status200OK, "application/x-ndjson")]
    public async Task Get(CancellationToken cancellationToken)
    {
        Response.ContentType = "application/x-ndjson; charset=utf-8";
        var lastId = 0;
        while (true)
        {
            var batch = await incidents.ToResponsesAsync(
                incidents.All().Where(i => i.Id > lastId).OrderBy(i => i.Id).Take(BatchSize), cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var incident in batch)
            {
                await JsonSerializer.SerializeAsync(Response.Body, incident, json.Value.JsonSerializerOptions, cancellationToken);
                await Response.Body.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }
            await Response.Body.FlushAsync(cancellationToken);
            lastId = batch[^1].Id;
        }
    }
}
