using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Counts the weapons of an incident from the number attached to its weapon phrase: a dual noun
/// (طائرتين مسيرتين = 2), a number word or digits just before it (ثلاثة صواريخ) or just after it
/// (بصاروخ واحد), else one for a singular weapon noun (قذيفة استهدفت). Plurals with no number stay unknown.
/// </summary>
public sealed class WeaponCounter(IncidentTerms terms)
{
    public int? Count(IReadOnlyList<KeyToken> tokens, IReadOnlyList<NumberMention> numbers, WeaponHit hit)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(numbers);
        if (hit.Fallback || hit.Type is IncidentType.Airstrike or IncidentType.Explosion)
        {
            return null;
        }
        var first = hit.Index;
        if (first > 0 && !tokens[first].BreakBefore && terms.WeaponNouns.TryGetValue(hit.Type, out var nouns) && nouns.MatchAt(tokens, first - 1) > 0)
        {
            first--;
        }
        var phraseStart = tokens[first].Start;
        var phraseEnd = tokens[hit.End - 1].End;
        var before = first > 0 && !tokens[first].BreakBefore ? tokens[first - 1].Start : phraseStart;
        var after = hit.End < tokens.Count && !tokens[hit.End].BreakBefore ? tokens[hit.End].End : phraseEnd;
        foreach (var number in numbers)
        {
            if (!number.IsCount)
            {
                continue;
            }
            var inside = number.KeyStart < phraseEnd && number.KeyEnd > phraseStart;
            var justBefore = number.KeyEnd <= phraseStart && number.KeyStart >= before;
            var justAfter = number.KeyStart >= phraseEnd && number.KeyEnd <= after;
            if (inside || justBefore || justAfter)
            {
                return number.Value;
            }
        }
        if (terms.DualWeaponNouns.MatchAt(tokens, first) > 0)
        {
            return 2;
        }
        return terms.SingularWeaponNouns.MatchAt(tokens, first) > 0 ? 1 : null;
    }
}
