using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Pages lose spaces between words (الولاياتالمتحدة، العراقيةبغداد، إيرانوالولاياتالمتحدة). A word that is not itself a
/// known word is cut where every part is one: a word of a lexicon name (any clitic reading, any variant spelling) or of
/// the word list (known-words.txt). Each part is known by a reading of at least <see cref="MinPart"/> letters without
/// its clitics and article, so a suffix or a short word inside a native word (الأنابيب → الآن + ابيب، الحربية → الحرب +
/// ية) is never taken for a second word.
/// </summary>
public sealed class GluedWordSplitter
{
    /// <summary>The fewest letters a part may have.</summary>
    public const int MinPart = 4;

    /// <summary>A word glued of more than this many words is left alone: no real slip drops so many spaces.</summary>
    private const int MaxParts = 3;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly SpellingVariants _variants;
    private readonly BoundedMemo<int[]?> _splits;

    public GluedWordSplitter(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _variants = lexicons.Variants;
        var names = lexicons.Actors.SelectMany(a => new[] { a.NameAr }.Concat(a.Aliases ?? []))
            .Concat(lexicons.Places.SelectMany(p => new[] { p.NameAr }.Concat(p.Aliases ?? [])))
            .Concat(lexicons.PersonTitles)
            .Concat(lexicons.KnownWords);
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            foreach (var word in KeyTokenizer.FoldedWords(name))
            {
                _known.Add(_variants.Canonical(CliticStripper.StripArticle(word)));
            }
        }
        _splits = new BoundedMemo<int[]?>(50_000, Cut);
    }

    /// <summary>The lengths of the words glued into <paramref name="word"/> (a folded word), or null when it is one word.</summary>
    /// <remarks>Arabic words only: a Latin run (a URL, a hashtag) is not a slip of the space bar.</remarks>
    public int[]? Split(ReadOnlySpan<char> word) =>
        word.Length < 2 * MinPart || !ArabicLetters.IsArabicLetter(word[0]) ? null : _splits[word];

    private int[]? Cut(string word) => IsKnown(word, 2) ? null : Parts(word, MaxParts);

    /// <summary>Lengths of known words that make up the word, longest first part first; null when there are none.</summary>
    private int[]? Parts(string word, int maxParts)
    {
        if (maxParts < 2)
        {
            return null;
        }
        for (var k = word.Length - MinPart; k >= MinPart; k--)
        {
            if (!IsKnown(word[..k], MinPart))
            {
                continue;
            }
            var rest = word[k..];
            if (IsKnown(rest, MinPart))
            {
                return [k, rest.Length];
            }
            if (Parts(rest, maxParts - 1) is { } more)
            {
                return [k, .. more];
            }
        }
        return null;
    }

    /// <summary>A reading of the word, at least <paramref name="minLetters"/> long without clitics and article, is known.</summary>
    private bool IsKnown(string word, int minLetters)
    {
        foreach (var (form, _, _) in CliticStripper.Forms(word))
        {
            if (form.Length >= minLetters && _known.Contains(_variants.Canonical(form)))
            {
                return true;
            }
        }
        return false;
    }
}
