using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Normalization;
using static NewsFacts.TextPipeline.Extraction.NumberWords;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds number expressions in a match key and values them: digits, cardinal words, duals and vague
/// quantities. Finding is a token regex; valuing is <see cref="Value(string)"/>'s small grammar over
/// <see cref="NumberWords"/>. Years are not filtered out (2014 in "عام 2014" is found) but are marked
/// <see cref="NumberKind.Year"/> so a caller counting weapons or casualties can skip them; numbers inside a
/// date ("21 مايو") are returned as digits, so callers should also drop mentions inside DateExtractor spans.
/// </summary>
public static partial class NumberReader
{
    private const string Article = "ال";
    private const string Min = "من";
    private const string Adad = "عدد";
    private const int MinYear = 1900;
    private const int MaxYear = 2099;

    /// <summary>Every number expression in the key, in text order, without overlaps.</summary>
    public static IReadOnlyList<NumberMention> Find(MatchKey key) => Find(key, DualNouns.BrokenPluralStems);

    /// <summary>As <see cref="Find(MatchKey)"/>, trusting masculine duals in ين/ان only for the given singular stems.</summary>
    public static IReadOnlyList<NumberMention> Find(MatchKey key, IReadOnlySet<string> masculineDualStems)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tokens = Tokenize(key.Key);
        var result = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var consumed = ReadAt(key, tokens, i, masculineDualStems, result);
            i += Math.Max(consumed, 1);
        }
        return result;
    }

    /// <summary>
    /// The value of a folded number phrase ("خمسه وعشرين", "2500", "ثلاثه الاف", "طايرتين"), or null when the
    /// whole phrase is not one number. Vague quantities ("عشرات") give null: they are not values.
    /// </summary>
    public static int? Value(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return null;
        }
        var read = tokens[0].IsDigits ? ReadDigits(phrase, tokens, 0) : ReadWords(phrase, tokens, 0);
        if (read is { } r && r.Tokens == tokens.Count)
        {
            return r.Value;
        }
        return tokens.Count == 1 && IsDual(tokens[0].Text) ? 2 : null;
    }

    /// <summary>True when a folded word is a noun in the dual (two of it), using the built-in masculine stems.</summary>
    public static bool IsDual(string foldedWord) => IsDual(foldedWord, DualNouns.BrokenPluralStems);

    /// <summary>
    /// True when a folded word is a noun in the dual. Feminine duals (stem + تين/تان) are recognised from the
    /// ending alone, guarded against -stan names and a few look-alikes; masculine duals need their singular in
    /// <paramref name="masculineStems"/> (for ين, where the sound plural looks the same) or, for ان, in
    /// <see cref="DualNouns.SoundPluralStems"/> or a nisba adjective of four letters or more (عراقيان).
    /// Proper nouns and particles ending in ين/ان (فلسطين، بين، إيران، لبنان، الآن) fail every rule.
    /// </summary>
    public static bool IsDual(string foldedWord, IReadOnlySet<string> masculineStems)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        ArgumentNullException.ThrowIfNull(masculineStems);
        foreach (var word in WithoutClitics(foldedWord))
        {
            if (Words.ContainsKey(word) || TeenOnlyUnits.ContainsKey(word))
            {
                return false;
            }
            var oblique = word.EndsWith("ين", StringComparison.Ordinal);
            if (!oblique && !word.EndsWith("ان", StringComparison.Ordinal))
            {
                continue;
            }
            var stem = word[..^2];
            if (masculineStems.Contains(stem))
            {
                return true;
            }
            if (!oblique && (DualNouns.SoundPluralStems.Contains(stem) || IsNisba(stem)))
            {
                return true;
            }
            if (IsFeminineDual(word, stem))
            {
                return true;
            }
        }
        return false;
    }

    // A nisba adjective (عراقي، أمني) of four letters or more; shorter stems are mostly nouns in -يان (بيان، كيان، طغيان).
    // The article is stripped first so that الكيان is judged as كيان.
    private static bool IsNisba(string stem) =>
        stem.Length >= 4 && stem[^1] == 'ي' && !stem.StartsWith(Article, StringComparison.Ordinal);

    private static bool IsFeminineDual(string word, string stemWithTeh)
    {
        // طائرتين → طايرت + ين: the singular is طايره, so at least two letters must precede the ت.
        if (stemWithTeh.Length < 3 || stemWithTeh[^1] != 'ت' || DualNouns.NotFeminineDuals.Contains(word))
        {
            return false;
        }
        // -ستان is a country or place suffix (باكستان، كردستان) and فستان/بستان are not duals either.
        return !(word.EndsWith("ان", StringComparison.Ordinal) && stemWithTeh[^2] == 'س');
    }

    /// <summary>The word itself and the word without a conjunction, preposition or article in front.</summary>
    private static IEnumerable<string> WithoutClitics(string word)
    {
        yield return word;
        var rest = word;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            if (rest.StartsWith("لل", StringComparison.Ordinal) && rest.Length > 4)
            {
                yield return rest[2..];
            }
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > 4 && rest.StartsWith(Article, StringComparison.Ordinal))
        {
            yield return rest[2..];
        }
    }

    private static int ReadAt(MatchKey key, List<Token> tokens, int i, IReadOnlySet<string> stems, List<NumberMention> result)
    {
        var text = key.Key;
        var token = tokens[i];
        if (token.IsDigits)
        {
            if (ReadDigits(text, tokens, i) is not { } d)
            {
                return 1;
            }
            var kind = d.Tokens == 1 && IsYear(text, tokens, i, d.Value) ? NumberKind.Year : NumberKind.Digits;
            Add(key, tokens, i, d.Tokens, d.Value, kind, result);
            return d.Tokens;
        }
        if (!MayStartNumber(token.Text))
        {
            return 1;
        }
        if (ReadVague(tokens, i) is { } v)
        {
            Add(key, tokens, i, v.Tokens, v.Value, NumberKind.Vague, result);
            return v.Tokens;
        }
        if (ReadWords(text, tokens, i) is { } w)
        {
            Add(key, tokens, i, w.Tokens, w.Value, NumberKind.Words, result);
            return w.Tokens;
        }
        if (IsDual(token.Text, stems))
        {
            // A dual noun, its dual adjectives and an emphatic اثنين/اثنتين are one "two": طائرتين مسيرتين اثنتين.
            var n = 1;
            while (i + n < tokens.Count && Adjacent(text, tokens[i + n - 1], tokens[i + n])
                   && (IsDual(tokens[i + n].Text, stems) || IsTwoWord(tokens[i + n].Text)))
            {
                n++;
                if (IsTwoWord(tokens[i + n - 1].Text))
                {
                    break;
                }
            }
            Add(key, tokens, i, n, 2, NumberKind.Dual, result);
            return n;
        }
        return 1;
    }

    /// <summary>
    /// Every word a number, vague quantity or teen may start with, bare: each reading below looks the word up with at
    /// most four clitic letters taken off its front (و، ف، ب، ل، لل، ال), so a word none of whose endings is here, and
    /// which does not end like a dual, starts no number. Most words of a text are turned away by this test alone.
    /// </summary>
    private static readonly HashSet<string> NumberStarts = new(
        Words.Keys.Concat(TeenOnlyUnits.Keys).Append(Adad).Append("عددا"), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberStartLookup =
        NumberStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxCliticLetters = 4;

    private static bool MayStartNumber(string word)
    {
        if (word.EndsWith("ين", StringComparison.Ordinal) || word.EndsWith("ان", StringComparison.Ordinal))
        {
            return true;
        }
        for (var k = 0; k <= MaxCliticLetters && k < word.Length; k++)
        {
            if (NumberStartLookup.Contains(word.AsSpan(k)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTwoWord(string word) => Words.TryGetValue(word, out var e) && e is { Role: Role.Unit, Value: 2 };

    private static void Add(MatchKey key, List<Token> tokens, int i, int count, int value, NumberKind kind, List<NumberMention> result)
    {
        var start = tokens[i].Start;
        var length = tokens[i + count - 1].End - start;
        result.Add(new NumberMention(key.ToDisplaySpan(start, length), value, start, length, kind));
    }

    private static bool IsYear(string text, List<Token> tokens, int i, int value)
    {
        if (value is < MinYear or > MaxYear || tokens[i].Length != 4 || i == 0 || !Adjacent(text, tokens[i - 1], tokens[i]))
        {
            return false;
        }
        var previous = tokens[i - 1].Text;
        return YearCues.Contains(previous) || (previous.Length > 1 && previous[0] == ArabicLetters.Waw && YearCues.Contains(previous[1..]))
            || MonthNames.TryGetMonth(previous) is not null
            || (i >= 2 && Adjacent(text, tokens[i - 2], tokens[i - 1]) && MonthNames.TryGetMonth(tokens[i - 2].Text + " " + previous) is not null);
    }

    /// <summary>Words after which a four-digit number 1900–2099 is a year.</summary>
    private static readonly HashSet<string> YearCues = new(StringComparer.Ordinal)
    {
        "عام", "العام", "لعام", "للعام", "بعام", "سنه", "السنه", "لسنه", "في", "منذ", "خلال", "حتي", "مطلع",
        "اوايل", "اواخر", "منتصف", "نهايه", "بدايه", "اواسط",
    };

    private readonly record struct Read(int Value, int Tokens);

    private static Read? ReadDigits(string text, List<Token> tokens, int i)
    {
        var raw = tokens[i].Text;
        if (raw.Contains('.') || raw.Contains(ArabicDecimalSeparator))
        {
            return null;
        }
        if (!long.TryParse(raw.Replace(",", "").Replace(ArabicThousandsSeparator.ToString(), ""), out var value) || value > int.MaxValue)
        {
            return null;
        }
        // "10 آلاف", "3 ملايين", "2 مليون": digits count the scale word that follows.
        if (i + 1 < tokens.Count && Adjacent(text, tokens[i], tokens[i + 1])
            && Words.TryGetValue(tokens[i + 1].Text, out var scale) && scale is { Role: Role.Scale or Role.PluralScale, Value: 1000 or 1_000_000 }
            && value * scale.Value <= int.MaxValue)
        {
            return new Read((int)(value * scale.Value), 2);
        }
        return new Read((int)value, 1);
    }

    private static Read? ReadVague(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word is Adad or "وعدد" or "بعدد" or "عددا" or "وعددا" && i + 1 < tokens.Count && tokens[i + 1].Text == Min)
        {
            return new Read(3, 2);
        }
        foreach (var form in WithClitics(word, allowArticle: true))
        {
            if (Words.TryGetValue(form, out var e) && e.Role is Role.Vague or Role.PluralScale)
            {
                return new Read(e.Value, 1);
            }
        }
        return null;
    }

    private enum Slot { None, Hundred, Unit, Ten, Teen, Scale }

    private static Read? ReadWords(string text, List<Token> tokens, int i)
    {
        var first = FirstWord(tokens[i].Text);
        if (first is null)
        {
            return TeenOnlyUnits.TryGetValue(StripLeadingConjunction(tokens[i].Text), out var t) && IsTeenTen(text, tokens, i + 1)
                ? new Read(10 + t, 2)
                : null;
        }
        long total = 0;
        long group = 0;
        var slot = Slot.None;
        var j = i;
        var entry = first.Value;
        var conjoined = false;
        while (true)
        {
            var accepted = Accept(entry, j == i, conjoined, slot, ref total, ref group, out slot);
            if (!accepted)
            {
                break;
            }
            j++;
            if (slot == Slot.Unit && IsTeenTen(text, tokens, j) && group % 100 < 10)
            {
                group += 10;
                slot = Slot.Teen;
                j++;
            }
            else if (slot == Slot.Unit && group % 100 is >= 3 and <= 9 && j < tokens.Count && Adjacent(text, tokens[j - 1], tokens[j])
                     && Words.TryGetValue(tokens[j].Text, out var h) && h is { Role: Role.Hundred, Value: 100 })
            {
                // ثلاث مئة written as two words.
                group = group / 100 * 100 + group % 100 * 100;
                slot = Slot.Hundred;
                j++;
            }
            if (j >= tokens.Count || !Adjacent(text, tokens[j - 1], tokens[j]) || NextEntry(tokens[j].Text) is not { } next)
            {
                break;
            }
            (entry, conjoined) = next;
        }
        if (j == i)
        {
            return null;
        }
        var value = total + group;
        return value is > 0 and <= int.MaxValue ? new Read((int)value, j - i) : null;
    }

    /// <summary>The next word of a compound: conjoined with و ("وعشرون") or bare (a scale: "ثلاثة آلاف").</summary>
    private static (Entry Entry, bool Conjoined)? NextEntry(string word)
    {
        if (Words.TryGetValue(word, out var bare))
        {
            return (bare, false);
        }
        return word.Length > 2 && word[0] == ArabicLetters.Waw && Words.TryGetValue(word[1..], out var e) ? (e, true) : null;
    }

    /// <summary>
    /// One step of the compound grammar. After the first word, units, tens and hundreds must be joined by و
    /// (مئة وخمسون، خمسة وعشرون) and scales must not (ثلاثة آلاف، مئة ألف); a bare unit starts a new number.
    /// </summary>
    private static bool Accept(Entry e, bool first, bool conjoined, Slot slot, ref long total, ref long group, out Slot next)
    {
        next = slot;
        var expected = first || conjoined == (e.Role is not (Role.Scale or Role.PluralScale));
        if (!expected)
        {
            return false;
        }
        switch (e.Role)
        {
            case Role.Unit when first || slot is Slot.Hundred or Slot.Scale:
                group += e.Value;
                next = Slot.Unit;
                return true;
            case Role.Ten when first || slot is Slot.Hundred or Slot.Scale || (slot == Slot.Unit && group % 10 != 0):
                group += e.Value;
                next = Slot.Ten;
                return true;
            case Role.Hundred when first || slot == Slot.Scale:
                group += e.Value;
                next = Slot.Hundred;
                return true;
            case Role.Scale when first:
                total += e.Value;
                next = Slot.Scale;
                return true;
            case Role.Scale when slot is Slot.Unit or Slot.Teen or Slot.Ten or Slot.Hundred && group > 0 && total == 0:
                total += group * e.Value;
                group = 0;
                next = Slot.Scale;
                return true;
            case Role.PluralScale when slot is Slot.Unit or Slot.Teen && group is >= 3 and <= 10 && total == 0:
                total += group * e.Value;
                group = 0;
                next = Slot.Scale;
                return true;
            default:
                return false;
        }
    }

    private static bool IsTeenTen(string text, List<Token> tokens, int j) =>
        j < tokens.Count && j > 0 && Adjacent(text, tokens[j - 1], tokens[j]) && TeenTens.Contains(tokens[j].Text);

    /// <summary>The first word of a number, with a clitic و/ف/ب/ل or an article where Arabic allows one.</summary>
    private static Entry? FirstWord(string word)
    {
        foreach (var form in WithClitics(word, allowArticle: true))
        {
            if (!Words.TryGetValue(form, out var e) || e.Role is Role.Vague or Role.PluralScale)
            {
                continue;
            }
            var hasArticle = form.Length + 2 <= word.Length && word.EndsWith(Article + form, StringComparison.Ordinal);
            if (hasArticle && !ArticleAllowed(form, e))
            {
                continue;
            }
            // لستُ ("I am not") is not ل + ست.
            if (form == "ست" && word.EndsWith("لست", StringComparison.Ordinal))
            {
                continue;
            }
            return e;
        }
        return null;
    }

    // الثلاثة (the three) is a number; الاثنين is Monday and العشرين is usually "the twentieth".
    private static bool ArticleAllowed(string form, Entry e) =>
        e.Role is Role.Unit or Role.Hundred or Role.Scale && form != "اثنين";

    private static string StripLeadingConjunction(string word) => word.Length > 3 && word[0] == ArabicLetters.Waw ? word[1..] : word;

    /// <summary>The word, then the word without و/ف, ب/ل and ال in front, longest form first.</summary>
    private static IEnumerable<string> WithClitics(string word, bool allowArticle)
    {
        yield return word;
        var rest = word;
        if (rest.Length > 2 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > 2 && rest[0] is 'ب' or 'ل')
        {
            if (allowArticle && rest.StartsWith("لل", StringComparison.Ordinal) && rest.Length > 3)
            {
                yield return rest[2..];
            }
            rest = rest[1..];
            yield return rest;
        }
        if (allowArticle && rest.Length > 3 && rest.StartsWith(Article, StringComparison.Ordinal))
        {
            yield return rest[2..];
        }
    }

    private readonly record struct Token(int Start, int Length, string Text, bool IsDigits)
    {
        public int End => Start + Length;
    }

    /// <summary>
    /// Letter runs and digit tokens, as <see cref="TokenPattern"/> defines them, read by hand: the regex allocated a
    /// Match per word of every article. A test holds the two to the same tokens.
    /// </summary>
    /// <remarks>
    /// Counted first, so the list is allocated once at its size (a guess that fell short doubled an array of the large
    /// object heap), and each word's text is the one instance <see cref="KeyTokenizer.Word"/> keeps of it.
    /// </remarks>
    private static List<Token> Tokenize(string text)
    {
        var count = 0;
        for (var at = 0; NextToken(text, ref at, out _, out _); count++)
        {
        }
        var tokens = new List<Token>(count);
        var i = 0;
        while (NextToken(text, ref i, out var start, out var digits))
        {
            tokens.Add(new Token(start, i - start, KeyTokenizer.Word(text.AsSpan(start, i - start)), digits));
        }
        return tokens;
    }

    /// <summary>Moves <paramref name="i"/> past the next token, a letter run or digits, which starts at <paramref name="start"/>; false at the end.</summary>
    private static bool NextToken(string text, ref int i, out int start, out bool digits)
    {
        while (i < text.Length)
        {
            var c = text[i];
            digits = char.IsDigit(c);
            if (digits)
            {
                start = i;
                i = GroupedDigitsEnd(text, i) ?? PlainDigitsEnd(text, i);
                return true;
            }
            if (char.IsLetter(c))
            {
                start = i;
                i++;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                return true;
            }
            i++;
        }
        start = i;
        digits = false;
        return false;
    }

    /// <summary>Tokens as the regex reads them: the reference <see cref="Tokenize"/> is tested against.</summary>
    internal static IEnumerable<(int Start, int Length, bool IsDigits)> RegexTokens(string text) =>
        TokenPattern().Matches(text).Select(m => (m.Index, m.Length, m.Groups["digits"].Success));

    /// <summary>Tokens as <see cref="Tokenize"/> reads them.</summary>
    internal static IEnumerable<(int Start, int Length, bool IsDigits)> ScannedTokens(string text) =>
        Tokenize(text).Select(t => (t.Start, t.Length, t.IsDigits));

    /// <summary>End of <c>\d{1,3}(?:[,٬]\d{3})+(?![\d.٫])</c> at <paramref name="i"/>, or null.</summary>
    private static int? GroupedDigitsEnd(string text, int i)
    {
        var lead = 0;
        while (i + lead < text.Length && char.IsDigit(text[i + lead])) lead++;
        if (lead > 3)
        {
            return null;
        }
        // Take every group, then give groups back (as the regex backtracks) until the lookahead holds.
        var ends = new List<int>();
        var at = i + lead;
        while (at < text.Length && text[at] is ',' or ArabicThousandsSeparator && IsDigitRun(text, at + 1, 3))
        {
            at += 4;
            ends.Add(at);
        }
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var end = ends[k];
            if (end == text.Length || !(char.IsDigit(text[end]) || text[end] is '.' or ArabicDecimalSeparator))
            {
                return end;
            }
        }
        return null;
    }

    /// <summary>End of <c>\d+(?:[.٫]\d+)?</c> at <paramref name="i"/>.</summary>
    private static int PlainDigitsEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsDigit(text[end])) end++;
        if (end + 1 < text.Length && text[end] is '.' or ArabicDecimalSeparator && char.IsDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsDigit(text[end])) end++;
        }
        return end;
    }

    private static bool IsDigitRun(string text, int start, int length)
    {
        if (start + length > text.Length) return false;
        for (var k = start; k < start + length; k++)
        {
            if (!char.IsDigit(text[k])) return false;
        }
        return true;
    }

    /// <summary>Two tokens belong to one expression only when nothing but spaces lies between them.</summary>
    private static bool Adjacent(string text, Token a, Token b)
    {
        for (var k = a.End; k < b.Start; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private const char ArabicThousandsSeparator = '\u066C';
    private const char ArabicDecimalSeparator = '\u066B';

    // A digit token is 1–3 digits with comma or Arabic thousands separator (U+066C) groups, or a plain run with
    // an optional decimal part (. or Arabic decimal separator U+066B) so that 2.5 is not read as 2 and 5.
    [GeneratedRegex(@"(?<digits>\d{1,3}(?:[,\u066C]\d{3})+(?![\d.\u066B])|\d+(?:[.\u066B]\d+)?)|\p{L}+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
