using System.Globalization;
using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Ranges of days, found once the dates are resolved: "من 10 إلى 12 شباط 2024" and "بين 3 و5 آذار" (a bare day before
/// a resolved day of a month), "من 28 شباط حتى 2 آذار" (two resolved days), and "منذ مطلع العام" (January 1 to the
/// publication date). Each becomes one mention, precision range, with its first day as <see cref="DateMention.Value"/>
/// and its last as <see cref="DateMention.Until"/>; what cannot be resolved to days stays as it was.
/// </summary>
public static partial class DateRangeJoiner
{
    public static IReadOnlyList<DateMention> Join(MatchKey key, IReadOnlyList<DateMention> dates, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(dates);
        int K(int displayOffset) => CliticTokenizer.ToKeyOffset(key, displayOffset);
        var result = new List<DateMention>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            if (date.Line is null && IsDay(date))
            {
                var keyStart = K(date.Span.Start);
                // Only the words right before the day: a window, so an article of many dates is read once, not once a date.
                var windowStart = Math.Max(0, keyStart - RangeWindow);
                var before = key.Key[windowStart..keyStart];
                // "من 28 شباط حتى 2 آذار": the previous mention, a day, joined to this one.
                if (result.Count > 0 && result[^1] is { Line: null } first && IsDay(first)
                    && string.CompareOrdinal(first.Value, date.Value) < 0
                    && K(first.Span.End) <= keyStart && Between().IsMatch(key.Key[K(first.Span.End)..keyStart]))
                {
                    var firstKey = K(first.Span.Start);
                    var opening = Opening().Match(key.Key[Math.Max(0, firstKey - RangeWindow)..firstKey]);
                    var start = opening.Success ? key.ToDisplayOffset(Math.Max(0, firstKey - RangeWindow) + opening.Index) : first.Span.Start;
                    result[^1] = Range(key, start, date.Span.End, first.Value!, date.Value!);
                    continue;
                }
                // "من 10 إلى 12 شباط"، "بين 3 و5 آذار": a bare day number before this one, in its month.
                if (BareDayBefore().Match(before) is { Success: true } bare
                    && (windowStart + bare.Groups["from"].Index == 0 || char.IsWhiteSpace(key.Key[windowStart + bare.Groups["from"].Index - 1]))
                    && int.TryParse(bare.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                    && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
                    && day >= 1 && day < last.Day)
                {
                    var start = key.ToDisplayOffset(windowStart + bare.Groups["from"].Index);
                    result.Add(Range(key, start, date.Span.End, new DateOnly(last.Year, last.Month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.Value!));
                    continue;
                }
            }
            if (date.Line is null && publishedAt is { } published && SinceYearStart().IsMatch(key.Key[K(date.Span.Start)..Math.Max(K(date.Span.Start), K(date.Span.End))]))
            {
                result.Add(date with
                {
                    Value = new DateOnly(published.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Until = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Precision = DatePrecision.Range,
                });
                continue;
            }
            result.Add(date);
        }
        return result;
    }

    /// <summary>Key characters before a day that a range's opening may take: "من 10 إلى " with room for spaces.</summary>
    private const int RangeWindow = 24;

    private static bool IsDay(DateMention date) => date.Precision == DatePrecision.Day && date.Value is { Length: 10 };

    private static DateMention Range(MatchKey key, int start, int end, string first, string last) =>
        new(TextSpan.Of(key.Display, start, end - start), first, DatePrecision.Range) { Until = last };

    /// <summary>"من 10 إلى " or "بين 3 و" right before a day of a month (match key: folded letters, so إلى is الي and حتى حتي; ASCII digits).</summary>
    [GeneratedRegex(@"(?<from>من|بين)\s+(?<day>\d{1,2})\s*(?:الي|حتي|و|-|–)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareDayBefore();

    /// <summary>"من " or "بين " right before the first day of a range, taken into its span.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:من|بين)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Opening();

    /// <summary>What joins two days into a range: "حتى"، "الى"، "-".</summary>
    [GeneratedRegex(@"^\s*(?:الي|حتي|-|–)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Between();

    /// <summary>"منذ مطلع العام"، "منذ بداية العام الجاري"، "منذ مطلع السنه الحاليه".</summary>
    [GeneratedRegex(@"^منذ\s+(?:مطلع|بدايه|بداية|اول)\s+(?:العام|السنه)(?:\s+(?:الجاري|الحالي|الحاليه))?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SinceYearStart();
}
