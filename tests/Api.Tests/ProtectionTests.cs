using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Tests;

/// <summary>Limits, rate limits, security headers, the OpenAPI security scheme and error hygiene.</summary>
public sealed class ProtectionTests
{
    private const string Key = "test-key-0123456789abcdef";

    private static string Sample(string prefix) => File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*")[0]);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        return problem;
    }

    private static HttpClient WriterClient(NewsFactsFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        using var factory = new NewsFactsFactory(("Auth:ApiKeys:0", Key), ("Limits:MaxRequestBodyBytes", "4096"));
        using var client = WriterClient(factory);

        var response = await client.PostAsync("/api/articles", new StringContent(new string('ب', 5000), Encoding.UTF8, "text/plain"));

        (await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString()!.ShouldContain("4096");
    }

    [Fact]
    public async Task WritesOverTheirBudgetGet429WithRetryAfterWhileReadsGoOn()
    {
        using var factory = new NewsFactsFactory(("Auth:ApiKeys:0", Key), ("RateLimits:Writes:PermitLimit", "2"));
        using var client = WriterClient(factory);

        (await client.PostAsJsonAsync("/api/articles", new { text = Sample("001") })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/articles", new { text = Sample("002") })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var limited = await client.PostAsJsonAsync("/api/articles", new { text = Sample("003") });

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        (await client.GetAsync("/api/articles")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ReadsHaveTheirOwnBudget()
    {
        using var factory = new NewsFactsFactory(("RateLimits:Reads:PermitLimit", "3"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/articles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var limited = await client.GetAsync("/api/articles");

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        limited.Headers.Contains("Retry-After").ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/999999")]
    [InlineData("/swagger/index.html")]
    [InlineData("/health")]
    [InlineData("/")]
    [InlineData("/assets/app.js")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task SwaggerUiLoadsOnlyScriptsTheContentSecurityPolicyAllows()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/swagger/index.html");

        // script-src 'self' without 'unsafe-inline': the page may only load scripts by src from this origin.
        System.Text.RegularExpressions.Regex.Matches(page, @"<script(?<attrs>[^>]*)>").ShouldAllBe(m => m.Groups["attrs"].Value.Contains("src="));
        page.ShouldNotContain("src=\"http");
        (await client.GetAsync("/swagger/index.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOpenApiDocumentPutsTheApiKeySchemeOnWritesOnly()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");
        var articles = document.GetProperty("paths").GetProperty("/api/articles");
        articles.GetProperty("post").GetProperty("security")[0].TryGetProperty("ApiKey", out _).ShouldBeTrue();
        articles.GetProperty("post").GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        document.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("delete").GetProperty("security")[0]
            .TryGetProperty("ApiKey", out _).ShouldBeTrue();
        // A read says it needs no key: one empty requirement, anonymous access.
        var read = articles.GetProperty("get").GetProperty("security");
        read.GetArrayLength().ShouldBe(1);
        read[0].EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryOperationDeclaresItsSecurityAndTheDocumentItsLicense()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Operation: op.Value))).ToList();
        operations.Count.ShouldBeGreaterThan(10);
        foreach (var (name, operation) in operations)
        {
            operation.TryGetProperty("security", out var security).ShouldBeTrue(name);
            var schemes = security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
            schemes.ShouldBe(name.StartsWith("get ", StringComparison.Ordinal) ? [] : ["ApiKey"], name);
        }
        var license = document.GetProperty("info").GetProperty("license");
        license.GetProperty("name").GetString().ShouldBe("MIT");
        File.ReadAllLines(Path.Combine(RepoData.Directory, "..", "LICENSE"))[0].ShouldBe("MIT License");
    }

    [Fact]
    public async Task AnUnhandledErrorOutsideDevelopmentIsAProblemWithoutStackTraceOrSql()
    {
        using var factory = new NewsFactsFactory(("environment", "Production"));
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<ArticleQuery>(_ => throw new InvalidOperationException("SQLite Error 1: no such column: secret. SELECT secret FROM articles"))));
        using var client = broken.CreateClient();

        var response = await client.GetAsync("/api/articles");

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("SELECT");
        body.ShouldNotContain("SQLite");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain(" at ");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task WhenHttpsIsConfiguredHttpIsRedirectedAndHttpsAnswersCarryHsts()
    {
        using var factory = new NewsFactsFactory(("Security:UseHttps", "true"), ("https_port", "443"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://newsfacts.example") });

        var redirect = await client.GetAsync("/api/articles");
        var secure = await client.GetAsync("https://newsfacts.example/api/articles");

        redirect.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        redirect.Headers.Location!.ToString().ShouldBe("https://newsfacts.example/api/articles");
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
    }

    [Fact]
    public async Task KestrelAnswers414ForAnOverlongRequestLineAnd431ForOversizedHeaders()
    {
        using var factory = new NewsFactsFactory(("Limits:MaxRequestLineBytes", "1024"), ("Limits:MaxRequestHeadersTotalBytes", "4096"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/articles?q=" + new string('a', 100))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/articles?q=" + new string('a', 2000))).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.Add("X-Padding", new string('x', 8000));
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIs413OnKestrel()
    {
        using var factory = new NewsFactsFactory(("Auth:ApiKeys:0", Key), ("Limits:MaxRequestBodyBytes", "4096"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = WriterClient(factory);
        var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('ب', 5000))));
        body.Headers.ContentType = new("text/plain") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
