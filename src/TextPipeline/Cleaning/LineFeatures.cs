using NewsFacts.TextPipeline.Normalization;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>What the boilerplate remover looks at in one line: shape, script, punctuation, and its folded words.</summary>
internal sealed record LineFeatures(
    string Text,
    IReadOnlyList<string> Words,
    int ArabicLetterCount,
    int LatinLetterCount,
    bool HasSentencePunctuation,
    bool EndsWithPeriod,
    bool EndsWithEllipsis,
    bool EndsWithDash,
    bool HasSlash,
    bool HasCopyrightSign)
{
    private const char HorizontalEllipsis = '\u2026';
    internal const char EnDash = '\u2013';
    internal const char EmDash = '\u2014';
    private const char CopyrightSign = '\u00A9';
    private const char LeftDoubleQuote = '\u201C';
    private const char RightDoubleQuote = '\u201D';

    public bool IsBlank => Text.Length == 0;

    public int WordCount => Words.Count;

    public bool HasLetters => ArabicLetterCount + LatinLetterCount > 0;

    /// <summary>The words joined: two lines with the same key are the same line up to spelling, marks and punctuation.</summary>
    public string Key => _key ??= string.Join(' ', Words);

    private string? _key;

    public static LineFeatures Of(string line)
    {
        var text = line.Trim();
        int arabic = 0, latin = 0;
        var sentencePunctuation = false;
        foreach (var ch in text)
        {
            if (IsArabicLetter(ch))
            {
                arabic++;
            }
            else if (char.IsAsciiLetter(ch) || (ch >= '\u00C0' && ch <= '\u024F'))
            {
                latin++;
            }
            else if (IsSentencePunctuation(ch))
            {
                sentencePunctuation = true;
            }
        }
        var trimmedEnd = text.TrimEnd('"', '\'', RightDoubleQuote, LeftDoubleQuote, ')');
        return new LineFeatures(
            text,
            KeyTokenizer.FoldedWords(text),
            arabic,
            latin,
            sentencePunctuation,
            trimmedEnd.EndsWith('.') && !trimmedEnd.EndsWith("..", StringComparison.Ordinal),
            trimmedEnd.EndsWith("...", StringComparison.Ordinal) || trimmedEnd.EndsWith(HorizontalEllipsis),
            text.Length > 0 && text[^1] is '-' or EnDash or EmDash,
            text.Contains('/'),
            text.Contains(CopyrightSign));
    }

    private static bool IsSentencePunctuation(char ch) =>
        ch is '.' or ',' or '?' or '!' or ':' or ';' or '"' or ArabicComma or ArabicSemicolon or ArabicQuestionMark
            or HorizontalEllipsis or LeftDoubleQuote or RightDoubleQuote;
}
