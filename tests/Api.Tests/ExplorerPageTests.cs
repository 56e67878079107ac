using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFacts.Api.Tests;

/// <summary>The explorer page at /: served as static files under the strict policy, off by a setting. What it does in a
/// browser is checked by tests/Client/explorer.mjs.</summary>
public sealed class ExplorerPageTests
{
    [Fact]
    public async Task TheRootServesTheExplorerWithOnlyExternalScriptsAndStyles()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("<title>NewsFacts explorer</title>");
        // The page's policy allows no inline script or style, so the page must have none.
        Regex.Matches(page, @"<script(?<attrs>[^>]*)>").ShouldAllBe(m => m.Groups["attrs"].Value.Contains("src="));
        page.ShouldNotContain("<style");
        page.ShouldNotContain(" style=");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self';");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("data:");
        foreach (Match asset in Regex.Matches(page, @"(?:src|href)=""(?<path>/assets/[^""]+)"""))
        {
            (await client.GetAsync(asset.Groups["path"].Value)).StatusCode.ShouldBe(HttpStatusCode.OK, asset.Groups["path"].Value);
        }
    }

    [Fact]
    public async Task SwaggerUiKeepsItsOwnRelaxations()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/swagger/index.html");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("style-src 'self' 'unsafe-inline'");
    }

    [Fact]
    public async Task EveryModuleTheAppImportsIsServed()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var app = await client.GetAsync("/assets/app.js");

        app.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        app.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var imports = Regex.Matches(await app.Content.ReadAsStringAsync(), @"from '\./(?<file>[a-z]+\.js)'").Select(m => m.Groups["file"].Value).ToList();
        imports.ShouldNotBeEmpty();
        foreach (var file in imports)
        {
            (await client.GetAsync($"/assets/{file}")).StatusCode.ShouldBe(HttpStatusCode.OK, file);
        }
    }

    [Fact]
    public async Task TheBordersAreGeoJsonOfTheRegion()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/assets/region-borders.geojson");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var borders = await response.Content.ReadFromJsonAsync<JsonElement>();
        borders.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var names = borders.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        names.ShouldContain("Iraq");
        names.ShouldContain("Syria");
        names.ShouldContain("Yemen");
    }

    [Fact]
    public async Task TheSettingTurnsThePageOff()
    {
        using var factory = new NewsFactsFactory(("NewsFacts:EnableExplorer", "false"));
        using var client = factory.CreateClient();

        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/assets/app.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/incidents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
