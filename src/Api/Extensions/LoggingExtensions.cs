using Serilog;

namespace NewsFacts.Api.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section, plus the sinks and enrichers registered as services (a
    /// test's collecting sink). The static <c>Log.Logger</c> is left alone, so several hosts in one process
    /// (WebApplicationFactory tests) keep their own loggers.
    /// </summary>
    public static WebApplicationBuilder AddNewsFactsLogging(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, services, logger) => logger.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(services),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request: method, path, status, elapsed time and the client's address.</summary>
    public static WebApplication UseNewsFactsRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger: the middleware would otherwise write to the static one, which this app never sets.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {ClientAddress}";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("ClientAddress", http.Connection.RemoteIpAddress?.ToString());
        });
        return app;
    }
}
