using System.Globalization;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Queries;

/// <summary>Buckets dated incidents into periods and fills the gaps with zeros, so a chart's x-axis is continuous.</summary>
public static class Timeline
{
    public static TimelineResponse Build(string interval, IReadOnlyList<(string? Date, int? Killed, int? Wounded)> incidents)
    {
        var minLength = interval switch { "year" => 4, "month" => 7, _ => 10 };
        var dated = incidents.Where(i => i.Date is { } d && d.Length >= minLength).ToList();
        var buckets = dated
            .GroupBy(i => PeriodStart(interval, i.Date!))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Killed: g.Sum(i => i.Killed ?? 0), Wounded: g.Sum(i => i.Wounded ?? 0)));
        var points = new List<TimelinePointResponse>();
        if (buckets.Count > 0)
        {
            var last = buckets.Keys.Max();
            for (var period = buckets.Keys.Min(); period <= last; period = Next(interval, period))
            {
                var b = buckets.GetValueOrDefault(period);
                points.Add(new TimelinePointResponse(Label(interval, period), b.Count, b.Killed, b.Wounded));
            }
        }
        return new TimelineResponse(interval, points, incidents.Count - dated.Count);
    }

    private static DateOnly PeriodStart(string interval, string date)
    {
        var year = int.Parse(date[..4], CultureInfo.InvariantCulture);
        var month = date.Length >= 7 ? int.Parse(date[5..7], CultureInfo.InvariantCulture) : 1;
        var day = date.Length >= 10 ? int.Parse(date[8..10], CultureInfo.InvariantCulture) : 1;
        var value = new DateOnly(year, month, day);
        return interval switch
        {
            "year" => new DateOnly(year, 1, 1),
            "month" => new DateOnly(year, month, 1),
            "week" => value.AddDays(-(((int)value.DayOfWeek + 6) % 7)),
            _ => value,
        };
    }

    private static DateOnly Next(string interval, DateOnly period) => interval switch
    {
        "year" => period.AddYears(1),
        "month" => period.AddMonths(1),
        "week" => period.AddDays(7),
        _ => period.AddDays(1),
    };

    private static string Label(string interval, DateOnly period) => interval switch
    {
        "year" => period.ToString("yyyy", CultureInfo.InvariantCulture),
        "month" => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
