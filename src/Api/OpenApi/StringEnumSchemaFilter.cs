using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Turns string members with a fixed set of values into enums: <see cref="StringEnumAttribute"/> on response records,
/// <see cref="AllowedValuesAttribute"/> on request properties (Swashbuckle ignores it), so generated clients get unions.
/// </summary>
public sealed class StringEnumSchemaFilter : ISchemaFilter, IParameterFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && context.MemberInfo is PropertyInfo property)
        {
            SetEnum(concrete, property);
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter.Schema is OpenApiSchema schema && context.PropertyInfo is { } property)
        {
            SetEnum(schema, property);
        }
    }

    private static void SetEnum(OpenApiSchema schema, PropertyInfo property)
    {
        var values = property.GetCustomAttribute<StringEnumAttribute>()?.Values
            ?? property.GetCustomAttribute<AllowedValuesAttribute>()?.Values.OfType<string>().ToList();
        if (values is { Count: > 0 })
        {
            schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
    }
}
