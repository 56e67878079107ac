using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Gives every 200 a schema and every error its real media type.
/// ApiExplorer drops the implicit 200 of an <c>ActionResult&lt;T&gt;</c> once an action declares an error
/// [ProducesResponseType], leaving clients with an untyped success; this restores it from the return type.
/// CSV and GeoJSON are described as what they are, not as the JSON schema. Errors are written as
/// application/problem+json (see ProblemJsonResultFilter), whatever the action's [Produces] says. A 301 states its
/// Location header.
/// </summary>
public sealed class ResponseContentFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (SuccessType(context.MethodInfo.ReturnType) is { } type)
        {
            var response = operation.Responses.TryGetValue("200", out var existing) && existing is OpenApiResponse r
                ? r : new OpenApiResponse { Description = "Success." };
            if (response.Content is not { Count: > 0 })
            {
                response.Content = MediaTypes(context.MethodInfo).ToDictionary(m => m, IOpenApiMediaType (m) => new OpenApiMediaType
                {
                    Schema = m switch
                    {
                        "text/csv" => CsvSchema(),
                        "application/geo+json" => new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Description = "RFC 7946 FeatureCollection: one Point feature per incident with a location, "
                                + "[longitude, latitude], the incident fields as properties.",
                        },
                        _ => context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository),
                    },
                });
            }
            operation.Responses["200"] = response;
        }

        // A CSV body is text, whatever type the action declares for its other media types (the export's JSON Lines).
        foreach (var media in operation.Responses.Values.OfType<OpenApiResponse>().SelectMany(r => r.Content ?? new Dictionary<string, IOpenApiMediaType>()))
        {
            if (media.Key == "text/csv" && media.Value is OpenApiMediaType csv)
            {
                csv.Schema = CsvSchema();
            }
        }

        foreach (var (code, value) in operation.Responses)
        {
            if (code.Length == 3 && code[0] is '4' or '5' && value is OpenApiResponse { Content.Count: > 0 } error)
            {
                var schema = error.Content.Values.First().Schema;
                error.Content = new Dictionary<string, IOpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = schema } };
            }
            // A redirect's whole answer is its Location header (GET /api/incidents/{id} of a merged incident).
            if (code is "301" && value is OpenApiResponse redirect)
            {
                redirect.Headers ??= new Dictionary<string, IOpenApiHeader>();
                redirect.Headers["Location"] = new OpenApiHeader
                {
                    Description = "Where the resource is now.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
                };
            }
        }
    }

    private static OpenApiSchema CsvSchema() => new()
    {
        Type = JsonSchemaType.String,
        Description = "RFC 4180 CSV, UTF-8 with BOM, one header row.",
    };

    private static Type? SuccessType(Type returnType)
    {
        var type = returnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ActionResult<>) ? type.GetGenericArguments()[0] : null;
    }

    private static IEnumerable<string> MediaTypes(MethodInfo method) =>
        (method.GetCustomAttribute<ProducesAttribute>() ?? method.DeclaringType?.GetCustomAttribute<ProducesAttribute>())?.ContentTypes
        ?? ["application/json"];
}
