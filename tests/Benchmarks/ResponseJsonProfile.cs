using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Formatting;
using NewsFacts.Api.Import;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The serializer against <see cref="IncidentJson"/> on response bodies saved from a running API (a page of incidents,
/// an incident or an article's detail, as curl wrote them): each body is read back into its records, both write it,
/// the two outputs are checked byte for byte, then each writes it <c>count</c> times a round, alternating, and the
/// lowest thread CPU time per write of the rounds is printed.
/// <c>dotnet run -c Release --project tests/Benchmarks -- --json count rounds body.json ...</c>
/// </summary>
public static class ResponseJsonProfile
{
    // The API's options (NewsFactsServiceExtensions.AddJsonOptions on the web defaults).
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static int Run(int count, int rounds, IReadOnlyList<string> bodies)
    {
        Console.WriteLine($"body | bytes | serializer µs | IncidentJson µs | ratio (lowest of {rounds} rounds of {count})");
        foreach (var path in bodies)
        {
            var (value, write) = Read(File.ReadAllText(path));
            using var stream = new MemoryStream();
            var serialized = Serialize(stream, value);
            var written = Write(stream, write);
            if (!serialized.SequenceEqual(written))
            {
                Console.WriteLine($"{path}: the two differ");
                return 1;
            }
            var (bySerializer, byHand) = (double.MaxValue, double.MaxValue);
            for (var round = 0; round < rounds; round++)
            {
                bySerializer = Math.Min(bySerializer, Time(count, () => Serialize(stream, value)));
                byHand = Math.Min(byHand, Time(count, () => Write(stream, write)));
            }
            Console.WriteLine($"{Path.GetFileName(path)} | {serialized.Length} | {bySerializer:F1} | {byHand:F1} | {byHand / bySerializer:F2}");
        }
        return 0;
    }

    private static (object Value, Action<Utf8JsonWriter, PipeWriter> Write) Read(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        if (root.TryGetProperty("items", out _))
        {
            var page = JsonSerializer.Deserialize<PagedResponse<IncidentResponse>>(body, Options)!;
            page = page with { Items = page.Items.Select(Typed).ToList() };
            return (page, (json, body) => IncidentJson.WriteAsync(json, body, page, IncidentJsonOutputFormatter.FlushBytes, CancellationToken.None).GetAwaiter().GetResult());
        }
        if (root.TryGetProperty("contentHash", out _))
        {
            var article = JsonSerializer.Deserialize<ArticleDetailResponse>(body, Options)!;
            article = article with { Incidents = article.Incidents.Select(Typed).ToList() };
            return (article, (json, _) => IncidentJson.Write(json, article));
        }
        var incident = Typed(JsonSerializer.Deserialize<IncidentResponse>(body, Options)!);
        return (incident, (json, _) => IncidentJson.Write(json, incident));
    }

    /// <summary>A claim's value as the API holds it (a number, a boolean or a string), not the JsonElement it was read back as.</summary>
    private static IncidentResponse Typed(IncidentResponse incident) => incident with
    {
        Claims = incident.Claims.Select(c => c with
        {
            Value = c.Value is JsonElement e
                ? e.ValueKind switch { JsonValueKind.Number => e.GetInt32(), JsonValueKind.True => true, JsonValueKind.False => false, _ => (object)e.GetString()! }
                : c.Value,
        }).ToList(),
    };

    // Both into a pipe over the stream, as the MVC formatters write the response body.
    private static byte[] Serialize(MemoryStream stream, object value)
    {
        stream.SetLength(0);
        var body = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        JsonSerializer.SerializeAsync(body, value, value.GetType(), Options).GetAwaiter().GetResult();
        body.Complete();
        return stream.ToArray();
    }

    private static byte[] Write(MemoryStream stream, Action<Utf8JsonWriter, PipeWriter> write)
    {
        stream.SetLength(0);
        var body = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true }))
        {
            write(json, body);
        }
        body.Complete();
        return stream.ToArray();
    }

    private static double Time(int count, Action action)
    {
        var start = ThreadClock.Now();
        for (var i = 0; i < count; i++)
        {
            action();
        }
        return (ThreadClock.Now() - start) / 1000.0 / count;
    }
}
