using Microsoft.OpenApi;
using NewsFacts.Api.Contracts;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Names the fields each list's <c>sort</c> accepts. Not an enum: the value is a comma-separated list with optional '-'.
/// </summary>
public sealed class SortParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is OpenApiParameter sort
            && string.Equals(sort.Name, nameof(PageRequest.Sort), StringComparison.OrdinalIgnoreCase)
            && context.ApiParameterDescription.ModelMetadata?.ContainerType is { IsAbstract: false } type
            && type.IsSubclassOf(typeof(PageRequest))
            && Activator.CreateInstance(type) is PageRequest request)
        {
            var fields = request.AllowedSortFields;
            sort.Description = $"{sort.Description} Allowed fields: {string.Join(", ", fields)}.".Trim();
            if (sort.Schema is OpenApiSchema schema)
            {
                var field = $"[-+]?({string.Join('|', fields)})";
                schema.Pattern = $"^{field}(,{field})*$";
            }
        }
    }
}
