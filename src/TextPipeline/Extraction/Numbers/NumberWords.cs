namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Arabic cardinal number words in match-key form (أ→ا, ة→ه, ى→ي, ئ→ي, so مئة is "ميه" and مائة "مايه").
/// Closed-class grammar, so a static table rather than a lexicon file. Each form is listed with its
/// grammatical role because the reader combines them by role: a unit may take عشر (teen), a following
/// ten (خمسة وعشرون), a following مئة (ثلاث مئة) or a thousands word (ثلاثة آلاف).
/// </summary>
public static class NumberWords
{
    public enum Role { Unit, Ten, Hundred, Scale, PluralScale, Vague }

    public readonly record struct Entry(int Value, Role Role);

    /// <summary>The word that turns a unit into a teen (خمسة عشر، إحدى عشرة).</summary>
    public static readonly IReadOnlySet<string> TeenTens = new HashSet<string>(StringComparer.Ordinal) { "عشر", "عشره" };

    /// <summary>Forms of 1 that only occur before عشر (أحد عشر، إحدى عشرة): alone they mean "one of".</summary>
    public static readonly IReadOnlyDictionary<string, int> TeenOnlyUnits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["احد"] = 1, ["احدي"] = 1, ["اثنا"] = 2, ["اثني"] = 2, ["اثنتا"] = 2, ["اثنتي"] = 2,
    };

    public static readonly IReadOnlyDictionary<string, Entry> Words = Build();

    /// <summary>
    /// Ordinals 2 to 10 in both genders, article-less (as <see cref="KeyToken.Bare"/> gives them): "صاروخ ثالث"،
    /// "سقطت الثالثة". The first is left out: الأول is as often "the former" as a count.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ثان"] = 2, ["ثاني"] = 2, ["ثانيه"] = 2, ["ثالث"] = 3, ["ثالثه"] = 3, ["رابع"] = 4, ["رابعه"] = 4,
        ["خامس"] = 5, ["خامسه"] = 5, ["سادس"] = 6, ["سادسه"] = 6, ["سابع"] = 7, ["سابعه"] = 7,
        ["ثامن"] = 8, ["ثامنه"] = 8, ["تاسع"] = 9, ["تاسعه"] = 9, ["عاشر"] = 10, ["عاشره"] = 10,
    };

    private static Dictionary<string, Entry> Build()
    {
        var d = new Dictionary<string, Entry>(StringComparer.Ordinal);
        void Add(Role role, int value, params string[] forms)
        {
            foreach (var f in forms)
            {
                d.Add(f, new Entry(value, role));
            }
        }

        // Masculine and feminine forms, nominative and oblique (اثنان/اثنين), construct ثماني.
        Add(Role.Unit, 1, "واحد", "واحده");
        Add(Role.Unit, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين");
        Add(Role.Unit, 3, "ثلاثه", "ثلاث");
        Add(Role.Unit, 4, "اربعه", "اربع");
        Add(Role.Unit, 5, "خمسه", "خمس");
        Add(Role.Unit, 6, "سته", "ست");
        Add(Role.Unit, 7, "سبعه", "سبع");
        Add(Role.Unit, 8, "ثمانيه", "ثماني", "ثمان");
        Add(Role.Unit, 9, "تسعه", "تسع");
        Add(Role.Unit, 10, "عشره", "عشر");
        Add(Role.Ten, 20, "عشرون", "عشرين");
        Add(Role.Ten, 30, "ثلاثون", "ثلاثين");
        Add(Role.Ten, 40, "اربعون", "اربعين");
        Add(Role.Ten, 50, "خمسون", "خمسين");
        Add(Role.Ten, 60, "ستون", "ستين");
        Add(Role.Ten, 70, "سبعون", "سبعين");
        Add(Role.Ten, 80, "ثمانون", "ثمانين");
        Add(Role.Ten, 90, "تسعون", "تسعين");
        // مئة and مائة, dual in all cases and construct (مئتا/مئتي), and hundreds written as one word.
        Add(Role.Hundred, 100, "ميه", "مايه", "مءه");
        Add(Role.Hundred, 200, "ميتان", "ميتين", "ميتا", "ميتي", "مايتان", "مايتين", "مايتا", "مايتي");
        string[] unitStems = ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (var i = 0; i < unitStems.Length; i++)
        {
            Add(Role.Hundred, (i + 3) * 100, unitStems[i] + "ميه", unitStems[i] + "مايه");
        }
        Add(Role.Hundred, 800, "ثمانيميه", "ثمانيمايه");
        // ألفاً (accusative after 11–99: "عشرون ألفا") is far more common than the construct dual ألفا.
        Add(Role.Scale, 1000, "الف", "الفا");
        Add(Role.Scale, 2000, "الفان", "الفين", "الفي");
        Add(Role.Scale, 1_000_000, "مليون");
        Add(Role.Scale, 2_000_000, "مليونان", "مليونين");
        // Plural scales count after a unit 3–10 (ثلاثة آلاف) and are vague alone (آلاف الجنود).
        Add(Role.PluralScale, 1000, "الاف", "الوف");
        Add(Role.PluralScale, 1_000_000, "ملايين");
        Add(Role.Vague, 10, "عشرات");
        Add(Role.Vague, 100, "ميات", "مايات");
        Add(Role.Vague, 3, "عده", "بضع", "بضعه");
        return d;
    }
}
