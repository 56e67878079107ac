namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds event words in a sentence. Strong triggers (هجوم، استهداف، قصف، انفجار، ضربة، غارة) always count;
/// weak ones (أطلق، سقط، تعرض، أسقط، تصدى، شن) only when a weapon word is in the same sentence, since
/// "أسقطت الحكومة" or "تعرض لانتقادات" are not attacks; a drop verb (ألقت) only with a munition as its object
/// (ألقت طائرة مسيرة متفجرات). Adjacent event words fuse into one trigger.
/// </summary>
public sealed class TriggerFinder(IncidentTerms terms)
{
    /// <summary>Words from a drop verb to its munition: its subject and adjective between (ألقت طائرة مسيرة متفجرات).</summary>
    private const int DropReach = 4;

    public IReadOnlyList<Trigger> Find(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // Asked only when a weak word is found: most sentences have none.
        bool? hasWeapon = null;
        bool HasWeapon() => hasWeapon ??= terms.AnyWeapon.AnyIn(tokens, from, to);
        var result = new List<Trigger>();
        for (var i = from; i < to; i++)
        {
            var strong = terms.Triggers.MatchAt(tokens, i, to);
            var weak = terms.WeakTriggers.MatchAt(tokens, i, to);
            // A drop verb is no other event word: looked for only where none stands.
            weak = weak == 0 && strong == 0 ? Drop(tokens, i, to) : weak;
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

    /// <summary>Tokens of the drop verb at <paramref name="index"/> when a munition follows it in its clause, else 0.</summary>
    private int Drop(IReadOnlyList<KeyToken> tokens, int index, int to)
    {
        var verb = terms.DropVerbs.MatchAt(tokens, index, to);
        for (var i = index + verb; verb > 0 && i < Math.Min(to, index + verb + DropReach) && !tokens[i].BreakBefore; i++)
        {
            if (terms.DroppedMunitions.MatchAt(tokens, i, to) > 0)
            {
                return verb;
            }
        }
        return 0;
    }
}
