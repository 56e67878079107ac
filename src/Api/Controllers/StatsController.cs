using Microsoft.AspNetCore.Mvc;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Counts for dashboards.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class StatsController(IncidentAggregates aggregates) : ControllerBase
{
    /// <summary>Incident counts by type, country, location and actor, with the incident filters.</summary>
    /// <response code="200">The counts, largest first.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<StatsResponse>> Get([FromQuery] IncidentFilterRequest request, CancellationToken cancellationToken) =>
        await aggregates.StatsAsync(request, cancellationToken);
}
