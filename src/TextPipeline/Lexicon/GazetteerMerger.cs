using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Lexicon;

/// <summary>
/// Adds a gazetteer's towns (GeoNames, places-geonames.json) to the curated places. Curated entries win: a gazetteer
/// name that a curated place or actor already holds is dropped, so bases, sites and their aliases stay hand-kept.
/// A gazetteer is written for maps, not for reading news, so each name is judged as a word before it is trusted:
/// a name on the stop list (an ordinary word that a town also bears) or of two letters or fewer is dropped; a name on
/// the locative list (a given name, a word shared with a town), a name of three letters, and a one-word nisba with the
/// article (الهاشمية، العباسي: an adjective as often as a town) are places only after a word of place, as curated
/// locative aliases are; so are the names the generating script found in the Arabic dictionary (its locativeAliases).
/// The entry's NameAr is for display and its English name a transliteration (Hit, Van, Batman): neither is matched.
/// </summary>
public static class GazetteerMerger
{
    private const int MinLetters = 3;
    private const int MinPlainLetters = 4;

    public static IReadOnlyList<PlaceEntry> Merge(
        IReadOnlyList<PlaceEntry> curated,
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyList<PlaceEntry> gazetteer,
        IReadOnlyList<string> stopwords,
        IReadOnlyList<string> locativeNames)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(stopwords);
        ArgumentNullException.ThrowIfNull(locativeNames);
        var claimed = new HashSet<string>(
            curated.SelectMany(p => new[] { p.NameAr }.Concat(p.Aliases ?? []).Concat(p.LocativeAliases ?? []))
                .Concat(actors.SelectMany(a => new[] { a.NameAr }.Concat(a.Aliases ?? [])))
                .Select(KeyOf),
            StringComparer.Ordinal);
        var ids = curated.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var stop = stopwords.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var locative = locativeNames.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var result = new List<PlaceEntry>(curated);
        foreach (var entry in gazetteer)
        {
            if (ids.Contains(entry.Id))
            {
                continue;
            }
            var plain = new List<string>();
            var onlyAfterPlaceWord = new List<string>();
            var names = (entry.Aliases ?? []).Select(n => (Name: n, Locative: false))
                .Concat((entry.LocativeAliases ?? []).Select(n => (Name: n, Locative: true)));
            foreach (var (name, markedLocative) in names)
            {
                var key = KeyOf(name);
                var letters = key.Count(c => c != ' ');
                if (key.Length == 0 || claimed.Contains(key) || stop.Contains(key) || letters < MinLetters)
                {
                    continue;
                }
                var list = markedLocative || locative.Contains(key) || letters < MinPlainLetters || IsNisba(name) ? onlyAfterPlaceWord : plain;
                if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }
            if (plain.Count + onlyAfterPlaceWord.Count == 0)
            {
                continue;
            }
            result.Add(entry with
            {
                Aliases = plain,
                LocativeAliases = onlyAfterPlaceWord,
                FromGazetteer = true,
            });
        }
        return result;
    }

    /// <summary>A name as the matcher compares it: folded, each word without its article.</summary>
    private static string KeyOf(string name) =>
        string.Join(' ', KeyTokenizer.FoldedWords(name).Select(CliticStripper.StripArticle));

    /// <summary>One word with the article that ends as a nisba adjective does: ي, or ية (folded يه).</summary>
    private static bool IsNisba(string name)
    {
        var words = KeyTokenizer.FoldedWords(name);
        return words.Count == 1 && words[0].StartsWith("ال", StringComparison.Ordinal) && ArabicLetters.EndsAsNisba(words[0]);
    }
}
