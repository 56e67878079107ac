using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Segmentation;

/// <summary>
/// Splits display text into paragraphs (lines) and sentences, with offsets into the text.
/// A sentence never crosses a line break, and none is too short to stand as evidence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A piece with fewer words than this is merged into its neighbour in the same paragraph.</summary>
    public const int MinWords = 3;

    /// <summary>A piece shorter than this many characters is merged into its neighbour in the same paragraph.</summary>
    public const int MinChars = 15;

    /// <summary>
    /// Words (match key) that continue a sentence and cannot open one: "that", relatives, "about", and the
    /// accusative participles of reporting ("مشددا", "مضيفا"). A piece opening with one follows a period the
    /// source misplaced ("وذكر مسؤول في الجيش العراقي. أن الجيش كثف ...") and joins the sentence before it.
    /// </summary>
    private static readonly HashSet<string> ContinuationWords = new(StringComparer.Ordinal)
    {
        "ان", "بان", "بشان", "التي", "الذي", "والتي", "والذي", "مشددا", "مؤكدا", "مضيفا", "مشيرا", "موضحا",
        "لافتا", "مبينا", "معتبرا", "محذرا", "منوها", "متوعدا",
    };

    private const char HorizontalEllipsis = '\u2026';
    private const char RightDoubleQuote = '\u201D';
    private const char RightSingleQuote = '\u2019';
    private const char RightGuillemet = '\u00BB';

    /// <summary>Non-empty lines, trimmed: the display text keeps one article paragraph per line.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                AddTrimmed(text, lineStart, i, result);
                lineStart = i + 1;
            }
        }
        return result;
    }

    /// <summary>
    /// The longest sentence kept whole, in characters. News sentences run to a few hundred (the longest of 42 real articles
    /// from 36 outlets: 465); text with no punctuation at all would otherwise be one sentence that every per-sentence
    /// stage reads once per word of it, the square of its length.
    /// </summary>
    public const int MaxChars = 1000;

    /// <summary>Where a cut may look back for a clause opened by و before falling back to the last space.</summary>
    private const int ClauseLookBack = 300;

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>();
        foreach (var paragraph in Paragraphs(text))
        {
            foreach (var sentence in MergeShort(text, SplitParagraph(text, paragraph)))
            {
                Cap(text, sentence, result);
            }
        }
        return result;
    }

    /// <summary>
    /// A sentence longer than <see cref="MaxChars"/> is cut into pieces of at most that many characters: before a word
    /// that opens with و in the last <see cref="ClauseLookBack"/> characters of each, else at the last space, else hard.
    /// </summary>
    private static void Cap(string text, TextSpan sentence, List<TextSpan> result)
    {
        var start = sentence.Start;
        while (sentence.End - start > MaxChars)
        {
            var limit = start + MaxChars;
            var cut = -1;
            var lastSpace = -1;
            for (var i = limit - 1; i > start && i >= limit - ClauseLookBack; i--)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
                lastSpace = lastSpace < 0 ? i : lastSpace;
                if (i + 1 < limit && text[i + 1] == Waw)
                {
                    cut = i;
                    break;
                }
            }
            cut = cut > start ? cut : lastSpace > start ? lastSpace : limit;
            AddTrimmed(text, start, cut, result);
            start = cut;
        }
        AddTrimmed(text, start, sentence.End, result);
    }

    private static List<TextSpan> SplitParagraph(string text, TextSpan paragraph)
    {
        var pieces = new List<TextSpan>();
        var start = paragraph.Start;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }
            // A run of terminals ("؟!", "...") and the closing quotes after it belong to the sentence.
            var end = i + 1;
            while (end < paragraph.End && IsTerminal(text[end]))
            {
                end++;
            }
            while (end < paragraph.End && IsCloser(text[end]))
            {
                end++;
            }
            // A period glued to the next word is not an end: decimals (2.5), domains (CodeGuru.ae), and the
            // misplaced periods some sites emit ("عام 2014 .للمساعدة", "البلاد .فيما"). Glued on both sides between
            // Arabic words it is an end whose space the page lost ("الجنود الأمريكيين.ويعتبر هذا الهجوم").
            if (end < paragraph.End && !char.IsWhiteSpace(text[end]) && !LostSpace(text, i, end))
            {
                i = end;
                continue;
            }
            AddTrimmed(text, start, end, pieces);
            start = end;
            i = end;
        }
        AddTrimmed(text, start, paragraph.End, pieces);
        return pieces;
    }

    private static List<TextSpan> MergeShort(string text, List<TextSpan> pieces)
    {
        var merged = new List<TextSpan>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && (IsTooShort(piece) || IsTooShort(merged[^1]) || OpensWithContinuation(piece)))
            {
                var previous = merged[^1];
                merged[^1] = TextSpan.Of(text, previous.Start, piece.End - previous.Start);
            }
            else
            {
                merged.Add(piece);
            }
        }
        return merged;
    }

    private static bool IsTooShort(TextSpan piece) =>
        piece.Length < MinChars || piece.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords;

    private static bool OpensWithContinuation(TextSpan piece)
    {
        var firstSpace = piece.Text.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = firstSpace < 0 ? piece.Text : piece.Text[..firstSpace];
        return ContinuationWords.Contains(ArabicNormalizer.Fold(firstWord));
    }

    /// <summary>
    /// The terminals at [<paramref name="at"/>, <paramref name="end"/>) stand between two Arabic words with no space on
    /// either side: a sentence end whose space was lost when the page was flattened, not a misplaced or inner period.
    /// </summary>
    private static bool LostSpace(string text, int at, int end) =>
        at > 0 && IsArabicLetter(text[at - 1]) && IsArabicLetter(text[end]);

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or ArabicQuestionMark or HorizontalEllipsis;

    private static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or RightDoubleQuote or RightSingleQuote or RightGuillemet;

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            into.Add(TextSpan.Of(text, start, end - start));
        }
    }
}
