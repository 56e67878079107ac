using Microsoft.OpenApi;
using NewsFacts.Api.OpenApi;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Extensions;

public static class SwaggerExtensions
{
    public static IServiceCollection AddNewsFactsSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "NewsFacts API",
                Version = "v1",
                Description = "Facts extracted from Arabic news about attacks on military bases in Iraq and Syria: incidents, actors, "
                    + "places and dates, each with the Arabic sentence that supports it. Names come in Arabic and English; "
                    + "filters accept any Arabic spelling variant.",
                Contact = new() { Name = "NewsFacts maintainers" },
                License = new() { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            // The pipeline's XML holds the descriptions of the enums on the wire (IncidentType).
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(IncidentType).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml, includeControllerXmlComments: true);
                }
            }
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.UseAllOfToExtendReferenceSchemas();
            options.DescribeAllParametersInCamelCase();
            options.CustomOperationIds(OperationIds.For);
            options.SchemaFilter<StringEnumSchemaFilter>();
            options.SchemaFilter<OneOfTypesSchemaFilter>();
            options.ParameterFilter<StringEnumSchemaFilter>();
            options.ParameterFilter<SortParameterFilter>();
            options.OperationFilter<ResponseContentFilter>();
            options.DocumentFilter<SchemaDocumentationFilter>();
        });
        return services;
    }

    public static WebApplication UseNewsFactsSwagger(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This server." }]));
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "NewsFacts API v1");
            options.DocumentTitle = "NewsFacts API";
            options.EnableTryItOutByDefault();
        });
        return app;
    }
}
