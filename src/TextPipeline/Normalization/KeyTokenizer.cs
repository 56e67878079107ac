namespace NewsFacts.TextPipeline.Normalization;

/// <summary>Words of a match key: runs of letters and digits, everything else (punctuation, symbols, operators) separates.</summary>
public static class KeyTokenizer
{
    public static IReadOnlyList<string> Tokenize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tokens = new List<string>();
        foreach (var (start, length) in Words(key))
        {
            tokens.Add(Word(key.AsSpan(start, length)));
        }
        return tokens;
    }

    /// <summary>
    /// The word as a string, one instance for every occurrence of a word already seen: a copy per occurrence made the
    /// words of a long text several times its size.
    /// </summary>
    internal static string Word(ReadOnlySpan<char> word) => Seen[word];

    private static readonly BoundedMemo<string> Seen = new(50_000, word => word);

    /// <summary>Where the words of a match key are, as <see cref="Tokenize"/> cuts them, for readers that need no copies.</summary>
    public static IEnumerable<(int Start, int Length)> Words(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            // Arabic letters (U+0621-U+064A) answer without the Unicode category lookup: most words are made of them.
            var inToken = i < key.Length && (key[i] is >= '\u0621' and <= '\u064A' || char.IsLetterOrDigit(key[i]));
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>Folds then tokenizes: the words of a display string as lexicons and search see them.</summary>
    public static IReadOnlyList<string> FoldedWords(string text) => Tokenize(ArabicNormalizer.Fold(text));
}
