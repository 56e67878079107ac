namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds the words that say a weapon reached its target, which make an attack not intercepted: it landed or fell
/// (landingWords: سقطت ثلاثة صواريخ قرب السفارة، سقوط طائرة مسيرة داخل القاعدة), hit (أصاب صاروخ قاعة الطعام، إصابات مباشرة),
/// caused damage (أحدثت أضرارا مادية), crashed into something (بعد اصطدامها), dropped its load (ألقت متفجرات), or
/// struck with a weapon as its subject (ضربت 10 صواريخ القاعدة), or missed what it was fired at (لكنه لم يصبها). Not when negated (دون أضرار، لم تسقط), not a fall
/// of casualties (سقوط ضحايا: the casualty reader's), not the fall of a weapon just shot down in the same
/// clause (أسقطت الدفاعات مسيرة سقطت قرب القاعدة), and not the fall of its debris, nor what that fall caused.
/// </summary>
public sealed class OutcomeReader(IncidentTerms terms)
{
    /// <summary>Words before an impact word a negator may stand, over a coordination: "لم يسفر عن قتلى أو جرحى".</summary>
    private const int NegationReach = 5;
    /// <summary>Words between an interception and the fall it causes: "أسقطت الدفاعات الجوية طائرة مسيرة سقطت".</summary>
    private const int DownedReach = 6;
    /// <summary>Words between a strike verb and its weapon subject: "ضربت 3 صواريخ على الأقل".</summary>
    private const int SubjectReach = 3;

    /// <summary>Tokens of the impact word at <paramref name="index"/> (one of <see cref="Impacts"/>), at least one.</summary>
    public int Length(IReadOnlyList<KeyToken> tokens, int index, int to) =>
        Math.Max(Math.Max(1, terms.MissWords.MatchAt(tokens, index, to)),
            Math.Max(terms.LandingWords.MatchAt(tokens, index, to), Math.Max(terms.ImpactWords.MatchAt(tokens, index, to), terms.ImpactVerbs.MatchAt(tokens, index, to))));

    /// <summary>Token indices in [from, to) of impact words, in text order.</summary>
    public IReadOnlyList<int> Impacts(IReadOnlyList<KeyToken> tokens, IReadOnlyList<WeaponHit> weapons, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(weapons);
        var result = new List<int>();
        // Found once: a page of misses in one sentence must not scan it again for each.
        var firstInterception = terms.Interceptors.FirstIn(tokens, from, to);
        // Inside a clause whose landing is of debris, nothing after it tells a hit.
        var debris = false;
        for (var i = from; i < to; i++)
        {
            debris &= !tokens[i].BreakBefore;
            if (debris)
            {
                continue;
            }
            // "أطلقوا صاروخا باتجاه المدمرة لكنه لم يصبها": a weapon that missed what it was fired at was not shot down.
            // Not after an interception in the sentence (اعترضته الدفاعات فلم يصبها: it missed because it was downed).
            var miss = terms.MissWords.MatchAt(tokens, i, to);
            if (miss > 0 && Negated(tokens, i, from) && (firstInterception < 0 || firstInterception >= i))
            {
                result.Add(i);
                i += miss - 1;
                continue;
            }
            var landing = terms.LandingWords.MatchAt(tokens, i, to);
            // "انفجرت الأخرى في محيط القاعدة": a weapon that exploded where it went landed; not one that exploded in the air.
            if (landing == 0 && terms.ExplodeVerbs.MatchAt(tokens, i, to) is > 0 and var exploded && !InTheAir(tokens, i + exploded, to))
            {
                landing = exploded;
            }
            var word = landing > 0 ? landing : terms.ImpactWords.MatchAt(tokens, i, to);
            var verb = word == 0 ? terms.ImpactVerbs.MatchAt(tokens, i, to) : 0;
            if (word == 0 && (verb == 0 || !HasWeaponSubject(tokens, weapons, i, i + verb)))
            {
                continue;
            }
            var end = i + Math.Max(word, verb);
            // "سقط حطامها"، "قبل احتراق حطامها في حقل"، "اشتعال النيران في حطامها": what fell or burned was the wreck.
            if (landing > 0 && Debris(tokens, i, end, from, to) || word > 0 && landing == 0 && WreckAfter(tokens, end, to))
            {
                debris = true;
                i = end - 1;
                continue;
            }
            if (!Negated(tokens, i, from) && !CasualtyFollows(tokens, end, to) && !(landing > 0 && Downed(tokens, i, end, from)))
            {
                result.Add(i);
            }
            i = end - 1;
        }
        return result;
    }

    /// <summary>
    /// A negator shortly before the word, or before the list the word closes: "لم يسفر الهجوم عن إصابات أو أضرار" negates
    /// أضرار through "إصابات أو".
    /// </summary>
    private bool Negated(IReadOnlyList<KeyToken> tokens, int index, int from)
    {
        var head = index;
        while (head - 2 >= from && tokens[head - 1].Bare is Or && !tokens[head].BreakBefore && !tokens[head - 1].BreakBefore)
        {
            head -= 2;
        }
        for (var i = head - 1; i >= Math.Max(from, head - NegationReach); i--)
        {
            // "نفى التحالف وقوع أي أضرار": a denial negates what it denies.
            if (terms.Negation.MatchAt(tokens, i, head) > 0 || terms.DenyVerbs.MatchAt(tokens, i, head) > 0)
            {
                return true;
            }
            if (tokens[i + 1].BreakBefore)
            {
                break;
            }
        }
        return false;
    }

    private const string Or = "او";

    /// <summary>Debris right after an impact word, or after one preposition: "احتراق حطامها"، "اشتعال النيران في حطامها".</summary>
    private bool WreckAfter(IReadOnlyList<KeyToken> tokens, int end, int to) =>
        Enumerable.Range(end, Math.Max(0, Math.Min(to, end + 2) - end))
            .Any(k => !ModalityFilter.ClauseBreakIn(tokens, end, k + 1) && terms.DebrisWords.MatchAt(tokens, k, to) > 0);

    /// <summary>The landing's subject is debris: right after it (سقط حطامها) or right before it (شظايا الصاروخ سقطت: the word before the verb's noun).</summary>
    private bool Debris(IReadOnlyList<KeyToken> tokens, int start, int end, int from, int to) =>
        end < to && !tokens[end].BreakBefore && terms.DebrisWords.MatchAt(tokens, end, to) > 0
        || Enumerable.Range(Math.Max(from, start - 2), Math.Max(0, start - Math.Max(from, start - 2)))
            .Any(k => terms.DebrisWords.MatchAt(tokens, k, start) > 0 && !ModalityFilter.ClauseBreakIn(tokens, k + 1, start + 1));

    /// <summary>"سقوط ضحايا"، "سقوط قتلى وجرحى": a casualty idiom, not a weapon landing.</summary>
    private bool CasualtyFollows(IReadOnlyList<KeyToken> tokens, int index, int to) =>
        index < to && (terms.Killed.MatchAt(tokens, index, to) > 0 || terms.Wounded.MatchAt(tokens, index, to) > 0
            || terms.NoCasualtyNouns.MatchAt(tokens, index, to) > 0 || terms.CasualtyNouns.MatchAt(tokens, index, to) > 0);

    /// <summary>A word for the air within a few words after the verb, in its clause: انفجرت في الجو، انفجرت في سماء المطار.</summary>
    private bool InTheAir(IReadOnlyList<KeyToken> tokens, int index, int to)
    {
        for (var i = index; i < Math.Min(to, index + AirReach); i++)
        {
            if (tokens[i].BreakBefore)
            {
                return false;
            }
            if (terms.AirWords.MatchAt(tokens, i, to) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words from an exploding verb to the air it exploded in: "انفجرت طائرة مسيرة في سماء".</summary>
    private const int AirReach = 4;

    /// <summary>
    /// The fall follows an interception in the same clause, with no contrast between (بينما سقط الثالث is another weapon),
    /// and its subject is not another weapon than the one downed (أسقطت الدفاعات إحداهما وسقطت الأخرى داخل القاعدة).
    /// </summary>
    private bool Downed(IReadOnlyList<KeyToken> tokens, int index, int end, int from)
    {
        if (Another(tokens, end) || index > from && !tokens[index].BreakBefore && Another(tokens, index - 1))
        {
            return false;
        }
        for (var i = index - 1; i >= Math.Max(from, index - DownedReach); i--)
        {
            if (tokens[i + 1].BreakBefore || terms.ContrastWords.MatchAt(tokens, i, index) > 0)
            {
                return false;
            }
            if (terms.Interceptors.MatchAt(tokens, i, index) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word at <paramref name="index"/> names another weapon: الأخرى، الثانية، الثالث.</summary>
    private bool Another(IReadOnlyList<KeyToken> tokens, int index) =>
        index >= 0 && index < tokens.Count && (terms.AnotherWords.MatchAt(tokens, index) > 0 || NumberWords.Ordinals.ContainsKey(tokens[index].Bare));

    /// <summary>The strike verb's subject is a weapon: right after it (ضربت صواريخ) or right before it (الصواريخ ضربت).</summary>
    private static bool HasWeaponSubject(IReadOnlyList<KeyToken> tokens, IReadOnlyList<WeaponHit> weapons, int verbStart, int verbEnd) =>
        weapons.Any(w => w.Index >= verbEnd && w.Index <= verbEnd + SubjectReach && !ModalityFilter.ClauseBreakIn(tokens, verbEnd, Math.Min(tokens.Count, w.Index + 1))
            || w.End == verbStart && !tokens[verbStart].BreakBefore);
}
