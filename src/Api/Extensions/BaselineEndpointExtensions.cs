using System.Collections.Concurrent;
using System.Text;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// GET /perf/baseline?bytes=N: a fixed JSON body of about N bytes through the same middleware as the API, with no
/// database behind it. tests/perf/load.sh compares each endpoint with it, to separate what our queries cost from what
/// ASP.NET Core itself costs on the machine. Mapped only when NewsFacts:EnableBaselineEndpoint is true.
/// </summary>
public static class BaselineEndpointExtensions
{
    private const int MaxBytes = 1 << 20;

    private static readonly ConcurrentDictionary<int, byte[]> Bodies = new();

    public static WebApplication MapBaselineEndpoint(this WebApplication app)
    {
        app.MapGet("/perf/baseline", (int? bytes) =>
            Results.Bytes(Bodies.GetOrAdd(Math.Clamp(bytes ?? 1024, 16, MaxBytes), Body), "application/json"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>{"items":["الهجوم على القاعدة", ...]}: Arabic text, so compression and encoding cost what the API's do.</summary>
    private static byte[] Body(int bytes)
    {
        const string item = "\"استهدف هجوم بطائرة مسيرة قاعدة عين الأسد\"";
        var itemBytes = Encoding.UTF8.GetByteCount(item) + 1;
        var count = Math.Max(1, (bytes - "{\"items\":[]}".Length) / itemBytes);
        return Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(',', Enumerable.Repeat(item, count)) + "]}");
    }
}
