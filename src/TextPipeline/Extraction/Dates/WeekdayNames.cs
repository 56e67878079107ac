namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Weekday names in match-key form. Only the forms with the article name a day: أحد without it is "one of"
/// (أحد أعضاء), and اثنين without it is "two". الثلاثاء and الأربعاء are also written without their final hamza.
/// </summary>
public static class WeekdayNames
{
    public const string Pattern = "الاحد|الاثنين|الثلاثاء?|الاربعاء?|الخميس|الجمعه|السبت";

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["الاحد"] = DayOfWeek.Sunday,
        ["الاثنين"] = DayOfWeek.Monday,
        ["الثلاثاء"] = DayOfWeek.Tuesday, ["الثلاثا"] = DayOfWeek.Tuesday,
        ["الاربعاء"] = DayOfWeek.Wednesday, ["الاربعا"] = DayOfWeek.Wednesday,
        ["الخميس"] = DayOfWeek.Thursday,
        ["الجمعه"] = DayOfWeek.Friday,
        ["السبت"] = DayOfWeek.Saturday,
    };
}
