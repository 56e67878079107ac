namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Hijri month names in match-key form (أ/إ/آ→ا, ة→ه, ى→ي): محرم … ذو الحجة, with the spellings outlets vary on
/// (ربيع الآخر/الثاني، جمادى الأولى/الأول، جمادى الآخرة/الثانية، ذو/ذي القعدة). Closed-class, so a static table.
/// The pattern must list exactly the keys of <see cref="Months"/>; a test checks that.
/// </summary>
public static class HijriMonthNames
{
    // Two-word names may drop the article of their second word (ربيع اول) and vary the spacing.
    public const string Pattern =
        @"محرم|صفر|ربيع\s+(?:ال)?اول|ربيع\s+(?:ال)?ثاني|ربيع\s+(?:ال)?اخر|جمادي\s+(?:ال)?اولي|جمادي\s+(?:ال)?اول"
        + @"|جمادي\s+(?:ال)?اخره|جمادي\s+(?:ال)?ثانيه|جمادي\s+(?:ال)?اخر|جمادي\s+(?:ال)?ثاني|رجب|شعبان|رمضان|شوال"
        + @"|(?:ذو|ذي)\s+القعده|(?:ذو|ذي)\s+الحجه";

    /// <summary>Month number by folded name, two-word names with one space and their article.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["محرم"] = 1, ["صفر"] = 2, ["ربيع الاول"] = 3, ["ربيع الثاني"] = 4, ["ربيع الاخر"] = 4,
        ["جمادي الاولي"] = 5, ["جمادي الاول"] = 5, ["جمادي الاخره"] = 6, ["جمادي الثانيه"] = 6, ["جمادي الاخر"] = 6,
        ["جمادي الثاني"] = 6, ["رجب"] = 7, ["شعبان"] = 8, ["رمضان"] = 9, ["شوال"] = 10,
        ["ذو القعده"] = 11, ["ذي القعده"] = 11, ["ذو الحجه"] = 12, ["ذي الحجه"] = 12,
    };

    /// <summary>
    /// Names that are also words or given names: صفر "zero", محرم "forbidden", رجب، شعبان، رمضان، شوال (men's names).
    /// Alone they need a day, شهر or a Hijri year; رمضان also counts after a time preposition (خلال رمضان).
    /// </summary>
    public static readonly IReadOnlySet<string> NeedDayOrYear = new HashSet<string>(StringComparer.Ordinal)
    {
        "محرم", "صفر", "رجب", "شعبان", "شوال",
    };

    /// <summary>Month number of a folded name as the pattern matches it ("ربيع  ثاني" included), or null.</summary>
    public static int? TryGetMonth(string folded) => MonthNames.Lookup(Months, folded);
}
