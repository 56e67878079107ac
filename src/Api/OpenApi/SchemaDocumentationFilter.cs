using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Finishes the component schemas: describes the framework's problem types (they have no XML comments of ours), and
/// gives a nullable reference wrapper (<c>allOf</c> + <c>nullable</c>) the <c>type: object</c> that OpenAPI 3.0
/// requires beside <c>nullable</c>, so validators and generators keep the null. Every property of a response
/// record is required: the serializer never omits one (DefaultIgnoreCondition.Never), a missing value is a null.
/// </summary>
public sealed class SchemaDocumentationFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> ProblemProperties = new()
    {
        ["type"] = "A URI reference that identifies the problem type (RFC 9457).",
        ["title"] = "A short, human-readable summary of the problem type.",
        ["status"] = "The HTTP status code.",
        ["detail"] = "A human-readable explanation specific to this occurrence.",
        ["instance"] = "A URI reference that identifies this occurrence (the request path).",
        ["errors"] = "For each invalid parameter (camelCase name), the messages saying why.",
        ["traceId"] = "The request's trace id, for finding it in the logs.",
    };

    private static readonly Dictionary<string, string> ProblemSchemas = new()
    {
        ["ProblemDetails"] = "An RFC 9457 problem (application/problem+json).",
        ["ValidationProblemDetails"] = "An RFC 9457 problem for invalid input, with the messages for each parameter.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var (name, value) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (value is not OpenApiSchema schema)
            {
                continue;
            }
            if (ProblemSchemas.TryGetValue(name, out var description))
            {
                schema.Description ??= description;
                foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (propertySchema is OpenApiSchema p && ProblemProperties.TryGetValue(property, out var text))
                    {
                        p.Description ??= text;
                    }
                }
                if (schema.AdditionalProperties is OpenApiSchema extra)
                {
                    extra.Description ??= "Extension members (RFC 9457 section 3.2).";
                }
            }
            if (name.EndsWith("Response", StringComparison.Ordinal) && schema.Properties is { Count: > 0 } all)
            {
                schema.Required = new HashSet<string>(all.Keys);
            }
            foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            {
                if (property.AllOf is { Count: > 0 } && (property.Type is null || property.Type == JsonSchemaType.Null))
                {
                    property.Type = JsonSchemaType.Object | (property.Type ?? 0);
                }
            }
        }
    }
}
