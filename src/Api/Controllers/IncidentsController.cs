using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Attacks reported in the articles: one incident per event, with every reporting article as a source.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class IncidentsController(IncidentQuery incidents, IncidentAggregates aggregates) : ControllerBase
{
    /// <summary>Lists incidents, latest date first (undated last).</summary>
    /// <response code="200">A page of incidents.</response>
    /// <response code="400">A parameter is malformed (e.g. type=tank, from=yesterday, pageSize=0).</response>
    [HttpGet]
    [Produces("application/json", "text/csv", "application/geo+json")]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<IncidentResponse>>> List([FromQuery] IncidentFilterRequest request, [FromQuery] IncidentPageRequest paging, CancellationToken cancellationToken)
    {
        var query = incidents.Filter(request);
        var total = await aggregates.CountAsync(request, query, cancellationToken);
        var page = SortMaps.Incidents.Apply(query, paging.Sort).Skip(paging.Skip).Take(paging.PageSize);
        var search = FullTextQuery.From(request.Q, incidents.Variants);
        var items = await incidents.WithSnippetsAsync(await incidents.ToResponsesAsync(page, cancellationToken), search, cancellationToken);
        return new PagedResponse<IncidentResponse>(items, paging.Page, paging.PageSize, total, search?.ToResponse());
    }

    /// <summary>Gets one incident with its sources, claims and conflicts.</summary>
    /// <param name="id">Incident id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The incident.</response>
    /// <response code="404">No incident has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IncidentResponse>> GetById(int id, CancellationToken cancellationToken) =>
        (await incidents.ToResponsesAsync(incidents.ById(id), cancellationToken)).FirstOrDefault() is { } incident ? incident : NotFound();
}
