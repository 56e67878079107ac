using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace NewsFacts.Api.Extensions;

public static class ExplorerExtensions
{
    /// <summary>The folder beside the app that holds the explorer page (index.html and assets/).</summary>
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Explorer");

    /// <summary>Serves the explorer: index.html at / and its scripts, styles and borders under /assets/.</summary>
    public static WebApplication UseNewsFactsExplorer(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            // No build step means no hashed file names: the browser revalidates each file (a 304 when unchanged), so an
            // upgraded page never runs with last version's modules.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
