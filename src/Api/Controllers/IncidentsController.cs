using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Attacks reported in the articles: one incident per event, with every reporting article as a source.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class IncidentsController(IncidentQuery incidents, IncidentAggregates aggregates, IncidentTombstones tombstones) : ControllerBase
{
    /// <summary>Lists incidents, latest date first (undated last).</summary>
    /// <response code="200">A page of incidents.</response>
    /// <response code="400">A parameter is malformed (e.g. type=tank, from=yesterday, pageSize=0).</response>
    [HttpGet]
    [Produces("application/json", "text/csv", "application/geo+json")]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<IncidentResponse>>> List([FromQuery] IncidentFilterRequest request, [FromQuery] IncidentPageRequest paging, CancellationToken cancellationToken)
    {
        await incidents.FindSearchedOnceAsync(request, cancellationToken);
        var query = incidents.Filter(request);
        var total = await aggregates.CountAsync(request, query, cancellationToken);
        var page = incidents.Page(request, paging, total, query);
        var search = FullTextQuery.From(request.Q, incidents.Variants);
        // Asked for by format=, CSV and GeoJSON write neither the sources' words and titles nor a snippet.
        var items = paging.Format is "csv" or "geojson"
            ? await incidents.ToTabularResponsesAsync(page, cancellationToken)
            : await incidents.WithSnippetsAsync(await incidents.ToResponsesAsync(page, cancellationToken), search, cancellationToken);
        return new PagedResponse<IncidentResponse>(items, paging.Page, paging.PageSize, total, search?.ToResponse());
    }

    /// <summary>
    /// Gets one incident with its sources, claims and conflicts. An incident that a re-extraction merged into another
    /// answers 301 to that one; an incident deleted, or no longer read from its reports, answers 410.
    /// </summary>
    /// <param name="id">Incident id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The incident.</response>
    /// <response code="301">The incident was merged into the one at <c>Location</c> (/api/incidents/{newId}); /api/deleted lists it with mergedInto.</response>
    /// <response code="404">No incident ever had this id.</response>
    /// <response code="410">The incident was removed: its articles were deleted, or they no longer report it. /api/deleted lists it.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status301MovedPermanently)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status410Gone, "application/problem+json")]
    public async Task<ActionResult<IncidentResponse>> GetById(int id, CancellationToken cancellationToken)
    {
        if ((await incidents.ToResponsesAsync(incidents.ById(id), cancellationToken)).FirstOrDefault() is { } incident)
        {
            return incident;
        }
        return await tombstones.FindAsync(id, cancellationToken) switch
        {
            { MovedTo: { } target } => RedirectPermanent(Url.Action(nameof(GetById), new { id = target })!),
            { } gone => Problem(statusCode: StatusCodes.Status410Gone, title: "Incident removed",
                detail: $"Incident {id} was removed on {gone.DeletedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}: its articles were deleted, or they no longer report it."),
            null => NotFound(),
        };
    }
}
