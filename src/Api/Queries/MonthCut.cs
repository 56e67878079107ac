using System.Globalization;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The months a date range cuts: the month of a start after its 1st and of an end before its last day. A month
/// summary row answers for whole months only, so these months are counted from the incidents (see
/// <see cref="IncidentAggregates"/>); year-precise and unknown dates are never in one.
/// </summary>
public sealed record MonthCut(IReadOnlyList<string> Months)
{
    public static MonthCut Of(DateOnly? from, DateOnly? to)
    {
        var months = new List<string>();
        if (from is { Day: > 1 } f)
        {
            months.Add(f.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        if (to is { } t && t.Day < DateTime.DaysInMonth(t.Year, t.Month))
        {
            months.Add(t.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        return new MonthCut(months.Distinct().ToList());
    }
}
