using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Import;
using NewsFacts.Api.Queries;
using NewsFacts.Api.Security;

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
        var search = FullTextQuery.From(request.Q, articles.Variants);
        int total;
        List<ArticleListItemResponse> items;
        if (search is not null && await articles.SearchPageAsync(request, search, cancellationToken) is { } found)
        {
            (total, items) = found;
        }
        else
        {
            var query = articles.Filter(request);
            total = await query.CountAsync(cancellationToken);
            items = await articles.ItemsAsync(await SortMaps.Articles.Apply(query, request.Sort).Skip(request.Skip).Take(request.PageSize)
                .Select(a => a.Id).ToListAsync(cancellationToken), cancellationToken);
        }
        items = await articles.WithSnippetsAsync(items, search, cancellationToken);
        return new PagedResponse<ArticleListItemResponse>(items, request.Page, request.PageSize, total, search?.ToResponse());
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

    /// <summary>Imports an article (JSON with <c>text</c> or <c>html</c>, or a <c>text/plain</c> body) through the same pipeline as the import command. Needs <c>X-Api-Key</c>.</summary>
    /// <param name="request">The article and its metadata.</param>
    /// <param name="upload">Runs the import.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="201">Imported; <c>Location</c> points at the new article.</response>
    /// <response code="200">The same article (same cleaned text) was already stored: this is it.</response>
    /// <response code="400">Neither or both of text and html, or a malformed field.</response>
    /// <response code="413">The body is over the size limit.</response>
    /// <response code="422">The input holds no usable Arabic article (e.g. an all-Latin page, an HTML page with no article block).</response>
    [HttpPost]
    [RequireApiKey]
    [Consumes("application/json", "text/plain")]
    [ProducesResponseType(typeof(ArticleDetailResponse), StatusCodes.Status201Created)]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<ArticleDetailResponse>> Create(CreateArticleRequest request, [FromServices] ArticleUpload upload, CancellationToken cancellationToken)
    {
        var outcome = await upload.ImportAsync(request, cancellationToken);
        if (outcome.ArticleId is not { } id || await articles.GetDetailAsync(id, cancellationToken) is not { } detail)
        {
            return Problem(outcome.Reason, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be imported");
        }
        return outcome.Status == ImportStatus.Imported ? CreatedAtAction(nameof(GetById), new { id }, detail) : detail;
    }

    /// <summary>Deletes an article with its mentions; incidents only it reported are deleted, the others are recomputed. Needs <c>X-Api-Key</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="remover">Runs the deletion.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No article has this id.</response>
    [HttpDelete("{id:int}")]
    [RequireApiKey]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(int id, [FromServices] ArticleRemover remover, CancellationToken cancellationToken) =>
        await remover.RemoveAsync(id, cancellationToken) ? NoContent() : NotFound();
}
