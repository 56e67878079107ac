using System.Text.RegularExpressions;
using static NewsFacts.TextPipeline.Extraction.DatePatternParts;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds weekday expressions in a match key with their part of day and framing: "يوم الاثنين",
/// "الاثنين الماضي", "مساء الأحد", "منتصف ليل السبت", "اليوم الأربعاء", "ليلة السبت على الأحد",
/// "الساعات الأولى من صباح يوم السبت", "وقت متأخر من يوم الاثنين", "في وقت متأخر الأربعاء", a night between two days
/// ("ليل الأربعاء-الخميس"، "ليل الجمعة السبت", the first day) and tomorrow ("يوم غد الخميس"). The span starts after a
/// leading في.
/// </summary>
public static partial class WeekdayDateFinder
{
    public static IEnumerable<FoundDate> Find(string key) => Find(key, WordRuns.Of(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>The dates of <paramref name="key"/>, whose words are <paramref name="words"/> (found once for all finders).</summary>
    public static IEnumerable<FoundDate> Find(string key, WordRuns words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var m in Weekdays.Matches(key, words))
        {
            var framed = m.Groups["frame"].Success || m.Groups["part"].Success || m.Groups["yawm"].Success || m.Groups["dir"].Success
                || m.Groups["tomorrow"].Success;
            // الواحد الأحد is an attribute of God, not Sunday.
            if (!framed && m.Groups["wd"].Value == "الاحد" && key[..m.Index].TrimEnd().EndsWith("الواحد", StringComparison.Ordinal))
            {
                continue;
            }
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Weekday)
            {
                Weekday = WeekdayNames.Days[m.Groups["wd"].Value],
                Offset = m.Groups["tomorrow"].Success ? 1 : m.Groups["dir"].Success ? DirectionOffset(m.Groups["dir"].Value) : null,
                // "ليلة الأحد" is Saturday night in most usage and Sunday night in some; "ليل الجمعة السبت" names both days.
                Ambiguous = m.Groups["part"].Value.TrimEnd() == "ليله" && !m.Groups["second"].Success,
            };
        }
    }

    // Up to eight words before the weekday (frame, part of day, يوم, غد), four after it ("- الاثنين الماضي", عشر).
    private static readonly AnchoredPattern Weekdays = new(WeekdayPattern(), WeekdayNames.Days.Keys, 8, 14);

    private const string Frame =
        @"(?:الساعات\s+(?:الاولي|الاخيره)|ساعات\s+(?:الصباح|الفجر|الليل|المساء)(?:\s+(?:الاولي|الباكر))?"
        + @"|وقت\s+(?:متاخر|مبكر|سابق|لاحق)|ساعه\s+متاخره)\s+(?:من\s+)?";

    private const string PartOfDay =
        @"(?:صباح|مساء|ليل|ليله|فجر|ظهر|ظهيره|عصر|ضحي|صبيحه|عشيه|نهار|منتصف\s+ليله?|منتصف\s+نهار)\s+";

    // الأحد عشر is "the eleven", so a weekday may not be followed by عشر.
    [GeneratedRegex(WordStart + "(?<frame>" + Frame + ")?(?<part>" + PartOfDay + @")?(?<yawm>(?:يوم|اليوم)\s+)?(?:(?<tomorrow>غد|الغد|غدا)\s+)?"
        + "(?<wd>" + WeekdayNames.Pattern + @")(?!\p{L})(?!\s+عشر)"
        + @"(?<second>(?:\s*(?:-|/|علي|الي)\s*|\s+)(?:" + WeekdayNames.Pattern + @")(?!\p{L}))?"
        + @"(?:\s+(?<dir>(?:" + Direction + @")ه?)(?!\p{L}))?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeekdayPattern();
}
