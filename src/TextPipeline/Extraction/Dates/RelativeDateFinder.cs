using System.Text.RegularExpressions;
using static NewsFacts.TextPipeline.Extraction.DatePatternParts;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds dates relative to publication in a match key: day words (أمس، أمس الأول، اليوم، الليلة الماضية),
/// named periods (الأسبوع الماضي، الشهر الفائت، أواخر العام الماضي، هذا الشهر) and counts back
/// (قبل يومين، قبل ثلاثة أيام، منذ شهر، منذ عدة أشهر), hours back as the publication day (قبل ساعات، قبل قليل).
/// </summary>
public static partial class RelativeDateFinder
{
    public static IEnumerable<FoundDate> Find(string key) => Find(key, WordRuns.Of(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>The dates of <paramref name="key"/>, whose words are <paramref name="words"/> (found once for all finders).</summary>
    public static IEnumerable<FoundDate> Find(string key, WordRuns words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var m in DayWords.Matches(key, words))
        {
            var offset = m.Groups["word"].Value switch
            {
                "اليوم" => 0,
                "غدا" => 1,
                "امس" or "البارحه" => -1,
                var w when w.StartsWith("قبل", StringComparison.Ordinal) => 0,
                // "ليلة أمس" is last night, dated yesterday like "الليلة الماضية"; only أمس الأول is two days back.
                var w when w.StartsWith("الليله", StringComparison.Ordinal) || w.StartsWith("ليله", StringComparison.Ordinal) => -1,
                _ => -2,
            };
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Relative) { Unit = DateUnit.Day, Offset = offset };
        }
        foreach (var m in Periods.Matches(key, words))
        {
            var offset = m.Groups["dir"].Success ? DirectionOffset(m.Groups["dir"].Value) : 0;
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Relative) { Unit = UnitOf(m.Groups["unit"].Value), Offset = offset };
        }
        foreach (var m in Agos.Matches(key, words))
        {
            if (!TryCount(m, out var count))
            {
                continue;
            }
            // "قبل ساعات قليلة من دفن سليماني"، "قبل يومين من الهجوم": counted back from another event, not from the
            // report: a relative date with no day of its own.
            if (FromAnotherEvent().IsMatch(key.AsSpan(m.Index + m.Length)))
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Relative) { Unit = UnitOf(m.Groups["unit"].Value), Offset = null, Ago = true };
                continue;
            }
            // Hours and minutes back are the publication day, or whole days back for 24 hours and more ("منذ 48 ساعة").
            yield return IsHours(m.Groups["unit"].Value)
                ? new FoundDate(m.Index, m.Length, FoundDateKind.Relative) { Unit = DateUnit.Day, Offset = -(count ?? 0) / 24 }
                : new FoundDate(m.Index, m.Length, FoundDateKind.Relative) { Unit = UnitOf(m.Groups["unit"].Value), Offset = -count, Ago = true };
        }
    }

    // Windows (words before, after the anchor): the day words have one word around them and one word of context
    // after; a period has a qualifier or هذا before and a direction after; "قبل N units" has two words and a
    // month name (two words) of context after.
    private static readonly AnchoredPattern DayWords = new(DayWordPattern(), ["امس", "اول", "البارحه", "غدا", "الليله", "ليله", "اليوم", "قليل"], 1, 4);
    private static readonly AnchoredPattern Periods = new(PeriodPattern(), ["الاسبوع", "الشهر", "العام", "السنه"], 2, 6);
    private static readonly AnchoredPattern Agos = new(AgoPattern(), ["قبل", "منذ"], 1, 8);

    /// <summary>
    /// The count of "قبل N units": false to drop a match whose middle word is not a count (قبل الهجوم يوم),
    /// a null count when it is vague (منذ عدة أشهر، قبل أيام).
    /// </summary>
    private static bool TryCount(Match m, out int? count)
    {
        var unit = m.Groups["unit"].Value;
        var dual = unit.EndsWith("ين", StringComparison.Ordinal) || unit.EndsWith("ان", StringComparison.Ordinal);
        var plural = unit is "ايام" or "اسابيع" or "اشهر" or "شهور" or "اعوام" or "سنوات" or "ساعات" or "دقايق";
        count = null;
        if (!m.Groups["n"].Success)
        {
            count = dual ? 2 : plural ? null : 1;
            return true;
        }
        var n = m.Groups["n"].Value;
        if (n is "عده" or "بضع" or "بضعه")
        {
            return true;
        }
        count = dual ? null : NumberReader.Value(n);
        return count is not null;
    }

    private static bool IsHours(string unit) => unit.StartsWith("ساع", StringComparison.Ordinal) || unit.StartsWith("دق", StringComparison.Ordinal);

    private static DateUnit UnitOf(string unit) => unit switch
    {
        _ when unit.Contains("يوم", StringComparison.Ordinal) || unit == "ايام" => DateUnit.Day,
        _ when unit.Contains("اسبوع", StringComparison.Ordinal) || unit == "اسابيع" => DateUnit.Week,
        _ when unit.Contains("شهر", StringComparison.Ordinal) || unit == "شهور" => DateUnit.Month,
        _ => DateUnit.Year,
    };

    // اليوم followed by التالي، نفسه، الوطني … is "the next day", "the same day", "national day": not today.
    [GeneratedRegex(WordStart + @"(?<word>امس\s+الاول|اول\s+امس|امس|البارحه|غدا|الليله\s+الماضيه|ليله\s+امس|قبل\s+قليل"
        + @"|اليوم(?!\s+(?:التالي|السابق|نفسه|ذاته|الوطني|العالمي|الدولي|الاول|الثاني|الثالث|الاخير|الذي|الموعود)))(?!\p{L})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayWordPattern();

    // A qualified period with no direction is the current one, and takes its منذ/خلال into the span ("منذ مطلع العام"):
    // a period word there tells the incident layer that it dates no event.
    [GeneratedRegex(WordStart + "(?:(?:" + Qualifier + @")\s+)?(?:(?<unit>الاسبوع|الشهر|العام|السنه)\s+(?<dir>(?:" + Direction
        + @")ه?)|(?:هذا|هذه)\s+(?<unit>الاسبوع|الشهر|العام|السنه))(?!\p{L})"
        + "|" + WordStart + @"(?:(?:منذ|خلال|طوال)\s+)?(?:" + Qualifier + @")\s+(?<unit>الاسبوع|الشهر|العام|السنه)(?!\p{L})(?!\s*\d)"
        + @"(?!\s+(?:(?:" + Direction + @")ه?|الحالي|هذا|" + MonthNames.Pattern + @")(?!\p{L}))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodPattern();

    // "من" and an event after the count back, an adjective of the count between (قليلة، معدودة): not "من الآن".
    [GeneratedRegex(@"^\s+(?:\p{L}+\s+)?من\s+(?!الان(?!\p{L}))\p{L}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromAnotherEvent();

    // An approximation before the count ("قبل نحو 15 يوماً") does not change the day it resolves to.
    [GeneratedRegex(WordStart + @"(?:قبل|منذ)\s+(?:(?:نحو|حوالي|قرابه|زهاء|ما\s+يقارب|اكثر\s+من|اقل\s+من)\s+)?(?:(?<n>\d+|\p{L}+)\s+)?"
        + @"(?<unit>ساعه|ساعات|ساعتين|ساعتان|دقيقه|دقايق|دقيقتين|يوم|يوما|يومين|يومان|ايام|اسبوع|اسبوعا|اسبوعين|اسابيع|شهر|شهرا|شهرين|اشهر|شهور|عام|عاما|عامين|اعوام|سنه|سنتين|سنوات)"
        + @"(?!\p{L})(?!\s*\d)(?!\s+(?:" + WeekdayNames.Pattern + "|" + MonthNames.Pattern + @")(?!\p{L}))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgoPattern();
}
