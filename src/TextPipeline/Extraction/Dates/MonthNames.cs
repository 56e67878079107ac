namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Month names of both series in match-key form (أ/إ/آ→ا, ة→ه): the Gregorian names used in Egypt and the
/// Gulf (يناير، إبريل، يونيه، أغسطس), their Maghreb forms (جانفي، فيفري، أفريل، جوان، جويلية، أوت), and the
/// Syriac names of the Levant and Iraq (كانون الثاني … كانون الأول). Closed-class, so a static table.
/// The patterns feed the date finders' regexes and must list exactly the keys of <see cref="Months"/>;
/// a test checks that.
/// </summary>
public static class MonthNames
{
    public const string GregorianPattern =
        "يناير|جانفي|فبراير|فيفري|مارس|ابريل|افريل|مايو|يونيو|يونيه|جوان|يوليو|يوليه|جويليه"
        + "|اغسطس|اوت|غشت|سبتمبر|شتنبر|اكتوبر|نوفمبر|ديسمبر|دجنبر";

    // Two-word Syriac names may drop the article of their ordinal (كانون ثاني) and vary the spacing.
    public const string SyriacPattern =
        @"كانون\s+(?:ال)?ثاني|كانون\s+(?:ال)?اول|تشرين\s+(?:ال)?اول|تشرين\s+(?:ال)?ثاني"
        + "|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول";

    /// <summary>Either series.</summary>
    public const string Pattern = GregorianPattern + "|" + SyriacPattern;

    /// <summary>Month number by folded name, two-word names with one space and their article.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["جانفي"] = 1, ["كانون الثاني"] = 1,
        ["فبراير"] = 2, ["فيفري"] = 2, ["شباط"] = 2,
        ["مارس"] = 3, ["اذار"] = 3,
        ["ابريل"] = 4, ["افريل"] = 4, ["نيسان"] = 4,
        ["مايو"] = 5, ["ايار"] = 5,
        ["يونيو"] = 6, ["يونيه"] = 6, ["جوان"] = 6, ["حزيران"] = 6,
        ["يوليو"] = 7, ["يوليه"] = 7, ["جويليه"] = 7, ["تموز"] = 7,
        ["اغسطس"] = 8, ["اوت"] = 8, ["غشت"] = 8, ["اب"] = 8,
        ["سبتمبر"] = 9, ["شتنبر"] = 9, ["ايلول"] = 9,
        ["اكتوبر"] = 10, ["تشرين الاول"] = 10,
        ["نوفمبر"] = 11, ["تشرين الثاني"] = 11,
        ["ديسمبر"] = 12, ["دجنبر"] = 12, ["كانون الاول"] = 12,
    };

    /// <summary>
    /// Names that are also common words: مارس "he practised", آب "father" (أب), أوت, جوان (a first name), غشت.
    /// Alone they need a cue (a day, a year, شهر, a qualifier, a preposition, the other series).
    /// </summary>
    public static readonly IReadOnlySet<string> Ambiguous = new HashSet<string>(StringComparer.Ordinal)
    {
        "مارس", "اب", "اوت", "جوان", "غشت",
    };

    /// <summary>Month number of a folded name as the patterns match it ("كانون  ثاني" included), or null.</summary>
    public static int? TryGetMonth(string folded) => Lookup(Months, folded);

    /// <summary>
    /// A folded month name looked up in a table of names written with one space and the article on a second word, as
    /// patterns match them with any spacing and the article dropped ("كانون  ثاني"، "ربيع اول"). Gregorian and Hijri
    /// tables alike.
    /// </summary>
    internal static int? Lookup(IReadOnlyDictionary<string, int> months, string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var parts = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && !parts[1].StartsWith("ال", StringComparison.Ordinal))
        {
            parts[1] = "ال" + parts[1];
        }
        return months.TryGetValue(string.Join(' ', parts), out var month) ? month : null;
    }
}
