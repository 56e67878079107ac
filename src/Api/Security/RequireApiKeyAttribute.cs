using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace NewsFacts.Api.Security;

/// <summary>
/// Marks a write action: it runs only with a valid <c>X-Api-Key</c>. 403 when the server has no key configured
/// (writes disabled), 401 with <c>WWW-Authenticate</c> for a missing or wrong key.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequireApiKeyAttribute : Attribute, IAuthorizationFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string SchemeName = "ApiKey";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var validator = http.RequestServices.GetRequiredService<ApiKeyValidator>();
        if (!validator.WritesEnabled)
        {
            context.Result = Problem(http, StatusCodes.Status403Forbidden, "Writes are disabled",
                "No API key is configured on this server, so writes are disabled. Set one in the environment, "
                + "e.g. Auth__ApiKeys__0=<a random key of 16+ characters>, restart, and send it in the X-Api-Key header.");
            return;
        }
        if (!validator.IsValid(http.Request.Headers[HeaderName].FirstOrDefault()))
        {
            http.Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
            context.Result = Problem(http, StatusCodes.Status401Unauthorized, "API key required",
                $"Send a valid API key in the {HeaderName} header.");
        }
    }

    private static ObjectResult Problem(HttpContext http, int status, string title, string detail)
    {
        var problem = http.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateProblemDetails(http, status, title, detail: detail);
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}
