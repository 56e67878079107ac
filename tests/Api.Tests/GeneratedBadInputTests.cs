using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

/// <summary>
/// Bad input generated from the OpenAPI document: every parameter of every GET operation is fed wrong types,
/// out-of-range numbers, huge values, SQL and FTS5 syntax, broken percent-encoding and unknown neighbours.
/// New endpoints are covered as soon as they appear in the document. Requests go over a raw socket to real Kestrel,
/// because HttpClient and TestServer would repair or refuse the broken URLs before the app saw them.
/// </summary>
public sealed class GeneratedBadInputTests : IAsyncLifetime
{
    private static readonly int[] Acceptable = [200, 400, 404, 413, 414, 431];

    /// <summary>Values sent URL-encoded, so they reach the app exactly as written.</summary>
    private static readonly string[] BadValues =
    [
        "abc", "-1", "0", "99999999999999999999", "-99999999999999999999", "1.5", "1e9", "NaN", "", " ", "true",
        "2024-13-45", "0000-00-00", "9999-12-31", "1/2/2024",
        new string('a', 5000), new string('ع', 5000),
        "\"", "\"unterminated", "*", "a*", "NEAR(", "NEAR(a b", "a OR", "OR", "AND NOT", "(", ")", "^", "-", "terms:x", "{a b}",
        "'; DROP TABLE articles; --", "1 OR 1=1", "' OR '1'='1", "%", "\\", "\u0000", "\uFFFF", "\uD800", "<script>alert(1)</script>",
        "قاعدة", "عين الأسد", "ـــــ", "ًٌٍَُِّْ",
    ];

    /// <summary>Sent raw: invalid or unusual percent-encoding.</summary>
    private static readonly string[] RawValues = ["%ZZ", "%", "%E2%82", "%00", "%C0%AF", "%FF%FE", "a%20b%2", "%25%32%35"];

    // Request line and header limits raised so the 5000-character values reach the app; the overlong cases exceed even these.
    private readonly NewsFactsFactory _factory = new(("RateLimits:Reads:PermitLimit", "1000000"),
        ("Limits:MaxRequestLineBytes", "65536"), ("Limits:MaxRequestHeadersTotalBytes", "131072"));
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _client = _factory.CreateClient();
        (await _factory.ImportSeedsAsync()).Imported.ShouldBe(5);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EveryGetParameterFedBadInputAnswersAProblemNever500()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var cases = GenerateCases(document).ToList();
        cases.Count.ShouldBeGreaterThan(500);
        var failures = new List<string>();

        foreach (var url in cases)
        {
            var (status, mediaType, body) = await RawGetAsync(url);
            if (!Acceptable.Contains(status))
            {
                failures.Add($"{status} {Shorten(url)}: {Shorten(body)}");
            }
            // Kestrel itself answers a malformed or oversized request line or header block with an empty body, before the app runs.
            else if (status >= 400 && mediaType != "application/problem+json" && !(mediaType is null && body.Length == 0 && status is 400 or 414 or 431))
            {
                failures.Add($"{status} without problem+json ({mediaType}) {Shorten(url)}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(40)));
        (await _client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32().ShouldBe(5);
    }

    private static IEnumerable<string> GenerateCases(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation))
            {
                continue;
            }
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var pathParameters = parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();
            string WithPath(string? name, string value) =>
                pathParameters.Aggregate(path.Name, (p, n) => p.Replace("{" + n + "}", n == name ? value : "1", StringComparison.Ordinal));

            yield return WithPath(null, "1");
            yield return WithPath(null, "1") + "?unknownParameter=1&" + new string('z', 300) + "=" + new string('y', 3000);
            yield return WithPath(null, "1") + "?q=" + new string('q', 70_000);
            foreach (var parameter in parameters)
            {
                var name = parameter.GetProperty("name").GetString()!;
                var encoded = BadValues.Select(Uri.EscapeDataString).Concat(RawValues);
                foreach (var value in encoded)
                {
                    if (parameter.GetProperty("in").GetString() == "path")
                    {
                        yield return WithPath(name, value.Length == 0 ? "%20" : value);
                    }
                    else
                    {
                        yield return $"{WithPath(null, "1")}?{name}={value}";
                        yield return $"{WithPath(null, "1")}?{name}=1&{name}={value}";
                        yield return $"{WithPath(null, "1")}?{JsonNamingPolicy.CamelCase.ConvertName(name)}={value}&{name}[]={value}";
                    }
                }
            }
            var everything = parameters.Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => p.GetProperty("name").GetString() + "=" + Uri.EscapeDataString("'; DROP TABLE articles; --"));
            yield return WithPath(null, "1") + "?" + string.Join("&", everything);
        }
    }

    /// <summary>Sends the request target byte for byte; returns the status, the media type and the raw rest of the response.</summary>
    private async Task<(int Status, string? MediaType, string Body)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_client.BaseAddress!.Host, _client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? response : response[..headerEnd];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = lines.Skip(1).Where(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l["Content-Type:".Length..].Split(';')[0].Trim()).FirstOrDefault();
        return (status, mediaType, headerEnd < 0 ? "" : response[(headerEnd + 4)..]);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
