using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Counts the weapons of an incident from the number attached to its weapon phrase: a dual noun
/// (طائرتين مسيرتين = 2), a number word or digits just before it (ثلاثة صواريخ) or just after it
/// (بصاروخ واحد), or after a word of what a salvo is made of (رشقة مؤلفة من ستة صواريخ), else one for a singular weapon
/// noun (قذيفة استهدفت). Plurals with no number stay unknown.
/// </summary>
public sealed class WeaponCounter(IncidentTerms terms)
{
    /// <summary>A count and the key-text offsets of the words it was read from (the number, or the weapon noun itself).</summary>
    public readonly record struct Counted(int Value, int KeyStart, int KeyEnd);

    /// <summary>Words that name the model after the weapon noun: صاروخين من طراز كاتيوشا، ثلاث قذائف من نوع هاون.</summary>
    private static readonly HashSet<string> ModelWords = new(new[] { "طراز", "نوع", "صنف" }.Select(Normalization.ArabicNormalizer.Fold), StringComparer.Ordinal);
    private static readonly string Of = Normalization.ArabicNormalizer.Fold("من");

    public int? Count(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, WeaponHit hit) => Find(tokens, numbers, hit)?.Value;

    /// <summary>The count of <paramref name="hit"/> with the words that state it, or null.</summary>
    public Counted? Find(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, WeaponHit hit)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(numbers);
        // Raids and blasts are counted only as stated (ست غارات، لانفجارين): "غارة" or "انفجار" alone is no count of one.
        var statedOnly = hit.Type is IncidentType.Airstrike or IncidentType.Explosion;
        if (hit.Fallback && !statedOnly)
        {
            return null;
        }
        if (SharesACount(tokens, numbers, hit.Index))
        {
            return null;
        }
        // "صاروخين من طراز كاتيوشا": the model is the weapon word, the noun before "من طراز" carries the count;
        // what follows the model is its designation (فاتح 110، غراد 122), not a count.
        if (ModelHead(tokens, hit.Index) is { } head)
        {
            return Count(tokens, numbers, hit.Type, head, head + 1, lookAfter: false, statedOnly);
        }
        var first = hit.Index;
        if (first > 0 && !tokens[first].BreakBefore && terms.WeaponNouns.TryGetValue(hit.Type, out var nouns) && nouns.MatchAt(tokens, first - 1) > 0)
        {
            first--;
        }
        var counted = OutOf(tokens, numbers, hit) ?? Count(tokens, numbers, hit.Type, first, hit.End, lookAfter: true, statedOnly) ?? Composed(tokens, numbers, hit, statedOnly);
        // "300 طائرة مسيرة وصاروخ": the count is of both nouns together.
        return counted is { Value: > SingularCountAfter } && JoinedWeaponAfter(tokens, hit.End) ? null : counted;
    }

    /// <summary>A weapon noun joined by و right after the weapon's words or its adjective: "طائرة مسيرة وصاروخ".</summary>
    private bool JoinedWeaponAfter(IReadOnlyList<KeyToken> tokens, int end)
    {
        for (var j = end; j < Math.Min(tokens.Count, end + 2) && !tokens[j].BreakBefore; j++)
        {
            if (tokens[j].Text[0] == Normalization.ArabicLetters.Waw && terms.WeaponNouns.Values.Any(nouns => nouns.MatchAt(tokens, j) > 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أكثر من 300 طائرة مسيرة وصاروخ": a singular weapon noun joined by و to a noun counted eleven or more (which Arabic
    /// also puts in the singular) is counted with it, the share of each unknown; "ثلاثة صواريخ وطائرة مسيرة" is one drone.
    /// </summary>
    private static bool SharesACount(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, int at)
    {
        if (at == 0 || tokens[at].BreakBefore || tokens[at].Text[0] != Normalization.ArabicLetters.Waw || tokens[at].Forms.Length < 2)
        {
            return false;
        }
        for (var i = at - 1; i >= Math.Max(0, at - SharedCountReach); i--)
        {
            if (NumberMention.CountOver(numbers, tokens, i, i + 1) is { } count)
            {
                return count.Value > SingularCountAfter;
            }
            if (tokens[i].BreakBefore)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>Words from the joined noun back to the count: the first noun and its adjective (300 طائرة مسيرة وصاروخ).</summary>
    private const int SharedCountReach = 3;

    /// <summary>From eleven on, Arabic counts a noun in the singular.</summary>
    private const int SingularCountAfter = 10;

    /// <summary>
    /// "اعتراض صاروخين من أصل ثلاثة صواريخ": the weapons named are some of a whole the text counts after "من أصل"; the
    /// attack had the whole.
    /// </summary>
    private Counted? OutOf(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, WeaponHit hit)
    {
        // Past the weapon's adjectives: "طائرتين مسيرتين مفخختين من أصل ثلاث".
        var start = hit.End;
        while (start < Math.Min(tokens.Count, hit.End + OutOfAdjectives) && !tokens[start].BreakBefore && terms.OutOfWords.MatchAt(tokens, start) == 0
            && NumberMention.CountOver(numbers, tokens, start, start + 1) is not { Kind: not NumberKind.Dual })
        {
            start++;
        }
        var words = start < tokens.Count && !tokens[start].BreakBefore ? terms.OutOfWords.MatchAt(tokens, start) : 0;
        var at = start + words;
        return words > 0 && at < tokens.Count && !tokens[at].BreakBefore && NumberMention.CountOver(numbers, tokens, at, at + 1) is { } whole
            ? new Counted(whole.Value, tokens[hit.Index].Start, whole.KeyEnd)
            : null;
    }

    /// <summary>Words between a weapon and the "من أصل" that counts its whole: its adjectives (مفخختين، انتحاريتين).</summary>
    private const int OutOfAdjectives = 2;

    /// <summary>Words from a composition word to the weapon noun it counts: "مؤلفة من ثمانية عشر صاروخا".</summary>
    private const int CompositionReach = 4;

    /// <summary>
    /// "رشقة صاروخية مؤلفة من ستة صواريخ"، "موجة تضم عشر طائرات مسيرة": a salvo told with what it is made of takes that
    /// count.
    /// </summary>
    private Counted? Composed(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, WeaponHit hit, bool statedOnly)
    {
        var words = hit.End < tokens.Count && !tokens[hit.End].BreakBefore ? terms.CompositionWords.MatchAt(tokens, hit.End) : 0;
        if (words == 0)
        {
            return null;
        }
        var from = hit.End + words;
        for (var k = from; k < Math.Min(tokens.Count, from + CompositionReach) && !tokens[k].BreakBefore; k++)
        {
            var noun = terms.WeaponNouns.TryGetValue(hit.Type, out var nouns) ? nouns.MatchAt(tokens, k) : 0;
            if (noun > 0)
            {
                return Count(tokens, numbers, hit.Type, k, k + noun, lookAfter: true, statedOnly);
            }
        }
        return null;
    }

    /// <summary>The token of the weapon noun before "(من) طراز/نوع" ending right before <paramref name="model"/>, or null.</summary>
    private int? ModelHead(IReadOnlyList<KeyToken> tokens, int model)
    {
        var i = model - 1;
        if (i < 1 || tokens[model].BreakBefore || tokens[i].BreakBefore || !ModelWords.Contains(tokens[i].Text))
        {
            return null;
        }
        i--;
        if (tokens[i].Text == Of && i > 0 && !tokens[i].BreakBefore)
        {
            i--;
        }
        return terms.AnyWeapon.MatchAt(tokens, i, i + 1) > 0 || terms.WeaponNouns.Values.Any(n => n.MatchAt(tokens, i) > 0) ? i : null;
    }

    private Counted? Count(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, IncidentType type, int first, int end, bool lookAfter,
        bool statedOnly)
    {
        var phraseStart = tokens[first].Start;
        var phraseEnd = tokens[end - 1].End;
        // A number before a phrase that opens with ب counts something else: in "مقر اللواء 45 بطائرة مسيرة" the 45 is the
        // brigade's; "بثلاثة صواريخ" carries the ب on the count itself.
        var byInstrument = tokens[first].Carries(Normalization.ArabicLetters.Beh);
        var before = first > 0 && !tokens[first].BreakBefore && !byInstrument ? tokens[first - 1].Start : phraseStart;
        var after = lookAfter && end < tokens.Count && !tokens[end].BreakBefore ? tokens[end].End : phraseEnd;
        // Every number it may take (inside, just before or just after the phrase) shares a position with [before, after].
        foreach (var number in numbers.Overlapping(before, after + 1))
        {
            if (!number.IsCount)
            {
                continue;
            }
            var inside = number.KeyStart < phraseEnd && number.KeyEnd > phraseStart;
            // Ending in the word before the phrase, however many words it has: "ثمانية عشر صاروخا"، "خمسة وعشرون صاروخا".
            var justBefore = number.KeyEnd <= phraseStart && number.KeyEnd > before;
            var justAfter = number.KeyStart >= phraseEnd && number.KeyEnd <= after;
            if (inside || justBefore || justAfter)
            {
                return new Counted(number.Value, Math.Min(number.KeyStart, phraseStart), Math.Max(number.KeyEnd, phraseEnd));
            }
        }
        if (terms.DualWeaponNouns.MatchAt(tokens, first) > 0)
        {
            return new Counted(2, phraseStart, phraseEnd);
        }
        return !statedOnly && terms.SingularWeaponNouns.MatchAt(tokens, first) > 0 ? new Counted(1, phraseStart, phraseEnd) : null;
    }
}
