using Microsoft.OpenApi;
using NewsFacts.Api.OpenApi;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Contracts;

/// <summary>One attack, with every article that reports it.</summary>
/// <param name="Id">Incident id.</param>
/// <param name="Type">drone, rocket, missile, shelling, explosion, airstrike, ied or other.</param>
/// <param name="Date">"YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as the reports resolve it; null when unknown.</param>
/// <param name="DatePrecision">day, month, year or unknown.</param>
/// <param name="DateText" example="يوم الاثنين">The Arabic words that date it.</param>
/// <param name="FirstReported" example="2024-01-29">The earliest publication date of its sources ("YYYY-MM-DD"), like GDELT's DATEADDED:
/// where an incident the reports do not date sits on a timeline. Null when no source has a publication date.</param>
/// <param name="Location">Where it happened, or null when the reports do not say.</param>
/// <param name="WeaponCount">Drones, rockets or shells used; null when not said.</param>
/// <param name="Intercepted">True when shot down or intercepted; null when not said.</param>
/// <param name="Killed">People killed (0 only when a report says none); null when not said.</param>
/// <param name="Wounded">People wounded (0 only when a report says none); null when not said.</param>
/// <param name="Perpetrators">Who carried it out, as claimed or attributed.</param>
/// <param name="Targets">Who was targeted.</param>
/// <param name="SummaryEn">One English sentence built from the fields.</param>
/// <param name="Background">True when every report only recalls it as background to other news.</param>
/// <param name="Sources">Each reporting article with its evidence sentence.</param>
/// <param name="Claims">Every figure each source gave.</param>
/// <param name="Conflicts">Fields on which sources disagree (e.g. "wounded").</param>
/// <param name="UpdatedAt">When this incident last changed (UTC).</param>
/// <param name="Snippet">With a search <c>q</c>: the passage of its evidence (or its article) that matched; otherwise null.</param>
public sealed record IncidentResponse(
    int Id,
    [property: StringEnum(typeof(IncidentType))] string Type,
    string? Date,
    [property: StringEnum("day", "month", "year", "unknown")] string DatePrecision,
    string? DateText,
    string? FirstReported,
    LocationRefResponse? Location,
    int? WeaponCount,
    bool? Intercepted,
    int? Killed,
    int? Wounded,
    IReadOnlyList<ActorRefResponse> Perpetrators,
    IReadOnlyList<ActorRefResponse> Targets,
    string SummaryEn,
    bool Background,
    IReadOnlyList<IncidentSourceResponse> Sources,
    IReadOnlyList<ClaimResponse> Claims,
    IReadOnlyList<string> Conflicts,
    DateTime UpdatedAt,
    SnippetResponse? Snippet = null);

/// <summary>One article reporting an incident.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Title" example="قاعدة عين الأسد في العراق تتعرض لهجوم بطائرتين مسيرتين">The article's title.</param>
/// <param name="Attribution" example="مصدران عسكريان">Who the article attributes the report to (e.g. "مسؤول أميركي"); null: the outlet itself.</param>
/// <param name="Stance">reported, claimed (a group claims it), confirmed (an official confirms it) or denied.</param>
/// <param name="Evidence">The sentences of the article that tell the incident, in text order, with offsets into the article text
/// (sentences between them that do not are left out).</param>
/// <param name="Support">The words behind each value this article gave: one entry per field and value, with offsets into the article text.</param>
public sealed record IncidentSourceResponse(
    int ArticleId,
    string Title,
    string? Attribution,
    [property: StringEnum(typeof(Stance))] string Stance,
    IReadOnlyList<SpanResponse> Evidence,
    IReadOnlyList<SupportResponse> Support);

/// <summary>The words of an article that support one value of an incident.</summary>
/// <param name="Field">type, place, date, weaponCount, intercepted, killed, wounded, perpetrator or target.</param>
/// <param name="Value" example="2">The value they support as the article gave it: a type, a number, "true"/"false", a date, or the
/// lexicon id of a place or an actor.</param>
/// <param name="Text" example="طائرتين مسيرتين">The words, as in the article.</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record SupportResponse(
    [property: StringEnum("type", "place", "date", "weaponCount", "intercepted", "killed", "wounded", "perpetrator", "target")] string Field,
    string Value,
    string Text,
    int Start,
    int End);

/// <summary>A figure one source gave.</summary>
/// <param name="ArticleId">The source article.</param>
/// <param name="Field">weaponCount, intercepted, killed, wounded or date.</param>
/// <param name="Value">The value as that source gave it, typed by <c>field</c>: a number for weaponCount, killed and wounded, a boolean for intercepted, a string for date ("YYYY-MM-DD", "YYYY-MM" or "YYYY").</param>
/// <param name="Evidence">The words of that article that state it; null for reports stored before they were kept (re-extract to fill).</param>
public sealed record ClaimResponse(
    int ArticleId,
    [property: StringEnum("weaponCount", "intercepted", "killed", "wounded", "date")] string Field,
    [property: OneOfTypes(JsonSchemaType.Integer, JsonSchemaType.Boolean, JsonSchemaType.String)] object Value,
    SpanResponse? Evidence = null);
