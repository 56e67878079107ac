using System.Text;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Normalization;

/// <summary>
/// The two forms of text. The display text is what is stored and shown (NFC, invisible marks gone,
/// whitespace tidied, nothing else touched). The match key folds what Arabic spelling varies on,
/// so that lexicons and search match whatever variant an outlet or a user wrote.
/// </summary>
public static class ArabicNormalizer
{
    private const char ZeroWidthSpace = '\u200B';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';
    private const char LeftToRightMark = '\u200E';
    private const char RightToLeftMark = '\u200F';
    private const char ByteOrderMark = '\uFEFF';
    private const char ArabicLetterMark = '\u061C';
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Display form: NFC, zero-width and direction marks removed, spaces collapsed, at most one blank line.</summary>
    public static string ToDisplay(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = IsUnchangedByNfc(raw) ? raw : raw.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length);
        var newlines = 0;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            // The Arabic block holds no control or space and one invisible mark (U+061C): most of an article skips these checks.
            if (ch is < '\u0600' or > '\u06FF' or ArabicLetterMark)
            {
                if (IsInvisibleMark(ch) || (char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t'))
                {
                    continue;
                }
                if (ch == '\r')
                {
                    continue;
                }
                if (ch == '\n')
                {
                    // Trailing spaces of a line are dropped; more than one blank line collapses to one.
                    pendingSpace = false;
                    if (sb.Length > 0 && newlines < 2)
                    {
                        sb.Append('\n');
                    }
                    newlines++;
                    continue;
                }
                if (ch == '\t' || ch == NoBreakSpace || char.IsWhiteSpace(ch))
                {
                    pendingSpace = sb.Length > 0 && newlines == 0;
                    continue;
                }
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            newlines = 0;
            sb.Append(ch);
        }
        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }
        return sb.ToString();
    }

    private const char MaddahAbove = '\u0653';
    private const char HamzaBelow = '\u0655';

    /// <summary>
    /// True for text NFC leaves as it is, found without calling ICU (the stages take the display form of lines and
    /// titles many times over; ICU's normalizer was a tenth of the pipeline): Latin-1 and IPA below U+0300, general
    /// punctuation from U+2002, and the Arabic block, where NFC only composes a letter with maddah or hamza above or
    /// below (U+0653-U+0655) and only reorders two marks in a row. Anything else goes to ICU.
    /// </summary>
    private static bool IsUnchangedByNfc(string text)
    {
        var afterMark = false;
        foreach (var ch in text)
        {
            if (ch < '\u0300' || ch is >= '\u2002' and <= '\u206F')
            {
                afterMark = false;
            }
            else if (ch is >= '\u0600' and <= '\u06FF')
            {
                var mark = IsArabicMark(ch);
                if (mark && (afterMark || ch is >= MaddahAbove and <= HamzaBelow))
                {
                    return false;
                }
                afterMark = mark;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Combining marks of the Arabic block, and a few symbols between them (counting them too only sends more text to ICU).</summary>
    private static bool IsArabicMark(char ch) => ch is >= '\u0610' and <= '\u061A' or >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED';

    /// <summary>Match key of a display text, with the offset map back into it.</summary>
    public static MatchKey ToMatchKey(string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        var offsets = new List<int>(display.Length + 1);
        var key = FoldDisplay(display, offsets);
        offsets.Add(display.Length);
        return new MatchKey(display, key, offsets.ToArray());
    }

    /// <summary>Match key of a short string (a lexicon alias, a query term) or a search document, when no offsets are needed.</summary>
    public static string Fold(string text) => FoldDisplay(ToDisplay(text), null);

    /// <summary>The match key of a display text; <paramref name="offsets"/>, when given, gets each key character's display offset.</summary>
    private static string FoldDisplay(string display, List<int>? offsets)
    {
        var sb = new StringBuilder(display.Length);
        for (var i = 0; i < display.Length; i++)
        {
            var ch = display[i];
            if (IsHaraka(ch) || ch == Tatweel || IsInvisibleMark(ch))
            {
                continue;
            }
            if (ch < 0x80)
            {
                sb.Append(char.ToLowerInvariant(ch));
                offsets?.Add(i);
                continue;
            }
            // NFKC per character folds Arabic presentation forms (U+FB50–U+FEFF) and ligatures such as ﻻ
            // into base letters; a ligature becomes several key characters that all point at its offset.
            var folded = IsCompatibilityForm(ch) ? ch.ToString().Normalize(NormalizationForm.FormKC) : null;
            if (folded is null)
            {
                sb.Append(FoldLetter(ch));
                offsets?.Add(i);
                continue;
            }
            foreach (var f in folded)
            {
                // Isolated haraka forms (U+FE70–U+FE7F) decompose to a space and the haraka: both go.
                // A multi-word ligature (U+FDFA) keeps its spaces, so its words stay words.
                if (IsHaraka(f) || f == Tatweel || (f == ' ' && folded.Skip(1).All(IsHaraka)))
                {
                    continue;
                }
                sb.Append(FoldLetter(f));
                offsets?.Add(i);
            }
        }
        return sb.ToString();
    }

    private static char FoldLetter(char ch) => ch switch
    {
        AlefHamzaAbove or AlefHamzaBelow or AlefMaddaAbove or AlefWasla => Alef,
        AlefMaksura or FarsiYeh => Yeh,
        TehMarbuta => Heh,
        WawHamzaAbove => Waw,
        YehHamzaAbove => Yeh,
        Keheh => Kaf,
        >= ArabicIndicZero and <= ArabicIndicNine => (char)('0' + (ch - ArabicIndicZero)),
        >= PersianZero and <= PersianNine => (char)('0' + (ch - PersianZero)),
        // The Arabic block has no case: most letters of an article skip the Unicode category lookup.
        >= '\u0600' and <= '\u06FF' => ch,
        // Other scripts' decimal digits (NKo ߀, Devanagari ०) are digits to the finders' \d and must parse as numbers: the
        // fuzzer found "߀" read as a day and failing int.Parse.
        _ when char.IsDigit(ch) => (char)('0' + (int)char.GetNumericValue(ch)),
        _ => char.IsUpper(ch) ? char.ToLowerInvariant(ch) : ch,
    };

    private static bool IsCompatibilityForm(char ch) =>
        (ch >= '\uFB50' && ch <= '\uFDFF') || (ch >= '\uFE70' && ch <= '\uFEFE') || (ch >= '\uFF01' && ch <= '\uFF5E');

    private static bool IsInvisibleMark(char ch) =>
        ch is ZeroWidthSpace or ZeroWidthNonJoiner or ZeroWidthJoiner or LeftToRightMark or RightToLeftMark
            or ByteOrderMark or ArabicLetterMark
        || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069');
}
