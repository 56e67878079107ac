using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;
using NewsFacts.Api.Queries;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Controllers;

/// <summary>Places named in the articles: bases, cities, governorates, countries, with coordinates.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class LocationsController(NewsFactsDbContext db) : ControllerBase
{
    /// <summary>Lists places, most incidents first.</summary>
    /// <response code="200">A page of places.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<LocationResponse>>> List([FromQuery] LocationListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Locations.AsNoTracking();
        if (request.Q is { Length: > 0 } q)
        {
            var key = ArabicNormalizer.Fold(q);
            query = query.Where(l => l.MatchKeys.Contains(key));
        }
        if (request.Country is { Length: > 0 } country) query = query.Where(l => l.Country == country);
        var total = await query.CountAsync(cancellationToken);
        var items = await SortMaps.Locations.Apply(query, request.Sort).Skip(request.Skip).Take(request.PageSize)
            .Select(l => new LocationResponse(l.Id, l.NameAr, l.NameEn, l.Country, l.Precision, l.Latitude, l.Longitude, l.Tallies.Sum(t => t.Incidents), l.Key.StartsWith(FactWriter.ShapedKeyPrefix)))
            .ToListAsync(cancellationToken);
        return new PagedResponse<LocationResponse>(items, request.Page, request.PageSize, total);
    }

    /// <summary>Gets one place.</summary>
    /// <param name="id">Location id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The place.</response>
    /// <response code="404">No place has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<LocationResponse>> GetById(int id, CancellationToken cancellationToken) =>
        await db.Locations.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new LocationResponse(l.Id, l.NameAr, l.NameEn, l.Country, l.Precision, l.Latitude, l.Longitude,
                l.Tallies.Sum(t => t.Incidents), l.Key.StartsWith(FactWriter.ShapedKeyPrefix)))
            .FirstOrDefaultAsync(cancellationToken) is { } location ? location : NotFound();
}
