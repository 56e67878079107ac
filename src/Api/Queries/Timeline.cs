using System.Globalization;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Queries;

/// <summary>Buckets dated incidents into periods and fills the gaps with zeros, so a chart's x-axis is continuous.</summary>
public static class Timeline
{
    /// <summary>Incidents, killed and wounded for one stored date.</summary>
    public sealed record DateCount(string? Date, int Incidents, int Killed, int Wounded);

    /// <summary>How much of a stored date an interval needs: "2024" for years, "2024-04" for months, a day for days and weeks.</summary>
    internal static int PrefixLength(string interval) => interval switch { "year" => 4, "month" => 7, _ => 10 };

    /// <summary>
    /// The timeline from counts per stored date (a day, a month or a year; null or "" when unknown). A date less
    /// precise than the interval (a month on a daily timeline) counts as undated, as an unknown one does.
    /// </summary>
    public static TimelineResponse Build(string interval, IEnumerable<DateCount> counts)
    {
        var length = PrefixLength(interval);
        var undated = 0;
        var buckets = new Dictionary<DateOnly, (int Count, int Killed, int Wounded)>();
        foreach (var c in counts)
        {
            if (c.Date is not { } date || date.Length < length)
            {
                undated += c.Incidents;
                continue;
            }
            var period = PeriodStart(interval, date[..length]);
            var b = buckets.GetValueOrDefault(period);
            buckets[period] = (b.Count + c.Incidents, b.Killed + c.Killed, b.Wounded + c.Wounded);
        }
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
        return new TimelineResponse(interval, points, undated);
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
