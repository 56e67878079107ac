using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Forces, armed groups, governments, people, outlets and states named in the articles, one entry each whatever the spelling.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class ActorsController(ActorQuery actors) : ControllerBase
{
    /// <summary>Lists actors by English name.</summary>
    /// <response code="200">A page of actors.</response>
    /// <response code="400">A parameter is malformed (e.g. kind=army).</response>
    [HttpGet]
    [Produces("application/json", "text/csv")]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ActorResponse>>> List([FromQuery] ActorListRequest request, CancellationToken cancellationToken)
    {
        var query = actors.Filter(request);
        var total = await query.CountAsync(cancellationToken);
        var items = await actors.ToResponsesAsync(SortMaps.Actors.Apply(query, request.Sort).Skip(request.Skip).Take(request.PageSize), cancellationToken);
        return new PagedResponse<ActorResponse>(items, request.Page, request.PageSize, total);
    }

    /// <summary>Gets an actor with its incidents as perpetrator and as target, its articles, and when it was first and last seen.</summary>
    /// <param name="id">Actor id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The actor.</response>
    /// <response code="404">No actor has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ActorDetailResponse>> GetById(int id, CancellationToken cancellationToken) =>
        await actors.GetDetailAsync(id, cancellationToken) is { } actor ? actor : NotFound();
}
