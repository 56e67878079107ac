using System.ComponentModel.DataAnnotations;

namespace NewsFacts.Api.Contracts;

/// <summary>An article to import: its plain text or its HTML page (exactly one), with optional metadata.</summary>
/// <param name="Text">The article as plain text; the first substantive line becomes the title unless <c>title</c> is given.</param>
/// <param name="Html">The article's HTML page; the article block, title, date and canonical URL are taken from it.</param>
/// <param name="Title">Title, overriding the one found in the text or page.</param>
/// <param name="Url">Canonical URL of the article.</param>
/// <param name="Source">Outlet name.</param>
/// <param name="PublishedAt">Publication date (YYYY-MM-DD); relative dates in the text resolve against it. When absent, a date the page states on a timestamp line ("آخر تحديث: ...", "نشر بتاريخ ...") is used.</param>
public sealed record CreateArticleRequest(
    string? Text = null,
    string? Html = null,
    [StringLength(500)] string? Title = null,
    [StringLength(2000)] string? Url = null,
    [StringLength(200)] string? Source = null,
    DateOnly? PublishedAt = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasText = !string.IsNullOrWhiteSpace(Text);
        var hasHtml = !string.IsNullOrWhiteSpace(Html);
        if (hasText == hasHtml)
        {
            yield return new ValidationResult(
                hasText ? "Give either text or html, not both." : "Give the article as text or as html.",
                [nameof(Text), nameof(Html)]);
        }
    }
}
