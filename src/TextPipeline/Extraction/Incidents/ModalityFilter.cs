using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Tells a reported event from a threat, plan, condition, denial or generic count (PLOVER's rule: future,
/// hypothetical and negated events are not events). A trigger is not an event when, in its clause, a
/// modality word precedes it (هددت بتصعيد الهجمات، في حال، إذا، يخطط) or follows it closely (الهجمات
/// ستستأنف); when a negation stands just before it (لم يقع هجوم); or when a quantifier makes it a count
/// (العشرات من الهجمات، أي هجوم، ثاني هجوم); nor when a word beside it makes it figurative (هجوما حادا، خط الهجوم).
/// </summary>
public sealed class ModalityFilter(IncidentTerms terms)
{
    private const int ModalityReach = 10;
    private const int ModalityAfter = 4;
    /// <summary>Three words: the negation may stand before a support verb (لم تتعرض لأي هجوم).</summary>
    private const int NegationReach = 3;
    private const int GenericReach = 2;
    /// <summary>A relative pronoun this close before a trigger opens the trigger's clause (الذي استهدف، التي تعرضت لهجوم).</summary>
    private const int RelativeReach = 2;

    /// <summary>Relative pronouns, folded: الذي، التي، الذين ...</summary>
    public static readonly HashSet<string> RelativePronouns = new(
        new[] { "الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللواتي", "اللاتي" }.Select(Normalization.ArabicNormalizer.Fold),
        StringComparer.Ordinal);

    /// <param name="weapons">The sentence's weapon words: a negation inside one is part of its name (طائرة بدون طيار).</param>
    /// <param name="oneDay">The sentence gives a day: successive blasts on it are one event.</param>
    public bool IsEvent(IReadOnlyList<KeyToken> tokens, int sentenceStart, Trigger trigger, IReadOnlyList<WeaponHit>? weapons = null, bool oneDay = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var clauseStart = ClauseOpening(tokens, sentenceStart, trigger.Index);
        // A relative clause has its own tense: in "سيتم الرد على الهجوم الذي استهدف قاعدة التنف" the future is the
        // reply's, and the attack happened. Only a trigger that opens the relative clause starts one; "هددت الفصائل
        // التي تدعمها إيران باستهداف القاعدة" stays a threat.
        for (var i = trigger.Index - 1; i >= Math.Max(clauseStart, trigger.Index - RelativeReach); i--)
        {
            if (RelativePronouns.Contains(tokens[i].Text))
            {
                clauseStart = i + 1;
                break;
            }
        }
        var from = Math.Max(clauseStart, trigger.Index - ModalityReach);
        if (terms.Modality.AnyIn(tokens, from, trigger.Index))
        {
            return false;
        }
        var afterEnd = Math.Min(tokens.Count, trigger.End + ModalityAfter);
        if (!ClauseBreakIn(tokens, trigger.End, afterEnd) && terms.Modality.AnyIn(tokens, trigger.End, afterEnd))
        {
            return false;
        }
        if (Negated(tokens, Math.Max(clauseStart, trigger.Index - NegationReach), trigger.Index, weapons) || Denied(tokens, sentenceStart, trigger))
        {
            return false;
        }
        if (CountedGenerically(tokens, Math.Max(clauseStart, trigger.Index - GenericReach), trigger.Index))
        {
            return false;
        }
        if (trigger.Index > clauseStart && terms.FigurativeBefore.MatchAt(tokens, trigger.Index - 1) > 0
            || trigger.End < tokens.Count && !tokens[trigger.End].BreakBefore && terms.Figurative.MatchAt(tokens, trigger.End) > 0)
        {
            return false;
        }
        return trigger.End >= tokens.Count || tokens[trigger.End].BreakBefore || terms.GenericAfter.MatchAt(tokens, trigger.End) == 0
            // "هزت انفجارات متتالية، مساء الإثنين، معسكر الصقر": blasts one after another on one day are one event.
            || oneDay && terms.FallbackWeapons.TryGetValue(IncidentType.Explosion, out var blasts) && blasts.MatchAt(tokens, trigger.Index, trigger.End) > 0;
    }

    /// <summary>A negation in [from, to) outside the weapon words: "طائرة بدون طيار أطلقها الحوثيون" negates no launch.</summary>
    private bool Negated(IReadOnlyList<KeyToken> tokens, int from, int to, IReadOnlyList<WeaponHit>? weapons)
    {
        for (var i = terms.Negation.FirstIn(tokens, from, to); i >= 0; i = terms.Negation.FirstIn(tokens, i + 1, to))
        {
            if (weapons is null || !weapons.Any(w => i >= w.Index && i < w.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A quantifier before the trigger makes it generic (العشرات من الهجمات، أي هجوم), unless it is an amount on the
    /// weapon noun the event word follows: "عدة صواريخ أصابت القاعدة" is one salvo that hit. An ordinal does so only
    /// right before it (ثاني هجوم): "في الثامن من كانون الثاني لهجوم" is a date.
    /// </summary>
    private bool CountedGenerically(IReadOnlyList<KeyToken> tokens, int from, int triggerIndex)
    {
        if (triggerIndex > from && !tokens[triggerIndex].BreakBefore && terms.OrdinalsBefore.MatchAt(tokens, triggerIndex - 1, triggerIndex) > 0)
        {
            return true;
        }
        for (var i = from; i < triggerIndex; i++)
        {
            if (terms.Generic.MatchAt(tokens, i, triggerIndex) > 0
                && !(terms.SalvoQuantifiers.MatchAt(tokens, i, triggerIndex) > 0 && terms.AnyWeapon.AnyIn(tokens, i + 1, triggerIndex)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "نفت سلطة الطيران تعرض صالة الركاب للقصف": a denial of the event's occurring denies the event. A denial of
    /// responsibility or of a part in it (نفت مسؤوليتها عن الهجوم، نفى أي علاقة له بالقصف) says the attack happened.
    /// </summary>
    /// <remarks>
    /// The denial reaches back over a time set off by commas and a relative clause of what it denies ("نفت القيادة، مساء
    /// الخميس، الأنباء التي تحدثت عن سقوط صواريخ"), not into a clause of its own that opens with و.
    /// </remarks>
    private bool Denied(IReadOnlyList<KeyToken> tokens, int sentenceStart, Trigger trigger)
    {
        for (var i = trigger.Index - 1; i >= Math.Max(sentenceStart, trigger.Index - DenialReach); i--)
        {
            if (tokens[i + 1].BreakBefore && tokens[i + 1].Text[0] == Normalization.ArabicLetters.Waw)
            {
                return false;
            }
            if (terms.DenyVerbs.MatchAt(tokens, i, trigger.Index) > 0)
            {
                return !terms.RoleNouns.AnyIn(tokens, i + 1, trigger.Index);
            }
            // "نفت التقارير وأكدت أن صاروخا سقط": a statement after the denial asserts anew; not one in a relative clause
            // of what is denied (نفت الأنباء التي تحدثت عن سقوط صواريخ).
            if (terms.ReportingVerbs.MatchAt(tokens, i, trigger.Index) > 0
                && !(i > sentenceStart && !tokens[i].BreakBefore && RelativePronouns.Contains(tokens[i - 1].Text)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Words from a denial verb to the event it denies: its subject, a statement, a support verb and its subject.</summary>
    private const int DenialReach = 12;

    /// <summary>
    /// Per trigger of a sentence, whether it reports an event: <see cref="IsEvent"/> and, for an attack noun, not a
    /// count of attacks (<see cref="CountsAttacks"/>). A support verb (تعرضت، شنت، نفذت) whose clause goes on to an
    /// attack noun that is no event is none either: "تعرضت القاعدة إلى ثلاث هجمات"، "نفت تعرض القاعدة لأي هجوم".
    /// </summary>
    public bool[] Events(IReadOnlyList<KeyToken> tokens, int sentenceStart, int sentenceEnd, MentionIndex<NumberMention> numbers,
        IReadOnlyList<WeaponHit> weapons, IReadOnlyList<Trigger> triggers, bool dayDated = false)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        var events = triggers.Select(t => IsEvent(tokens, sentenceStart, t, weapons, dayDated) && !CountsAttacks(tokens, sentenceStart, sentenceEnd, numbers, weapons, t, dayDated)).ToArray();
        // "أحبطت القوات هجوما صاروخيا ... وعثرت على أربعة صواريخ معدة للإطلاق": what is foiled before its launch is a plot;
        // an attack told before the foiling in the sentence still happened.
        var foiled = terms.FoilWords.FirstIn(tokens, sentenceStart, sentenceEnd);
        if (foiled >= 0 && terms.PreLaunchWords.AnyIn(tokens, foiled, sentenceEnd))
        {
            for (var k = 0; k < triggers.Count; k++)
            {
                events[k] &= triggers[k].End <= foiled;
            }
        }
        for (var k = triggers.Count - 2; k >= 0; k--)
        {
            var next = triggers[k + 1];
            if (events[k] && !events[k + 1] && next.Strong && terms.SupportVerbs.MatchAt(tokens, triggers[k].Index) > 0
                && !ClauseBreakIn(tokens, triggers[k].End, next.Index + 1))
            {
                events[k] = false;
            }
        }
        return events;
    }

    /// <summary>
    /// A number of two or more on an attack noun counts attacks ("أكثر من مئة هجوم", "ثلاث هجمات", "هجومين"): a
    /// summary, not one incident. The number must end on the word just before the trigger or lie inside it; a
    /// number with a weapon noun between it and the trigger counts the weapons, which are the subject of the
    /// verb ("ثلاثة صواريخ استهدفت", "صاروخين سقطا"). An air raid is told in strikes as a salvo is in rockets, so
    /// a number on a strike noun (شن الطيران ثلاث غارات، غارتين) or a blast noun (هز انفجاران القاعدة) is the size of one
    /// raid or blast, unless a period word in
    /// the sentence makes it a tally over time ("نفذ التحالف 30 غارة خلال الأسبوع").
    /// </summary>
    public bool CountsAttacks(IReadOnlyList<KeyToken> tokens, int sentenceStart, int sentenceEnd, MentionIndex<NumberMention> numbers,
        IReadOnlyList<WeaponHit> weapons, Trigger trigger, bool dayDated = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(weapons);
        if (!trigger.Strong || CountedNoun(tokens, numbers, weapons, trigger) is not { } count)
        {
            return false;
        }
        // "تعرضت القوات الأمريكية لهجومين بطائرات مسيرة يوم الخميس": a few attacks told on one day are those attacks, each
        // an incident at the site it is told at; over a period they are a tally.
        if (dayDated && count <= FewAttacks && !terms.PeriodWords.AnyIn(tokens, sentenceStart, sentenceEnd))
        {
            return false;
        }
        // The strike noun may be the trigger's second word: "شن غارتين" is one trigger when the verb's subject stands before it.
        var strikeNoun = weapons.Any(w => w.Type is IncidentType.Airstrike or IncidentType.Explosion && w.Index < trigger.End && trigger.Index < w.End);
        return !strikeNoun || terms.PeriodWords.AnyIn(tokens, sentenceStart, sentenceEnd);
    }

    /// <summary>The most attacks of one day told together that are read one by one.</summary>
    private const int FewAttacks = 4;

    /// <summary>The count on the attack noun (see <see cref="CountsAttacks"/>), or null.</summary>
    internal static int? AttackCount(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, IReadOnlyList<WeaponHit> weapons, Trigger trigger) =>
        trigger.Strong ? CountedNoun(tokens, numbers, weapons, trigger) : null;

    private static int? CountedNoun(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, IReadOnlyList<WeaponHit> weapons, Trigger trigger)
    {
        var adjacent = trigger.Index > 0 && !tokens[trigger.Index].BreakBefore ? trigger.Index - 1 : trigger.Index;
        var reachStart = tokens[adjacent].Start;
        var end = tokens[trigger.End - 1].End;
        var triggerStart = tokens[trigger.Index].Start;
        foreach (var number in numbers.Overlapping(reachStart, end))
        {
            if (number.Kind == NumberKind.Year || number.Value < 2 || number.KeyEnd <= reachStart || number.KeyStart >= end)
            {
                continue;
            }
            var numberStart = number.KeyStart;
            if (!weapons.Any(w => tokens[w.End - 1].End > numberStart && tokens[w.Index].Start < triggerStart))
            {
                return number.Value;
            }
        }
        return null;
    }

    /// <summary>True when a hard separator stands before any token in [from, to), the range clipped to the tokens there are.</summary>
    /// <summary>The first token of the clause <paramref name="at"/> is in, not before <paramref name="from"/>.</summary>
    internal static int ClauseOpening(IReadOnlyList<KeyToken> tokens, int from, int at)
    {
        while (at > from && !tokens[at].BreakBefore)
        {
            at--;
        }
        return at;
    }

    internal static bool ClauseBreakIn(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (tokens[i].BreakBefore)
            {
                return true;
            }
        }
        return false;
    }
}
