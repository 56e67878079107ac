using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Date expressions found in the articles, with their resolved value and precision.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class DatesController(NewsFactsDbContext db) : ControllerBase
{
    /// <summary>Lists date mentions by article and position.</summary>
    /// <response code="200">A page of date mentions.</response>
    /// <response code="400">A parameter is malformed (e.g. precision=hour).</response>
    [HttpGet]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<DateResponse>>> List([FromQuery] DateListRequest request, CancellationToken cancellationToken)
    {
        var query = db.DateMentions.AsNoTracking();
        if (request.ArticleId is { } articleId) query = query.Where(d => d.ArticleId == articleId);
        if (request.Precision is { } precision) query = query.Where(d => d.Precision == precision);
        query = query.Overlapping(d => d.Value, request.From, request.To);
        var total = await query.CountAsync(cancellationToken);
        var items = await SortMaps.Dates.Apply(query, request.Sort).Skip(request.Skip).Take(request.PageSize)
            .Select(d => new DateResponse(d.Id, d.ArticleId, d.Text, d.Start, d.End, d.Value, d.Precision, d.Line, d.Until))
            .ToListAsync(cancellationToken);
        return new PagedResponse<DateResponse>(items, request.Page, request.PageSize, total);
    }
}
