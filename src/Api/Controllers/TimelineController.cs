using Microsoft.AspNetCore.Mvc;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Incidents over time, for charts.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class TimelineController(IncidentAggregates aggregates) : ControllerBase
{
    /// <summary>Counts incidents, killed and wounded per period, with the incident filters; empty periods between the first and last are zeros.</summary>
    /// <response code="200">The timeline.</response>
    /// <response code="400">A parameter is malformed (e.g. interval=hour).</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TimelineResponse>> Get([FromQuery] TimelineRequest request, CancellationToken cancellationToken) =>
        await aggregates.TimelineAsync(request, cancellationToken);
}
