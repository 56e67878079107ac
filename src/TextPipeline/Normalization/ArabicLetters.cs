namespace NewsFacts.TextPipeline.Normalization;

/// <summary>Arabic code points the pipeline names, so no rule is written with a bare escape.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';
    public const char AlefMaddaAbove = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char WawHamzaAbove = '\u0624';
    public const char AlefHamzaBelow = '\u0625';
    public const char YehHamzaAbove = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char Tatweel = '\u0640';
    public const char AlefWasla = '\u0671';
    public const char FarsiYeh = '\u06CC';
    public const char Keheh = '\u06A9';
    public const char Kaf = '\u0643';

    /// <summary>Fathatan: first of the harakat block U+064B–U+065F that the match key drops.</summary>
    public const char FirstHaraka = '\u064B';
    public const char Shadda = '\u0651';
    public const char Sukun = '\u0652';
    public const char LastHaraka = '\u065F';
    public const char SuperscriptAlef = '\u0670';

    public const char ArabicIndicZero = '\u0660';
    public const char ArabicIndicNine = '\u0669';
    public const char PersianZero = '\u06F0';
    public const char PersianNine = '\u06F9';

    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';

    public static bool IsHaraka(char c) => (c >= FirstHaraka && c <= LastHaraka) || c == SuperscriptAlef;

    /// <summary>Letters of the basic Arabic block and its supplements (not digits, not punctuation).</summary>
    public static bool IsArabicLetter(char c) =>
        (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF');

    /// <summary>
    /// A folded word ends as a nisba adjective does: in yeh, or in yeh and taa marbuta folded to heh (السوري، السوريه,
    /// العسكري، الرسميه); not a name like الكويت.
    /// </summary>
    public static bool EndsAsNisba(string folded) =>
        folded.EndsWith(Yeh) || folded.EndsWith("\u064A\u0647", StringComparison.Ordinal);
}
