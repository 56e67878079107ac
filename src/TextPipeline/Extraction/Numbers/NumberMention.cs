using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>How a number was written, which tells a caller whether it may be read as a count.</summary>
public enum NumberKind
{
    /// <summary>Written in digits (ASCII or Arabic-Indic, thousands separators allowed): "2500", "٢٥٠٠", "2,500".</summary>
    Digits,

    /// <summary>Written in cardinal words: "خمسة", "ثلاثة وعشرين", "مئتي".</summary>
    Words,

    /// <summary>A noun in the dual form, which means two: "طائرتين مسيرتين", "صاروخان".</summary>
    Dual,

    /// <summary>
    /// A four-digit number 1900–2099 right after a year word (عام، العام، سنة) or a time preposition
    /// (في، منذ، خلال، حتى, or a month name): almost always a year, never a count.
    /// </summary>
    Year,

    /// <summary>
    /// A vague quantity ("عشرات", "العشرات من", "مئات", "آلاف", "عدد من", "عدة", "بضعة"): not a count.
    /// <see cref="NumberMention.Value"/> is its order of magnitude (10, 100, 1000, or 3 for "several").
    /// </summary>
    Vague,
}

/// <summary>A number expression found in a match key.</summary>
/// <param name="Span">The display span (whole words: a clitic such as و or ب in "بثلاثة" is inside it).</param>
/// <param name="Value">The value; for <see cref="NumberKind.Vague"/> only an order of magnitude.</param>
/// <param name="KeyStart">Offset in the match key, so callers can look at the words around it.</param>
/// <param name="KeyLength">Length in the match key.</param>
/// <param name="Kind">How the number was written; callers counting weapons or casualties skip Year and Vague.</param>
public sealed record NumberMention(TextSpan Span, int Value, int KeyStart, int KeyLength, NumberKind Kind)
{
    public int KeyEnd => KeyStart + KeyLength;

    /// <summary>True when the mention can be read as an exact count (digits, words or a dual).</summary>
    public bool IsCount => Kind is NumberKind.Digits or NumberKind.Words or NumberKind.Dual;

    /// <summary>Numbers by the match-key range they cover, for the fillers that look for the numbers near a word.</summary>
    public static MentionIndex<NumberMention> ByKey(IReadOnlyList<NumberMention> numbers) => new(numbers, n => n.KeyStart, n => n.KeyEnd);

    /// <summary>The first count that overlaps tokens [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public static NumberMention? CountOver(MentionIndex<NumberMention> numbers, IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(tokens);
        return numbers.Overlapping(tokens[from].Start, tokens[to - 1].End).FirstOrDefault(n => n.IsCount);
    }
}
