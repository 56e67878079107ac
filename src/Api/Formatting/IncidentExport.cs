using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// Every incident, with its sources, written to a stream as JSON Lines or CSV. Read in batches by id, so the table is
/// never loaded into memory whatever its size.
/// </summary>
public sealed class IncidentExport(IncidentQuery incidents, IOptions<JsonOptions> json)
{
    public const string JsonLinesMediaType = "application/x-ndjson";
    private const int BatchSize = 500;

    /// <summary>One IncidentResponse per line, with the API's serializer options (Arabic as UTF-8, not \u escapes).</summary>
    public async Task WriteJsonLinesAsync(Stream body, CancellationToken cancellationToken)
    {
        await foreach (var batch in BatchesAsync(cancellationToken))
        {
            foreach (var incident in batch)
            {
                await JsonSerializer.SerializeAsync(body, incident, json.Value.JsonSerializerOptions, cancellationToken);
                await body.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }
            await body.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The columns of /api/incidents?format=csv: UTF-8 with a BOM so spreadsheets show Arabic, one header row.</summary>
    public async Task WriteCsvAsync(Stream body, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        var table = new CsvTable(typeof(IncidentCsvRow));
        await writer.WriteLineAsync(table.Header);
        await foreach (var batch in BatchesAsync(cancellationToken))
        {
            foreach (var incident in batch)
            {
                await writer.WriteLineAsync(table.Row(IncidentCsvRow.Of(incident)));
            }
            await writer.FlushAsync(cancellationToken);
        }
    }

    private async IAsyncEnumerable<List<IncidentResponse>> BatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var batch = await incidents.ToResponsesAsync(
                incidents.All().Where(i => i.Id > lastId).OrderBy(i => i.Id).Take(BatchSize), cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }
            yield return batch;
            lastId = batch[^1].Id;
        }
    }
}
