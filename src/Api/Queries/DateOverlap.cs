using System.Globalization;
using System.Linq.Expressions;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The from/to filter on a stored date of any precision ("2024-04-07", "2024-04", "2024"): a row is kept when its
/// date overlaps [from, to], so a month-precise date is in any range that touches the month. Unknown dates (null, or
/// "" where a key column cannot hold null) are never in a range. One definition for incidents, date mentions and the
/// incident summary, which compare the same stored form.
/// </summary>
public static class DateOverlap
{
    public static IQueryable<T> Overlapping<T>(this IQueryable<T> query, Expression<Func<T, string?>> date, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            // "~" sorts after every digit, so "2024-04~" is the end of April: a month-precise date overlaps any day in it.
            // Such a date is never before the bound's year: said outright, that bound lets SQLite range-scan an index
            // on the date, where the concatenation alone made it read every row.
            query = query.Where(Known(date, stored => Expression.AndAlso(
                Expression.GreaterThanOrEqual(Compare(stored, Bound(f.ToString("yyyy", CultureInfo.InvariantCulture))), Zero),
                Expression.GreaterThanOrEqual(Compare(Expression.Call(Concat, stored, Expression.Constant("~")),
                    Bound(f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), Zero))));
        }
        if (to is { } t)
        {
            query = query.Where(Known(date, stored => Expression.LessThanOrEqual(Compare(stored, Bound(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), Zero)));
        }
        return query;
    }

    private static readonly System.Reflection.MethodInfo Concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
    private static readonly System.Reflection.MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly ConstantExpression Zero = Expression.Constant(0);

    private static Expression<Func<T, bool>> Known<T>(Expression<Func<T, string?>> date, Func<Expression, Expression> test)
    {
        var stored = date.Body;
        var known = Expression.AndAlso(
            Expression.NotEqual(stored, Expression.Constant(null, typeof(string))),
            Expression.NotEqual(stored, Expression.Constant("")));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(known, test(stored)), date.Parameters);
    }

    private static MethodCallExpression Compare(Expression left, Expression right) => Expression.Call(CompareMethod, left, right);

    /// <summary>The bound as a captured value, so EF sends it as a parameter and reuses one compiled query for every date.</summary>
    private static Expression Bound(string text)
    {
        Expression<Func<string>> captured = () => text;
        return captured.Body;
    }
}
