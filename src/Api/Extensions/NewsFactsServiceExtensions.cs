using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;
using NewsFacts.Api.Data.Postgres;
using NewsFacts.Api.Data.Sqlite;
using NewsFacts.Api.Formatting;
using NewsFacts.Api.Import;
using NewsFacts.Api.Queries;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Extensions;

public static class NewsFactsServiceExtensions
{
    /// <summary>Registers logging, the database, the pipeline, import and the MVC API.</summary>
    public static WebApplicationBuilder AddNewsFacts(this WebApplicationBuilder builder)
    {
        builder.AddNewsFactsLogging();

        var services = builder.Services;
        services.AddSettings<NewsFactsOptions>(NewsFactsOptions.SectionName);
        services.AddSingleton<DataPaths>();
        services.AddSingleton(TimeProvider.System);
        services.AddSettings<DatabaseOptions>(DatabaseOptions.SectionName);
        var engine = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddHttpContextAccessor();
        string Resolve(IServiceProvider provider, string configured) =>
            engine == DatabaseProvider.Sqlite ? provider.GetRequiredService<DataPaths>().ResolveConnectionString(configured) : configured;
        string ConnectionString(IServiceProvider provider) => Resolve(provider,
            builder.Configuration.GetConnectionString("NewsFacts") ?? throw new InvalidOperationException("ConnectionStrings:NewsFacts is not set."));
        // ConnectionStrings:NewsFactsRead, when set, is a read replica: GET and HEAD requests read there (and ask its data
        // version, so a cached answer is never newer or older than the replica it came from); writes, imports and the
        // schema stay on the primary.
        string RequestConnectionString(IServiceProvider provider) =>
            builder.Configuration.GetConnectionString("NewsFactsRead") is { Length: > 0 } read
                && provider.GetService<IHttpContextAccessor>()?.HttpContext?.Request is { } request
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                ? Resolve(provider, read)
                : ConnectionString(provider);
        if (engine == DatabaseProvider.Postgres)
        {
            services.AddDbContext<NewsFactsDbContext, PostgresNewsFactsDbContext>((provider, options) => options.UseNpgsql(RequestConnectionString(provider)));
        }
        else
        {
            services.AddSingleton(provider => new SqlitePragmaInterceptor(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqliteMapMegabytes));
            services.AddDbContext<NewsFactsDbContext, SqliteNewsFactsDbContext>((provider, options) =>
                options.UseSqlite(RequestConnectionString(provider)).AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>()));
        }

        services.AddSingleton(provider => new DataVersion(
            builder.Configuration.GetConnectionString("NewsFactsRead") is { Length: > 0 } read ? Resolve(provider, read) : ConnectionString(provider), engine));
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<ArchiveTotals>();
        services.AddSingleton(provider => LexiconLoader.Load(provider.GetRequiredService<DataPaths>().LexiconDirectory));
        services.AddSingleton(provider => provider.GetRequiredService<Lexicons>().Variants);
        services.AddSingleton<ArticlePipeline>();
        services.AddSingleton<LexiconIndex>();
        services.AddSingleton<HtmlArticleReader>();
        services.AddSingleton<ArticleSourceReader>();
        services.AddSingleton<ImportJob>();
        services.AddSingleton<ArticleExtractor>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<FactWriter>();
        services.AddScoped<IncidentMerger>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<StoredArticleReplayer>();
        services.AddScoped<ArticleReextractor>();
        services.AddScoped<IncidentQuery>();
        services.AddScoped<IncidentPageReader>();
        services.AddScoped<IncidentTombstones>();
        services.AddScoped<ArticleQuery>();
        services.AddScoped<ArticleDetailReader>();
        services.AddScoped<IncidentAggregates>();
        services.AddScoped<ActorQuery>();
        services.AddScoped<IncidentExport>();

        services.AddControllers(o =>
            {
                o.Conventions.Add(new RouteTokenTransformerConvention(new LowercaseRouteTransformer()));
                o.ModelBinderProviders.Insert(0, new UtcDateTimeModelBinder());
                o.Filters.Add<ProblemJsonResultFilter>(int.MaxValue);
                o.Filters.Add<PagingLinkFilter>();
                o.Filters.Add<FormatQueryFilter>(1000);
                // After JSON, so JSON stays the default; JSON no longer claims application/*+json (it would write
                // geo+json as plain JSON), only the +json type we do serve with it.
                var json = o.OutputFormatters.OfType<SystemTextJsonOutputFormatter>().Single();
                json.SupportedMediaTypes.Remove("application/*+json");
                json.SupportedMediaTypes.Add("application/problem+json");
                // Before the serializer's: the incident responses it would write are written by hand (IncidentJson).
                o.OutputFormatters.Insert(o.OutputFormatters.IndexOf(json), new IncidentJsonOutputFormatter());
                o.OutputFormatters.Add(new GeoJsonOutputFormatter());
                o.OutputFormatters.Add(new CsvOutputFormatter());
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = CamelCaseValidationProblems.Create)
            .AddJsonOptions(o =>
        {
            o.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // Arabic as UTF-8, not \u escapes: what MVC's JSON formatter does when no encoder is set, made explicit so
            // the export, which serializes with these options itself, writes the same.
            o.JsonSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        services.AddProblemDetails();
        services.AddHealthChecks()
            .AddDbContextCheck<NewsFactsDbContext>(tags: [NewsFactsPipelineExtensions.ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [NewsFactsPipelineExtensions.ReadyTag]);
        services.AddNewsFactsSwagger();
        services.AddNewsFactsHttpBehaviour(builder.Configuration, builder.Environment);
        builder.AddNewsFactsHardening();
        return builder;
    }

    /// <summary>Creates or upgrades the schema, then seeds data/articles when the database has no article.</summary>
    public static async Task InitializeNewsFactsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // Read now, so a server without its lexicons stops at start rather than at its first POST.
        app.Services.GetRequiredService<Lexicons>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<StoredArticleReplayer>().ReplayAsync(cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            var options = app.Services.GetRequiredService<IOptions<NewsFactsOptions>>().Value;
            if (!options.SeedOnStartup || await db.Articles.AnyAsync(cancellationToken))
            {
                return;
            }
        }
        var articles = app.Services.GetRequiredService<DataPaths>().ArticlesDirectory;
        if (Directory.Exists(articles))
        {
            await app.Services.GetRequiredService<ImportJob>().RunAsync([articles], showProgress: false, cancellationToken);
        }
    }
}
