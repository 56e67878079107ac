using System.Text.RegularExpressions;
using static NewsFacts.TextPipeline.Extraction.DatePatternParts;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds calendar dates in a match key: day and month ("21 مايو/أيار", "3 كانون الثاني 2024", "الخامس من شباط"),
/// a day of this or last month ("الثالث من الشهر الجاري"), a date in digits ("3/2/2024", "2024-02-03"), a month
/// alone or qualified ("أوائل فبراير/شباط", "يناير الماضي", "شهر فبراير"), and years ("عام 2014", "في 2020").
/// Overlapping finds are left to <see cref="DateExtractor"/>, which keeps the longest.
/// </summary>
public static partial class CalendarDateFinder
{
    public static IEnumerable<FoundDate> Find(string key) => Find(key, WordRuns.Of(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>The dates of <paramref name="key"/>, whose words are <paramref name="words"/> (found once for all finders).</summary>
    public static IEnumerable<FoundDate> Find(string key, WordRuns words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var m in DayMonths.Matches(key, words))
        {
            if (DayOf(m) is { } day)
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar)
                {
                    Day = day, Month = MonthOf(m), Year = YearOf(m),
                };
            }
        }
        foreach (var m in OrdinalDayMonths.Matches(key, words).Concat(DaysOfNamedMonth.Matches(key, words)))
        {
            if (DayOf(m) is not { } day)
            {
                continue;
            }
            yield return m.Groups["m1"].Success
                ? new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Day = day, Month = MonthOf(m), Year = YearOf(m) }
                : new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Day = day, Offset = m.Groups["dir"].Success ? DirectionOffset(m.Groups["dir"].Value) : 0 };
        }
        if (HasDigitSeparator(key))
        {
            foreach (Match m in DigitDatePattern().Matches(key))
            {
                var (day, month) = (Number(m, "d"), Number(m, "m"));
                if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
                {
                    yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Day = day, Month = month, Year = Number(m, "y") };
                }
            }
            foreach (Match m in YearMonthPattern().Matches(key))
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Month = Number(m, "m"), Year = Number(m, "y") };
            }
        }
        foreach (var m in Months.Matches(key, words))
        {
            if (IsMonthMention(key, m))
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar)
                {
                    Month = MonthOf(m), Year = YearOf(m),
                    Offset = m.Groups["dir"].Success ? DirectionOffset(m.Groups["dir"].Value) : null,
                };
            }
        }
        foreach (var m in Years.Matches(key, words))
        {
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Year = YearOf(m) };
        }
        foreach (var m in BareYears.Matches(key, words))
        {
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Year = YearOf(m) };
        }
        foreach (var m in YearLists.Matches(key, words))
        {
            foreach (Capture year in m.Groups["year"].Captures)
            {
                yield return new FoundDate(year.Index, year.Length, FoundDateKind.Calendar) { Year = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
        foreach (var m in NamedYears.Matches(key, words))
        {
            if (!PreviousWords(key, m.Index, 3).Any(CountCues.Contains))
            {
                yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Year = YearOf(m) };
            }
        }
    }

    /// <summary>
    /// Words that, among the three before it, make a number an amount, not a year: "بلغ عدد الزوار 2023." is a count. A year after any other
    /// word and before punctuation names an edition or a period ("كأس آسيا 2023."، "موازنة 2024،").
    /// </summary>
    private static readonly HashSet<string> CountCues = new(StringComparer.Ordinal)
    {
        "نحو", "بنحو", "حوالي", "بحوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "الي", "حتي", "بلغ", "بلغت", "يبلغ", "تبلغ",
        "عدد", "عددهم", "عددها", "رقم", "الرقم", "برقم", "اجمالي", "مجموع", "قدره", "قدرها", "بقيمه", "قيمته", "قيمتها",
        "مبلغ", "بمبلغ", "سعر", "بسعر", "يساوي", "تساوي", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "وصل", "وصلت",
    };

    /// <summary>The first word of every month name, both series: each day-month and month match holds one.</summary>
    private static readonly string[] MonthWords = MonthNames.Months.Keys.Select(k => k.Split(' ')[0]).ToArray();

    // Windows (words before, after the anchor): a day, من and شهر before a month; up to nine words after it (two
    // two-word names, a direction, "، من عام 2024"); a qualifier before عام; a preposition before a bare year.
    private static readonly AnchoredPattern DayMonths = new(DayMonthPattern(), MonthWords, 3, 14);
    private static readonly AnchoredPattern OrdinalDayMonths = new(OrdinalDayMonthPattern(), OrdinalDays.FirstWords, 1, 15);
    private static readonly AnchoredPattern DaysOfNamedMonth = new(DayOfNamedMonthPattern(), ["الشهر"], 5, 7);
    private static readonly AnchoredPattern Months = new(MonthPattern(), MonthWords, 2, 13);
    private static readonly AnchoredPattern Years = new(YearPattern(), ["عام", "العام", "سنه", "السنه"], 1, 5);
    private static readonly AnchoredPattern BareYears = new(BareYearPattern(), ["19", "20"], 2, 4);
    private static readonly AnchoredPattern YearLists = new(YearListPattern(), ["19", "20"], 0, 12);
    private static readonly AnchoredPattern NamedYears = new(NamedYearPattern(), ["19", "20"], 1, 2);

    /// <summary>A separator between two digits (3/2، 2024-02): most articles have none, and skip the digit-date pattern.</summary>
    private static bool HasDigitSeparator(string key)
    {
        var span = key.AsSpan();
        for (var i = span.IndexOfAny(DigitSeparators); i >= 0; )
        {
            if (i > 0 && i + 1 < span.Length && char.IsDigit(span[i - 1]) && char.IsDigit(span[i + 1]))
            {
                return true;
            }
            var next = span[(i + 1)..].IndexOfAny(DigitSeparators);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> DigitSeparators = System.Buffers.SearchValues.Create("/-.");

    /// <summary>The day of "3 من الشهر الجاري" or "الثالث من الشهر الجاري", or null when no day of a month.</summary>
    private static int? DayOf(Match m) =>
        m.Groups["day"].Success ? Number(m, "day") is var day and >= 1 and <= 31 ? day : null : OrdinalDays.ValueOf(m);

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int? MonthOf(Match m) => MonthNames.TryGetMonth(m.Groups["m1"].Value);

    private static int? YearOf(Match m) =>
        m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A month name that is also a common word (مارس "he practised", آب/أب "father") counts only with a cue:
    /// a qualifier, شهر, a direction, a year, the other series, or a time preposition before it; and never
    /// with a clitic glued to it (باب is "door", not ب + آب).
    /// </summary>
    private static bool IsMonthMention(string key, Match m)
    {
        var name = m.Groups["m1"].Value;
        if (!MonthNames.Ambiguous.Contains(name) || m.Groups["m2"].Success)
        {
            return true;
        }
        if (m.Index > 0 && char.IsLetter(key[m.Index - 1]))
        {
            return false;
        }
        return m.Groups["q"].Success || m.Groups["shahr"].Success || m.Groups["dir"].Success || m.Groups["year"].Success
            || MonthCues.Contains(PreviousWord(key, m.Index));
    }

    private static readonly HashSet<string> MonthCues = new(StringComparer.Ordinal)
    {
        "في", "وفي", "منذ", "خلال", "حتي", "قبل", "بعد", "الي", "من",
    };

    /// <summary>Up to <paramref name="count"/> words before <paramref name="index"/>, the nearest first.</summary>
    private static IEnumerable<string> PreviousWords(string key, int index, int count)
    {
        for (var i = 0; i < count && index > 0; i++)
        {
            var word = PreviousWord(key, index);
            if (word.Length == 0)
            {
                yield break;
            }
            yield return word;
            index = key.LastIndexOf(word, index - 1, StringComparison.Ordinal);
        }
    }

    private static string PreviousWord(string key, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(key[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(key[start - 1]))
        {
            start--;
        }
        return key[start..end];
    }

    // A page stamp may glue the day to a Latin time zone ("13:03 GMT27 فبراير/ شباط 2020"): Latin letters before the
    // day do not make it part of a word.
    // A day may carry the article, written apart by a tatweel or a space: "في الـ5 من شباط".
    [GeneratedRegex("(?:(?<=[a-z])|" + WordStart + @")(?:" + DayArticle + @")?(?<day>[0-3]?\d)(?!\d)\s*(?:من\s+)?(?:شهر\s+)?" + Month
        + @"(?:\s+(?:" + Direction + @")ه?(?!\p{L}))?" + OptionalYear,
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayMonthPattern();

    // A day named by an ordinal, before من and a month ("الخامس من شباط"، "الحادي والعشرين من شهر كانون الثاني 2024")
    // or this or last month ("الثالث من الشهر الجاري"، "الخامس من هذا الشهر"). Anchored on the ordinal: its words open
    // with ال, so run around month names the pattern would stop at every alef.
    [GeneratedRegex(WordStart + "(?:" + OrdinalDays.Pattern + @")\s+من\s+(?:(?:شهر\s+)?" + Month
        + @"(?:\s+(?:" + Direction + @")ه?(?!\p{L}))?" + OptionalYear + "|" + NamedMonth + ")",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrdinalDayMonthPattern();

    // A day in digits of this or last month: "3 من الشهر الجاري"، "28 من الشهر الماضي". Without هذا or a direction
    // ("الخامس من الشهر") the month is one the text named before: not taken.
    [GeneratedRegex(WordStart + @"(?:" + DayArticle + @")?(?<day>[0-3]?\d)(?!\d)\s+من\s+" + NamedMonth, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayOfNamedMonthPattern();

    /// <summary>The article before a day in digits: "الـ5"، "الـ 5"، "ال5".</summary>
    private const string DayArticle = @"ال\u0640*\s?";

    private const string NamedMonth = @"(?:هذا\s+الشهر(?!\p{L})|الشهر\s+(?<dir>" + Direction + @")(?!\p{L}))";

    // A date in digits, day first as Arabic writes it or year first (ISO), one separator throughout: "3/2/2024"،
    // "03-02-2024"، "2024/02/03". Not part of a longer run of numbers ("1/3/2/2024", "2024-02-03-1").
    [GeneratedRegex(@"(?<!\d|\d[-/.])(?:(?<y>(?:19|20)\d\d)(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})"
        + @"|(?<d>\d{1,2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<y>(?:19|20)\d\d))(?!\d|[-/.]\d)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitDatePattern();

    [GeneratedRegex(WordStart + "(?:(?<q>" + Qualifier + @")\s+)?(?:(?<shahr>شهر)\s+)?" + Month
        + @"(?:\s+(?<dir>(?:" + Direction + @")ه?)(?!\p{L}))?" + OptionalYear,
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(WordStart + "(?:(?<q>" + Qualifier + @")\s+)?(?:عام|العام|سنه|السنه)\s*" + YearNumber,
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPattern();

    // A bare year needs a time preposition before it and must not be followed by a noun it counts
    // ("في 2020 ، حيث" is a year; "نحو 2500 عسكري" is not even tried: no preposition, out of range).
    [GeneratedRegex(@"(?<=(?:^|[^\p{L}\d])و?(?:في|منذ|خلال|حتي|قبل|بعد)\s+)" + YearNumber + @"(?:(?!\s*\p{L})|(?=\s+و))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareYearPattern();

    // Two or more years in a row ("(2023، 2024، 2025)"، "2022 و2023"، "2019-2020"): a list of years, each one a
    // mention. Not inside a digit date ("28-05-2025") nor a longer number.
    [GeneratedRegex(@"(?<![\p{L}\d]|\d[-/.])" + YearNumber + @"(?:\s*(?:[,\u060C/\-\u2013]|و)\s*" + YearNumber + @")+(?![-/.]?\d)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearListPattern();

    // A year right after a word and before punctuation or the end of a line: "كأس العالم قطر 2022،". A number
    // followed by a word is a count ("2023 صاروخا") and is never tried.
    [GeneratedRegex(@"(?<=\p{L}\s+)" + YearNumber + @"(?=[ \t]*(?:$|[.\u060C,;:)\]\u00BB""\u061B\u061F!?\n]))",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedYearPattern();

    // Year and month, ISO-style ("2021-04"): the month two digits from 01 to 12, so a span of years ("2020-21") is not one.
    [GeneratedRegex(@"(?<![\p{L}\d]|\d[-/.])(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])(?!\d|[-/.]\d)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearMonthPattern();
}
