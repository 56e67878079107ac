using System.Text;
using System.Text.Unicode;
using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Decoding;

/// <summary>
/// Bytes of an article file in, text out. Tries, in order: a byte order mark, strict UTF-8, then
/// Windows-1256 (the legacy Arabic code page) only if what it yields reads as Arabic text.
/// Binary files and mojibake are refused with a reason rather than imported as garbage.
/// </summary>
public static class TextDecoder
{
    /// <summary>More control bytes than this share (besides tab, CR, LF, FF) means the file is not text.</summary>
    public const double MaxControlRatio = 0.01;

    /// <summary>Decoded 1256 text needs at least this share of characters that Arabic prose is made of.</summary>
    public const double MinPlausibleRatio = 0.97;

    /// <summary>And at least this share of its letters Arabic, or it is a Latin file in another code page.</summary>
    public const double MinArabicLetterRatio = 0.5;

    private const byte Nul = 0x00;
    private const char NoBreakSpace = '\u00A0';
    private const char EnDash = '\u2013';
    private const char EmDash = '\u2014';
    private const char LeftSingleQuote = '\u2018';
    private const char RightSingleQuote = '\u2019';
    private const char LeftDoubleQuote = '\u201C';
    private const char RightDoubleQuote = '\u201D';
    private const char HorizontalEllipsis = '\u2026';
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';
    private const char LeftToRightMark = '\u200E';
    private const char RightToLeftMark = '\u200F';

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    private static readonly (string Name, byte[] Signature)[] BinarySignatures =
    [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", [0x47, 0x49, 0x46, 0x38]),
        ("PDF document", [0x25, 0x50, 0x44, 0x46, 0x2D]),
        ("ZIP archive (or DOCX/XLSX)", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip archive", [0x1F, 0x8B]),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // Taken from the provider instance rather than Encoding.RegisterProvider, so decoding sets no process-wide state.
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(
        1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Code page 1256 is not available.");

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodeResult.Fail("The file is empty.");
        }
        foreach (var (name, signature) in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
            {
                return DecodeResult.Fail($"The file is binary ({name}), not text.");
            }
        }
        // UTF-16 is full of NUL bytes, so its byte order mark is honoured before the binary test.
        if (bytes.StartsWith(Utf16LeBom))
        {
            return DecodeStrict(bytes[Utf16LeBom.Length..], StrictUtf16Le, "utf-16le");
        }
        if (bytes.StartsWith(Utf16BeBom))
        {
            return DecodeStrict(bytes[Utf16BeBom.Length..], StrictUtf16Be, "utf-16be");
        }
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeStrict(bytes[Utf8Bom.Length..], StrictUtf8, "utf-8");
        }
        if (bytes.Contains(Nul))
        {
            return DecodeResult.Fail("The file is binary: it contains NUL bytes (UTF-16 without a byte order mark is not accepted).");
        }
        if (ControlRatio(bytes) > MaxControlRatio)
        {
            return DecodeResult.Fail("The file is binary: too many control characters for text.");
        }
        if (Utf8.IsValid(bytes))
        {
            return DecodeResult.Ok(StrictUtf8.GetString(bytes), "utf-8");
        }
        var legacy = Windows1256.GetString(bytes);
        return LooksLikeArabic(legacy)
            ? DecodeResult.Ok(legacy, "windows-1256")
            : DecodeResult.Fail("The file is neither valid UTF-8 nor Windows-1256 Arabic text (possibly truncated or in another encoding).");
    }

    private static DecodeResult DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0')
                ? DecodeResult.Fail($"The file is binary: NUL characters in {name} text.")
                : DecodeResult.Ok(text, name);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Fail($"The file starts with a {name} byte order mark but is not valid {name}.");
        }
    }

    private static double ControlRatio(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }
        return (double)controls / bytes.Length;
    }

    /// <summary>
    /// UTF-8 Arabic misread as 1256 alternates ط/ظ with symbols (¢ § © ± ‰ ƒ), and Latin text in another
    /// code page has few Arabic letters; real 1256 Arabic is letters, spaces, digits and common punctuation.
    /// </summary>
    private static bool LooksLikeArabic(string text)
    {
        int plausible = 0, letters = 0, arabicLetters = 0, counted = 0;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }
            counted++;
            if (char.IsLetter(ch))
            {
                letters++;
            }
            if (IsArabicLetter(ch) || IsHaraka(ch))
            {
                arabicLetters++;
                plausible++;
            }
            else if (ch < 0x7F || IsArabicPunctuationOrDigit(ch))
            {
                plausible++;
            }
        }
        return counted > 0
            && (double)plausible / counted >= MinPlausibleRatio
            && letters > 0 && (double)arabicLetters / letters >= MinArabicLetterRatio;
    }

    private static bool IsArabicPunctuationOrDigit(char ch) =>
        ch is ArabicComma or ArabicSemicolon or ArabicQuestionMark or Tatweel or NoBreakSpace
            or EnDash or EmDash or LeftSingleQuote or RightSingleQuote or LeftDoubleQuote or RightDoubleQuote
            or HorizontalEllipsis or LeftGuillemet or RightGuillemet
            or ZeroWidthNonJoiner or ZeroWidthJoiner or LeftToRightMark or RightToLeftMark
        || (ch >= ArabicIndicZero && ch <= ArabicIndicNine);
}
