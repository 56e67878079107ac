using System.Globalization;
using System.Linq.Expressions;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The whole years a date range covers, from its first to its last ("2020" to "2024"; null where the range is open).
/// A year summary row answers for a whole year only: every date in it, of any precision, overlaps the range. The rest
/// of the range, at most its first and its last year, is read from the month and day summaries (see
/// <see cref="IncidentAggregates"/>).
/// </summary>
public sealed record YearSpan(string? First, string? Last)
{
    /// <summary>The whole years of [from, to], or null when the range covers none.</summary>
    public static YearSpan? Of(DateOnly? from, DateOnly? to)
    {
        var first = from is { } f ? (f.DayOfYear == 1 ? f.Year : f.Year + 1) : (int?)null;
        var last = to is { } t ? (t.Month == 12 && t.Day == 31 ? t.Year : t.Year - 1) : (int?)null;
        if (first > last)
        {
            return null;
        }
        return new YearSpan(first?.ToString("D4", CultureInfo.InvariantCulture), last?.ToString("D4", CultureInfo.InvariantCulture));
    }

    /// <summary>The range is whole years only (or no range at all): the year rows alone answer it.</summary>
    public static bool Covers(DateOnly? from, DateOnly? to) =>
        from is null or { DayOfYear: 1 } && to is null or { Month: 12, Day: 31 };

    /// <summary>The first year after the span, where the span's last year ends as a prefix of stored dates ("2025" after "2024").</summary>
    public string? End => Last is null ? null : (int.Parse(Last, CultureInfo.InvariantCulture) + 1).ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>The rows of a summary kept by a finer date than the year, less those the year summaries answer.</summary>
public static class YearSpanFilter
{
    /// <summary>Rows whose stored date (a day, a month or a year) is not in <paramref name="years"/>; all rows when it is null.</summary>
    public static IQueryable<T> Outside<T>(this IQueryable<T> rows, Expression<Func<T, string>> date, YearSpan? years)
    {
        if (years is null)
        {
            return rows;
        }
        // A stored date is in the span when it sorts from the first year to before the year after the last.
        var stored = date.Body;
        Expression? before = years.First is { } first ? Expression.LessThan(Compare(stored, Bound(first)), Zero) : null;
        Expression? after = years.End is { } end ? Expression.GreaterThanOrEqual(Compare(stored, Bound(end)), Zero) : null;
        var outside = before is null ? after : after is null ? before : Expression.OrElse(before, after);
        return rows.Where(Expression.Lambda<Func<T, bool>>(outside ?? Expression.Constant(false), date.Parameters));
    }

    private static readonly System.Reflection.MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly ConstantExpression Zero = Expression.Constant(0);

    private static MethodCallExpression Compare(Expression left, Expression right) => Expression.Call(CompareMethod, left, right);

    /// <summary>The bound as a captured value, so EF sends it as a parameter and reuses one compiled query for every year.</summary>
    private static Expression Bound(string text)
    {
        Expression<Func<string>> captured = () => text;
        return captured.Body;
    }
}
