using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// Incidents and article details as JSON, written field by field in the order, naming and escaping the serializer gives
/// the response records (camelCase names, nulls written, the writer's encoder for the values). The serializer cannot
/// take its generated fast path with the API's options (a converter and an encoder are set), so each nested record cost
/// it a converter lookup and its property bookkeeping; a test compares the two on the seeded archive.
/// </summary>
public static class IncidentJson
{
    /// <summary>A page, handed to <paramref name="body"/> whenever <paramref name="flushBytes"/> more are written rather than held whole.</summary>
    public static async Task WriteAsync(Utf8JsonWriter json, PipeWriter body, PagedResponse<IncidentResponse> page, int flushBytes, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteStartArray(Names.Items);
        var flushed = 0L;
        foreach (var incident in page.Items)
        {
            Write(json, incident);
            if (json.BytesCommitted + json.BytesPending - flushed > flushBytes)
            {
                json.Flush();
                await body.FlushAsync(cancellationToken);
                flushed = json.BytesCommitted;
            }
        }
        json.WriteEndArray();
        json.WriteNumber(Names.Page, page.Page);
        json.WriteNumber(Names.PageSize, page.PageSize);
        json.WriteNumber(Names.TotalCount, page.TotalCount);
        if (page.Query is { } query)
        {
            json.WriteStartObject(Names.Query);
            json.WriteString(Names.Text, query.Text);
            json.WriteString(Names.Normalized, query.Normalized);
            WriteStrings(json, Names.Terms, query.Terms);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.Query);
        }
        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, IncidentResponse i)
    {
        json.WriteStartObject();
        json.WriteNumber(Names.Id, i.Id);
        json.WriteString(Names.Type, i.Type);
        json.WriteString(Names.Date, i.Date);
        json.WriteString(Names.DatePrecision, i.DatePrecision);
        json.WriteString(Names.DateText, i.DateText);
        json.WriteString(Names.FirstReported, i.FirstReported);
        if (i.Location is { } l)
        {
            json.WriteStartObject(Names.Location);
            json.WriteNumber(Names.Id, l.Id);
            json.WriteString(Names.NameAr, l.NameAr);
            json.WriteString(Names.NameEn, l.NameEn);
            json.WriteString(Names.Country, l.Country);
            json.WriteString(Names.Precision, l.Precision);
            WriteNumber(json, Names.Latitude, l.Latitude);
            WriteNumber(json, Names.Longitude, l.Longitude);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.Location);
        }
        WriteNumber(json, Names.WeaponCount, i.WeaponCount);
        WriteBoolean(json, Names.Intercepted, i.Intercepted);
        WriteNumber(json, Names.Killed, i.Killed);
        WriteNumber(json, Names.Wounded, i.Wounded);
        WriteActors(json, Names.Perpetrators, i.Perpetrators);
        WriteActors(json, Names.Targets, i.Targets);
        json.WriteString(Names.SummaryEn, i.SummaryEn);
        json.WriteBoolean(Names.Background, i.Background);
        json.WriteStartArray(Names.Sources);
        foreach (var s in i.Sources)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.ArticleId, s.ArticleId);
            json.WriteString(Names.Title, s.Title);
            json.WriteString(Names.Attribution, s.Attribution);
            json.WriteString(Names.Stance, s.Stance);
            WriteSpans(json, Names.Evidence, s.Evidence);
            json.WriteStartArray(Names.Support);
            foreach (var f in s.Support)
            {
                json.WriteStartObject();
                json.WriteString(Names.Field, f.Field);
                json.WriteString(Names.Value, f.Value);
                json.WriteString(Names.Text, f.Text);
                json.WriteNumber(Names.Start, f.Start);
                json.WriteNumber(Names.End, f.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray(Names.Claims);
        foreach (var c in i.Claims)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.ArticleId, c.ArticleId);
            json.WriteString(Names.Field, c.Field);
            json.WritePropertyName(Names.Value);
            WriteClaimValue(json, c.Value);
            json.WritePropertyName(Names.Evidence);
            WriteSpan(json, c.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, Names.Conflicts, i.Conflicts);
        json.WriteString(Names.UpdatedAt, i.UpdatedAt);
        if (i.Snippet is { } snippet)
        {
            json.WriteStartObject(Names.Snippet);
            json.WriteString(Names.Text, snippet.Text);
            json.WriteStartArray(Names.Highlights);
            foreach (var h in snippet.Highlights)
            {
                json.WriteStartObject();
                json.WriteNumber(Names.Start, h.Start);
                json.WriteNumber(Names.End, h.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.Snippet);
        }
        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, ArticleDetailResponse a)
    {
        json.WriteStartObject();
        json.WriteNumber(Names.Id, a.Id);
        json.WriteString(Names.Title, a.Title);
        json.WriteString(Names.Source, a.Source);
        json.WriteString(Names.Url, a.Url);
        WriteDate(json, Names.PublishedAt, a.PublishedAt);
        json.WriteString(Names.ImportedAt, a.ImportedAt);
        json.WriteString(Names.UpdatedAt, a.UpdatedAt);
        json.WriteNumber(Names.IncidentCount, a.IncidentCount);
        json.WriteString(Names.Byline, a.Byline);
        json.WriteString(Names.Dateline, a.Dateline);
        json.WriteString(Names.Text, a.Text);
        json.WriteString(Names.ContentHash, a.ContentHash);
        WriteArray(json, Names.Incidents, a.Incidents, Write);
        WriteArray(json, Names.Actors, a.Actors, static (json, actor) =>
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Id, actor.Id);
            json.WriteString(Names.NameAr, actor.NameAr);
            json.WriteString(Names.NameEn, actor.NameEn);
            json.WriteString(Names.Kind, actor.Kind);
            WriteSpans(json, Names.Mentions, actor.Mentions);
            json.WriteBoolean(Names.NameEnIsRomanization, actor.NameEnIsRomanization);
            json.WriteEndObject();
        });
        WriteArray(json, Names.Locations, a.Locations, static (json, place) =>
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Id, place.Id);
            json.WriteString(Names.NameAr, place.NameAr);
            json.WriteString(Names.NameEn, place.NameEn);
            json.WriteString(Names.Country, place.Country);
            json.WriteString(Names.Precision, place.Precision);
            WriteNumber(json, Names.Latitude, place.Latitude);
            WriteNumber(json, Names.Longitude, place.Longitude);
            WriteSpans(json, Names.Mentions, place.Mentions);
            json.WriteBoolean(Names.NameEnIsRomanization, place.NameEnIsRomanization);
            json.WriteEndObject();
        });
        WriteArray(json, Names.Dates, a.Dates, static (json, d) =>
        {
            json.WriteStartObject();
            json.WriteString(Names.Text, d.Text);
            json.WriteNumber(Names.Start, d.Start);
            json.WriteNumber(Names.End, d.End);
            json.WriteString(Names.Value, d.Value);
            json.WriteString(Names.Precision, d.Precision);
            WriteNumber(json, Names.Line, d.Line);
            json.WriteString(Names.Until, d.Until);
            json.WriteEndObject();
        });
        WriteArray(json, Names.Removed, a.Removed, static (json, r) =>
        {
            json.WriteStartObject();
            json.WriteNumber(Names.LineNumber, r.LineNumber);
            json.WriteString(Names.Text, r.Text);
            json.WriteString(Names.Reason, r.Reason);
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    /// <summary>An array named <paramref name="name"/>, each item written by <paramref name="write"/>.</summary>
    private static void WriteArray<T>(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }
        json.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<ActorRefResponse> actors) =>
        WriteArray(json, name, actors, static (json, a) =>
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Id, a.Id);
            json.WriteString(Names.NameAr, a.NameAr);
            json.WriteString(Names.NameEn, a.NameEn);
            WriteStrings(json, Names.Aliases, a.Aliases);
            json.WriteEndObject();
        });

    private static void WriteSpans(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<SpanResponse> spans) =>
        WriteArray(json, name, spans, WriteSpan);

    private static void WriteSpan(Utf8JsonWriter json, SpanResponse? span)
    {
        if (span is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.WriteString(Names.Text, span.Text);
        json.WriteNumber(Names.Start, span.Start);
        json.WriteNumber(Names.End, span.End);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    /// <summary>A claim's value is typed by its field: what the serializer wrote for an <c>object</c> holding it.</summary>
    private static void WriteClaimValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case int number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case string text: json.WriteStringValue(text); break;
            default: throw new InvalidOperationException($"A claim's value is a number, a boolean or a string, not {value.GetType()}.");
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, int? value)
    {
        if (value is { } number) json.WriteNumber(name, number); else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, double? value)
    {
        if (value is { } number) json.WriteNumber(name, number); else json.WriteNull(name);
    }

    private static void WriteBoolean(Utf8JsonWriter json, JsonEncodedText name, bool? value)
    {
        if (value is { } flag) json.WriteBoolean(name, flag); else json.WriteNull(name);
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, DateOnly? value)
    {
        if (value is { } date)
        {
            Span<char> text = stackalloc char[10];
            date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            json.WriteString(name, text[..written]);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The property names, camelCased as the serializer's web defaults name them, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
        public static readonly JsonEncodedText PageSize = JsonEncodedText.Encode("pageSize");
        public static readonly JsonEncodedText TotalCount = JsonEncodedText.Encode("totalCount");
        public static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
        public static readonly JsonEncodedText Normalized = JsonEncodedText.Encode("normalized");
        public static readonly JsonEncodedText Terms = JsonEncodedText.Encode("terms");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DatePrecision = JsonEncodedText.Encode("datePrecision");
        public static readonly JsonEncodedText DateText = JsonEncodedText.Encode("dateText");
        public static readonly JsonEncodedText FirstReported = JsonEncodedText.Encode("firstReported");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText NameAr = JsonEncodedText.Encode("nameAr");
        public static readonly JsonEncodedText NameEn = JsonEncodedText.Encode("nameEn");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
        public static readonly JsonEncodedText Latitude = JsonEncodedText.Encode("latitude");
        public static readonly JsonEncodedText Longitude = JsonEncodedText.Encode("longitude");
        public static readonly JsonEncodedText WeaponCount = JsonEncodedText.Encode("weaponCount");
        public static readonly JsonEncodedText Intercepted = JsonEncodedText.Encode("intercepted");
        public static readonly JsonEncodedText Killed = JsonEncodedText.Encode("killed");
        public static readonly JsonEncodedText Wounded = JsonEncodedText.Encode("wounded");
        public static readonly JsonEncodedText Perpetrators = JsonEncodedText.Encode("perpetrators");
        public static readonly JsonEncodedText Targets = JsonEncodedText.Encode("targets");
        public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
        public static readonly JsonEncodedText SummaryEn = JsonEncodedText.Encode("summaryEn");
        public static readonly JsonEncodedText Background = JsonEncodedText.Encode("background");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
        public static readonly JsonEncodedText ArticleId = JsonEncodedText.Encode("articleId");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Attribution = JsonEncodedText.Encode("attribution");
        public static readonly JsonEncodedText Stance = JsonEncodedText.Encode("stance");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Support = JsonEncodedText.Encode("support");
        public static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
        public static readonly JsonEncodedText Conflicts = JsonEncodedText.Encode("conflicts");
        public static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updatedAt");
        public static readonly JsonEncodedText Snippet = JsonEncodedText.Encode("snippet");
        public static readonly JsonEncodedText Highlights = JsonEncodedText.Encode("highlights");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText PublishedAt = JsonEncodedText.Encode("publishedAt");
        public static readonly JsonEncodedText ImportedAt = JsonEncodedText.Encode("importedAt");
        public static readonly JsonEncodedText IncidentCount = JsonEncodedText.Encode("incidentCount");
        public static readonly JsonEncodedText Byline = JsonEncodedText.Encode("byline");
        public static readonly JsonEncodedText Dateline = JsonEncodedText.Encode("dateline");
        public static readonly JsonEncodedText ContentHash = JsonEncodedText.Encode("contentHash");
        public static readonly JsonEncodedText Incidents = JsonEncodedText.Encode("incidents");
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText NameEnIsRomanization = JsonEncodedText.Encode("nameEnIsRomanization");
        public static readonly JsonEncodedText Locations = JsonEncodedText.Encode("locations");
        public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
        public static readonly JsonEncodedText Removed = JsonEncodedText.Encode("removed");
        public static readonly JsonEncodedText LineNumber = JsonEncodedText.Encode("lineNumber");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    }
}
