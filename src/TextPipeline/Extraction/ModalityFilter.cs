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
    private const int ModalityAfter = 2;
    /// <summary>Three words: the negation may stand before a support verb (لم تتعرض لأي هجوم).</summary>
    private const int NegationReach = 3;
    private const int GenericReach = 2;

    public bool IsEvent(IReadOnlyList<KeyToken> tokens, int sentenceStart, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var clauseStart = trigger.Index;
        while (clauseStart > sentenceStart && !tokens[clauseStart].BreakBefore)
        {
            clauseStart--;
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
        if (terms.Negation.AnyIn(tokens, Math.Max(clauseStart, trigger.Index - NegationReach), trigger.Index))
        {
            return false;
        }
        if (terms.Generic.AnyIn(tokens, Math.Max(clauseStart, trigger.Index - GenericReach), trigger.Index))
        {
            return false;
        }
        if (trigger.Index > clauseStart && terms.FigurativeBefore.MatchAt(tokens, trigger.Index - 1) > 0
            || trigger.End < tokens.Count && !tokens[trigger.End].BreakBefore && terms.Figurative.MatchAt(tokens, trigger.End) > 0)
        {
            return false;
        }
        return trigger.End >= tokens.Count || tokens[trigger.End].BreakBefore || terms.GenericAfter.MatchAt(tokens, trigger.End) == 0;
    }

    private static bool ClauseBreakIn(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].BreakBefore)
            {
                return true;
            }
        }
        return false;
    }
}
