using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Controllers;

/// <summary>Tombstones for keeping a local copy in sync (as ACLED's deleted-events list).</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class DeletedController(NewsFactsDbContext db) : ControllerBase
{
    /// <summary>
    /// Lists articles and incidents deleted at or after <c>since</c>, oldest first. Pair with <c>updatedSince</c> on the lists.
    /// An incident a re-extraction merged into another carries that one's id in <c>mergedInto</c>.
    /// </summary>
    /// <param name="since">An ISO 8601 date-time, UTC unless it carries an offset (2026-01-01T00:00:00Z, 2026-01-01T03:00:00+03:00); required.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The deletions.</response>
    /// <response code="400">since is missing or not a date-time.</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<List<DeletedResponse>>> List([FromQuery, Required] DateTime? since, CancellationToken cancellationToken) =>
        await db.DeletedEntities.AsNoTracking().Where(d => d.DeletedAt >= since)
            .OrderBy(d => d.DeletedAt).ThenBy(d => d.Id)
            .Select(d => new DeletedResponse(d.EntityType, d.EntityId, d.DeletedAt, d.MergedInto))
            .ToListAsync(cancellationToken);
}
