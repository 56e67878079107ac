using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Types an incident by the weapon words of its sentence: the weapon nearest its trigger wins, a named weapon
/// (مسيرة، صاروخ، قذيفة، عبوة ناسفة، غارة) beating a fallback (انفجار، ضربة); a rocket called ballistic or
/// cruise within two words is a missile. No weapon word leaves the incident <see cref="IncidentType.Other"/>.
/// </summary>
public sealed class WeaponClassifier(IncidentTerms terms)
{
    private const int MissileReach = 2;
    /// <summary>Words between an air attack or aircraft and the rockets it fires: "عدوانا جويا برشقات من الصواريخ".</summary>
    private const int MunitionReach = 3;
    /// <summary>Words a weapon may stand from its trigger: a long verb phrase with its place and time between (تعرضت قاعدة ... لهجوم ... بثلاثة صواريخ).</summary>
    private const int WeaponReach = 20;
    private const int DistributiveReach = 3;

    /// <summary>Every weapon word in tokens [from, to), longest first where words overlap.</summary>
    public IReadOnlyList<WeaponHit> Find(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var hits = new List<WeaponHit>();
        for (var i = from; i < to; i++)
        {
            if (terms.AnyWeapon.MatchAt(tokens, i, to) == 0)
            {
                continue;
            }
            WeaponHit? best = null;
            foreach (var type in IncidentTerms.WeaponPriority)
            {
                best = Better(best, terms.Weapons, type, tokens, i, to, fallback: false);
            }
            foreach (var type in IncidentTerms.WeaponPriority)
            {
                best = Better(best, terms.FallbackWeapons, type, tokens, i, to, fallback: true);
            }
            if (best is { } hit)
            {
                hits.Add(hit with { Shared = terms.Distributives.AnyIn(tokens, Math.Max(from, i - DistributiveReach), i) });
                i += hit.Length - 1;
            }
        }
        for (var k = hits.Count - 2; k >= 0; k--)
        {
            if (Joined(tokens, hits[k], hits[k + 1]) is { } joined)
            {
                hits[k] = joined;
                hits.RemoveAt(k + 1);
            }
        }
        for (var k = 0; k < hits.Count; k++)
        {
            if (hits[k] is { Type: IncidentType.Drone, Fallback: false } drone && Armed(tokens, hits, k, to))
            {
                hits[k] = drone with { Type = IncidentType.Airstrike };
            }
        }
        return hits;
    }

    /// <summary>
    /// Two weapon words right after one another that name one weapon, counted from the first word: a shell noun and the
    /// rocket's or missile's name after it (ثلاث قذائف كاتيوشا، قذائف صاروخية) is that weapon; a word of the same kind (an
    /// adjective the lexicon also lists alone: ثلاث طائرات مسيرة مفخخة) is the same one. Null when they are two.
    /// </summary>
    private static WeaponHit? Joined(IReadOnlyList<KeyToken> tokens, WeaponHit first, WeaponHit more)
    {
        if (first.Fallback || more.Fallback || more.Index != first.End || tokens[more.Index].BreakBefore)
        {
            return null;
        }
        return first.Type == IncidentType.Shelling && more.Type is IncidentType.Rocket or IncidentType.Missile
            ? more with { Index = first.Index, Length = more.End - first.Index }
            : more.Type == first.Type ? first with { Length = more.End - first.Index } : null;
    }

    /// <summary>
    /// A drone that fires on its target as aircraft do: the instrument of a raid (غارة بطائرة مسيرة، غارات لطائرات مسيرة; not
    /// of a strike, ضربة بطائرة مسيرة, which militias' attacks are called too)
    /// or the subject of a verb of launching one (طائرات مسيرة شنت ضربات على مقر). A one-way drone is the attack itself: it
    /// is launched (أطلقت طائرة مسيرة)، it targets (استهدفت طائرة مسيرة القاعدة), it launches no raid.
    /// </summary>
    private bool Armed(IReadOnlyList<KeyToken> tokens, List<WeaponHit> hits, int k, int to)
    {
        var drone = hits[k];
        var first = tokens[drone.Index];
        // A raid (غارة), not a strike (ضربة بطائرة مسيرة): militias' drone attacks are called strikes too.
        var raidBefore = k > 0 && hits[k - 1] is { Type: IncidentType.Airstrike, Fallback: false } raid && raid.End == drone.Index && !first.BreakBefore
            && first.Forms.Length > 1 && first.Text[0] is Ba or Lam;
        if (raidBefore)
        {
            return true;
        }
        var verb = drone.End;
        while (verb < Math.Min(to, drone.End + RaidVerbReach) && (verb == drone.End || !tokens[verb].BreakBefore) && terms.RaidVerbs.MatchAt(tokens, verb, to) == 0)
        {
            verb++;
        }
        // The comma news writers put between a long subject and its verb (إن طائرات مسيرة، شنت ضربات) parts neither.
        if (verb >= to || verb > drone.End && tokens[verb].BreakBefore || terms.RaidVerbs.MatchAt(tokens, verb, to) == 0)
        {
            return false;
        }
        var after = verb + terms.RaidVerbs.MatchAt(tokens, verb, to);
        return k + 1 < hits.Count && hits[k + 1] is { Type: IncidentType.Airstrike } strike && strike.Index == after && !tokens[after].BreakBefore;
    }

    private const char Ba = '\u0628';
    private const char Lam = '\u0644';
    /// <summary>Words between a drone and the raid verb it is the subject of: an adjective or two (طائرات مسيرة أمريكية شنت).</summary>
    private const int RaidVerbReach = 3;

    /// <summary>
    /// The weapon of the incident a trigger reports, or null for <see cref="IncidentType.Other"/>. Another attack
    /// noun standing between a trigger and a weapon word takes the weapon: in "الهجوم على القاعدة أتى بعد هجوم
    /// صاروخي آخر" the rockets are the second attack's, and the first stays untyped; a verb between them does not
    /// ("الصواريخ التي أطلقت ... سقطت").
    /// </summary>
    public static WeaponHit? Classify(IReadOnlyList<WeaponHit> all, IReadOnlyList<Trigger> triggers, Trigger trigger, IReadOnlyList<KeyToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(tokens);
        // A weapon far from the trigger is another sentence's glued in (a photo caption's "مقاتلة فرنسية على متن
        // حاملة" before a headline's "جرح جنديين في قصف على قاعدة حرير"), not this attack's.
        var hits = all.Where(h => h.Shared || Distance(h, trigger) <= WeaponReach && !triggers.Any(other => other != trigger && other.Strong && Between(other, h, trigger))).ToList();
        // "استهدفت الفصائل قاعدة عين الأسد بثلاثة صواريخ، كما استهدفت قاعدة حرير بطائرة مسيرة": a trigger with a weapon of
        // its own after it, before the next trigger, takes that one. A weapon before it, in an earlier trigger's clause
        // (that trigger before the weapon, a clause break after it), is the earlier attack's, however near.
        // A verb whose clause goes on to an attack noun ("بعد تعرض القاعدة لهجوم صاروخي") has that noun's weapon for its own.
        var following = triggers.Where(t => t.Index >= trigger.End).ToList();
        var next = following.Count > 0 ? following[0].Index : int.MaxValue;
        var ownEnd = following.Count > 0 && following[0].Strong && !ModalityFilter.ClauseBreakIn(tokens, trigger.End, following[0].Index + 1)
            ? following.Count > 1 ? following[1].Index : int.MaxValue
            : next;
        if (all.Any(h => !h.Fallback && h.Index >= trigger.End && h.Index < ownEnd && !ModalityFilter.ClauseBreakIn(tokens, trigger.End, h.Index + 1)))
        {
            // The earlier trigger may be the weapon's own first word (ردت القوات بقصف مدفعي: "قصف" is both).
            hits.RemoveAll(h => h.End <= trigger.Index && triggers.Any(other => other != trigger && other.Index <= h.Index)
                && ModalityFilter.ClauseBreakIn(tokens, h.End, trigger.Index + 1));
        }
        var chosen = Nearest(hits.Where(h => !h.Fallback), trigger) ?? Nearest(hits.Where(h => h.Fallback), trigger);
        // "تعرضت القاعدة لهجوم جوي بطائرات مسيرة": the manner of the attack noun after this trigger yields to the weapon
        // that noun names in its clause; both words tell one attack.
        if (chosen is { Fallback: true } manner && triggers.Any(t => t != trigger && t.Strong && t.Index == manner.Index)
            && all.FirstOrDefault(h => !h.Fallback && h.Index >= manner.End && h.Index - manner.End <= MunitionReach
                && !ModalityFilter.ClauseBreakIn(tokens, manner.End, h.Index + 1)) is { Length: > 0 } named)
        {
            chosen = named;
        }
        // "عدوانا جويا برشقات من الصواريخ"، "مروحية أمريكية أطلقت صواريخ": rockets right after an air attack or aircraft are
        // its munitions, and the attack an air strike.
        if (chosen is { Type: IncidentType.Rocket } fired
            && hits.FirstOrDefault(h => h.Type == IncidentType.Airstrike && h.End <= fired.Index && fired.Index - h.End <= MunitionReach
                && !ModalityFilter.ClauseBreakIn(tokens, h.End, fired.Index + 1)) is { Length: > 0 } aircraft)
        {
            return aircraft;
        }
        // "نفذ العدو عدوانا جويا مستهدفا ريف درعا، وتصدت وسائط الدفاع الجوي للصواريخ المعادية": rockets in a later clause are
        // the munitions of the air attack told in the trigger's own.
        if (chosen is { Type: IncidentType.Rocket } later && ModalityFilter.ClauseBreakIn(tokens, Math.Min(trigger.End, later.Index), Math.Max(trigger.End, later.Index) + 1)
            && hits.FirstOrDefault(h => h.Type == IncidentType.Airstrike
                && !ModalityFilter.ClauseBreakIn(tokens, Math.Min(h.Index, trigger.Index) + 1, Math.Max(h.End, trigger.End))) is { Length: > 0 } raid)
        {
            return raid;
        }
        if (chosen is { Type: IncidentType.Rocket } rocket
            && hits.FirstOrDefault(h => h.Type == IncidentType.Missile && Math.Abs(h.Index - rocket.Index) <= MissileReach) is { Length: > 0 } missile)
        {
            return missile;
        }
        return chosen;
    }

    private static bool Between(Trigger other, WeaponHit hit, Trigger trigger) =>
        hit.End <= trigger.Index ? other.Index >= hit.End && other.End <= trigger.Index
        : hit.Index >= trigger.End && other.Index >= trigger.End && other.End <= hit.Index;

    private static int Distance(WeaponHit hit, Trigger trigger) =>
        hit.End <= trigger.Index ? trigger.Index - hit.End + 1
        : hit.Index >= trigger.End ? hit.Index - trigger.End + 1
        : 0;

    private static WeaponHit? Nearest(IEnumerable<WeaponHit> hits, Trigger trigger)
    {
        WeaponHit? best = null;
        var bestDistance = int.MaxValue;
        foreach (var hit in hits)
        {
            var distance = Distance(hit, trigger);
            // Ties go to the word after the trigger: Arabic names the weapon after the verb (استهدفت طائرة مسيرة).
            if (distance < bestDistance || (distance == bestDistance && best is { } b && b.Index < trigger.Index && hit.Index > trigger.Index))
            {
                best = hit;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static WeaponHit? Better(WeaponHit? current, IReadOnlyDictionary<IncidentType, TermSet> sets, IncidentType type,
        IReadOnlyList<KeyToken> tokens, int index, int to, bool fallback)
    {
        if (!sets.TryGetValue(type, out var set))
        {
            return current;
        }
        var length = set.MatchAt(tokens, index, to);
        if (length == 0 || (current is { } c && (c.Length >= length || !c.Fallback && fallback)))
        {
            return current;
        }
        return new WeaponHit(type, index, length, fallback);
    }
}
