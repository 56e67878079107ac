using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace NewsFacts.Api.Tests;

/// <summary>Serilog.AspNetCore's request log, read through a sink the test registers as a service.</summary>
public sealed class RequestLoggingTests
{
    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    private static object? Scalar(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;

    [Fact]
    public async Task EachRequestIsOneLineWithMethodPathStatusElapsedAndClientAddress()
    {
        var sink = new CollectingSink();
        using var factory = new NewsFactsFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/articles?page=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/articles/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The line is written once the response is complete, which can be just after the client has read it.
        List<LogEvent> requests;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((requests = sink.Events.Where(e => Scalar(e, "SourceContext") is "Serilog.AspNetCore.RequestLoggingMiddleware").ToList()).Count < 2
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        requests.Count.ShouldBe(2);
        var list = requests.Single(e => Scalar(e, "RequestPath") is "/api/articles");
        list.Level.ShouldBe(LogEventLevel.Information);
        Scalar(list, "RequestMethod").ShouldBe("GET");
        Scalar(list, "RequestPath").ShouldBe("/api/articles");
        Scalar(list, "StatusCode").ShouldBe(200);
        Convert.ToDouble(Scalar(list, "Elapsed"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        Scalar(list, "ClientAddress").ShouldBe("127.0.0.1");
        list.RenderMessage().ShouldStartWith("HTTP \"GET\" \"/api/articles\" responded 200 in ");
        list.RenderMessage().ShouldEndWith(" ms for \"127.0.0.1\"");
        Scalar(requests.Single(e => Scalar(e, "RequestPath") is "/api/articles/999999"), "StatusCode").ShouldBe(404);
    }
}
