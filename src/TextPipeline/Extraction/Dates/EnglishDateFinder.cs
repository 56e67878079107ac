using System.Text.RegularExpressions;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds English dates quoted inside Arabic text (tweets, statements, captions) in a match key, where Latin is
/// lower case: "April 14, 2021"، "14 April 2021"، "Nov. 17, 2022"، "17th November". "May" is also a verb, so
/// it counts only with a year.
/// </summary>
public static partial class EnglishDateFinder
{
    public static IEnumerable<FoundDate> Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!HasLatinLetter(key))
        {
            yield break;
        }
        foreach (Match m in EnglishDatePattern().Matches(key))
        {
            var name = m.Groups["mdm"].Success ? m.Groups["mdm"].Value : m.Groups["dmm"].Value;
            var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            if (day is < 1 or > 31 || (name == "may" && year is null))
            {
                continue;
            }
            yield return new FoundDate(m.Index, m.Length, FoundDateKind.Calendar) { Day = day, Month = MonthOf(name), Year = year };
        }
    }

    private static bool HasLatinLetter(string key) => key.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

    private static int MonthOf(string name) => Array.FindIndex(Names, n => name.StartsWith(n, StringComparison.Ordinal)) + 1;

    /// <summary>The first three letters of each month, in order: every name and abbreviation starts with them.</summary>
    private static readonly string[] Names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string EnglishMonth =
        @"(?:january|february|march|april|may|june|july|august|september|october|november|december"
        + @"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)(?![a-z])";

    [GeneratedRegex(@"(?<![a-z\d])(?:(?<mdm>" + EnglishMonth + @")\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:a-z])(?:\s*,?\s*(?<year>(?:19|20)\d\d)(?!\d))?"
        + @"|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmm>" + EnglishMonth + @")(?:\s*,?\s*(?<year>(?:19|20)\d\d)(?!\d))?)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnglishDatePattern();
}
