using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Incidents over time, for charts.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class TimelineController(IncidentQuery incidents) : ControllerBase
{
    /// <summary>Counts incidents, killed and wounded per period, with the incident filters; empty periods between the first and last are zeros.</summary>
    /// <response code="200">The timeline.</response>
    /// <response code="400">A parameter is malformed (e.g. interval=hour).</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TimelineResponse>> Get([FromQuery] TimelineRequest request, CancellationToken cancellationToken)
    {
        // Grouped in the database: one row per day at most, whatever the number of incidents.
        var length = Timeline.PrefixLength(request.Interval);
        var groups = await incidents.Filter(request)
            .GroupBy(i => i.Date != null && i.Date.Length >= length ? i.Date.Substring(0, length) : null)
            .Select(g => new { Prefix = g.Key, Count = g.Count(), Killed = g.Sum(i => i.Killed ?? 0), Wounded = g.Sum(i => i.Wounded ?? 0) })
            .ToListAsync(cancellationToken);
        return Timeline.Build(request.Interval, groups.Select(g => (g.Prefix, g.Count, g.Killed, g.Wounded)).ToList());
    }
}
