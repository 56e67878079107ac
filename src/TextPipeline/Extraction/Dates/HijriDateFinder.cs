using System.Text.RegularExpressions;
using static NewsFacts.TextPipeline.Extraction.DatePatternParts;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds Hijri dates in a match key: a day and month with or without a year and هـ ("28 ربيع الثاني 1446"،
/// "11 شوال"، "الخامس من رمضان 1445 هـ"), and a month alone ("شهر رمضان"، "خلال رمضان"، "ذو الحجة 1445").
/// A month name that is also a word or a man's name (صفر، رجب، شوال …) needs a day, شهر or a year;
/// <see cref="DateResolver"/> converts with the Umm al-Qura calendar.
/// </summary>
public static partial class HijriDateFinder
{
    public static IEnumerable<FoundDate> Find(string key) => Find(key, WordRuns.Of(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>The dates of <paramref name="key"/>, whose words are <paramref name="words"/> (found once for all finders).</summary>
    public static IEnumerable<FoundDate> Find(string key, WordRuns words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var m in Dates.Matches(key, words))
        {
            var name = m.Groups["m1"].Value;
            var day = m.Groups["day"].Success ? Number(m, "day") : m.Groups["unit"].Success || m.Groups["ten"].Success ? OrdinalDays.ValueOf(m) : null;
            if ((m.Groups["day"].Success || m.Groups["unit"].Success || m.Groups["ten"].Success) && day is not (>= 1 and <= 30))
            {
                continue;
            }
            var cued = day is not null || m.Groups["shahr"].Success || m.Groups["year"].Success
                || (!HijriMonthNames.NeedDayOrYear.Contains(name) && (m.Groups["prep"].Success || m.Groups["dir"].Success));
            if (!cued)
            {
                continue;
            }
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar)
            {
                Day = day,
                Month = HijriMonthNames.TryGetMonth(name),
                Year = m.Groups["year"].Success ? Number(m, "year") : null,
                Offset = m.Groups["dir"].Success ? DirectionOffset(m.Groups["dir"].Value) : null,
                Hijri = true,
            };
        }
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A word of every month name, each match holds one: the first, except ذو/ذي ("of", common words) where it is
    /// القعدة/الحجة.
    /// </summary>
    private static readonly string[] MonthWords = HijriMonthNames.Months.Keys
        .Select(k => k.Split(' ') is var words && words[0] is "ذو" or "ذي" ? words[1] : words[0]).Distinct().ToArray();

    // Windows: a preposition, an ordinal of up to three words, من, شهر and ذو before the anchor; a two-word name, a
    // direction or "، من عام 1446 هـ" after it.
    private static readonly AnchoredPattern Dates = new(HijriDatePattern(), MonthWords, 7, 15);

    // The time preposition is looked at, not taken: the span starts at the day or the month.
    [GeneratedRegex(@"(?:(?<=(?:^|[^\p{L}\d])و?(?<prep>في|خلال|منذ|قبل|بعد|حتي|طوال|طيله)\s+)|" + WordStart + ")"
        + @"(?:(?<day>[0-3]?\d)(?!\d)\s*(?:من\s+)?|(?:" + OrdinalDays.Pattern + @")\s+من\s+)?"
        + @"(?:(?<shahr>شهر)\s+)?(?<m1>" + HijriMonthNames.Pattern + @")(?!\p{L})"
        + @"(?:\s+(?<dir>(?:" + Direction + @")ه?)(?!\p{L}))?"
        + @"(?:\s*[,\u060C]?\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?<year>1[34]\d\d)(?!\d|[.,\u066B\u066C]\d)(?:\s*ه(?!\p{L}))?)?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HijriDatePattern();
}
