using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Reads who a sentence attributes its report to: the phrase after a reporting verb or بحسب/وفق (an actor
/// name, or a source noun with its qualifiers: "مصدران عسكريان عراقيان"، "مسؤول أميركي"). The stance is
/// Claimed when a group takes responsibility (تبنت، أعلنت مسؤوليتها, or an armed group announcing it),
/// Confirmed when an official body or official confirms or announces it (أكد، أعلن), Denied on نفى،
/// and Reported otherwise.
/// </summary>
public sealed class AttributionReader
{
    private const int MaxSourceWords = 4;

    /// <summary>How far after the announcer a force named as the owner of the dead may stand (مقتل قيادي بارز في كتائب حزب الله).</summary>
    private const int LossesOwnerReach = 6;

    private static readonly HashSet<string> SourceStops = new(
        new[] {"ان", "انه", "انها", "في", "على", "ل", "الى", "عن", "من", "يوم", "امس", "اليوم", "بان", "بانه", "حيث", "ما", "الذي", "التي", "لم", "لوكاله", "للانباء", "نقلا", "بتغريده", "بتصريح", "لصحيفه", "لقناه"}.Select(Normalization.ArabicNormalizer.Fold),
        StringComparer.Ordinal);

    private readonly IncidentTerms _terms;
    private readonly Dictionary<string, ActorEntry> _actors;

    public AttributionReader(IncidentTerms terms, IReadOnlyList<ActorEntry> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        _terms = terms;
        _actors = actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public Attribution Read(Normalization.MatchKey key, IReadOnlyList<KeyToken> tokens, MentionIndex<LexiconMatch> entities, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var claimed = _terms.ClaimVerbs.AnyIn(tokens, from, to);
        // "الجيش الأمريكي: مقتل 3 جنود": a headline or a post that opens with its speaker and a colon states, as أعلن does.
        if (entities.StartingIn(from, from + 1).FirstOrDefault(e => !e.IsPlace) is { } opener && _actors.TryGetValue(opener.Id, out var speaker)
            && OpensWithColon(key.Key, tokens, opener))
        {
            return ForActor(opener, speaker, tokens, entities, from, to, claimed, confirms: true, denies: false, ownClaim: false);
        }
        for (var i = from; i < to; i++)
        {
            var verb = _terms.ReportingVerbs.MatchAt(tokens, i, to);
            if (verb == 0)
            {
                continue;
            }
            var confirms = _terms.ConfirmVerbs.MatchAt(tokens, i, to) > 0;
            var denies = _terms.DenyVerbs.MatchAt(tokens, i, to) > 0;
            var start = i + verb;
            // "بحسب ما أكد التحالف"، "وفق ما قال مصدران": skip ما and a second reporting verb.
            while (start < to && (tokens[start].Text == "ما" || _terms.ReportingVerbs.MatchAt(tokens, start, to) > 0))
            {
                confirms |= _terms.ConfirmVerbs.MatchAt(tokens, start, to) > 0;
                start++;
            }
            if (start >= to)
            {
                break;
            }
            var actor = entities.StartingIn(start, start + 1).FirstOrDefault(e => !e.IsPlace)
                // "أعلن فصيل أصحاب الكهف مسؤوليته": the group named after a word for a unit or members of it, or after the
                // words it calls itself by ("تبنت مجموعة تطلق على نفسها اسم سرايا أولياء الدم").
                ?? (_terms.MemberNouns.MatchAt(tokens, start, to) is > 0 and var unit && start + unit < to && !tokens[start + unit].BreakBefore
                    && start + unit + _terms.SelfNamingWords.MatchAt(tokens, start + unit, to) is var named && named < to && !tokens[named].BreakBefore
                    ? entities.StartingIn(named, named + 1).FirstOrDefault(e => !e.IsPlace) : null);
            if (actor is not null && _actors.TryGetValue(actor.Id, out var entry))
            {
                // "تبنت إيران الهجوم"، "أعلن الجيش في بيان مسؤوليته عن الغارة": the claim is this actor's own.
                var ownClaim = _terms.ClaimVerbs.MatchAt(tokens, i, to) > 0
                    || _terms.ClaimVerbs.AnyIn(tokens, actor.EndToken, Math.Min(to, actor.EndToken + OwnClaimReach));
                // "أعلنت القيادة المركزية الأمريكية تنفيذ ضربة جوية": an announcement that it carried out the attack claims it.
                var executes = confirms && actor.EndToken < to
                    && _terms.ExecutionNouns.AnyIn(tokens, actor.EndToken, Math.Min(to, actor.EndToken + OwnClaimReach))
                    || SaysItDid(tokens, actor.EndToken, to);
                return ForActor(actor, entry, tokens, entities, from, to, claimed || executes, confirms, denies, ownClaim || executes);
            }
            var sourceLength = _terms.SourceNouns.MatchAt(tokens, start, to);
            // "قال بيان باسم الفصائل المسلحة"، "أفاد بيان صادر عن المقاومة"، "قال بيان للجيش": the body the statement speaks
            // for is the one who says it.
            if (sourceLength > 0 && SpeakerOf(tokens, entities, start + sourceLength, to) is { } body && _actors.TryGetValue(body.Id, out var bodyEntry))
            {
                return ForActor(body, bodyEntry, tokens, entities, from, to, claimed, confirms: true, denies, ownClaim: false);
            }
            if (sourceLength > 0)
            {
                var end = start + sourceLength;
                while (end < to && end - start < MaxSourceWords && !tokens[end].BreakBefore && !SourceStops.Contains(tokens[end].Text)
                    && !_terms.ReportingVerbs.AnyIn(tokens, end, end + 1))
                {
                    end++;
                }
                var official = _terms.OfficialNouns.MatchAt(tokens, start, to) > 0;
                var stance = claimed ? Stance.Claimed : denies ? Stance.Denied : confirms && official ? Stance.Confirmed : Stance.Reported;
                var span = key.ToDisplaySpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
                return new Attribution(span.Text, stance, null);
            }
        }
        return claimed ? new Attribution(null, Stance.Claimed, null) : Attribution.Outlet;
    }

    /// <summary>
    /// The speaker says it carried out the attack: after its name (and a few words: في بيان), a complementizer that
    /// points back to it and an attack verb (قالت كتائب حزب الله إنها استهدفت)، or a plain one with its own forces
    /// (قال الجيش إن قواته قصفت). "قالت قسد إنها تعرضت لهجوم" and "إنها لم تستهدف" say nothing of the kind.
    /// </summary>
    private bool SaysItDid(IReadOnlyList<KeyToken> tokens, int after, int to)
    {
        for (var i = after; i < Math.Min(to, after + OwnClaimReach); i++)
        {
            var verb = _terms.SelfComplementizers.MatchAt(tokens, i, to) is > 0 and var self ? i + self
                : _terms.Complementizers.MatchAt(tokens, i, to) is > 0 and var plain && i + plain < to
                    && _terms.OwnForces.MatchAt(tokens, i + plain, to) is > 0 and var forces ? i + plain + forces
                : -1;
            if (verb >= 0)
            {
                var length = verb < to && !tokens[verb].BreakBefore ? _terms.AttackVerbs.MatchAt(tokens, verb, to) : 0;
                return length > 0 && !Passive(tokens, verb + length, to);
            }
        }
        return false;
    }

    /// <summary>
    /// The verb before <paramref name="next"/> is read as a passive, the speaker's side the one attacked: an instrument
    /// with ب comes right after it, with no object before (إن قواتها استهدفت بطائرة مسيرة), or an agent (قصفت من قبل).
    /// </summary>
    private bool Passive(IReadOnlyList<KeyToken> tokens, int next, int to)
    {
        if (next >= to || tokens[next].BreakBefore)
        {
            return false;
        }
        if (_terms.AgentWords.MatchAt(tokens, next, to) > 0)
        {
            return true;
        }
        if (!tokens[next].Carries(Normalization.ArabicLetters.Beh))
        {
            return false;
        }
        for (var i = next; i < Math.Min(to, next + InstrumentWords); i++)
        {
            if (_terms.AnyWeapon.MatchAt(tokens, i, to) is > 0 and var weapon)
            {
                // "أنه استهدف بصواريخ باليستية مقرا في أربيل": an object after the instrument makes the verb active.
                return !ObjectAfter(tokens, i + weapon, to);
            }
        }
        return false;
    }

    /// <summary>A site noun (مقرا، مواقع، قاعدة) within an adjective or two of <paramref name="at"/>, with no preposition before it.</summary>
    private bool ObjectAfter(IReadOnlyList<KeyToken> tokens, int at, int to)
    {
        for (var j = at; j < Math.Min(to, at + ObjectReach); j++)
        {
            if (tokens[j].BreakBefore)
            {
                return false;
            }
            if (tokens[j].Text != "من" && _terms.SiteNounAt(tokens, j, to))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words from the end of an instrument's weapon to its verb's object: an adjective (بصواريخ باليستية مقرا).</summary>
    private const int ObjectReach = 2;

    /// <summary>Words of an instrument phrase up to its weapon: بثلاثة صواريخ، بطائرة.</summary>
    private const int InstrumentWords = 2;

    /// <summary>Words after the actor its own claim word may stand: "أعلن الحرس الثوري، في بيان، مسؤوليته".</summary>
    private const int OwnClaimReach = 5;

    /// <summary>
    /// The attribution to a named actor. A claim makes an armed group the claimant; a state or its military only when
    /// the claim is its own (<paramref name="ownClaim"/>: it is the claim verb's subject, or its responsibility word
    /// follows it), not when it reports another's (أعلن الجيش الأمريكي أن فصيلا تبنى الهجوم).
    /// </summary>
    private Attribution ForActor(LexiconMatch actor, ActorEntry entry, IReadOnlyList<KeyToken> tokens, MentionIndex<LexiconMatch> entities,
        int from, int to, bool claimed, bool confirms, bool denies, bool ownClaim)
    {
        // An armed group announcing an attack claims it, unless it announces one it suffered (أعلنت ... تعرض)
        // or its own dead and wounded (أعلنت هيئة الحشد الشعبي مقتل ثلاثة من منتسبيها في قصف).
        var announcesLosses = actor.EndToken < to && (_terms.Killed.MatchAt(tokens, actor.EndToken, to) > 0 || _terms.Wounded.MatchAt(tokens, actor.EndToken, to) > 0);
        // "أكدت هيئة الحشد وقوع الانفجار في قاعدة كالسو": confirming that something occurred reports it, it claims nothing.
        var confirmsOccurrence = _terms.OccurrenceNouns.AnyIn(tokens, actor.EndToken, Math.Min(to, actor.EndToken + OccurrenceReach));
        // "أكدت هيئة الحشد أن مقرا لها قصف"، "أعلنت الكتائب أن أحد مواقعها استهدف": an attack on its own sites is suffered.
        var announcesOwn = confirms && entry.Kind == ActorKind.ArmedGroup && !announcesLosses && !confirmsOccurrence && !Suffers(tokens, from, to)
            && !_terms.OwnSites.AnyIn(tokens, actor.EndToken, to);
        // "نفى التحالف الدولي مسؤوليته عن القصف": a denied responsibility claims nothing.
        var stance = (claimed || announcesOwn) && !denies ? Stance.Claimed
            : denies ? Stance.Denied
            : confirms && entry.Kind is ActorKind.Government or ActorKind.Military or ActorKind.State ? Stance.Confirmed
            : Stance.Reported;
        var claimant = stance == Stance.Claimed && (entry.Kind == ActorKind.ArmedGroup || ownClaim && entry.Kind is ActorKind.Military or ActorKind.State)
            ? entry.Id : null;
        // "أعلن الجيش الأمريكي مقتل قيادي في كتائب حزب الله": the dead are named as another force's, not the announcer's.
        var othersLosses = announcesLosses
            && entities.StartingIn(actor.EndToken + 1, actor.EndToken + LossesOwnerReach + 1).Any(e => !e.IsPlace);
        var victim = confirms && announcesLosses && !othersLosses && entry.Kind is ActorKind.ArmedGroup or ActorKind.Military ? entry.Id : null;
        return new Attribution(actor.Span.Text, stance, claimant, victim) { Inferred = claimant is not null && !claimed };
    }

    /// <summary>
    /// A victim verb tells what the announcer's side suffered (أعلنت قسد تعرض حقل العمر لقصف), unless the attack itself
    /// is its subject: "إن قصفا بطائرتين مسيرتين طال قاعدة حرير" tells what the announced attack struck.
    /// </summary>
    private bool Suffers(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = _terms.VictimVerbs.FirstIn(tokens, from, to); i >= 0; i = _terms.VictimVerbs.FirstIn(tokens, i + 1, to))
        {
            var subject = Math.Max(from, i - AttackSubjectReach);
            if (!_terms.Triggers.AnyIn(tokens, subject, i) && !_terms.AnyWeapon.AnyIn(tokens, subject, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after the announcer its object may start: "أكدت هيئة الحشد الشعبي، في بيان لها، صباح اليوم، وقوع".</summary>
    private const int OccurrenceReach = 10;

    /// <summary>Words before a victim verb its attack subject may stand: "قصفا بطائرتين مسيرتين طال".</summary>
    private const int AttackSubjectReach = 4;

    /// <summary>The actor named right after a source noun, or after a word of speaking for (باسم، صادر عن).</summary>
    private LexiconMatch? SpeakerOf(IReadOnlyList<KeyToken> tokens, MentionIndex<LexiconMatch> entities, int at, int to)
    {
        if (at >= to || tokens[at].BreakBefore)
        {
            return null;
        }
        // "المتحدث العسكري باسم جماعة أنصار الله": the source noun's adjectives stand before the word of speaking for.
        var skipped = 0;
        while (skipped < SourceAdjectives && at + skipped < to && !tokens[at + skipped].BreakBefore && tokens[at + skipped].IsDefiniteNisba
            && !entities.StartingIn(at + skipped, at + skipped + 1).Any())
        {
            skipped++;
        }
        if (skipped > 0 && at + skipped < to && _terms.OnBehalfWords.MatchAt(tokens, at + skipped, to) > 0)
        {
            at += skipped;
        }
        var behalf = _terms.OnBehalfWords.MatchAt(tokens, at, to);
        var first = at + behalf;
        return entities.StartingIn(first, first + 1).FirstOrDefault(e => !e.IsPlace && first < to && !tokens[first].BreakBefore);
    }

    /// <summary>Adjectives a source noun may carry before the body it speaks for (المتحدث العسكري الرسمي باسم).</summary>
    private const int SourceAdjectives = 2;

    /// <summary>True when only spaces stand between the actor's name and a colon: "الجيش الأمريكي: ...".</summary>
    private static bool OpensWithColon(string key, IReadOnlyList<KeyToken> tokens, LexiconMatch actor)
    {
        var at = tokens[actor.EndToken - 1].End;
        while (at < key.Length && key[at] == ' ')
        {
            at++;
        }
        return at < key.Length && key[at] == ':';
    }
}
