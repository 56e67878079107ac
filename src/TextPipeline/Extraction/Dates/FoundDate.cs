namespace NewsFacts.TextPipeline.Extraction;

public enum FoundDateKind { Calendar, Weekday, Relative }

public enum DateUnit { Day, Week, Month, Year }

/// <summary>
/// A date expression found in a match key, before resolution: what the words say, nothing computed.
/// Calendar: any of <see cref="Day"/>/<see cref="Month"/>/<see cref="Year"/>, with <see cref="Offset"/> -1/0/+1
/// for a month qualified الماضي/الحالي/المقبل; a <see cref="Day"/> with an Offset and no Month is a day of the month
/// that many months from publication ("3 من الشهر الجاري"). Weekday: <see cref="Weekday"/>, Offset -1 (الماضي) or +1 (المقبل).
/// Relative: <see cref="Unit"/> and Offset (أمس = Day -1, الشهر الماضي = Month -1); <see cref="Ago"/> when it
/// counts back from publication (قبل ثلاثة أيام = Day -3, Ago); Offset null when the count is vague (منذ عدة أشهر),
/// and Unit null for a span of time or a part of the day that names no date (خلال ساعات، بعد يومين، نهاراً).
/// </summary>
public sealed record FoundDate(int KeyStart, int KeyLength, FoundDateKind Kind)
{
    public int? Day { get; init; }

    public int? Month { get; init; }

    public int? Year { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public DateUnit? Unit { get; init; }

    public int? Offset { get; init; }

    public bool Ago { get; init; }

    /// <summary>Calendar: Day, Month and Year are of the Hijri (Umm al-Qura) calendar ("28 ربيع الثاني 1446").</summary>
    public bool Hijri { get; init; }

    /// <summary>Weekday: the words leave the day open ("ليلة الأحد" is Saturday or Sunday night), so only its month is sure.</summary>
    public bool Ambiguous { get; init; }

    public int KeyEnd => KeyStart + KeyLength;
}
