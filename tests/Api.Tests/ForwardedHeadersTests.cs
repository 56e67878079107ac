using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NewsFacts.Api.Tests;

/// <summary>
/// Behind a load balancer every connection comes from the balancer: the per-client read budget follows X-Forwarded-For
/// when, and only when, the connection comes from a configured proxy.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.1.2.3";

    /// <summary>A host whose every connection comes from <paramref name="peer"/>, with a read budget of two requests per client.</summary>
    private static WebApplicationFactory<Program> Behind(NewsFactsFactory factory, string peer) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer)))));

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task FromAKnownProxyEachForwardedClientHasItsOwnBudget()
    {
        using var factory = new NewsFactsFactory(("RateLimits:Reads:PermitLimit", "2"), ("Proxies:KnownProxies:0", Proxy));
        var client = Behind(factory, Proxy).CreateClient();

        (await GetAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await GetAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await GetAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await GetAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FromAnyOtherAddressTheHeaderIsIgnored()
    {
        using var factory = new NewsFactsFactory(("RateLimits:Reads:PermitLimit", "2"), ("Proxies:KnownNetworks:0", "10.1.0.0/16"));
        var client = Behind(factory, "192.0.2.50").CreateClient();

        (await GetAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await GetAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.OK);
        (await GetAsync(client, "203.0.113.9")).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    /// <summary>Sets the connection's remote address, which the test server leaves empty, ahead of the app's pipeline.</summary>
    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
