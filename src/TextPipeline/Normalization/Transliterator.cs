using System.Text;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Normalization;

/// <summary>
/// A readable Latin rendering of an Arabic name not in any lexicon, so users who do not read Arabic get a handle on it.
/// Consonantal and approximate (short vowels are not written in Arabic); lexicon entries carry real English names.
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        [Hamza] = "'", [AlefMaddaAbove] = "a", [AlefHamzaAbove] = "a", [WawHamzaAbove] = "u", [AlefHamzaBelow] = "i",
        [YehHamzaAbove] = "'", [Alef] = "a", ['\u0628'] = "b", [TehMarbuta] = "a", ['\u062A'] = "t", ['\u062B'] = "th",
        ['\u062C'] = "j", ['\u062D'] = "h", ['\u062E'] = "kh", ['\u062F'] = "d", ['\u0630'] = "dh", ['\u0631'] = "r",
        ['\u0632'] = "z", ['\u0633'] = "s", ['\u0634'] = "sh", ['\u0635'] = "s", ['\u0636'] = "d", ['\u0637'] = "t",
        ['\u0638'] = "z", ['\u0639'] = "'", ['\u063A'] = "gh", ['\u0641'] = "f", ['\u0642'] = "q", [Kaf] = "k",
        ['\u0644'] = "l", ['\u0645'] = "m", ['\u0646'] = "n", [Heh] = "h", [Waw] = "w", [AlefMaksura] = "a", [Yeh] = "y",
        [AlefWasla] = "a", ['\u067E'] = "p", ['\u06A4'] = "v", ['\u06AF'] = "g", [Keheh] = "k", [FarsiYeh] = "y",
    };

    private const char Lam = '\u0644';

    /// <remarks>The article is written "al-" and the word after it capitalized, as names are in English (al-Rahba).</remarks>
    public static string ToLatin(string arabic)
    {
        ArgumentNullException.ThrowIfNull(arabic);
        var sb = new StringBuilder(arabic.Length * 2);
        var wordStart = true;
        for (var i = 0; i < arabic.Length; i++)
        {
            var ch = arabic[i];
            if (IsHaraka(ch) || ch == Tatweel)
            {
                continue;
            }
            if (wordStart && ch == Alef && i + 3 < arabic.Length && arabic[i + 1] == Lam && Letters.ContainsKey(arabic[i + 2]) && Letters.ContainsKey(arabic[i + 3]))
            {
                sb.Append("al-");
                i++;
                continue;
            }
            if (Letters.TryGetValue(ch, out var latin))
            {
                sb.Append(wordStart && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
                wordStart = false;
            }
            else
            {
                sb.Append(ch);
                wordStart = char.IsWhiteSpace(ch) || ch == '-';
            }
        }
        return sb.ToString().Trim();
    }
}
