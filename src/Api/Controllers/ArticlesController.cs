using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Controllers;

/// <summary>Imported articles, their cleaned text and the facts extracted from them.</summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public sealed class ArticlesController(ArticleQuery articles) : ControllerBase
{
    /// <summary>Lists articles, newest publication first.</summary>
    /// <response code="200">A page of articles.</response>
    /// <response code="400">A parameter is malformed (e.g. pageSize=0, from=yesterday, an unsearchable q).</response>
    [HttpGet]
    [Produces("application/json", "text/csv")]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ArticleListItemResponse>>> List([FromQuery] ArticleListRequest request, CancellationToken cancellationToken)
    {
        var query = articles.Filter(request);
        var total = await query.CountAsync(cancellationToken);
        var items = await ArticleQuery.ToListItems(SortMaps.Articles.Apply(query, request.Sort).Skip(request.Skip).Take(request.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedResponse<ArticleListItemResponse>(items, request.Page, request.PageSize, total, FullTextQuery.Echo(request.Q));
    }

    /// <summary>Gets an article with its text, incidents, actors, places and dates; every offset indexes into <c>text</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="200">The article.</response>
    /// <response code="404">No article has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ArticleDetailResponse>> GetById(int id, CancellationToken cancellationToken) =>
        await articles.GetDetailAsync(id, cancellationToken) is { } detail ? detail : NotFound();
}
