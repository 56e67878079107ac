using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.OpenApi;

/// <summary>Turns a property marked <see cref="OneOfTypesAttribute"/> into a <c>oneOf</c> of its types.</summary>
public sealed class OneOfTypesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && context.MemberInfo?.GetCustomAttribute<OneOfTypesAttribute>() is { } oneOf)
        {
            concrete.Type = null;
            concrete.OneOf = oneOf.Types.Select(IOpenApiSchema (t) => new OpenApiSchema { Type = t }).ToList();
        }
    }
}
