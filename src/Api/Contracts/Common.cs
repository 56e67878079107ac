using System.ComponentModel.DataAnnotations;
using NewsFacts.Api.OpenApi;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Contracts;

/// <summary>A page of a list: the items and where they sit in the whole result.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Rows per page (1–200).</param>
/// <param name="TotalCount">Rows matching the filters, over all pages.</param>
/// <param name="Query">How a full-text <c>q</c> was understood; null when there is none.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, SearchQueryResponse? Query = null) : IPagedResponse;

/// <summary>What a paged list tells the Link header filter.</summary>
public interface IPagedResponse
{
    int Page { get; }
    int PageSize { get; }
    int TotalCount { get; }
}

/// <summary>How a search was understood, so a user sees why an Arabic spelling matched.</summary>
/// <param name="Text">The query as sent.</param>
/// <param name="Normalized">The query after normalization and light stemming, as searched.</param>
/// <param name="Terms">The stemmed terms searched for (all must appear, unless joined by OR).</param>
public sealed record SearchQueryResponse(string Text, string Normalized, IReadOnlyList<string> Terms);

/// <summary>Paging and sorting parameters shared by every list.</summary>
public abstract class PageRequest : IValidatableObject
{
    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [Range(1, 1_000_000)]
    public int Page { get; set; } = 1;

    /// <summary>Rows per page, 1 to 200.</summary>
    /// <example>20</example>
    [Range(1, 200)]
    public int PageSize { get; set; } = 20;

    /// <summary>Comma-separated fields to sort by, '-' for descending (e.g. -date,killed). Ties are broken by id.</summary>
    [StringLength(200)]
    public string? Sort { get; set; }

    internal int Skip => (Page - 1) * PageSize;

    /// <summary>The fields <see cref="Sort"/> accepts on this list.</summary>
    protected abstract IReadOnlyCollection<string> SortFields { get; }

    /// <summary>The fields <see cref="Sort"/> accepts, for the OpenAPI document.</summary>
    internal IReadOnlyCollection<string> AllowedSortFields => SortFields;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = Sort is null ? [] : Sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.TrimStart('-', '+')).Where(f => !SortFields.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"Cannot sort by {string.Join(", ", unknown)}; allowed: {string.Join(", ", SortFields)} (prefix '-' for descending).",
                [nameof(Sort)]);
        }
    }
}

/// <summary>A span of an article's text: the words that support a fact.</summary>
/// <param name="Text" example="استهدفت طائرتان مسيرتان ملغومتان قاعدة عين الأسد الجوية بالعراق">The words, exactly as in the article text.</param>
/// <param name="Start">Offset of the first character in the article's <c>text</c>.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record SpanResponse(string Text, int Start, int End);

/// <summary>An actor named by an incident.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="NameAr" example="كتائب حزب الله">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Aliases" example="[&quot;الحوثيين&quot;]">The words the incident's sources name it by in this role, where they differ from
/// <c>nameAr</c> (another spelling, a case ending, or the nationality adjective that named it: "طائرات إسرائيلية"): what to look
/// for in the Arabic evidence.</param>
public sealed record ActorRefResponse(int Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases);

/// <summary>A place.</summary>
/// <param name="Id">Location id.</param>
/// <param name="NameAr" example="قاعدة عين الأسد الجوية">Canonical Arabic name.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Country">Country, in English.</param>
/// <param name="Precision">How precisely the place pins an event and what it is: site, field, dam, border-crossing, neighbourhood, village, city, district, area, governorate, mountain, valley, river, border, sea, region or country.</param>
/// <param name="Latitude">WGS84 latitude, or null when unknown.</param>
/// <param name="Longitude">WGS84 longitude, or null when unknown.</param>
public sealed record LocationRefResponse(int Id, string NameAr, string NameEn, string Country, [property: StringEnum(typeof(PlacePrecision))] string Precision, double? Latitude, double? Longitude);

/// <summary>A passage around a search hit, with the matched words marked, for showing why a result matched.</summary>
/// <param name="Text" example="…أسقطت طائرة مسيّرة بالقرب من محيط القاعدة.">The passage as in the text ("…" where cut).</param>
/// <param name="Highlights">The matched words, as offsets into <c>text</c>.</param>
public sealed record SnippetResponse(string Text, IReadOnlyList<HighlightResponse> Highlights)
{
    public static SnippetResponse? From(TextPipeline.Search.Snippet? snippet) =>
        snippet is null ? null : new(snippet.Text, snippet.Highlights.Select(h => new HighlightResponse(h.Start, h.End)).ToList());
}

/// <summary>A matched word in a snippet.</summary>
/// <param name="Start">Offset of its first character in the snippet text.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record HighlightResponse(int Start, int End);
