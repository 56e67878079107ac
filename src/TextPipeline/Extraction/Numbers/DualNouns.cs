namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Word lists behind the dual heuristic, in match-key form. A feminine noun's dual ends in تين/تان
/// and needs no list; a masculine dual in ين is spelled like a sound masculine plural (مسلحين), so it is
/// only trusted for nouns whose plural is broken (صاروخ → صواريخ, جندي → جنود).
/// </summary>
public static class DualNouns
{
    /// <summary>Masculine singulars with a broken plural: stem + ين or stem + ان can only be a dual.</summary>
    public static readonly IReadOnlySet<string> BrokenPluralStems = new HashSet<string>(StringComparer.Ordinal)
    {
        // weapons and attacks
        "صاروخ", "هجوم", "انفجار", "لغم", "مدفع", "زورق", "قارب", "حادث", "اعتداء", "قصف", "مصدر",
        // people
        "جندي", "شخص", "عنصر", "ضابط", "طفل", "رجل", "قتيل", "جريح", "قائد", "عضو", "شهيد", "اسير",
        // places and targets
        "موقع", "هدف", "مطار", "معسكر", "مقر", "مركز", "مستودع", "مخزن", "منزل", "بيت", "جسر", "حاجز",
        // time
        "يوم", "شهر", "اسبوع", "عام",
    };

    /// <summary>Masculine singulars with a sound plural: stem + ان is a dual, stem + ين may be a plural. مسؤول folds to مسوول.</summary>
    public static readonly IReadOnlySet<string> SoundPluralStems = new HashSet<string>(StringComparer.Ordinal)
    {
        "مسلح", "مسوول", "مستشار", "متعاقد", "مقاتل", "موظف", "مواطن", "مدني", "عسكري", "صحفي",
    };

    /// <summary>Words ending in تين/تان that are not feminine duals (names, -stan countries, broken plurals).</summary>
    public static readonly IReadOnlySet<string> NotFeminineDuals = new HashSet<string>(StringComparer.Ordinal)
    {
        "بوتين", "لاتين", "روتين", "بروتين", "مارتين", "كريستين", "اوغستين", "بساتين", "حيتان", "كتان", "شتان",
        "بهتان", "فتان", "سلاطين", "زيتين",
    };
}
