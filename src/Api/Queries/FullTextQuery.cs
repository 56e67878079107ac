using System.ComponentModel.DataAnnotations;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Queries;

/// <summary>
/// A user's search text turned into a safe FTS5 MATCH expression (SQLite) and tsquery (PostgreSQL) over the indexed
/// match-key terms.
/// </summary>
public sealed record FullTextQuery(string Text, string Normalized, IReadOnlyList<string> Terms, string Match, string TsQuery)
{
    public Contracts.SearchQueryResponse ToResponse() => new(Text, Normalized, Terms);

    /// <summary>The parsed query, or null when <paramref name="q"/> is absent or unusable (validation reports that).</summary>
    public static FullTextQuery? From(string? q, SpellingVariants variants) => q is { Length: > 0 } && TryParse(q, variants, out var query, out _) ? query : null;

    /// <summary>
    /// Runs the query through the same normalizer and stemmer as the index (SearchAnalyzer.AnalyzeQuery); every term is
    /// quoted there, so FTS5 syntax typed by a user (*, NEAR(, ") never reaches MATCH raw.
    /// </summary>
    public static bool TryParse(string text, SpellingVariants variants, out FullTextQuery? query, out string? error)
    {
        try
        {
            var analyzed = SearchAnalyzer.AnalyzeQuery(text, variants);
            var terms = analyzed.Clauses.SelectMany(c => c.Terms).Distinct().ToList();
            query = new FullTextQuery(text, string.Join(' ', terms), terms, analyzed.ToFts5Match(), analyzed.ToTsQuery());
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            query = null;
            error = ex.Message;
            return false;
        }
    }
}

/// <summary>Validates a <c>q</c> parameter, so a query that cannot be searched is a 400 naming the parameter.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FullTextQueryAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || FullTextQuery.TryParse(text, validationContext.GetService(typeof(SpellingVariants)) as SpellingVariants ?? SpellingVariants.Empty, out _, out var error)
            ? ValidationResult.Success
            : new ValidationResult(error, [validationContext.MemberName!]);
}
