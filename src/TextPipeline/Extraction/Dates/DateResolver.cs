using System.Globalization;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Turns a found date expression into a value and precision, anchored on the publication date when there is one.
/// Explicit dates and years resolve on their own. Without a publication date, a day and month keep precision Day,
/// a month Month, a weekday Weekday and anything relative Relative, all with a null value.
/// Choices where Arabic is vague: a month or day-and-month without a year is the latest one on or before
/// publication ("يناير الماضي": strictly before the publication month); a weekday is the latest such day on or
/// before publication ("الاثنين الماضي": strictly before); "الأسبوع الماضي" has no precision of its own, so it
/// resolves to the month of the day a week before publication (precision Month); "3 من الشهر الجاري" is that day of
/// the publication month (الماضي: of the month before); "قبل N أيام/أسابيع" counts
/// days back (Day), "منذ N أشهر" months (Month), "قبل N أعوام" years (Year); "الليلة الماضية" is the day before.
/// Hijri dates go through the Umm al-Qura calendar; "يوم غد الخميس" is the next Thursday; "ليلة الأحد" alone keeps
/// precision Weekday with only its month as value; a span of time (بعد يومين، خلال ساعات) stays Relative with no value.
/// </summary>
public static class DateResolver
{
    public static DateMention Resolve(FoundDate found, TextSpan span, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found.Kind switch
        {
            FoundDateKind.Calendar => ResolveCalendar(found, span, publishedAt),
            FoundDateKind.Weekday => ResolveWeekday(found, span, publishedAt),
            _ => ResolveRelative(found, span, publishedAt),
        };
    }

    private static DateMention ResolveCalendar(FoundDate f, TextSpan span, DateOnly? p)
    {
        if (f.Hijri)
        {
            return ResolveHijri(f, span, p);
        }
        if (f.Month is null && f.Day is { } dayOfMonth && f.Offset is { } monthOffset)
        {
            return new DateMention(span, p is { } at && at.AddMonths(monthOffset) is var m && IsValid(m.Year, m.Month, dayOfMonth)
                ? Day(new DateOnly(m.Year, m.Month, dayOfMonth)) : null, DatePrecision.Day);
        }
        if (f.Month is not { } month)
        {
            return f.Year is { } y ? new DateMention(span, Year(y), DatePrecision.Year) : new DateMention(span, null, DatePrecision.Unknown);
        }
        if (f.Day is { } day)
        {
            var year = f.Year ?? LatestYearOnOrBefore(month, day, p);
            return new DateMention(span, year is { } yy && IsValid(yy, month, day) ? Day(new DateOnly(yy, month, day)) : null, DatePrecision.Day);
        }
        var monthYear = f.Year ?? (p is { } pub ? MonthYear(month, f.Offset, pub) : null);
        return new DateMention(span, monthYear is { } my ? Month(my, month) : null, DatePrecision.Month);
    }

    private static int? LatestYearOnOrBefore(int month, int day, DateOnly? p)
    {
        if (p is not { } pub)
        {
            return null;
        }
        return (month, day).CompareTo((pub.Month, pub.Day)) <= 0 ? pub.Year : pub.Year - 1;
    }

    private static int MonthYear(int month, int? offset, DateOnly pub) => offset switch
    {
        -1 => month < pub.Month ? pub.Year : pub.Year - 1,
        1 => month > pub.Month ? pub.Year : pub.Year + 1,
        _ => month <= pub.Month ? pub.Year : pub.Year - 1,
    };

    private static DateMention ResolveWeekday(FoundDate f, TextSpan span, DateOnly? p)
    {
        if (p is not { } pub || f.Weekday is not { } wd)
        {
            return new DateMention(span, null, DatePrecision.Weekday);
        }
        var back = ((int)pub.DayOfWeek - (int)wd + 7) % 7;
        var date = f.Offset switch
        {
            -1 => pub.AddDays(back == 0 ? -7 : -back),
            1 => pub.AddDays(back == 0 ? 7 : 7 - back),
            _ => pub.AddDays(-back),
        };
        // A night that leaves its day open ("ليلة الأحد") stays a weekday mention, valued only to its month: it names
        // the night of the story, not a month the article recalls.
        return f.Ambiguous ? new DateMention(span, Month(date.Year, date.Month), DatePrecision.Weekday) : new DateMention(span, Day(date), DatePrecision.Day);
    }

    private static readonly UmAlQuraCalendar UmAlQura = new();

    /// <summary>
    /// A Hijri date through the Umm al-Qura calendar. Without a year it is the latest such day or month on or before
    /// publication, as for Gregorian names. A Hijri month straddles two Gregorian ones: it resolves to the one holding
    /// its 15th day.
    /// </summary>
    private static DateMention ResolveHijri(FoundDate f, TextSpan span, DateOnly? p)
    {
        var precision = f.Day is null ? DatePrecision.Month : DatePrecision.Day;
        if (f.Month is not { } month)
        {
            return new DateMention(span, null, DatePrecision.Unknown);
        }
        var day = f.Day ?? 15;
        var year = f.Year;
        if (year is null && p is { } pub && pub.ToDateTime(TimeOnly.MinValue) is var at && at >= UmAlQura.MinSupportedDateTime && at <= UmAlQura.MaxSupportedDateTime)
        {
            var (hy, hm, hd) = (UmAlQura.GetYear(at), UmAlQura.GetMonth(at), UmAlQura.GetDayOfMonth(at));
            year = f.Offset switch
            {
                -1 => month < hm ? hy : hy - 1,
                1 => month > hm ? hy : hy + 1,
                _ when f.Day is not null => (month, day).CompareTo((hm, hd)) <= 0 ? hy : hy - 1,
                _ => month <= hm ? hy : hy - 1,
            };
        }
        if (year is not { } y || y < UmAlQuraFirstYear || y > UmAlQuraLastYear || day > UmAlQura.GetDaysInMonth(y, month))
        {
            return new DateMention(span, null, precision);
        }
        var date = DateOnly.FromDateTime(UmAlQura.ToDateTime(y, month, day, 0, 0, 0, 0));
        return new DateMention(span, precision == DatePrecision.Day ? Day(date) : Month(date.Year, date.Month), precision);
    }

    // The Umm al-Qura tables cover 1318 to 1500 AH (1900 to 2077); the last year is cut short, so it is left out.
    private const int UmAlQuraFirstYear = 1318;
    private const int UmAlQuraLastYear = 1499;

    private static DateMention ResolveRelative(FoundDate f, TextSpan span, DateOnly? p)
    {
        if (p is not { } pub || f.Offset is not { } offset || f.Unit is not { } unit)
        {
            return new DateMention(span, null, DatePrecision.Relative);
        }
        switch (unit)
        {
            case DateUnit.Day:
                return new DateMention(span, Day(pub.AddDays(offset)), DatePrecision.Day);
            case DateUnit.Week when f.Ago:
                return new DateMention(span, Day(pub.AddDays(7 * offset)), DatePrecision.Day);
            case DateUnit.Week:
                var weekDay = pub.AddDays(7 * offset);
                return new DateMention(span, Month(weekDay.Year, weekDay.Month), DatePrecision.Month);
            case DateUnit.Month:
                var m = pub.AddMonths(offset);
                return new DateMention(span, Month(m.Year, m.Month), DatePrecision.Month);
            default:
                return new DateMention(span, Year(pub.Year + offset), DatePrecision.Year);
        }
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
