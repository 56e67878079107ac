namespace NewsFacts.Api.Security;

/// <summary>
/// A query value with a NUL character is a 400 naming the parameter. No stored text can hold one (PostgreSQL's text
/// type refuses it outright), so such a filter could only ever match nothing; refused up front, both engines answer alike.
/// </summary>
public sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Any(v => v is not null && v.Contains('\0', StringComparison.Ordinal)))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Invalid query parameter", Detail = $"The parameter '{name}' contains a NUL character." },
                });
                return;
            }
        }
        await next(context);
    }
}
