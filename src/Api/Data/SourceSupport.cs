using System.Text.Json;
using System.Text.Json.Serialization;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Data;

/// <summary>
/// What an incident source stores of its evidence beyond the first-to-last range: the sentences that tell the incident
/// and the words behind each of its values, as JSON in incident_sources.Support (read with the source, never queried
/// by). Sources stored before schema version 10 have none until re-extracted; <see cref="Read"/> gives their range as
/// the one sentence and no words.
/// </summary>
public sealed record SourceSupport(
    [property: JsonPropertyName("sentences")] IReadOnlyList<StoredSpan> Sentences,
    [property: JsonPropertyName("fields")] IReadOnlyList<StoredField> Fields)
{
    public static string Write(NewsFacts.TextPipeline.Model.Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var support = new SourceSupport(
            incident.Sentences.Select(s => new StoredSpan(s.Start, s.End, s.Text)).ToList(),
            incident.Support.Select(f => new StoredField(JsonNamingPolicy.CamelCase.ConvertName(f.Field.ToString()), f.Value, f.Span.Start, f.Span.End, f.Span.Text)).ToList());
        return JsonSerializer.Serialize(support, SupportJson.Stored.SourceSupport);
    }

    public static SourceSupport Read(IncidentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stored = source.Support is { Length: > 0 } json ? JsonSerializer.Deserialize(json, SupportJson.Stored.SourceSupport) : null;
        return stored is { Sentences.Count: > 0 }
            ? stored
            : new SourceSupport([new StoredSpan(source.EvidenceStart, source.EvidenceEnd, source.EvidenceText)], stored?.Fields ?? []);
    }
}

/// <summary>A span of an article's text: offsets into it and the words.</summary>
public sealed record StoredSpan([property: JsonPropertyName("s")] int Start, [property: JsonPropertyName("e")] int End, [property: JsonPropertyName("t")] string Text);

/// <summary>The words behind one value: the field as the wire names it ("killed"), the value, and the span.</summary>
public sealed record StoredField(
    [property: JsonPropertyName("f")] string Field,
    [property: JsonPropertyName("v")] string Value,
    [property: JsonPropertyName("s")] int Start,
    [property: JsonPropertyName("e")] int End,
    [property: JsonPropertyName("t")] string Text);

/// <summary>The serializer for <see cref="SourceSupport"/>; Arabic is stored as written, not escaped.</summary>
[JsonSerializable(typeof(SourceSupport))]
internal sealed partial class SupportJson : JsonSerializerContext
{
    public static SupportJson Stored { get; } = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
