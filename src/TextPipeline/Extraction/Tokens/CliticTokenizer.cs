using NewsFacts.TextPipeline.Normalization;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Splits a match key into words (runs of letters and digits) with their clitic readings (see <see cref="CliticStripper"/>). Quotes, guillemets and brackets are skipped
/// without breaking a name (كتائب “حزب الله”); commas, periods, colons, dashes and line breaks mark the
/// next word with <see cref="KeyToken.BreakBefore"/>, so no name or phrase runs across them.
/// </summary>
public static class CliticTokenizer
{
    private const char EnDash = '\u2013';
    private const char EmDash = '\u2014';

    /// <param name="key">The match key.</param>
    /// <param name="glued">Cuts words written without a space between them into their words; none when null.</param>
    public static IReadOnlyList<KeyToken> Tokenize(string key, GluedWordSplitter? glued = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tokens = new List<KeyToken>();
        var hardBreak = false;
        var i = 0;
        while (i < key.Length)
        {
            var ch = key[i];
            if (!IsWordChar(ch))
            {
                hardBreak |= IsHardSeparator(ch);
                i++;
                continue;
            }
            var start = i;
            while (i < key.Length && IsWordChar(key[i]))
            {
                i++;
            }
            if (glued?.Split(key.AsSpan(start, i - start)) is { } parts)
            {
                // Each part is a token of its own over its letters: spans still point into the key, as they must.
                foreach (var length in parts)
                {
                    Add(tokens, key, start, length, hardBreak);
                    start += length;
                    hardBreak = false;
                }
                continue;
            }
            Add(tokens, key, start, i - start, hardBreak);
            hardBreak = false;
        }
        return tokens;
    }

    private static void Add(List<KeyToken> tokens, string key, int start, int length, bool breakBefore)
    {
        var word = Readings[key.AsSpan(start, length)];
        tokens.Add(new KeyToken(start, length, word.Text, breakBefore, word.Forms, word.Offsets, word.HasArticle));
    }

    /// <summary>A word with its clitic readings, as <see cref="KeyToken"/> holds them. The arrays are never written to.</summary>
    private sealed record Word(string Text, string[] Forms, int[] Offsets, bool[] HasArticle);

    /// <summary>Readings of the words seen so far, shared by every article (a word's readings depend on the word alone).</summary>
    private static readonly BoundedMemo<Word> Readings = new(50_000, word =>
    {
        var forms = CliticStripper.Forms(word);
        return new Word(word, forms.Select(f => f.Form).ToArray(), forms.Select(f => f.Offset).ToArray(), forms.Select(f => f.HadArticle).ToArray());
    });

    /// <summary>Index of the first token starting at or after a key offset (tokens.Count when none).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<KeyToken> tokens, int keyOffset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < keyOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Key offset of a display offset (the first key char at or after it).</summary>
    public static int ToKeyOffset(MatchKey key, int displayOffset)
    {
        int lo = 0, hi = key.Key.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (key.ToDisplayOffset(mid) < displayOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool IsWordChar(char ch) => IsArabicLetter(ch) || char.IsAsciiLetterOrDigit(ch);

    private static bool IsHardSeparator(char ch) =>
        ch is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '-' or '/' or EnDash or EmDash
            or ArabicComma or ArabicSemicolon or ArabicQuestionMark;
}
