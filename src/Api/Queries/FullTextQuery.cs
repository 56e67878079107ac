using System.ComponentModel.DataAnnotations;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Queries;

/// <summary>A user's search text turned into a safe FTS5 MATCH expression over the indexed match-key terms.</summary>
public sealed record FullTextQuery(string Text, string Normalized, IReadOnlyList<string> Terms, string Match)
{
    public Contracts.SearchQueryResponse ToResponse() => new(Text, Normalized, Terms);

    /// <summary>The echo of <paramref name="q"/> for a response, or null when there is no valid query.</summary>
    public static Contracts.SearchQueryResponse? Echo(string? q) =>
        q is { Length: > 0 } && TryParse(q, out var query, out _) ? query!.ToResponse() : null;

    /// <summary>Every term is quoted, so FTS5 syntax typed by a user (*, NEAR(, ") never reaches MATCH raw.</summary>
    public static bool TryParse(string text, out FullTextQuery? query, out string? error)
    {
        query = null;
        if (text.Count(c => c == '"') % 2 != 0)
        {
            error = "the search has an unbalanced quote";
            return false;
        }
        var terms = SearchAnalyzer.Terms(text);
        if (terms.Count == 0)
        {
            error = "the search has no word to look for";
            return false;
        }
        var match = string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        query = new FullTextQuery(text, string.Join(' ', terms), terms, match);
        error = null;
        return true;
    }
}

/// <summary>Validates a <c>q</c> parameter, so a query that cannot be searched is a 400 naming the parameter.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FullTextQueryAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || FullTextQuery.TryParse(text, out _, out var error)
            ? ValidationResult.Success
            : new ValidationResult(error, [validationContext.MemberName!]);
}
