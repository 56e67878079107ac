using System.Text.RegularExpressions;
using static NewsFacts.TextPipeline.Extraction.DatePatternParts;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds spans of time and parts of the day that name no date of their own, in a match key: a count after بعد/خلال
/// ("بعد يومين"، "خلال الـ24 ساعة الماضية"، "بعد نحو شهرين"، "خلال ساعات قليلة"), a plural period with a direction
/// ("في الأشهر الأخيرة"، "خلال الأيام القليلة الماضية"), and a part of the day as an adverb ("نهاراً"، "ليلاً").
/// Each is a date mention of precision Relative with no value: "بعد يومين من الهجوم" counts from an event, not from
/// publication. The preposition is part of the span, so a period word (خلال) still tells the incident layer that
/// the mention dates nothing.
/// </summary>
public static partial class DurationFinder
{
    public static IEnumerable<FoundDate> Find(string key) => Find(key, WordRuns.Of(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>The dates of <paramref name="key"/>, whose words are <paramref name="words"/> (found once for all finders).</summary>
    public static IEnumerable<FoundDate> Find(string key, WordRuns words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var m in Counted.Matches(key, words))
        {
            if (IsCount(m))
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Relative);
            }
        }
        foreach (var m in PluralPeriods.Matches(key, words).Concat(PartsOfDay.Matches(key, words)))
        {
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Relative);
        }
    }

    /// <summary>A word before the unit is a count (ثلاثة، عدة، بضعة), not another noun ("بعد انتهاء يوم").</summary>
    private static bool IsCount(Match m)
    {
        var n = m.Groups["n"];
        return !n.Success || char.IsDigit(n.Value[0]) || n.Value is "عده" or "بضع" or "بضعه" || NumberReader.Value(n.Value) is not null;
    }

    private const string Units =
        "ساعه|ساعات|ساعتين|ساعتان|دقيقه|دقايق|دقيقتين|يوم|يوما|يومين|يومان|ايام|اسبوع|اسبوعا|اسبوعين|اسابيع"
        + "|شهر|شهرا|شهرين|اشهر|شهور|عام|عاما|عامين|اعوام|سنه|سنتين|سنوات|عقد|عقدين|عقود";

    private const string PluralUnits = "الساعات|الدقايق|الايام|الاسابيع|الاشهر|الشهور|الاعوام|السنوات|العقود";

    private const string Approximately = @"(?:نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+علي|اكثر\s+من|اقل\s+من)\s+";

    private const string SpanDirection = "الماضيه|الاخيره|المقبله|القادمه|المنصرمه|الفايته|الماضي|الاخير|المقبل|القادم";

    private static readonly string[] Prepositions = ["بعد", "خلال", "طوال", "طيله"];

    // Windows: the preposition is the anchor; after it an approximation (three words), a count, the unit and two
    // qualifiers, and the lookahead's word.
    private static readonly AnchoredPattern Counted = new(CountedPattern(), Prepositions, 0, 9);
    private static readonly AnchoredPattern PluralPeriods = new(PluralPeriodPattern(), PluralUnits.Split('|'), 1, 5);
    private static readonly AnchoredPattern PartsOfDay = new(PartOfDayPattern(), ["نهارا", "ليلا", "صباحا", "فجرا", "ظهرا", "عصرا", "مساء"], 0, 1);

    // "الـ24 ساعة" takes the article before digits only; "خلال يوم الجمعة"، "بعد عام 2003" and "خلال شهر آب" are
    // dates, left to the other finders.
    [GeneratedRegex(WordStart + "(?:بعد|خلال|طوال|طيله)\\s+(?:" + Approximately + @")?(?:ال\s*(?<n>\d+)\s*|(?<n>\d+|\p{L}+)\s+)?"
        + "(?:" + Units + @")(?!\p{L})(?!\s*\d)(?!\s+(?:يوم|" + WeekdayNames.Pattern + "|" + MonthNames.Pattern + "|" + HijriMonthNames.Pattern + @")(?!\p{L}))"
        + @"(?:\s+(?:القليله|قليله))?(?:\s+(?:" + SpanDirection + @")(?!\p{L}))?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedPattern();

    [GeneratedRegex(@"(?:(?<=(?:^|[^\p{L}\d])و?)(?:في|خلال|طوال|طيله|منذ)\s+|" + WordStart + ")(?:" + PluralUnits + @")(?:\s+القليله)?\s+(?:"
        + SpanDirection + @")(?!\p{L})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralPeriodPattern();

    // The adverbs with tanwin (نهاراً، ليلاً); مساءً has none to show, so it counts only before punctuation or the end.
    [GeneratedRegex(WordStart + @"(?:نهارا|ليلا|صباحا|فجرا|ظهرا|عصرا|مساء(?=\s*(?:$|[^\s\p{L}])))(?!\p{L})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartOfDayPattern();
}
