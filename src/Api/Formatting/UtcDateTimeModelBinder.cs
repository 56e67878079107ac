using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsFacts.Api.Formatting;

/// <summary>
/// Reads a date-time parameter (<c>updatedSince</c>, <c>since</c>) as the instant it names, in UTC: an offset
/// (<c>Z</c>, <c>+03:00</c>, <c>-0500</c>) is converted, a value without one is taken as UTC.
/// </summary>
public sealed partial class UtcDateTimeModelBinder : IModelBinder, IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(DateTime) ? this : null;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None || string.IsNullOrWhiteSpace(result.FirstValue))
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue.Trim();
        // A '+' in a query string decodes to a space (form encoding), so "…T00:00:00+03:00" typed unencoded arrives
        // as "…T00:00:00 03:00": that space can only have been the offset's sign.
        text = SpaceForPlus().Replace(text, "+$1");
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                $"'{result.FirstValue}' is not an ISO 8601 date-time; send e.g. 2026-01-01T00:00:00Z or 2026-01-01T03:00:00+03:00 (encoded %2B03:00).");
        }
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"(?<=\d) (\d\d:?\d\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SpaceForPlus();
}
