using System.Text.RegularExpressions;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// A day of the month written as an ordinal word, in match-key form (أ→ا): "الخامس من شباط"، "الحادي عشر من
/// أكتوبر"، "الثاني والعشرين من كانون الثاني"، "الثلاثين من". Days are masculine (اليوم), so the masculine ordinals;
/// tens in both cases (العشرين/العشرون). Closed-class grammar, so a static table like <see cref="NumberWords"/>.
/// </summary>
public static class OrdinalDays
{
    private const string Units = "الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي";

    private const string Tens = "العشرين|العشرون|الثلاثين|الثلاثون";

    /// <summary>
    /// The ordinal, with groups <c>unit</c>, <c>teen</c> (عشر) and <c>ten</c>. Some combinations it matches are no
    /// day ("الحادي" alone, "العاشر عشر"): <see cref="ValueOf"/> refuses them.
    /// </summary>
    public const string Pattern =
        "(?:(?<unit>" + Units + @")(?:\s+(?<teen>عشر)(?!\p{L})|\s+و(?<ten>" + Tens + @"))?|(?<ten>" + Tens + @"))(?!\p{L})";

    /// <summary>The words an ordinal day can open with: anchors for finding it.</summary>
    public static IReadOnlyList<string> FirstWords { get; } = [.. Units.Split('|'), .. Tens.Split('|')];

    private static readonly Dictionary<string, int> UnitValues = new(StringComparer.Ordinal)
    {
        ["الاول"] = 1, ["الحادي"] = 1, ["الثاني"] = 2, ["الثالث"] = 3, ["الرابع"] = 4, ["الخامس"] = 5,
        ["السادس"] = 6, ["السابع"] = 7, ["الثامن"] = 8, ["التاسع"] = 9, ["العاشر"] = 10,
    };

    /// <summary>The day a match of <see cref="Pattern"/> names, or null when the words make no day of a month.</summary>
    public static int? ValueOf(Match m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var unitGroup = m.Groups["unit"];
        var unit = unitGroup.Success ? UnitValues[unitGroup.Value] : 0;
        var ten = m.Groups["ten"].Success ? (m.Groups["ten"].Value.StartsWith("العشر", StringComparison.Ordinal) ? 20 : 30) : 0;
        var teen = m.Groups["teen"].Success;
        // الحادي only counts with a ten or عشر; العاشر takes neither; ten and عشر never both.
        if ((unitGroup.Value == "الحادي" && ten == 0 && !teen) || (unit == 10 && (teen || ten > 0)) || (unitGroup.Value == "الاول" && (teen || ten > 0)))
        {
            return null;
        }
        var day = (teen ? 10 : 0) + ten + unit;
        return day is >= 1 and <= 31 ? day : null;
    }
}
