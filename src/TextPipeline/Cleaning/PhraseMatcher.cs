using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>
/// Matches lexicon phrases against the folded words of a line, on word boundaries. How much of a line a
/// phrase must cover grows as the phrase gets shorter: "أعلى" alone is chrome, but "القائد الأعلى" is news.
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>A two-word phrase marks a line as chrome only if the line has at most this many words.</summary>
    public const int ShortLineWords = 8;

    /// <summary>A heading line is the heading plus at most this many words ("مقالات ذات صلة بالموضوع").</summary>
    public const int HeadingSlackWords = 2;

    private readonly string[][] _phrases;
    private readonly HashSet<string> _singleWords;
    // Phrases by their first word: a line is checked only against the phrases one of its words can start.
    private readonly Dictionary<string, string[][]> _byFirstWord;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(p => KeyTokenizer.FoldedWords(p).ToArray())
            .Where(words => words.Length > 0)
            .Distinct(WordsComparer.Instance)
            .ToArray();
        _singleWords = _phrases.Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        _byFirstWord = _phrases.GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The line is chrome: it is one of the phrases, or a row made only of one-word phrases (a share bar),
    /// or it contains a phrase of three or more words, or a two-word phrase and is short.
    /// </summary>
    public bool MatchesChrome(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }
        return words.All(_singleWords.Contains)
            || AnyAt(words, phrase => phrase.Length > 1 && (phrase.Length >= 3 || words.Count <= ShortLineWords));
    }

    /// <summary>One of the phrases stands somewhere in the line, whatever its length or the line's.</summary>
    public bool Contains(IReadOnlyList<string> words) => AnyAt(words, _ => true);

    /// <summary>A phrase that <paramref name="accept"/> allows stands at some word of the line.</summary>
    private bool AnyAt(IReadOnlyList<string> words, Func<string[], bool> accept)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (accept(phrase) && At(words, i, phrase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The line is one of the phrases as a heading: it starts with it and adds at most <see cref="HeadingSlackWords"/> words.</summary>
    public bool MatchesHeading(IReadOnlyList<string> words) =>
        StartingPhrases(words).Any(p => words.Count <= p.Length + HeadingSlackWords && At(words, 0, p));

    /// <summary>The line starts with one of the phrases, whatever follows ("اقرأ أيضا: عنوان مقال آخر").</summary>
    public bool MatchesStart(IReadOnlyList<string> words) => StartingPhrases(words).Any(p => At(words, 0, p));

    private string[][] StartingPhrases(IReadOnlyList<string> words) =>
        words.Count > 0 && _byFirstWord.TryGetValue(words[0], out var phrases) ? phrases : [];

    private static bool At(IReadOnlyList<string> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Count)
        {
            return false;
        }
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[index + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private sealed class WordsComparer : IEqualityComparer<string[]>
    {
        public static readonly WordsComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
