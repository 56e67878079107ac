using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.Security;

/// <summary>
/// Puts the API key requirement and its 401/403 answers on the operations marked [RequireApiKey], so Swagger UI's
/// Authorize button applies to them, and an empty requirement (<c>security: [{}]</c>, anonymous access) on every
/// other operation, so each one says whether it needs a key.
/// </summary>
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Security ??= [];
        if (context.MethodInfo.GetCustomAttribute<RequireApiKeyAttribute>() is null
            && context.MethodInfo.DeclaringType?.GetCustomAttribute<RequireApiKeyAttribute>() is null)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
            return;
        }
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(RequireApiKeyAttribute.SchemeName, context.Document)] = [],
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "The X-Api-Key header is missing or wrong." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Writes are disabled: the server has no API key configured." });
    }
}
