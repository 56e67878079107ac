using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Date expressions of an article: the calendar (Gregorian, Hijri, English), weekday, relative and duration finders run on the match key (so
/// أ/ا, ة/ه and Arabic-Indic digits are handled once), overlapping finds keep the longest, and
/// <see cref="DateResolver"/> values each against the publication date.
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string display, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(display);
        return Extract(ArabicNormalizer.ToMatchKey(display), publishedAt);
    }

    public static IReadOnlyList<DateMention> Extract(MatchKey key, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = WordRuns.Of(key.Key);
        var found = CalendarDateFinder.Find(key.Key, words)
            .Concat(HijriDateFinder.Find(key.Key, words))
            .Concat(EnglishDateFinder.Find(key.Key))
            .Concat(WeekdayDateFinder.Find(key.Key, words))
            .Concat(RelativeDateFinder.Find(key.Key, words))
            .Concat(DurationFinder.Find(key.Key, words));
        // Ranges last: they join days already resolved ("من 10 إلى 12 شباط" needs 12 شباط's month and year).
        return DateRangeJoiner.Join(key, JoinWeekdaysToDays(key.Key, KeepLongest(found).ToList())
            .Select(f => DateResolver.Resolve(f, key.ToDisplaySpan(f.KeyStart, f.KeyLength), publishedAt))
            .ToList(), publishedAt);
    }

    /// <summary>
    /// A weekday right before a calendar day is one date ("الأحد 5 نوفمبر 2023"، "يوم الثلاثاء، 3 شباط"، "الاثنين (5
    /// شباط/فبراير 2024)"): the day says which one, so the weekday is not resolved against publication on its own.
    /// </summary>
    private static IEnumerable<FoundDate> JoinWeekdaysToDays(string key, List<FoundDate> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            if (date.Kind == FoundDateKind.Weekday && i + 1 < dates.Count && dates[i + 1] is { Kind: FoundDateKind.Calendar, Day: not null } day
                && key.AsSpan(date.KeyEnd, day.KeyStart - date.KeyEnd).Trim(" ,\u060C(").IsEmpty)
            {
                // The parenthesis opened before the day closes after it: the span takes both.
                var closes = key.AsSpan(date.KeyEnd, day.KeyStart - date.KeyEnd).Contains('(') && day.KeyEnd < key.Length && key[day.KeyEnd] == ')';
                yield return day with { KeyStart = date.KeyStart, KeyLength = day.KeyEnd - date.KeyStart + (closes ? 1 : 0) };
                i++;
                continue;
            }
            yield return date;
        }
    }

    /// <summary>
    /// Where finds overlap the longest wins ("اليوم الأربعاء" over "اليوم", "أوائل فبراير/شباط" over
    /// "فبراير/شباط"); ties go to the earlier one. The result is in text order.
    /// </summary>
    private static IEnumerable<FoundDate> KeepLongest(IEnumerable<FoundDate> found)
    {
        var kept = new List<FoundDate>();
        // The kept spans never overlap, so by start they are also in order of end: of those starting before a span
        // ends, only the last can reach into it. One search in a sorted set instead of a look at every span kept, which
        // cost the square of a page of dates.
        var spans = new SortedSet<(int Start, int End)>();
        foreach (var f in found.OrderByDescending(f => f.KeyLength).ThenBy(f => f.KeyStart))
        {
            if (f.KeyLength <= 0)
            {
                // An empty span overlaps nothing, nor stops anything kept after it; the order of ends assumes none.
                if (!kept.Exists(k => f.KeyStart < k.KeyEnd && k.KeyStart < f.KeyEnd))
                {
                    kept.Add(f);
                }
                continue;
            }
            // Max of an empty view is (0, 0), which ends before any span starts. (A view's Count would walk it.)
            if (spans.GetViewBetween((int.MinValue, int.MinValue), (f.KeyEnd - 1, int.MaxValue)).Max.End <= f.KeyStart)
            {
                kept.Add(f);
                spans.Add((f.KeyStart, f.KeyEnd));
            }
        }
        return kept.OrderBy(f => f.KeyStart);
    }
}
