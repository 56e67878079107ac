namespace NewsFacts.TextPipeline.Extraction;

/// <summary>Regex fragments the date finders share, in match-key form. Constants so they can go into [GeneratedRegex].</summary>
internal static class DatePatternParts
{
    /// <summary>Start of a word, allowing one clitic و/ف/ب/ل in front that stays outside the span (وفي، ويوم، بعام).</summary>
    public const string WordStart = @"(?<=(?:^|[^\p{L}\d])[وفبل]?)";

    /// <summary>Words that narrow a month or a year: أوائل، أواخر، أواسط، منتصف، مطلع، نهاية، بداية، مستهل.</summary>
    public const string Qualifier = "اوايل|اواخر|اواسط|منتصف|مطلع|نهايه|بدايه|مستهل";

    /// <summary>الماضي/المنصرم/الفائت/السابق (past), الحالي/الجاري (current), المقبل/القادم (next); feminine with ه.</summary>
    public const string Direction = "الماضي|المنصرم|الفايت|السابق|الحالي|الجاري|المقبل|القادم";

    /// <summary>A month name, or two of the two series for one month ("مايو/أيار"، "كانون الثاني (يناير)"، "نوفمبر تشرين الثاني").</summary>
    public const string Month = "(?<m1>" + MonthNames.Pattern + @")(?!\p{L})(?:(?:\s*/\s*|\s*\(\s*|\s+-\s+|\s+)(?<m2>"
        + MonthNames.Pattern + @")(?!\p{L})(?:\s*\))?)?";

    /// <summary>
    /// A year: four digits from 1900, not the start of a longer number or a decimal ("2020.5", "2020٫5"). A period or
    /// comma with no digit after it ends the sentence or the phrase: "في 3 فبراير 2020." keeps its year.
    /// </summary>
    public const string YearNumber = @"(?<year>(?:19|20)\d\d)(?!\d|[.,\u066B\u066C]\d)";

    /// <summary>An optional year after a day or month: "2024", "من عام 2024", "، 2024".</summary>
    public const string OptionalYear = @"(?:\s*[,\u060C]?\s*(?:من\s+)?(?:عام|العام|سنه)?\s*" + YearNumber + ")?";

    /// <summary>Offset of a direction word: -1 past, 0 current, +1 next.</summary>
    public static int? DirectionOffset(string direction) => direction.TrimEnd('ه') switch
    {
        "الماضي" or "المنصرم" or "الفايت" or "السابق" => -1,
        "الحالي" or "الجاري" => 0,
        "المقبل" or "القادم" => 1,
        _ => null,
    };
}
