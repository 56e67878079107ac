using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Search;

/// <summary>
/// Light stemming of one match-key token for search, after Larkey's light10: one prefix off, then
/// suffixes off while the word keeps <see cref="MinStem"/> letters. Input is a match key
/// (ة already folded to ه, أ إ آ to ا), so the suffix table is written in folded letters.
/// </summary>
public static class LightStemmer
{
    /// <summary>
    /// light10 stops at 2 letters because it strips each suffix once; we strip suffixes repeatedly
    /// (مسيراتها → مسيرات → مسير), and with a floor of 2 that chain eats triliteral roots
    /// (قوات → قو, هجوم-like words lose radicals), so 3 is the floor.
    /// </summary>
    public const int MinStem = 3;

    /// <summary>Longest first, so وال wins over و and بال over ال.</summary>
    private static readonly string[] ArticlePrefixes = ["وال", "بال", "كال", "فال", "لل", "ال"];

    /// <summary>
    /// The feminine dual (تين/تان) goes before ين/ان, or مسيرتين would keep the teh of مسيرة.
    /// ه covers the folded teh marbuta; يه the folded nisba ending ية.
    /// </summary>
    private static readonly string[] Suffixes = ["تين", "تان", "ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < MinStem + 1 || !token.All(IsArabicLetter))
        {
            return token;
        }
        var word = StripPrefix(token);
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var suffix in Suffixes)
            {
                if (word.Length - suffix.Length >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    word = word[..^suffix.Length];
                    stripped = true;
                    break;
                }
            }
        }
        return word;
    }

    // Only the conjunction و is stripped on its own. A bare ب ك ل ف is left on, as in light10: stripping
    // it splits one word from its own definite form (فصائل → صايل but الفصائل → فصايل; بيوت → يوت but
    // البيوت → بيوت), which costs more matches than بطائرة → طائرة would win.
    private static string StripPrefix(string word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }
        return word.Length >= 4 && word[0] == Waw ? word[1..] : word;
    }
}
