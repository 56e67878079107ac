namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds event words in a sentence. Strong triggers (هجوم، استهداف، قصف، انفجار، ضربة، غارة) always count;
/// weak ones (أطلق، سقط، تعرض، أسقط، تصدى، شن) only when a weapon word is in the same sentence, since
/// "أسقطت الحكومة" or "تعرض لانتقادات" are not attacks. Adjacent event words fuse into one trigger.
/// </summary>
public sealed class TriggerFinder(IncidentTerms terms)
{
    public IReadOnlyList<Trigger> Find(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // Asked only when a weak word is found: most sentences have none.
        bool? hasWeapon = null;
        bool HasWeapon() => hasWeapon ??= terms.AnyWeapon.AnyIn(tokens, from, to);
        var result = new List<Trigger>();
        for (var i = from; i < to; i++)
        {
            var weak = terms.WeakTriggers.MatchAt(tokens, i, to);
            var strong = terms.Triggers.MatchAt(tokens, i, to);
            var length = weak >= strong ? (weak > 0 && HasWeapon() ? weak : 0) : strong;
            if (length == 0)
            {
                continue;
            }
            if (result.Count > 0 && result[^1].End == i && !tokens[i].BreakBefore)
            {
                // Adjacent event words are one predicate: تعرض لهجوم، شنت هجوما.
                var previous = result[^1];
                result[^1] = new Trigger(previous.Index, previous.Length + length, previous.Strong || strong > weak);
            }
            else
            {
                result.Add(new Trigger(i, length, strong > weak));
            }
            i += length - 1;
        }
        return result;
    }
}
