using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Normalization;

/// <summary>
/// One table of variant spellings (spelling-variants.txt), read the same way by the lexicon matcher and the search
/// analyzer: a folded word that begins with a variant stem, after its clitics and article (والأميركية، للبنتاجون), is
/// read as beginning with the stem the table writes first (الامريكيه، للبنتاغون). Stems, not words, so every inflection
/// of a listed word follows it. A line marked as a foreign name also takes the general rules of how foreign names are
/// written in Arabic: غ, ج and ك for the one g, and a long vowel written or left out; only listed words get them, since
/// in native words these letters tell words apart.
/// </summary>
public sealed class SpellingVariants
{
    /// <summary>The mark before a line's first stem that makes it a foreign name (see the class summary).</summary>
    public const string ForeignMark = "*";

    /// <summary>Variants shorter than this are not read: a short stem begins too many unrelated words.</summary>
    public const int MinStem = 4;

    private const char Ghain = '\u063A';
    private const char Jeem = '\u062C';
    private const int MaxCliticLetters = 4;

    public static SpellingVariants Empty { get; } = new([]);

    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;
    // The first two letters of every variant: most words hold none at any clitic offset, and one set probe per offset
    // turns them away before the stems of each length are looked up (the matcher and search read every word here).
    private readonly HashSet<int> _openings = [];

    /// <param name="lines">Lines of the table: stems separated by spaces, the first the one written for all.</param>
    public SpellingVariants(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var foreign = line.StartsWith(ForeignMark, StringComparison.Ordinal);
            var stems = (foreign ? line[ForeignMark.Length..] : line)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ArabicNormalizer.Fold).Where(s => s.Length > 0).ToList();
            if (stems.Count == 0)
            {
                continue;
            }
            var canonical = stems[0];
            var variants = foreign ? stems.SelectMany(ForeignSpellings) : stems;
            foreach (var variant in variants.Where(v => v != canonical && v.Length >= MinStem))
            {
                // The first line to claim a variant keeps it: a table edit cannot make one stem two words.
                _canonical.TryAdd(variant, canonical);
            }
        }
        _lookup = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = _canonical.Keys.Select(k => k.Length).Distinct().OrderDescending().ToArray();
        foreach (var variant in _canonical.Keys)
        {
            _openings.Add(Opening(variant[0], variant[1]));
        }
    }

    public int Count => _canonical.Count;

    /// <summary>The word as the table writes it; the word itself when no variant stem opens it.</summary>
    public string Canonical(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        return TryCanonical(foldedWord, out var canonical) ? canonical : foldedWord;
    }

    /// <summary>True, with the word as the table writes it, when a variant stem opens the folded word after its clitics.</summary>
    public bool TryCanonical(ReadOnlySpan<char> word, out string canonical)
    {
        canonical = "";
        if (_lengths.Length == 0 || word.Length < MinStem)
        {
            return false;
        }
        for (var p = 0; p <= MaxCliticLetters && p <= word.Length - MinStem; p++)
        {
            if (p > 0 && !IsCliticLetter(word[p - 1]))
            {
                return false;
            }
            if (!_openings.Contains(Opening(word[p], word[p + 1])))
            {
                continue;
            }
            foreach (var length in _lengths)
            {
                if (p + length <= word.Length && _lookup.TryGetValue(word.Slice(p, length), out var stem))
                {
                    canonical = string.Concat(word[..p], stem, word[(p + length)..]);
                    return true;
                }
            }
        }
        return false;
    }

    private static int Opening(char first, char second) => first << 16 | second;

    /// <summary>Letters of the proclitics and the article (و ف ب ك ل، ال), which may stand before a stem.</summary>
    private static bool IsCliticLetter(char c) => c is Waw or 'ف' or 'ب' or Kaf or 'ل' or Alef;

    /// <summary>
    /// A foreign name's other spellings: each g letter (غ ج ك) as any of the three, and at most one long vowel inside the
    /// word left out (بنتاغون → بنتاجون، بنتغون).
    /// </summary>
    private static IEnumerable<string> ForeignSpellings(string stem)
    {
        var lettered = new HashSet<string>(StringComparer.Ordinal) { stem };
        for (var i = 0; i < stem.Length; i++)
        {
            if (stem[i] is not (Ghain or Jeem))
            {
                continue;
            }
            foreach (var spelling in lettered.ToList())
            {
                foreach (var g in (char[])[Ghain, Jeem, Kaf])
                {
                    lettered.Add(string.Concat(spelling.AsSpan(0, i), new ReadOnlySpan<char>(in g), spelling.AsSpan(i + 1)));
                }
            }
        }
        foreach (var spelling in lettered)
        {
            yield return spelling;
            for (var i = 1; i < spelling.Length - 1; i++)
            {
                if (spelling[i] is Alef or Waw or Yeh)
                {
                    yield return spelling.Remove(i, 1);
                }
            }
        }
    }
}
