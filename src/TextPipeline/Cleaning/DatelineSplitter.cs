using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>
/// Finds the dateline that opens a wire-style first paragraph ("واشنطن – يبدو أن ..." or
/// "بغداد (رويترز) - قال ..."): one to three words of a place, an optional agency in brackets, a dash.
/// </summary>
internal static partial class DatelineSplitter
{
    /// <summary>The place, and where the paragraph proper starts; null when the line opens with no dateline.</summary>
    public static (string Place, int BodyStart)? Split(string line)
    {
        var match = Dateline().Match(line);
        if (!match.Success || match.Length >= line.Length)
        {
            return null;
        }
        var place = match.Groups["place"].Value;
        // "وقال المتحدث - ..." opens with a conjunction and a verb, not a place.
        return place[0] == ArabicLetters.Waw && place.Contains(' ') ? null : (place, match.Length);
    }

    // Hyphen-minus, en dash (U+2013) or em dash (U+2014), with a space after it: a hyphen inside a word is no dateline.
    [GeneratedRegex(@"^(?<place>\p{L}{2,}(?: \p{L}{2,}){0,2})(?: ?\([^()\n]{1,30}\))? ?[-–—]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Dateline();
}
