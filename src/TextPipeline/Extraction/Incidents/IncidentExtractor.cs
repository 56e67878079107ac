using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds the concrete attacks an article reports. Per sentence: event words (<see cref="TriggerFinder"/>) that
/// are events, not threats or counts (<see cref="ModalityFilter"/>); each needs a place more precise than a
/// country in its clause scope, or a definite "القاعدة" pointing back to the last base named — without one,
/// nothing is recorded. Weapon, count, casualties, date, actors and attribution come from the same sentence;
/// a later sentence with no incident of its own but an outcome about "the attack" (no casualties, shot down)
/// completes the incident before it. Sentences about one attack are then merged (<see cref="IncidentMerger"/>).
/// </summary>
public sealed class IncidentExtractor
{
    private const int PlaceReachAfter = 15;
    private const int PlaceReachBefore = 30;
    private const int DateReach = 15;
    /// <summary>Words from an aggression noun to the verb it is the subject of: "عدوان إسرائيلي استهدف".</summary>
    private const int AggressorWords = 3;
    private const int ReportingVerbReach = 3;
    private const int TargetReach = 12;
    private const int FollowUpReach = 4;
    private const int AccusedReach = 4;
    /// <summary>Words from an anniversary noun to the attack it commemorates: "الذكرى السنوية الرابعة لاغتيال قائد فيلق القدس قاسم سليماني ... بغارة".</summary>
    private const int AnniversaryReach = 20;
    /// <summary>Words from a noun of direction to the place it points at: "اتجاه شمال شرق بحيرة طبريا".</summary>
    private const int DirectionReach = 5;
    /// <summary>Words past the accused a habit word may stand (بالوقوف وراء مثل هذه الهجمات: the kind, after the verb and its object).</summary>
    private const int HabitReach = 4;
    private const int VictimReach = 5;

    private const int AimReach = 2;
    private const int OriginReach = 6;
    private const string From = "من";
    private const string With = "مع";
    private const char Lam = '\u0644';

    private readonly IncidentTerms _terms;
    private readonly TriggerFinder _triggers;
    private readonly ModalityFilter _modality;
    private readonly WeaponClassifier _weapons;
    private readonly WeaponCounter _counter;
    private readonly CasualtyReader _casualties;
    private readonly OutcomeReader _outcome;
    private readonly AttributionReader _attribution;
    private readonly IncidentMerger _merger;
    private readonly IncidentDescriber _describer;
    private readonly Dictionary<string, PlaceEntry> _places;
    private readonly Dictionary<string, ActorEntry> _actors;

    public IncidentExtractor(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _terms = new IncidentTerms(lexicons.IncidentTerms);
        _triggers = new TriggerFinder(_terms);
        _modality = new ModalityFilter(_terms);
        _weapons = new WeaponClassifier(_terms);
        _counter = new WeaponCounter(_terms);
        _casualties = new CasualtyReader(_terms);
        _outcome = new OutcomeReader(_terms);
        _attribution = new AttributionReader(_terms, lexicons.Actors);
        _merger = new IncidentMerger(lexicons.Places);
        _describer = new IncidentDescriber(lexicons);
        _places = lexicons.Places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        _actors = lexicons.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        _isSitePlace = e => e.IsPlace && _places.TryGetValue(e.Id, out var place) && place.Precision == PlacePrecision.Site;
        _countryByNisba = NisbaStems(lexicons.Places);
    }

    /// <summary>
    /// Each country's name as the stem of its nisba adjective, folded, article and a final alef dropped: لبنان (اللبنانية)،
    /// عراق (العراقي)، سوري (السورية)، تركي (التركية). A stem two countries share is neither's.
    /// </summary>
    private static Dictionary<string, string> NisbaStems(IEnumerable<PlaceEntry> places)
    {
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var country in places.Where(p => p.Precision == PlacePrecision.Country))
        {
            foreach (var name in new[] { country.NameAr }.Concat(country.Aliases ?? []))
            {
                var stem = CliticStripper.StripArticle(Normalization.ArabicNormalizer.Fold(name));
                stem = stem.EndsWith(Normalization.ArabicLetters.Alef) ? stem[..^1] : stem;
                if (stem.Length < MinNisbaStem || stem.Contains(' '))
                {
                    continue;
                }
                stems[stem] = stems.TryGetValue(stem, out var other) && other != country.NameEn ? null : country.NameEn;
            }
        }
        return stems.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    private const int MinNisbaStem = 3;

    private readonly Dictionary<string, string> _countryByNisba;

    /// <summary>The country a nisba adjective names (اللبنانية، السوري، العراقيين), or null.</summary>
    private string? CountryOfNisba(KeyToken token)
    {
        var word = token.Bare;
        foreach (var ending in NisbaEndings)
        {
            if (word.Length > ending.Length + MinNisbaStem && word.EndsWith(ending, StringComparison.Ordinal)
                && _countryByNisba.TryGetValue(word[..^ending.Length], out var country))
            {
                return country;
            }
        }
        return null;
    }

    private static readonly string[] NisbaEndings = ["يه", "ي", "يين", "يون", "يان", "يتين", "يتان", "يا"];

    /// <summary>A place name of a site: the antecedent of "القاعدة". One delegate, so the names it keeps are indexed once per article.</summary>
    private readonly Func<LexiconMatch, bool> _isSitePlace;

    public IReadOnlyList<Incident> Extract(AnalyzedText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var anchors = Anchors(text);
        // One copy for the gazetteer towns, made once: its names are indexed once, not per event word.
        var townsText = text.Towns is { Count: > 0 } towns ? text with { Entities = towns } : null;
        var drafts = new List<IncidentDraft>();
        var told = new ToldSoFar(Broad);
        Umbrella? umbrella = null;
        var lastMain = -1;
        (string Actor, int Verb, int Sentence)? responder = null;
        // The claim the sentence before made, for a reporting verb that opens the next with no subject of its own.
        (Attribution Said, int Sentence)? claimedBefore = null;
        Func<int, bool> namesPerson = i => StartsPerson(text, i);
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (from, to) = TokenRange(text, text.Sentences[s]);
            if (from >= to)
            {
                continue;
            }
            // A sentence about sport has attacks and shots but no incidents.
            var triggers = _terms.NonViolentContexts.AnyIn(tokens, from, to) ? [] : WithoutAims(tokens, _triggers.Find(tokens, from, to));
            if (triggers.Count == 0 && drafts.Count > 0 && PlacesTheUnplaced(text, drafts[^1], s, from, to) is { } site)
            {
                told.Replace(drafts[^1], drafts[^1] = drafts[^1] with { PlaceId = site, LastSentence = s, Sentences = [.. drafts[^1].Sentences, s] });
                lastMain = drafts[^1].Background ? lastMain : drafts.Count - 1;
                continue;
            }
            if (triggers.Count == 0 && lastMain < 0)
            {
                // No event word and no incident yet for a follow-up to complete: most sentences of most articles.
                continue;
            }
            var weapons = _weapons.Find(tokens, from, to);
            var sentenceDrafts = new List<IncidentDraft>();
            Attribution? attribution = null;
            // A day the sentence gives (not a page's stamp) makes a few attacks told together those attacks.
            var dayDated = text.DatesStartingIn(from, to).Any(d => d.Line is null && d.Precision is DatePrecision.Day or DatePrecision.Weekday or DatePrecision.Relative);
            var events = triggers.Count > 0 ? _modality.Events(tokens, from, to, text.NumbersByKey, weapons, triggers, dayDated) : [];
            int? unplacedStart = null;
            // "ردت القوات الأمريكية بقصف مدفعي، بعد تعرض القاعدة لهجوم صاروخي": the answer, told in the response verb's
            // clause, is another attack than the one answered.
            var answer = Responder(text, from, to);
            // Sites a support verb lists before the attack noun of its clause: "تعرضت قاعدة حرير وقاعدة عين الأسد لهجوم بطائرات
            // مسيرة" is one attack on each, which the noun, with its weapon and day, tells.
            List<Coordinated>? supported = null;
            (int Start, int End)? afterPattern = null;
            for (var k = 0; k < triggers.Count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var trigger = triggers[k];
                Trigger? next = k + 1 < triggers.Count ? triggers[k + 1] : null;
                if (!events[k])
                {
                    unplacedStart = null;
                    continue;
                }
                if (Pattern(text, trigger, next, k > 0 ? triggers[k - 1] : null, from, to))
                {
                    unplacedStart = null;
                    afterPattern = (k > 0 ? triggers[k - 1].End : from, trigger.End);
                    continue;
                }
                // "تعرضت القاعدة لهجمات في الأشهر الماضية، آخرها هجوم يوم الثلاثاء": one of the attacks, picked out in the
                // clause right after the pattern, is at its place: its scope takes the pattern's words in.
                var ofPattern = afterPattern is { } pattern && ClauseBreaks(tokens, pattern.End, trigger.Index + 1) <= 1
                    && _terms.OfThemWords.AnyIn(tokens, ModalityFilter.ClauseOpening(tokens, pattern.End, trigger.Index), trigger.Index) ? afterPattern : null;
                afterPattern = null;
                // An attack noun with no place of its own is described by the verb after it in the same clause
                // ("أحبطت القوات هجوما بطائرة مسيرة كان يستهدف مطار أربيل"): that verb's scope takes it in.
                var scopeStart = unplacedStart ?? ofPattern?.Start ?? (k > 0 ? triggers[k - 1].End : from);
                unplacedStart = null;
                var scopeEnd = next?.Index ?? to;
                // "شن ضربات على مواقع في القائم ردا على هجوم البرج 22": after a response word comes the earlier attack
                // being answered. Its place, weapon, actors and casualties are its own, and it is background.
                var answered = Retaliation(tokens, scopeStart, trigger.Index);
                if (answered >= 0)
                {
                    scopeStart = answered;
                }
                var response = Retaliation(tokens, trigger.End, scopeEnd);
                if (response >= 0)
                {
                    scopeEnd = response;
                }
                var ownWeapons = answered < 0 && response < 0 ? weapons : weapons.Where(h => h.Index >= Math.Max(answered, from) && h.Index < scopeEnd).ToList();
                // "وبعد أسبوع على مقتل القائد في غارة أمريكية، شنت الفصائل هجوما على القاعدة": the earlier event's weapon
                // is its own, not the attack told after its clause.
                if (EarlierClause(text, trigger, anchors, from) is (int earlierFrom, int earlierTo))
                {
                    ownWeapons = ownWeapons.Where(h => h.Index < earlierFrom || h.Index >= earlierTo).ToList();
                }
                // "إن الانفجارات نجمت عن ارتفاع الحرارة، فيما رجحت مصادر أن تكون ناجمة عن ضربة جوية": a weapon told after an
                // allegation is that account's, not the trigger's.
                var alleging = _terms.AllegationVerbs.FirstIn(tokens, trigger.End, scopeEnd);
                if (alleging >= 0)
                {
                    ownWeapons = ownWeapons.Where(h => h.Index < alleging).ToList();
                }
                // Places between an earlier armed trigger and this one are that trigger's target ("الصواريخ سقطت
                // قرب الرومان، مما دفع طائرة إلى تدمير قاذفة"); an untyped verb before it only sets the scene
                // (تعرضت قاعدة حرير لهجوم صاروخي), so the place before it is this trigger's too.
                var lookBack = k == 0 || ofPattern is not null || WeaponClassifier.Classify(weapons, triggers, triggers[k - 1], tokens) is null;
                var weapon = WeaponClassifier.Classify(ownWeapons, triggers, trigger, tokens);
                // A clause of its own after the armed trigger ("..., وكانت القاعدة قد تعرضت لهجوم") names its own place before it.
                var placeFrom = answered >= 0 ? answered : lookBack ? from : ClauseStart(tokens, triggers[k - 1].End, trigger.Index);
                // "هجوما مماثلا": likened to the attack told last (LikenedType, and the place below).
                var likened = lastMain >= 0 && Likened(tokens, trigger, to);
                // An attack whose weapon is named and that happened at sea or in a region the text names no closer
                // ("في البحر الأحمر"، "ضربات جوية في شرق سوريا") is still an incident, at the precision the text gives.
                // An air attack or aggression (هجوم جوي، عدوانا جويا) is as named as a raid: only a bare fallback (ضربة، انفجار) is not.
                var oneEvent = weapon is { Type: not IncidentType.Explosion } launched && (!launched.Fallback || launched is { Type: IncidentType.Airstrike, Length: > 1 })
                    && (Specific(text, scopeStart, scopeEnd) || (_counter.Count(tokens, text.NumbersByKey, launched) is not null || OneTarget(tokens, trigger, scopeEnd))
                        && !_terms.PeriodWords.AnyIn(tokens, scopeStart, scopeEnd))
                    // "قتل جندي تركي وأصيب اثنان آخران في هجوم شنه إرهابيون على قاعدة ... شمالي العراق": one attack with its own
                    // dead or wounded, weapon unnamed, is one event too.
                    // The figure may be a noun's (مقتل جندي) when a result link ties it to the attack (ما أدى إلى).
                    || weapon is null && !Raids(tokens, trigger, next, weapon, to) && (Specific(text, from, to) || _terms.ResultLinks.AnyIn(tokens, trigger.End, to))
                        && (_terms.Killed.AnyIn(tokens, from, to) || _terms.Wounded.AnyIn(tokens, from, to));
                // A town only the gazetteer knows (ناحية سيدكان، قرية أرادن) places such an attack when no lexicon place is near:
                // before a region or a sea, which it is inside.
                var place = PickPlace(text, trigger, placeFrom, scopeEnd)
                    ?? (oneEvent && townsText is not null && PickPlace(townsText, trigger, placeFrom, scopeEnd) is { } gazetteerTown
                        && !InAnotherCountry(text, gazetteerTown, placeFrom, scopeEnd) ? gazetteerTown : null);
                // A region or a sea the scope names: one event's place when nothing closer is; for any attack left
                // unplaced, where it was all the same (NamedPlace below). Read once, only when nothing closer places it.
                var regional = place is null && oneEvent ? PickPlace(text, trigger, placeFrom, scopeEnd, PlacePrecision.Region) : null;
                place ??= regional;
                place = place is not null && TownSaidInside(text, place, placeFrom, scopeEnd) is { } town ? town : place;
                // "ولم يكن هذا أول هجوم على المطار، إذ تعرض لهجوم مشابه قبل شهرين": an attack likened to another, its place
                // unsaid, struck the same target: the place named last before it in its sentence, else the place of the
                // attack it is likened to.
                // Not when a verb follows in its clause: "بعد أسبوع من هجوم مماثل استهدف قاعدة حرير" places it there (the
                // verb's scope takes it in, below).
                var describedAfter = next is { } following && !ModalityFilter.ClauseBreakIn(tokens, trigger.End, following.Index + 1);
                if (place is null && likened && !describedAfter)
                {
                    place = Best(text, text.EntitiesByToken.StartingIn(from, trigger.Index + 1).Where(e => IsPlaceLike(e) && e.EndToken <= trigger.Index), trigger, after: false)
                        ?? drafts[lastMain].PlaceId;
                }
                // Kept aside: a country places the attack only if no neighbour places it closer (after the merge).
                var countryOnly = place is null && oneEvent && answered < 0 && Specific(text, scopeStart, scopeEnd)
                    && !Raids(tokens, trigger, next, weapon, to)
                    ? CountryOnly(text, trigger, from, to) : null;
                if (place is null)
                {
                    unplacedStart = describedAfter ? scopeStart : null;
                    if (weapon is not { Fallback: false } || answered >= 0)
                    {
                        // "شنت الولايات المتحدة غارات على خمسة مواقع في العراق وسوريا": attacks told together by their doer,
                        // each site told after.
                        if (answered < 0 && weapon is { } together && Raids(tokens, trigger, next, weapon, to))
                        {
                            attribution ??= Said(text, from, to, s, claimedBefore);
                            umbrella = Together(text, Perpetrators(text, scopeStart, scopeEnd, trigger, ownWeapons, weapon, attribution), together.Type, s, trigger.Index, umbrella);
                        }
                        continue;
                    }
                }
                // An accident is no attack: a blast from a gas cylinder, or a drone that fell (a weak word, no attack's) through
                // a technical fault (سقطت طائرة مسيرة تابعة للجيش أثناء رحلة تدريبية بسبب عطل فني).
                if ((weapon is null or { Type: IncidentType.Explosion } || !trigger.Strong) && _terms.AccidentWords.AnyIn(tokens, from, to))
                {
                    continue;
                }
                var date = PickDate(text, trigger, from, to, scopeEnd, anchors);
                // "أحيا الآلاف اليوم الذكرى الرابعة لاغتيال سليماني بغارة أمريكية": the day of the commemoration is not the attack's.
                var commemorated = _terms.AnniversaryWords.AnyIn(tokens, Math.Max(from, trigger.Index - AnniversaryReach), trigger.Index);
                if (commemorated && date is not null && !Old(text, date))
                {
                    date = null;
                }
                // "استهدفت طائرتان قاعدة حرير، فيما سقطت صواريخ قرب قاعدة عين الأسد، في هجومين منفصلين مساء الثلاثاء": a count
                // of attacks after as many told in its sentence, with no site after it, takes them back, and its day is theirs.
                if (ModalityFilter.AttackCount(tokens, text.NumbersByKey, weapons, trigger) is >= 2 and var taken
                    && sentenceDrafts.Count(d => !d.Background) >= taken
                    && !text.EntitiesByToken.StartingIn(trigger.End, scopeEnd).Any(e => IsPlaceLike(e) && IsSite(e.Id)))
                {
                    for (var d = 0; d < sentenceDrafts.Count; d++)
                    {
                        if (!sentenceDrafts[d].Background && sentenceDrafts[d].Date is null && date is not null)
                        {
                            sentenceDrafts[d] = sentenceDrafts[d] with { Date = date };
                        }
                    }
                    continue;
                }
                attribution ??= Said(text, from, to, s, claimedBefore);
                // The sentence's claim is about its own attack; the one answered is only recalled.
                var said = answered >= 0 ? Attribution.Outlet with { Source = attribution.Source } : attribution;
                var perpetrators = Perpetrators(text, scopeStart, scopeEnd, trigger, ownWeapons, weapon, said);
                // "الحشد الشعبي: انفجار في مقر للواء 52 ناجم عن قصف جوي مجهول": an announcer claims nothing its sentence says an
                // unknown hand did.
                if (said is { Inferred: true, ClaimantId: { } announcer } && _terms.UnknownDoers.AnyIn(tokens, from, to))
                {
                    perpetrators.Remove(announcer);
                }
                foreach (var accused in Accused(text, from, to).Concat(Continuing(text, from, to)).Where(a => !perpetrators.Contains(a)).Distinct())
                {
                    perpetrators.Add(accused);
                }
                // "شنت الولايات المتحدة غارات على خمسة مواقع ... وقصفت طائرات مسيرة مقرا في القائم": one of the raids told before.
                var inherited = umbrella is { } u && perpetrators.Count == 0 && answered < 0 && !likened && s - u.Sentence <= UmbrellaReach
                    && place is not null && !Broad(place) && !told.AnyAt(place) && !(told.AnyAtASite && TakenBack(tokens, trigger, weapon))
                    && (date is null || !Old(text, date)) && !_terms.UnknownDoers.AnyIn(tokens, from, to) && Within(u, weapon?.Type ?? IncidentType.Other)
                    ? u.Doers : [];
                perpetrators.AddRange(inherited.Select(d => d.Value));
                // "استهدفت المقاومة قاعدة عين الأسد وقاعدة حرير": one attack on each site named; how many weapons each
                // took, and whose the dead were, the sentence does not say.
                var also = place is null ? [] : CoordinatedSites(text, place, trigger.End, scopeEnd, ownWeapons);
                if (also.Count == 0 && supported is { } listed && listed.FindIndex(c => c.Id == place) is >= 0 and var own)
                {
                    also = [listed[own], .. listed.Where((_, i) => i != own)];
                }
                supported = also.Count > 0 && next is { Strong: true } noun && _terms.SupportVerbs.MatchAt(tokens, trigger.Index, trigger.End) > 0
                    && !ModalityFilter.ClauseBreakIn(tokens, trigger.End, noun.Index + 1) ? also : null;
                // Each site of the list with a weapon of its own: the attack on each is of its weapon, and counted by it.
                // The first site's own weapon is its attack's, whatever the others'.
                var ownEach = also.Count > 0 && also.TrueForAll(c => c.Weapon is not null);
                if (also.Count > 0 && also[0].Weapon is { } firstSites)
                {
                    weapon = firstSites;
                }
                var hosted = place is null ? [] : Hosted(text, place, from, to).ToList();
                // "غارات بطائرات مسيرة أمريكية": a state's armed drone strikes as its aircraft do.
                // "شهدت القاعدة هجوما مماثلا": an attack likened to the one just told, naming no weapon of its own, is of its kind.
                // "هجوم بصواريخ باليستية على قاعدة عين الأسد. وأوضح أن معظم الصواريخ اعترضتها الدفاعات": a definite word for
                // rockets and missiles alike, with no word of kind, takes back the missiles the story just told.
                if (weapon is { Type: IncidentType.Rocket, Length: 1 } bare && tokens[bare.Index].HasArticle.Any(a => a)
                    && _terms.ProjectileNouns.MatchAt(tokens, bare.Index, bare.End) == 1
                    && lastMain >= 0 && drafts[lastMain].Type == IncidentType.Missile && s - drafts[lastMain].LastSentence <= FollowUpReach)
                {
                    weapon = bare with { Type = IncidentType.Missile };
                }
                // "أسقطت المدمرة صاروخا حوثيا كان متجها نحو سفينة في خليج عدن": a word for rockets and missiles alike fired at a
                // target at sea names a missile; the rockets of these wars (كاتيوشا، غراد) are fired at land.
                if (weapon is { Type: IncidentType.Rocket } atSea && _terms.ProjectileNouns.MatchAt(tokens, atSea.Index, atSea.End) == atSea.Length
                    && place is not null && _places.TryGetValue(place, out var sea) && sea.Precision == PlacePrecision.Sea)
                {
                    weapon = atSea with { Type = IncidentType.Missile };
                }
                var type = ByDoer(weapon?.Type ?? (likened ? drafts[lastMain].Type : IncidentType.Other), perpetrators);
                // "قصفت القوات الأمريكية مواقع للفصائل"، "عدوان إسرائيلي استهدف بناء سكنيا": a bombardment or an aggression, weapon
                // unnamed, by a force that bombards only from the air.
                // The aggression may be the trigger or its verb's subject, an adjective or two before it.
                if (type == IncidentType.Other && (_terms.BombardVerbs.MatchAt(tokens, trigger.Index, trigger.End) > 0
                        || _terms.AggressionNouns.AnyIn(tokens, Math.Max(scopeStart, trigger.Index - AggressorWords), trigger.End))
                    && perpetrators.Any(_terms.AirStrikeDoers.Contains))
                {
                    type = IncidentType.Airstrike;
                }
                // Its weapons unnamed, none are known to have been shot down: "تصدت الدفاعات الجوية لعدوان" is no count of them.
                var unnamedWeapons = weapon is null;
                var counted = weapon is { } w && (also.Count == 0 || also[0].Weapon is not null)
                    ? CountAs(text, type, w) ?? FiredFromTheAir(tokens, text.NumbersByKey, type, w, ownWeapons)
                    : null;
                var intercepted = !unnamedWeapons && WholeInterception(tokens, scopeStart, scopeEnd) && WholeInterception(tokens, from, to);
                var support = new List<FieldSupport> { new(IncidentField.Type, Wire(type), Words(text, trigger.Index, trigger.End)) };
                // A claim carried from the sentence before (كما أعلن تنفيذ عملية): the claimant is named there.
                if (claimedBefore is { } carried && ReferenceEquals(attribution, carried.Said) && carried.Said.ClaimantId is { } carriedClaimant
                    && TokenRange(text, text.Sentences[carried.Sentence]) is var (claimFrom, claimTo)
                    && text.EntitiesByToken.StartingIn(claimFrom, claimTo).FirstOrDefault(e => e.Id == carriedClaimant) is { } claimantNamed)
                {
                    support.Add(new(IncidentField.Perpetrator, carriedClaimant, claimantNamed.Span));
                }
                if (weapon is { } typed)
                {
                    support.Add(new(IncidentField.Type, Wire(type), Words(text, typed.Index, typed.End)));
                }
                support.AddRange(inherited);
                if (counted is { } c)
                {
                    support.Add(CountSupport(text, c));
                }
                if (intercepted)
                {
                    support.Add(Interception(text, scopeStart, scopeEnd));
                }
                var draft = new IncidentDraft
                {
                    Type = type,
                    FirstSentence = s,
                    LastSentence = s,
                    TriggerToken = trigger.Index,
                    PlaceId = place,
                    Date = date,
                    WeaponCount = counted?.Value,
                    Intercepted = intercepted ? true : null,
                    PerpetratorIds = perpetrators,
                    TargetIds = Targets(text, trigger, scopeEnd, perpetrators, ownWeapons).Union(hosted)
                        .Union(said.VictimId is { } victim ? [victim] : []).Except(perpetrators).ToList(),
                    Attribution = said.Source,
                    Stance = said.Stance,
                    Background = answered >= 0 || IsBackground(text, date) || AfterAnEarlierDay(text, trigger, anchors) || Recalled(text, date, place, told)
                        || commemorated
                        || RecalledAfter(text, date, sentenceDrafts)
                        || Pluperfect(tokens, from, trigger) && EarlierDay(date, sentenceDrafts.FindLast(d => !d.Background && d.PlaceId is not null)
                            ?? (lastMain >= 0 ? drafts[lastMain] : null)),
                    AnsweredFrom = answered >= 0 ? answered : null,
                    SharedSites = also.Count > 0,
                    Answers = answer is { Verb: var answerVerb } && trigger.Index > answerVerb && !ModalityFilter.ClauseBreakIn(tokens, answerVerb + 1, trigger.Index + 1),
                    CountryOnly = countryOnly,
                    // When the regional reading above ran, it found nothing; else it runs here.
                    NamedPlace = place is null ? countryOnly ?? (oneEvent ? regional : PickPlace(text, trigger, placeFrom, scopeEnd, PlacePrecision.Region)) : null,
                    ByInstrument = weapon is { } armed && ByInstrument(tokens, armed.Index, from),
                    Alleged = Alleged(tokens, from, trigger.Index),
                    Definite = TakesBack(tokens, trigger.Index, trigger.End),
                    // Dated, it is one attack of its own; undated, a comparison (أول مرة منذ سنوات يصاب فيها موظفون في هجوم مماثل).
                    Likened = likened && date is not null,
                    Sentences = [s],
                    Support = support,
                };
                sentenceDrafts.Add(draft);
                if ((place is null || Broad(place)) && answered < 0 && inherited.Count == 0 && Raids(tokens, trigger, next, weapon, to))
                {
                    umbrella = Together(text, perpetrators, type, s, trigger.Index, umbrella);
                }
                // "استهدفت القاعدة في شهري آذار وتموز الماضيين بصواريخ": one attack in each month. Figures told after both
                // (أسفرت عن إصابة جنديين في آذار) are the first month's (AssignCasualties); a later "هجوم تموز" joins the other.
                if (date is { Precision: DatePrecision.Month } && CoordinatedMonth(text, date, to) is { } other)
                {
                    sentenceDrafts.Add(draft with
                    {
                        Date = other,
                        Background = draft.Background || IsBackground(text, other),
                        Support = support.Where(f => f.Field != IncidentField.WeaponCount).ToList(),
                        WeaponCount = null,
                        SecondDate = true,
                    });
                }
                sentenceDrafts.AddRange(also.Skip(1).Select(site => Coordinate(text, draft, site, ownEach, perpetrators)
                    with { TargetIds = draft.TargetIds.Except(hosted).Union(Hosted(text, site.Id, from, to)).ToList() }));
            }
            // "ردت القوات الأمريكية على هجوم تعرضت له. وقال مسؤول إن الغارة التي شنتها الطائرات المقاتلة استهدفت ...": the
            // side that answers an attack carried out the first attack told after its answer, here or in the next sentence.
            if (answer is { } found)
            {
                responder = (found.Actor, found.Verb, s);
            }
            if (responder is { } answering && s - answering.Sentence <= 1
                // In the answer's own sentence, the attack told in its clause; an attack told after it (بعد تعرض القاعدة لهجوم)
                // is the one answered.
                && sentenceDrafts.FindIndex(d => !d.Background && d.PerpetratorIds.Count == 0 && (s > answering.Sentence || d.Answers)) is >= 0 and var first)
            {
                sentenceDrafts[first] = sentenceDrafts[first] with { PerpetratorIds = [answering.Actor] };
                responder = null;
            }
            responder = responder is { } kept && kept.Sentence == s ? kept : null;
            // "تعرضت مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها": attacks told together, their doer
            // accused.
            if (triggers.Count > 0 && Accused(text, from, to, ofOtherAttacks: true) is { Count: > 0 } accusedOfThem)
            {
                umbrella = Together(text, accusedOfThem, IncidentType.Other, s, triggers[^1].Index, umbrella);
            }
            // "شنت القوات غارات ... بعد هجوم بطائرة مسيرة على قواتها": a drone attack told after is as likely the one this
            // sentence recalls as one of the raids.
            if (umbrella is { } raids && raids.Sentence == s)
            {
                umbrella = raids with
                {
                    AlsoTold = weapons.Where(w => w.Type != raids.Type && !sentenceDrafts.Any(d => d.PlaceId is { } site && !Broad(site)
                        && d.Support.Any(f => f.Field == IncidentField.Type && f.Span == Words(text, w.Index, w.End)))).Select(w => w.Type).ToHashSet(),
                };
            }
            var facts = _casualties.Read(tokens, text.NumbersByKey, from, to, namesPerson);
            // Read only where an outcome can land: a sentence with an attack of its own, or one close enough to complete
            // the attack before it (IsFollowUp's reach). Most sentences of a long article are neither.
            var impacts = sentenceDrafts.Count > 0 || lastMain >= 0 && s - drafts[lastMain].LastSentence <= FollowUpReach
                ? _outcome.Impacts(tokens, weapons, from, to) : [];
            // A draft its country alone places is the story's attack too: what the next sentences add is about it.
            var placed = sentenceDrafts.Count(d => d.PlaceId is not null || d.CountryOnly is not null);
            if (placed == 0 && lastMain >= 0 && IsFollowUp(text, drafts[lastMain], s, from, to, facts, weapons, impacts, out var dated))
            {
                var intercepted = WholeInterception(tokens, from, to) && weapons.Count > 0;
                // "تعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين، فيما استهدفت صواريخ قاعدة التنف. وأكد مسؤول أن الدفاعات أسقطت
                // الطائرتين": the weapons shot down name the attack they were, when that is not the last one told.
                if (intercepted && InterceptedKinds(tokens, weapons, from, to) is { Count: > 0 } kinds && !kinds.Contains(drafts[lastMain].Type)
                    && drafts.FindLastIndex(lastMain, lastMain + 1, d => !d.Background && d.PlaceId is not null && kinds.Contains(d.Type)
                        && s - d.LastSentence <= FollowUpReach) is >= 0 and var shotDown)
                {
                    told.Replace(drafts[shotDown], drafts[shotDown] = Complete(drafts[shotDown], s, [], true, Interception(text, from, to)));
                    intercepted = false;
                }
                var hit = impacts.Count > 0 && Armed(drafts[lastMain]);
                var outcome = hit ? Impact(text, impacts[0], to) : intercepted ? Interception(text, from, to) : null;
                var fitting = facts.Where(f => f.Fits(drafts[lastMain].Killed, drafts[lastMain].Wounded)).Select(f => (f, Clause(text, f.Index, from, to))).ToList();
                // "وأضاف أن عسكريا عراقيا أصيب أيضا": a figure on top of those told adds to them; to figures not known
                // (عدد من الجنود) it adds nothing known.
                var added = fitting.Where(f => Additive(tokens, f.f.Index, to)).ToList();
                fitting.RemoveAll(added.Contains);
                told.Replace(drafts[lastMain], drafts[lastMain] = Added(Complete(drafts[lastMain], s, fitting, hit ? false : intercepted ? true : null, outcome)
                    with { Date = drafts[lastMain].Date ?? dated, Hurt = drafts[lastMain].Hurt ?? HurtIn(text, from, to) }, added));
                // "وقال الرئيس إن الهجوم الذي أسفر عن مقتل ثلاثة عسكريين نفذته جماعات مدعومة من إيران": the attack the story
                // told, taken back by a definite attack noun, with its doer named.
                if (DoerOfTheAttackTold(text, from, to) is { } doer && !drafts[lastMain].PerpetratorIds.Contains(doer))
                {
                    drafts[lastMain] = drafts[lastMain] with { PerpetratorIds = [.. drafts[lastMain].PerpetratorIds, doer] };
                }
            }
            else if (sentenceDrafts.Count > 0)
            {
                // "أصيب عدد من العسكريين في هجوم صاروخي": the one attack the sentence tells hurt people, however many.
                if (sentenceDrafts.Count(d => !d.Background) == 1 && _casualties.HurtVaguely(tokens, from, to) is >= 0 and var hurt)
                {
                    var own = sentenceDrafts.FindIndex(d => !d.Background);
                    sentenceDrafts[own] = sentenceDrafts[own] with { Hurt = Clause(text, hurt, from, to) };
                }
                AssignCasualties(text, sentenceDrafts, facts, from, to);
                AssignInterception(text, sentenceDrafts, triggers, from, to);
                AssignImpacts(text, sentenceDrafts, impacts, to);
                AnotherWeapon(text, sentenceDrafts, weapons, from, to);
                drafts.AddRange(sentenceDrafts);
                sentenceDrafts.ForEach(told.Add);
                // Only this sentence's drafts can become the main one: a search of every draft per sentence was the
                // square of a page of recalled attacks.
                var main = drafts.FindLastIndex(drafts.Count - 1, sentenceDrafts.Count, d => !d.Background && (d.PlaceId is not null || d.CountryOnly is not null));
                lastMain = placed > 0 && main >= 0 ? main : lastMain;
            }
            if (attribution is not null)
            {
                claimedBefore = attribution.ClaimantId is not null ? (attribution, s) : null;
            }
            // "تعرضت القاعدة لهجوم بطائرة مسيرة. وتبنت كتائب حزب الله الهجوم": a claim or an accusation told after the
            // attack, taking it back, names its doer.
            if (placed == 0 && lastMain >= 0 && ClaimOfTheAttackTold(text, drafts[lastMain], s, from, to) is { } claimant)
            {
                told.Replace(drafts[lastMain], drafts[lastMain] = drafts[lastMain] with
                {
                    PerpetratorIds = [claimant],
                    LastSentence = Math.Max(drafts[lastMain].LastSentence, s),
                    Sentences = drafts[lastMain].Sentences.Contains(s) ? drafts[lastMain].Sentences : [.. drafts[lastMain].Sentences, s],
                });
            }
        }
        // An attack a sentence tells without a place (its weapon named) is the one a neighbouring sentence places, when
        // their kinds agree (the merger's rule); left alone, it is no incident: where it happened is not known.
        var incidents = ToldAgain(_merger.Merge(drafts, StatedContainment(text)).ToList())
            .Select(d => d.PlaceId is null && d.CountryOnly is { } country ? d with { PlaceId = country } : d)
            .Where(d => d.PlaceId is not null).ToList();
        return HeadlineAgreed(text, incidents).Select(d => ToIncident(text, WithCasualtyOutcome(ArmedDroneStrike(d)))).ToList();
    }

    /// <summary>
    /// "ونفذت القوات الأمريكية ضربة في العراق الأسبوع الماضي": an attack only its country places, of the kind of one the
    /// article places inside that country, is that one told again in brief: no incident of its own, and the doer it names
    /// is that one's when that one has none.
    /// </summary>
    private List<IncidentDraft> ToldAgain(List<IncidentDraft> merged)
    {
        for (var i = merged.Count - 1; i >= 0; i--)
        {
            var brief = merged[i];
            if (brief.PlaceId is not null || brief.CountryOnly is not { } country || !_places.TryGetValue(country, out var land))
            {
                continue;
            }
            var told = merged.FindIndex(other => other.PlaceId is { } inside && other.Type == brief.Type
                && _places.TryGetValue(inside, out var at) && at.Country == land.NameEn);
            if (told < 0)
            {
                continue;
            }
            if (merged[told].PerpetratorIds.Count == 0 && brief.PerpetratorIds.Count > 0)
            {
                merged[told] = merged[told] with
                {
                    PerpetratorIds = brief.PerpetratorIds,
                    Sentences = [.. merged[told].Sentences.Union(brief.Sentences).Order()],
                    Support = [.. merged[told].Support, .. brief.Support.Where(x => x.Field == IncidentField.Perpetrator)],
                };
            }
            merged.RemoveAt(i);
        }
        return merged;
    }

    /// <summary>
    /// "مقتل 3 جنود وإصابة 42 آخرين بهجوم مسيرة" over a body that says 24 wounded: the headline and the body disagree on
    /// the one attack the article reports, and neither figure is taken (as for two sources that disagree). Only with one
    /// current incident, whose figure the headline must be about, and only a figure both state; the headline adds none.
    /// </summary>
    private List<IncidentDraft> HeadlineAgreed(AnalyzedText text, List<IncidentDraft> incidents)
    {
        if (text.Headline is not { } headline || incidents.Count(d => !d.Background) != 1)
        {
            return incidents;
        }
        var facts = _casualties.Read(headline.Tokens, NumberMention.ByKey(headline.Numbers), 0, headline.Tokens.Count);
        var killed = facts.Where(f => f.Killed is not null).Select(f => f.Killed).Distinct().ToList();
        var wounded = facts.Where(f => f.Wounded is not null).Select(f => f.Wounded).Distinct().ToList();
        static bool Disagree(int? body, List<int?> told) => body is not null && told.Count == 1 && told[0] != body;
        var index = incidents.FindIndex(d => !d.Background);
        var news = incidents[index];
        var (dropKilled, dropWounded) = (Disagree(news.Killed, killed), Disagree(news.Wounded, wounded));
        if (dropKilled || dropWounded)
        {
            incidents[index] = news with
            {
                Killed = dropKilled ? null : news.Killed,
                Wounded = dropWounded ? null : news.Wounded,
                Support = news.Support.Where(x => !(dropKilled && x.Field == IncidentField.Killed || dropWounded && x.Field == IncidentField.Wounded)).ToList(),
            };
        }
        return incidents;
    }

    /// <summary>
    /// "طائرات إسرائيلية أطلقت ستة صواريخ على مواقع الفصائل": aircraft that strike are counted by what they fired, the
    /// rockets or missiles told after them in their clause, when the raid itself is not counted.
    /// </summary>
    private WeaponCounter.Counted? FiredFromTheAir(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, IncidentType type, WeaponHit aircraft,
        IReadOnlyList<WeaponHit> weapons)
    {
        if (type != IncidentType.Airstrike)
        {
            return null;
        }
        var fired = weapons.FirstOrDefault(h => h.Index >= aircraft.End && h.Type is IncidentType.Rocket or IncidentType.Missile && !h.Fallback
            && !ModalityFilter.ClauseBreakIn(tokens, aircraft.End, h.Index + 1));
        return fired.Length > 0 ? _counter.Find(tokens, numbers, fired) : null;
    }

    /// <summary>
    /// The armed side a sentence says answered an attack: a response verb with the side as its subject right after it,
    /// and "على" an attack noun later in its clause (ردت القوات الأمريكية الموجودة في العراق على هجوم تعرضت له), or the
    /// attack it answered with right after it (ردت القوات الأمريكية بقصف مدفعي). Not a reply to words (ردت الوزارة على
    /// الانتقادات، ردت القيادة ببيان), nor one by a side that is not armed.
    /// </summary>
    private (string Actor, int Verb)? Responder(AnalyzedText text, int from, int to)
    {
        var tokens = text.Tokens;
        for (var v = _terms.ResponseVerbs.FirstIn(tokens, from, to); v >= 0; v = _terms.ResponseVerbs.FirstIn(tokens, v + 1, to))
        {
            var verb = _terms.ResponseVerbs.MatchAt(tokens, v, to);
            var side = text.EntitiesByToken.StartingIn(v + verb, v + verb + 1).FirstOrDefault(e => !e.IsPlace && IsArmed(e.Id) && !tokens[e.FirstToken].BreakBefore);
            // "أكد مسؤول أن القوات الأمريكية ردت بقصف مدفعي": the side fronted before the verb; what answers follows the verb.
            var fronted = side is null && v > from && !tokens[v].BreakBefore
                ? text.EntitiesByToken.EndingIn(v, v + 1).FirstOrDefault(e => !e.IsPlace && IsArmed(e.Id) && e.EndToken == v)
                : null;
            side ??= fronted;
            if (side is null)
            {
                continue;
            }
            var sideEnd = fronted is not null ? v + verb : side.EndToken;
            // The comma writers put after a long subject (ردت القوات الأمريكية الموجودة في العراق، على هجوم) may stand before على.
            for (var i = sideEnd; i + 1 < Math.Min(to, sideEnd + ResponseReach) && (!tokens[i].BreakBefore || tokens[i].Text == On); i++)
            {
                if (tokens[i].Text == On && _terms.Triggers.MatchAt(tokens, i + 1, to) > 0)
                {
                    return (side.Id, v);
                }
            }
            // "وردت القوات الأمريكية بقصف مدفعي على مصادر النيران"، "ردت ... على مصادر النيران بقصف مدفعي": the side answered
            // with an attack of its own, in its clause.
            for (var means = sideEnd; means < Math.Min(to, sideEnd + ResponseReach) && !tokens[means].BreakBefore; means++)
            {
                if (WithBa(tokens[means]) && (_terms.Triggers.MatchAt(tokens, means, to) > 0 || _terms.AnyWeapon.MatchAt(tokens, means, to) > 0))
                {
                    return (side.Id, v);
                }
            }
        }
        return null;
    }

    /// <summary>Words from the answering side to "على" and the attack it answers: the side's description (الموجودة في العراق).</summary>
    private const int ResponseReach = 8;

    /// <summary>
    /// The doer a follow-up sentence names for the attack it takes back with a definite attack noun (الهجوم ... نفذته X،
    /// الهجوم ... من قبل X): the armed actor after an agent word following that noun in its sentence.
    /// </summary>
    /// <summary>
    /// "تصدت الدفاعات لصاروخ أطلق على السفارة، فيما سقط صاروخ ثان قرب الجسر"، "اعترضت صاروخا بينما سقط صاروخ آخر": a
    /// weapon told as another or the second after one of its kind makes two of the sentence's attack, when the sentence
    /// places it at one place and its drafts counted one. A stated count is left as it is: "another" may be one of them.
    /// So for any ordinal: "أسقطت الدفاعات طائرتين مسيرتين، بينما سقطت طائرة ثالثة" (or, the noun left out, "سقطت الثالثة")
    /// makes three of two; an ordinal that does not follow its count ("صاروخ ثالث" after one) changes nothing.
    /// </summary>
    private void AnotherWeapon(AnalyzedText text, List<IncidentDraft> drafts, IReadOnlyList<WeaponHit> weapons, int from, int to)
    {
        var tokens = text.Tokens;
        // The interception verb's draft, the launch verb's and the landing verb's may each tell it: one place, one attack;
        // places the merge takes for one (السفارة الأمريكية and المنطقة الخضراء, sites a few kilometres apart) are one.
        var places = drafts.Where(d => d.PlaceId is not null).Select(d => d.PlaceId!).Distinct().ToList();
        if (places.Count == 0 || !places.TrueForAll(p => _merger.SamePlace(p, places[0])))
        {
            return;
        }
        for (var k = 1; k < weapons.Count; k++)
        {
            var second = weapons[k];
            var next = second.End < to && !tokens[second.End].BreakBefore ? second.End : -1;
            var another = next >= 0 ? _terms.AnotherWords.MatchAt(tokens, next, to) : 0;
            var ordinal = next >= 0 && NumberWords.Ordinals.TryGetValue(tokens[next].Bare, out var n) ? n : 0;
            // A bare noun with an ordinal (طائرة ثالثة after طائرتين مسيرتين) is one more of the kind counted before it.
            if (another == 0 && ordinal == 0 || second.Fallback && ordinal == 0
                || weapons.Take(k).Where(w => !w.Fallback && (second.Fallback || SameKind(w.Type, second.Type))).Select(w => (WeaponHit?)w).FirstOrDefault() is not { } one)
            {
                continue;
            }
            Recount(drafts, one.Type, ordinal > 0 ? ordinal : 2, Words(text, one.Index, second.End + Math.Max(1, another)));
            return;
        }
        // The subject of a landing or an impact word, after a weapon counted: the ordinal with its article, the noun left
        // out (سقطت الثالثة), or after a noun no weapon word (سقطت طائرة ثالثة: طائرة alone may be a plane).
        bool Landed(int at) => at >= from && (_terms.LandingWords.MatchAt(tokens, at, at + 1) > 0 || _terms.ImpactVerbs.MatchAt(tokens, at, at + 1) > 0);
        for (var i = from + 1; i < to; i++)
        {
            if (NumberWords.Ordinals.TryGetValue(tokens[i].Bare, out var n) && !tokens[i].BreakBefore
                && (tokens[i].HasArticle[0] ? Landed(i - 1) : !tokens[i - 1].BreakBefore && Landed(i - 2))
                && weapons.Where(w => !w.Fallback && w.End <= i - 1).Select(w => (WeaponHit?)w).FirstOrDefault() is { } counted)
            {
                Recount(drafts, counted.Type, n, Words(text, counted.Index, i + 1));
                return;
            }
        }
    }

    /// <summary>Weapons of one kind for counting them together: the same type, or rockets and missiles, which reports mix.</summary>
    private static bool SameKind(IncidentType a, IncidentType b) =>
        a == b || a is IncidentType.Rocket or IncidentType.Missile && b is IncidentType.Rocket or IncidentType.Missile;

    /// <summary>The sentence's drafts of <paramref name="kind"/> that counted one fewer than <paramref name="count"/> now count it.</summary>
    private static void Recount(List<IncidentDraft> drafts, IncidentType kind, int count, TextSpan words)
    {
        for (var index = 0; index < drafts.Count; index++)
        {
            if (drafts[index].WeaponCount == count - 1 && SameKind(drafts[index].Type, kind))
            {
                drafts[index] = drafts[index] with
                {
                    WeaponCount = count,
                    Support = [.. drafts[index].Support.Where(x => x.Field != IncidentField.WeaponCount), new(IncidentField.WeaponCount, Wire(count), words)],
                };
            }
        }
    }

    /// <summary>
    /// The group a sentence says claimed the attack told just before, with no doer yet: a claim (تبنت، أعلنت مسؤوليتها)
    /// whose claimant the attribution reads, or an accusation of one group (تتهم ... بالوقوف وراء), taking the attack
    /// back with a definite attack noun or the operation (الهجوم، العملية), or with a pronoun on the claim verb (تبنته).
    /// Not a claim of other attacks (تبنت هجمات سابقة), nor none (لم تعلن أي جهة مسؤوليتها: no claimant), nor past the
    /// follow-up reach.
    /// </summary>
    private string? ClaimOfTheAttackTold(AnalyzedText text, IncidentDraft told, int sentence, int from, int to)
    {
        var tokens = text.Tokens;
        if (told.Background || told.PerpetratorIds.Count > 0 || sentence - told.LastSentence > FollowUpReach)
        {
            return null;
        }
        // The claimant, else the one group the sentence accuses (وتتهم حكومة الإقليم فصائل موالية لإيران بالوقوف وراء الهجوم).
        var claimant = _terms.ClaimVerbs.AnyIn(tokens, from, to) || Accuses(tokens, from, to)
            ? _attribution.Read(text.Key, tokens, text.EntitiesByToken, from, to).ClaimantId ?? (Accused(text, from, to) is [var accused] ? accused : null)
            : null;
        for (var i = from; i < to && claimant is not null; i++)
        {
            if (TakesBack(tokens, i, to) || _terms.ClaimedObjects.MatchAt(tokens, i, to) > 0 && tokens[i].HasArticle.Any(a => a)
                || _terms.ClaimVerbs.MatchAt(tokens, i, to) > 0 && ClaimPronouns.Any(tokens[i].Text.EndsWith))
            {
                return claimant;
            }
        }
        // "وقال الرئيس إن الهجوم نفذته جماعات مدعومة من إيران"، "إن كتائب حزب الله نفذت الهجوم": its doer named.
        return DoerOfTheAttackTold(text, from, to);
    }

    /// <summary>
    /// The sentence's attribution. A reporting verb that opens it with no subject of its own continues the claim of the
    /// sentence right before: "أعلن المتحدث باسم القوات المسلحة اليمنية استهداف سفينة ... كما أعلن تنفيذ عملية استهدفت
    /// مدمرة"، "وأكد أن الطائرات أصابت أهدافها".
    /// </summary>
    private Attribution Said(AnalyzedText text, int from, int to, int sentence, (Attribution Said, int Sentence)? before)
    {
        var read = _attribution.Read(text.Key, text.Tokens, text.EntitiesByToken, from, to);
        return read.Source is null && read.ClaimantId is null && before is { } claim && claim.Sentence == sentence - 1 && OpensWithoutSpeaker(text, from, to)
            ? claim.Said
            : read;
    }

    /// <summary>The sentence opens with a reporting verb (after كما) whose subject is not named: no actor, no source noun after it.</summary>
    private bool OpensWithoutSpeaker(AnalyzedText text, int from, int to)
    {
        var tokens = text.Tokens;
        var at = from < to && tokens[from].Text == As ? from + 1 : from;
        var verb = at < to ? _terms.ReportingVerbs.MatchAt(tokens, at, to) : 0;
        var next = at + verb;
        return verb > 0 && next < to && !tokens[next].BreakBefore && !text.EntitiesByToken.StartingIn(next, next + 1).Any(e => !e.IsPlace)
            && _terms.SourceNouns.MatchAt(tokens, next, to) == 0;
    }

    private static readonly string As = Normalization.ArabicNormalizer.Fold("كما");

    /// <summary>The object pronouns a claim verb carries for the attack it takes back (تبنته، تبنتها، تبناه).</summary>
    private static readonly string[] ClaimPronouns = ["ته", "تها", "اه", "اها", "وه", "وها"];

    /// <summary>
    /// The armed side a sentence says did the attack it takes back with a definite attack noun: after it as its agent
    /// (الهجوم نفذته جماعات مدعومة من إيران، الهجوم الذي شنته الكتائب، من قبل), or as the subject of a verb of doing whose
    /// object it is (إن كتائب حزب الله نفذت الهجوم، شنت الكتائب الهجوم). Not a denial (نفت أن تكون نفذت الهجوم), nor a
    /// negated verb (لم تنفذ الفصائل الهجوم).
    /// </summary>
    private string? DoerOfTheAttackTold(AnalyzedText text, int from, int to)
    {
        var tokens = text.Tokens;
        if (_terms.DenyVerbs.AnyIn(tokens, from, to))
        {
            return null;
        }
        for (var i = from; i < to; i++)
        {
            if (!TakesBack(tokens, i, to))
            {
                continue;
            }
            if (Agent(text, i + _terms.BackReferences.MatchAt(tokens, i, to), to) is { } agent)
            {
                return agent;
            }
            if (i > from && !tokens[i].BreakBefore && SubjectDoing(text, from, i) is { } subject)
            {
                return subject;
            }
        }
        return null;
    }

    /// <summary>
    /// The armed side doing the object at <paramref name="objectAt"/>: its subject before the verb right before it
    /// (الكتائب نفذت الهجوم), or between the verb and it (نفذت الكتائب الهجوم); null when the verb is negated.
    /// </summary>
    private string? SubjectDoing(AnalyzedText text, int from, int objectAt)
    {
        var tokens = text.Tokens;
        bool Verb(int at) => at >= from && _terms.AttackVerbs.MatchAt(tokens, at, at + 1) > 0 && !tokens[at + 1].BreakBefore
            && !(at > from && _terms.Negation.MatchAt(tokens, at - 1, at) > 0);
        var before = text.EntitiesByToken.Overlapping(objectAt - 1, objectAt).FirstOrDefault(e => !e.IsPlace && e.EndToken == objectAt
            && e.FirstToken > from && !tokens[e.FirstToken].BreakBefore && Verb(e.FirstToken - 1));
        var fronted = Verb(objectAt - 1)
            ? text.EntitiesByToken.Overlapping(objectAt - 2, objectAt - 1).FirstOrDefault(e => !e.IsPlace && e.EndToken == objectAt - 1 && !tokens[objectAt - 1].BreakBefore)
            : null;
        return (before ?? fronted) is { } doer && IsArmed(doer.Id) ? doer.Id : null;
    }

    /// <summary>
    /// "قتل ثلاثة جنود في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن. وقالت الشبكة إن الجنود كانوا في البرج 22":
    /// the sentence right after an attack told with no place, itself telling no event, names where it was when it names
    /// one site (and any coarser places about it), in the country the attack's own sentence names if it names one. An
    /// attack placed only in a region or a country (شمال شرق الأردن) is placed there too, when the site is in its country.
    /// </summary>
    private string? PlacesTheUnplaced(AnalyzedText text, IncidentDraft draft, int sentence, int from, int to)
    {
        var coarse = draft.PlaceId is { } placed && _places.TryGetValue(placed, out var entry) && entry.Precision >= PlacePrecision.Region ? entry : null;
        if (draft.PlaceId is not null && coarse is null || draft.Background || draft.LastSentence != sentence - 1 || draft.Type == IncidentType.Other)
        {
            return null;
        }
        var sites = text.EntitiesByToken.StartingIn(from, to).Where(e => IsPlaceLike(e) && IsSite(e.Id)).Select(e => e.Id).Distinct().ToList();
        if (sites is not [var only] || !_places.TryGetValue(only, out var site))
        {
            return null;
        }
        if (coarse is not null)
        {
            return coarse.Country == site.Country ? only : null;
        }
        var (draftFrom, draftTo) = TokenRange(text, text.Sentences[draft.LastSentence]);
        var countries = text.EntitiesByToken.StartingIn(draftFrom, draftTo)
            .Select(e => _places.TryGetValue(e.Id, out var p) && p.Precision == PlacePrecision.Country ? p.NameEn : null).OfType<string>().ToList();
        return countries.Count == 0 || countries.Contains(site.Country) ? only : null;
    }

    /// <summary>A likeness word follows the attack noun: "هجوما مماثلا"، "هجوم مشابه".</summary>
    private bool Likened(IReadOnlyList<KeyToken> tokens, Trigger trigger, int to) =>
        trigger.End < to && !tokens[trigger.End].BreakBefore && _terms.SimilarWords.MatchAt(tokens, trigger.End, to) > 0;

    /// <summary>
    /// A trigger's scope that tells one event rather than a pattern: it names a time or a number (أطلقوا الثلاثاء صاروخا،
    /// مقتل ستة; a counted weapon, صاروخا باليستيا، طائرتين, counts too) and no span of time (منذ نوفمبر، خلال الأشهر الماضية). Regions and seas are where patterns are told
    /// ("تنفذ القوات التركية ضربات جوية في إقليم كردستان"), so only such a scope places an attack in one.
    /// </summary>
    private bool Specific(AnalyzedText text, int from, int to)
    {
        if (_terms.PeriodWords.AnyIn(text.Tokens, from, to))
        {
            return false;
        }
        var start = text.Tokens[from].Start;
        var end = text.Tokens[to - 1].End;
        return text.NumbersByKey.StartingIn(start, end + 1).Any(n => n.KeyStart >= start && n.KeyEnd <= end) || text.DatesStartingIn(from, to).Any(d => d.Line is null);
    }

    /// <summary>
    /// The trigger's object, right after it or after its subject, is one target in the singular: "استهداف سفينة"،
    /// "استهدفت غارة جوية مقرا".
    /// </summary>
    private bool OneTarget(IReadOnlyList<KeyToken> tokens, Trigger trigger, int scopeEnd)
    {
        for (var i = trigger.End; i < Math.Min(scopeEnd, trigger.End + ObjectReach) && !tokens[i].BreakBefore; i++)
        {
            if (_terms.SingularTargets.MatchAt(tokens, i, scopeEnd) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words from the trigger to its object: a subject of two words before it (غارة جوية مقرا).</summary>
    private const int ObjectReach = 3;

    /// <summary>A period word in [from, to) over a span of a day or less: "منذ ساعات"، "منذ الصباح".</summary>
    private bool ShortSpan(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var at = _terms.PeriodWords.FirstIn(tokens, from, to); at >= 0; at = _terms.PeriodWords.FirstIn(tokens, at + 1, to))
        {
            var next = at + _terms.PeriodWords.MatchAt(tokens, at, to);
            if (next < to && !tokens[next].BreakBefore && _terms.ShortSpans.MatchAt(tokens, next, to) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Attacks in the plural: the noun itself, the word after it, or the object of its support verb ("تتعرض القاعدة
    /// لهجمات"، "شن التحالف خلال السنوات الماضية غارات").
    /// </summary>
    private bool Plural(IReadOnlyList<KeyToken> tokens, Trigger trigger, Trigger? next, int to) =>
        _terms.PluralAttackNouns.MatchAt(tokens, trigger.Index, trigger.End) > 0
        || trigger.End < to && !tokens[trigger.End].BreakBefore && _terms.PluralAttackNouns.MatchAt(tokens, trigger.End, to) > 0
        || next is { } object_ && !ModalityFilter.ClauseBreakIn(tokens, trigger.End, object_.Index + 1) && _terms.PluralAttackNouns.MatchAt(tokens, object_.Index, object_.End) > 0;

    /// <summary>Attacks in the plural (<see cref="Plural"/>), or a weapon named in the plural for the trigger (شن الجيش، مساء السبت، ضربات جوية).</summary>
    private bool Raids(IReadOnlyList<KeyToken> tokens, Trigger trigger, Trigger? next, WeaponHit? weapon, int to) =>
        Plural(tokens, trigger, next, to) || weapon is { } named && _terms.PluralAttackNouns.MatchAt(tokens, named.Index, named.End) > 0;

    /// <summary>
    /// A plural attack noun, or one after a verb of carrying on (<see cref="IncidentVocabulary.HabitualVerbs"/>), in a
    /// sentence that spans a time and names no day: "تستخدم روسيا منذ عام 2015 القاعدة في تنفيذ ضربات"، "تتعرض القواعد
    /// منذ أشهر لهجمات متكررة" tell a pattern. A day (شنت المقاتلات غارات فجر اليوم، في أعنف قصف منذ
    /// أشهر) makes them one night's raids. A verb whose subject, earlier in its clause, is such a plural
    /// (<paramref name="previous"/>: "الهجمات حاولت خلال الأشهر الماضية استهداف قواعد") tells the same pattern.
    /// </summary>
    private bool Pattern(AnalyzedText text, Trigger trigger, Trigger? next, Trigger? previous, int from, int to)
    {
        var tokens = text.Tokens;
        // Or a habit: "تواصل تركيا منذ سنوات قصف مواقع الحزب"; not over hours (يستمر القصف منذ ساعات: today's).
        if (!(Plural(tokens, trigger, next, to)
                || previous is { } subject && Governs(tokens, subject, trigger) && Plural(tokens, subject, trigger, to)
                || ComparedTo(tokens, from, trigger)
                || _terms.HabitualVerbs.AnyIn(tokens, from, trigger.Index) && !ShortSpan(tokens, from, to))
            || !_terms.PeriodWords.AnyIn(tokens, from, to))
        {
            return false;
        }
        // The span itself (منذ أشهر، خلال السنوات الماضية، في الأشهر الأخيرة) is no day, nor a day of a clause after the
        // trigger's ("لهجمات في الأشهر الماضية، آخرها هجوم يوم الثلاثاء": the last one's). One inserted before it is
        // the attacks' (شنت الطائرات، فجر اليوم، غارات).
        var clauseEnd = trigger.End;
        while (clauseEnd < to && !tokens[clauseEnd].BreakBefore)
        {
            clauseEnd++;
        }
        return !text.DatesStartingIn(from, clauseEnd).Any(d => d.Line is null && d.Precision is not (DatePrecision.Month or DatePrecision.Year or DatePrecision.Range)
            && TokenAt(text, d.Span.Start) is var first
            && !_terms.PeriodWords.AnyIn(tokens, Math.Max(from, first - 1), Math.Min(to, TokenAt(text, d.Span.End - 1) + 1)));
    }

    /// <summary>
    /// The trigger tells what something is likened to, in a relative clause after a likeness word and a demonstrative:
    /// "هجمات مشابهة لتلك التي تعرضت لها القاعدة": over a span of time and no day, a kind of attack, not one.
    /// </summary>
    private bool ComparedTo(IReadOnlyList<KeyToken> tokens, int from, Trigger trigger)
    {
        for (var i = trigger.Index - 1; i >= Math.Max(from + 2, trigger.Index - RelativeToTrigger); i--)
        {
            if (ModalityFilter.RelativePronouns.Contains(tokens[i].Text))
            {
                return tokens[i - 1].Forms.Any(Demonstratives.Contains) && _terms.SimilarWords.MatchAt(tokens, i - 2, i - 1) > 0;
            }
        }
        return false;
    }

    /// <summary>Words from a relative pronoun to the verb of its clause (التي تعرضت).</summary>
    private const int RelativeToTrigger = 3;

    private static readonly HashSet<string> Demonstratives = new(new[] { "تلك", "ذلك", "هذه", "هذا", "اولئك", "هؤلاء" }.Select(Normalization.ArabicNormalizer.Fold), StringComparer.Ordinal);

    /// <summary>
    /// The attack noun <paramref name="subject"/> and <paramref name="trigger"/> after it stand in one clause with no
    /// relative pronoun between: "الهجمات حاولت استهداف قواعد" is the attacks' doing, where "الهجمات التي اندلعت بسبب غارة"
    /// tells another event, the raid that caused them.
    /// </summary>
    private static bool Governs(IReadOnlyList<KeyToken> tokens, Trigger subject, Trigger trigger) =>
        !ModalityFilter.ClauseBreakIn(tokens, subject.End, trigger.Index + 1)
        && !Enumerable.Range(subject.End, trigger.Index - subject.End).Any(i => ModalityFilter.RelativePronouns.Contains(tokens[i].Text));

    /// <summary>Attacks by launched weapons, which can be shot down: the only ones an outcome is read for.</summary>
    private static bool Armed(IncidentDraft draft) =>
        draft.Type is IncidentType.Drone or IncidentType.Rocket or IncidentType.Missile or IncidentType.Shelling;

    /// <summary>
    /// An impact word (<see cref="OutcomeReader"/>) tells the outcome of the attack whose trigger precedes it most
    /// closely, or of the sentence's first when it comes before them all ("3 صواريخ سقطت قرب السفارة في قصف ...").
    /// One weapon that landed is enough: the attack was not wholly intercepted, whatever else was shot down.
    /// </summary>
    private void AssignImpacts(AnalyzedText text, List<IncidentDraft> drafts, IReadOnlyList<int> impacts, int to)
    {
        foreach (var at in impacts)
        {
            // An attack told without a place is no incident unless a neighbour places it: the outcome goes to the placed
            // attack before the word when there is one ("اعترضت القوات صاروخا أطلق على مدمرة في البحر الأحمر، بينما سقط
            // صاروخ آخر": the launch verb's draft has no place of its own).
            var index = drafts.FindLastIndex(d => d.TriggerToken <= at && d.PlaceId is not null);
            index = index >= 0 ? index : Math.Max(0, drafts.FindLastIndex(d => d.TriggerToken <= at));
            // "أسقطت الدفاعات طائرتين استهدفتا القاعدة، بينما سقطت طائرة ثالثة داخلها": the landing verb is a trigger of its
            // own, of no kind (طائرة names none); at the place of a launched weapon's attack told before it, it is that
            // attack's weapon that landed (the merger makes them one attack).
            if (drafts[index].Type == IncidentType.Other
                && drafts.FindLastIndex(index, index + 1, d => Armed(d) && d.PlaceId == drafts[index].PlaceId) is >= 0 and var armed)
            {
                index = armed;
            }
            if (Armed(drafts[index]))
            {
                drafts[index] = drafts[index] with { Intercepted = false, Support = [.. drafts[index].Support, Impact(text, at, to)] };
            }
        }
    }

    /// <summary>The impact word at token <paramref name="at"/> as the support of "not intercepted".</summary>
    private FieldSupport Impact(AnalyzedText text, int at, int to) =>
        new(IncidentField.Intercepted, Wire(false), Words(text, at, Math.Min(to, at + _outcome.Length(text.Tokens, at, to))));

    /// <summary>The first interception word in [from, to) as the support of "intercepted".</summary>
    private FieldSupport Interception(AnalyzedText text, int from, int to)
    {
        var at = _terms.Interceptors.FirstIn(text.Tokens, from, to);
        return new(IncidentField.Intercepted, Wire(true), Words(text, at, at + Math.Max(1, _terms.Interceptors.MatchAt(text.Tokens, at, to))));
    }

    /// <summary>
    /// "استهدفت طائرة مسيرة سيارة قرب القائم. وأعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربة": a drone attack whose
    /// doer, named in any sentence of it, is a state that flies armed drones is that state's air strike, as when its own
    /// sentence names it.
    /// </summary>
    private IncidentDraft ArmedDroneStrike(IncidentDraft draft) =>
        draft.Type == IncidentType.Drone && draft.PerpetratorIds.Any(_terms.ArmedDroneOperators.Contains)
            ? draft with
            {
                Type = IncidentType.Airstrike,
                Support = [.. draft.Support.Select(x => x.Field == IncidentField.Type ? x with { Value = Wire(IncidentType.Airstrike) } : x)],
            }
            : draft;

    /// <summary>
    /// Casualties from a launched weapon mean at least one was not shot down. An attack that turned out, once its
    /// sentences were merged, to be an air strike (its rockets were the aircraft's) keeps no "not intercepted":
    /// that is said of launched weapons only.
    /// </summary>
    private static IncidentDraft WithCasualtyOutcome(IncidentDraft draft) =>
        // An attack of no known kind has no weapons known to have been shot down: "تصدت الدفاعات لعدوان" is no count of them.
        !Armed(draft) ? draft.Intercepted == false || draft.Type == IncidentType.Other ? draft with { Intercepted = null } : draft
        : draft.Killed > 0 || draft.Wounded > 0 ? draft with
        {
            Intercepted = false,
            Support = [.. draft.Support, .. draft.Support
                .Where(x => x.Field == IncidentField.Killed && x.Value == Wire(draft.Killed) && draft.Killed > 0
                    || x.Field == IncidentField.Wounded && x.Value == Wire(draft.Wounded) && draft.Wounded > 0)
                .Take(1).Select(x => x with { Field = IncidentField.Intercepted, Value = Wire(false) })],
        }
        // People hurt, however many (أصيب عدد من الجنود): a hit all the same, unless a figure says no one was.
        : draft.Hurt is { } hurt && draft.Killed is null or > 0 && draft.Wounded is null or > 0 ? draft with
        {
            Intercepted = false,
            Support = [.. draft.Support.Where(x => x.Field != IncidentField.Intercepted), new(IncidentField.Intercepted, Wire(false), hurt)],
        } : draft;

    /// <summary>The clause of a casualty word with a vague count in [from, to), if there is one.</summary>
    private TextSpan? HurtIn(AnalyzedText text, int from, int to) =>
        _casualties.HurtVaguely(text.Tokens, from, to) is >= 0 and var at ? Clause(text, at, from, to) : null;

    /// <summary>
    /// "غارات استهدفت مواقع في محيط مدينة الكسوة بريف دمشق": a town only the gazetteer knows, written right before the
    /// governorate or district chosen and said to be in it (ب، في), in its country, is where the attack was.
    /// </summary>
    private string? TownSaidInside(AnalyzedText text, string place, int from, int to)
    {
        if (text.Towns is not { Count: > 0 } towns || !_places.TryGetValue(place, out var chosen)
            || chosen.Precision is not (PlacePrecision.Governorate or PlacePrecision.District))
        {
            return null;
        }
        foreach (var mention in text.EntitiesByToken.StartingIn(from, to).Where(e => e.Id == place))
        {
            var town = towns.FirstOrDefault(t => t.FirstToken >= from && (t.EndToken == mention.FirstToken && mention.AfterPreposition
                || t.EndToken + 1 == mention.FirstToken && text.Tokens[t.EndToken].Text == In && !text.Tokens[t.EndToken].BreakBefore));
            if (town is not null && _places.TryGetValue(town.Id, out var entry) && entry.Country == chosen.Country && entry.Precision < chosen.Precision)
            {
                return town.Id;
            }
        }
        return null;
    }

    /// <summary>Places the article itself nests: "X في Y" or "X بـY" with X more precise than Y.</summary>
    private HashSet<(string Inner, string Outer)> StatedContainment(AnalyzedText text)
    {
        var result = new HashSet<(string, string)>();
        var places = text.Entities.Where(e => e.IsPlace).ToList();
        for (var k = 0; k + 1 < places.Count; k++)
        {
            var (inner, outer) = (places[k], places[k + 1]);
            var joined = outer.FirstToken == inner.EndToken + 1 && text.Tokens[inner.EndToken].Text == "في"
                || outer.FirstToken == inner.EndToken && outer.AfterPreposition;
            if (joined && _places.TryGetValue(inner.Id, out var a) && _places.TryGetValue(outer.Id, out var b) && a.Precision < b.Precision)
            {
                result.Add((inner.Id, outer.Id));
            }
        }
        return result;
    }

    private (int From, int To) TokenRange(AnalyzedText text, TextSpan sentence) =>
        (TokenAfter(text, sentence.Start),
         TokenAfter(text, sentence.End));

    /// <summary>
    /// The place a trigger reports: a named place after it in its scope (Arabic puts the target after the verb),
    /// else a definite "القاعدة" after it, else a named place or "القاعدة" before it. The most precise place wins,
    /// then the nearest. Countries and regions do not place an incident.
    /// </summary>
    private string? PickPlace(AnalyzedText text, Trigger trigger, int scopeStart, int scopeEnd, PlacePrecision coarsest = PlacePrecision.Governorate)
    {
        var reach = Math.Min(scopeEnd, trigger.End + PlaceReachAfter + DateTokens(text, trigger.End, trigger.End + PlaceReachAfter)
            + NameTokens(text, trigger.End, trigger.End + PlaceReachAfter));
        var after = Best(text, text.EntitiesByToken.StartingIn(trigger.End, reach).Where(IsPlaceLike), trigger, after: true, coarsest);
        if (coarsest > PlacePrecision.Governorate)
        {
            // Regions only as named places, before or after; a definite "القاعدة" is no region.
            return after ?? Best(text, PlacesBefore(text, trigger, scopeStart), trigger, after: false, coarsest);
        }
        if (after is not null)
        {
            return after;
        }
        var corefAfter = Coreferent(text, trigger.End, reach, first: true);
        if (corefAfter is not null)
        {
            return corefAfter;
        }
        var before = Best(text, PlacesBefore(text, trigger, scopeStart), trigger, after: false);
        return before ?? Coreferent(text, Math.Max(scopeStart, trigger.Index - PlaceReachBefore), trigger.Index, first: false);
    }

    /// <summary>
    /// "اعترضت الدفاعات طائرة مسيرة أطلقها الحوثيون لاستهداف المدنيين بخميس مشيط": a targeting noun with the ل of purpose
    /// after another event word of its clause (<see cref="IncidentVocabulary.AimNouns"/>) says where that attack was aimed.
    /// It is no trigger, so the scope of the one before runs through it. As the object of a support verb (تعرضت القاعدة
    /// لاستهداف) it is the attack.
    /// </summary>
    private IReadOnlyList<Trigger> WithoutAims(IReadOnlyList<KeyToken> tokens, IReadOnlyList<Trigger> triggers)
    {
        List<Trigger>? kept = null;
        for (var k = 1; k < triggers.Count; k++)
        {
            var (previous, trigger) = (triggers[k - 1], triggers[k]);
            if (tokens[trigger.Index].Carries(Lam) && _terms.AimNouns.MatchAt(tokens, trigger.Index, trigger.End) > 0
                && _terms.SupportVerbs.MatchAt(tokens, previous.Index, previous.End) == 0 && !ModalityFilter.ClauseBreakIn(tokens, previous.End, trigger.Index + 1))
            {
                kept ??= [.. triggers.Take(k)];
                continue;
            }
            kept?.Add(trigger);
        }
        return kept ?? triggers;
    }

    /// <summary>A toll in tokens [from, to): a toll noun before a casualty word (عدد المصابين، حصيلة القتلى), not "عدد من".</summary>
    private bool TollIn(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = _terms.TollNouns.FirstIn(tokens, from, to); i >= 0 && i + 1 < to; i = _terms.TollNouns.FirstIn(tokens, i + 1, to))
        {
            if (!tokens[i + 1].BreakBefore && (_terms.Killed.MatchAt(tokens, i + 1, to) > 0 || _terms.Wounded.MatchAt(tokens, i + 1, to) > 0
                || _terms.CasualtyNouns.MatchAt(tokens, i + 1, to) > 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clause breaks in tokens [from, to).</summary>
    private static int ClauseBreaks(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            breaks += tokens[i].BreakBefore ? 1 : 0;
        }
        return breaks;
    }

    /// <summary>The token after the last hard break in (<paramref name="after"/>, <paramref name="trigger"/>], else the trigger itself.</summary>
    private static int ClauseStart(IReadOnlyList<KeyToken> tokens, int after, int trigger)
    {
        for (var i = trigger; i > after; i--)
        {
            if (tokens[i].BreakBefore)
            {
                return i;
            }
        }
        return trigger;
    }

    /// <summary>
    /// The country that alone places one attack, in the words "في الأردن" or "شمال شرق الأردن" after the trigger: "لقي ثلاثة
    /// جنود حتفهم في هجوم بطائرة مسيرة على موقع عسكري في الأردن" happened there, at the precision the text gives. Only when
    /// the sentence names no other country (ضربات على أهداف في العراق وسوريا tells many), and not a country as the doer or
    /// the origin (أطلق من اليمن). A country's adjective names none ("قرب الحدود السورية"، "القوات العراقية"), nor the
    /// other side of a border ("قرب الحدود مع سوريا").
    /// </summary>
    private string? CountryOnly(AnalyzedText text, Trigger trigger, int from, int to)
    {
        var countries = text.EntitiesByToken.StartingIn(from, to)
            .Where(e => e.IsPlace && _places.TryGetValue(e.Id, out var p) && p.Precision == PlacePrecision.Country
                && !(e.EndToken - e.FirstToken == 1 && text.Tokens[e.FirstToken].IsDefiniteNisba) && !AcrossTheBorder(text.Tokens, e.FirstToken)).ToList();
        if (countries.Select(e => e.Id).Distinct().Count() != 1)
        {
            return null;
        }
        var country = countries.FirstOrDefault(e => e.FirstToken > trigger.End && e.FirstToken - trigger.End <= CountryReach
            && !ModalityFilter.ClauseBreakIn(text.Tokens, trigger.End, e.FirstToken + 1) && IsWhere(text, e, trigger));
        if (country is null)
        {
            return null;
        }
        // في before it, or a direction from it (شمال شرق الأردن، في شمال شرقي الأردن).
        var at = country.FirstToken;
        while (at > trigger.End && _terms.CompassDirections.MatchAt(text.Tokens, at - 1, at) > 0 && !text.Tokens[at].BreakBefore)
        {
            at--;
        }
        return at < country.FirstToken || text.Tokens[at - 1].Text == In ? country.Id : null;
    }

    /// <summary>
    /// "استهدفوا موقع الرمثا في تلال كفرشوبا اللبنانية": the gazetteer's town of that name is in another country than
    /// the one its own words name (a country or its nisba adjective right after it), so it is not the place meant.
    /// </summary>
    private bool InAnotherCountry(AnalyzedText text, string town, int from, int to)
    {
        if (!_places.TryGetValue(town, out var entry) || text.Towns is not { } towns)
        {
            return false;
        }
        foreach (var match in towns.Where(t => t.Id == town && t.FirstToken >= from && t.FirstToken < to))
        {
            for (var i = match.EndToken; i < Math.Min(to, match.EndToken + TownCountryReach) && !text.Tokens[i].BreakBefore; i++)
            {
                if (text.EntitiesByToken.StartingIn(i, i + 1).Any(e => e.IsPlace && _places.TryGetValue(e.Id, out var p)
                    && p.Precision == PlacePrecision.Country && p.NameEn != entry.Country)
                    || CountryOfNisba(text.Tokens[i]) is { } named && named != entry.Country)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Words after a town its country may be named in: "الرمثا في تلال كفرشوبا اللبنانية".</summary>
    private const int TownCountryReach = 5;

    /// <summary>"الحدود مع" or "الشريط الحدودي مع" ends right before <paramref name="at"/>.</summary>
    private bool AcrossTheBorder(IReadOnlyList<KeyToken> tokens, int at) =>
        at >= 2 && tokens[at - 1].Text == With && !tokens[at - 1].BreakBefore && !tokens[at].BreakBefore
        && Enumerable.Range(Math.Max(0, at - 3), Math.Min(2, at - 1)).Any(i => _terms.BorderNouns.MatchAt(tokens, i, at - 1) == at - 1 - i);

    /// <summary>Words from the trigger to the country that places it: "هجوم بطائرة مسيرة على موقع عسكري في الأردن".</summary>
    private const int CountryReach = 8;

    /// <summary>Place-like names starting in the reach before the trigger, from the scope's start on.</summary>
    private IEnumerable<LexiconMatch> PlacesBefore(AnalyzedText text, Trigger trigger, int scopeStart) =>
        text.EntitiesByToken.StartingIn(Math.Max(scopeStart, trigger.Index - PlaceReachBefore), trigger.Index).Where(e => IsPlaceLike(e) && !LocatesASite(text, e));

    /// <summary>
    /// "منظومة سي رام في قاعدة فكتوريا قرب مطار بغداد الدولي أسقطت طائرة": a place after a word of nearness right after a
    /// site says where that site is; the site, not it, is where the attack was.
    /// </summary>
    private bool LocatesASite(AnalyzedText text, LexiconMatch place)
    {
        var near = place.FirstToken - 1;
        // "قرب" or "بالقرب من".
        if (near >= 1 && text.Tokens[near].Text == From && !text.Tokens[near].BreakBefore)
        {
            near--;
        }
        return near >= 1 && !text.Tokens[near + 1].BreakBefore && !text.Tokens[near].BreakBefore && _terms.NearWords.Contains(text.Tokens[near].Text)
            && text.EntitiesByToken.Overlapping(near - 1, near).Any(e => e.EndToken == near && e.IsPlace && IsSite(e.Id));
    }

    /// <summary>
    /// Further sites joined to the chosen one by و in the trigger's scope: "قاعدة عين الأسد وقاعدة حرير"، "مطار أربيل
    /// وقاعدة حرير في أربيل"; a place inside the previous site ("في الأنبار") may stand between. Only sites: "قاعدة
    /// حرير وأربيل" names where the base is, not a second target.
    /// </summary>
    private List<Coordinated> CoordinatedSites(AnalyzedText text, string place, int from, int scopeEnd, IReadOnlyList<WeaponHit> weapons)
    {
        var result = new List<Coordinated>();
        var current = text.EntitiesByToken.StartingIn(from, scopeEnd).FirstOrDefault(e => e.Id == place);
        // "على الطريق بين القائم وعكاشات": two ends of one stretch, not two places struck.
        if (current is not null && current.FirstToken > 0 && !text.Tokens[current.FirstToken].BreakBefore && text.Tokens[current.FirstToken - 1].Text == Between)
        {
            return result;
        }
        while (current is not null)
        {
            var at = current.EndToken;
            // "قاعدة حرير الأمريكية في أربيل": the site's adjectives, then where it is.
            while (at < scopeEnd && at < current.EndToken + SiteAdjectives && !text.Tokens[at].BreakBefore && text.Tokens[at].IsDefiniteNisba
                && !text.EntitiesByToken.StartingIn(at, at + 1).Any())
            {
                at++;
            }
            // "قاعدة عين الأسد في الأنبار"، "قاعدة عين الأسد غربي العراق": where it is, in or a direction of a place, or a
            // region named by its direction.
            while (at + 1 < scopeEnd && !text.Tokens[at].BreakBefore && WhereASiteIs(text, at) is { } where)
            {
                at = where;
            }
            // "استهداف قاعدة حرير بطائرة مسيرة، وقاعدة الشدادي برشقة صاروخية": each site may carry its own weapon, and
            // after one the list goes on past a comma.
            var weapon = WeaponPhrase(text, weapons, at, scopeEnd);
            if (result.Count > 0)
            {
                result[^1] = result[^1] with { Weapon = weapon ?? result[^1].Weapon };
            }
            else
            {
                result.Add(new Coordinated(place, weapon));
            }
            var listed = NextInList(text, weapons, weapon is { } own ? own.End : at, weapon is not null, scopeEnd);
            current = listed is { } found
                ? text.EntitiesByToken.StartingIn(found.Head, found.Head + 1).FirstOrDefault(e => IsPlaceLike(e) && (IsSite(e.Id) || Towns(result[^1].Id, e.Id))
                    && e.Id != place && !result.Exists(c => c.Id == e.Id))
                : null;
            if (current is not null)
            {
                result.Add(new Coordinated(current.Id, listed!.Value.Weapon));
            }
        }
        // The first is the trigger's own place; the list is the others.
        return result.Count > 1 ? result : [];
    }

    /// <summary>
    /// The token after the words at <paramref name="at"/> that say where a site is (في الأنبار، غربي العراق، شمال بغداد), or
    /// null when they say nothing of it. Another site is no such place.
    /// </summary>
    private int? WhereASiteIs(AnalyzedText text, int at)
    {
        var compass = _terms.CompassDirections.MatchAt(text.Tokens, at, at + 1) > 0;
        if (compass && text.EntitiesByToken.StartingIn(at, at + 1).FirstOrDefault(e => e.IsPlace && _places.TryGetValue(e.Id, out var p)
            && p.Precision == PlacePrecision.Region) is { } region)
        {
            return region.EndToken;
        }
        return (text.Tokens[at].Text == In || compass)
            && text.EntitiesByToken.StartingIn(at + 1, at + 2).FirstOrDefault(e => e.IsPlace) is { } inside && !IsSite(inside.Id)
            ? inside.EndToken : null;
    }

    /// <summary>
    /// Where the next name of a list of sites starts after <paramref name="next"/>, with the weapon told for it, or null
    /// when the list ends. It goes on at و, past a comma only after a weapon ("بطائرة مسيرة، وقاعدة الشدادي برشقة
    /// صاروخية"), and past what may stand before the next name: an ordinal with its own weapon and preposition, after a
    /// comma too ("الأول على قاعدة الشدادي والثاني على حقل كونيكو"، "...، والثاني بصواريخ على قاعدة عين الأسد"), a noun of
    /// place ("في العاصمة صنعاء ومحافظة الحديدة"), or a target of a few words and في ("بينها مستودعات أسلحة في القائم ومقر
    /// قيادة في البوكمال").
    /// </summary>
    private (int Head, WeaponHit? Weapon)? NextInList(AnalyzedText text, IReadOnlyList<WeaponHit> weapons, int next, bool armed, int scopeEnd)
    {
        var tokens = text.Tokens;
        // "...، إضافة إلى قاعدة الشدادي بطائرتين مسيرتين": a word of addition goes on with the list as و does.
        if (next < scopeEnd && (armed || !tokens[next].BreakBefore) && _terms.ListAdditions.MatchAt(tokens, next, scopeEnd) is > 0 and var addition
            && next + addition < scopeEnd && !tokens[next + addition].BreakBefore)
        {
            return (next + addition, null);
        }
        if (next >= scopeEnd || tokens[next].Text[0] != Normalization.ArabicLetters.Waw)
        {
            return null;
        }
        // "والثاني على حقل كونيكو"، "وآخر على قاعدة حرير": an ordinal or another one of the attack, with its own target.
        if (tokens[next].Forms.Any(NumberWords.Ordinals.ContainsKey) || _terms.AnotherWords.MatchAt(tokens, next, next + 1) > 0)
        {
            var weapon = WeaponPhrase(text, weapons, next + 1, scopeEnd);
            var head = weapon?.End ?? next + 1;
            if (head < scopeEnd && !tokens[head].BreakBefore && (tokens[head].Text == On || tokens[head].Text == In))
            {
                head++;
            }
            return head < scopeEnd && !tokens[head].BreakBefore ? (head, weapon) : null;
        }
        if (!armed && tokens[next].BreakBefore)
        {
            return null;
        }
        if (next + 1 < scopeEnd && _terms.PlaceNouns.MatchAt(tokens, next, next + 1) > 0 && !tokens[next + 1].BreakBefore)
        {
            return (next + 1, null);
        }
        if (!text.EntitiesByToken.StartingIn(next, next + 1).Any())
        {
            for (var k = next + 1; k < Math.Min(scopeEnd - 1, next + 1 + ListedTargetWords) && !tokens[k].BreakBefore; k++)
            {
                if (tokens[k].Text == In && !tokens[k + 1].BreakBefore)
                {
                    return (k + 1, null);
                }
            }
        }
        return (next, null);
    }

    /// <summary>
    /// The attack on another site of a list: the trigger's draft at that site, and, when every site has its own weapon,
    /// of that weapon's type and count (the type and count support of the first site dropped).
    /// </summary>
    private IncidentDraft Coordinate(AnalyzedText text, IncidentDraft draft, Coordinated site, bool ownEach, IReadOnlyList<string> perpetrators)
    {
        // A site told with a weapon of its own is attacked by it, whether or not the others are (والثاني بصواريخ على ...).
        if (site.Weapon is not { } weapon)
        {
            // How many weapons a site named with no weapon of its own took, the sentence does not say.
            return draft with
            {
                PlaceId = site.Id,
                WeaponCount = null,
                Support = draft.Support.Where(f => f.Field != IncidentField.WeaponCount).ToList(),
            };
        }
        var type = ByDoer(weapon.Type, perpetrators);
        var counted = CountAs(text, type, weapon);
        var support = draft.Support.Where(f => f.Field is not (IncidentField.Type or IncidentField.WeaponCount)).ToList();
        // The trigger's words, as the first site's attack gives them (its first type support), and this site's weapon.
        support.Add(draft.Support.First(f => f.Field == IncidentField.Type) with { Value = Wire(type) });
        support.Add(new(IncidentField.Type, Wire(type), Words(text, weapon.Index, weapon.End)));
        if (counted is { } c)
        {
            support.Add(CountSupport(text, c));
        }
        return draft with { PlaceId = site.Id, Type = type, WeaponCount = counted?.Value, Support = support };
    }

    /// <summary>
    /// "غارات بطائرات مسيرة أمريكية": a state's armed drone strikes as its aircraft do; "أطلقت إيران صواريخ": a state that
    /// fires missiles at other countries fired missiles.
    /// </summary>
    private IncidentType ByDoer(IncidentType type, IReadOnlyList<string> perpetrators) =>
        type == IncidentType.Drone && perpetrators.Any(_terms.ArmedDroneOperators.Contains) ? IncidentType.Airstrike
        : type == IncidentType.Rocket && perpetrators.Any(_terms.MissileDoers.Contains) ? IncidentType.Missile
        : type;

    /// <summary>A weapon counted as the attack's type: a state's armed drone as its air strike is, only as stated (WeaponCounter).</summary>
    private WeaponCounter.Counted? CountAs(AnalyzedText text, IncidentType type, WeaponHit weapon) =>
        _counter.Find(text.Tokens, text.NumbersByKey, type == IncidentType.Airstrike ? weapon with { Type = IncidentType.Airstrike } : weapon);

    private static FieldSupport CountSupport(AnalyzedText text, WeaponCounter.Counted counted) =>
        new(IncidentField.WeaponCount, Wire(counted.Value), text.Key.ToDisplaySpan(counted.KeyStart, counted.KeyEnd - counted.KeyStart));

    /// <summary>A site named with the others of a list, and the weapon that follows its name, if any.</summary>
    private sealed record Coordinated(string Id, WeaponHit? Weapon);

    /// <summary>
    /// The weapon right after a site's name, with its count before it (بطائرة مسيرة، بثلاثة صواريخ، برشقة صاروخية), or
    /// null. Up to <see cref="WeaponPhraseWords"/> words, none after a break.
    /// </summary>
    private WeaponHit? WeaponPhrase(AnalyzedText text, IReadOnlyList<WeaponHit> weapons, int at, int scopeEnd)
    {
        foreach (var hit in weapons)
        {
            if (hit.Index >= at && hit.Index < Math.Min(scopeEnd, at + WeaponPhraseWords) && !hit.Fallback
                && !ModalityFilter.ClauseBreakIn(text.Tokens, at, hit.Index + 1)
                && Enumerable.Range(at, hit.Index - at).All(i => text.NumbersByKey.Overlapping(text.Tokens[i].Start, text.Tokens[i].End).Any()
                    || _terms.SalvoQuantifiers.MatchAt(text.Tokens, i) > 0))
            {
                return hit;
            }
        }
        return null;
    }

    private const int WeaponPhraseWords = 2;

    /// <summary>Words of a listed target before في and its town: "ومقر قيادة في البوكمال".</summary>
    private const int ListedTargetWords = 3;

    /// <summary>Adjectives a listed site's name may carry: الأمريكية، العسكرية الأمريكية.</summary>
    private const int SiteAdjectives = 2;

    /// <summary>
    /// Two towns or governorates neither of which holds the other: "غارات على مواقع في العاصمة صنعاء ومحافظة الحديدة" strikes
    /// both; "قاعدة حرير وأربيل" names where the base is.
    /// </summary>
    private bool Towns(string first, string second) =>
        _places.TryGetValue(first, out var a) && _places.TryGetValue(second, out var b)
        && a.Precision is PlacePrecision.City or PlacePrecision.Governorate && b.Precision is PlacePrecision.City or PlacePrecision.Governorate
        && !_merger.Inside(first, second) && !_merger.Inside(second, first);

    private bool IsSite(string placeId) => _places.TryGetValue(placeId, out var entry) && entry.Precision == PlacePrecision.Site;

    private static readonly string In = Normalization.ArabicNormalizer.Fold("في");
    private static readonly string Between = Normalization.ArabicNormalizer.Fold("بين");

    /// <summary>
    /// The first response word in [from, to) that opens a retaliation, or -1. An answer to a question or a statement
    /// (ردا على سؤال حول الهجوم، ردا على تصريحات) answers no attack.
    /// </summary>
    private int Retaliation(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var at = _terms.ResponseWords.FirstIn(tokens, from, to); at >= 0; at = _terms.ResponseWords.FirstIn(tokens, at + 1, to))
        {
            var answeredWord = at + _terms.ResponseWords.MatchAt(tokens, at, to);
            if (answeredWord < tokens.Count && tokens[answeredWord].Text == On)
            {
                answeredWord++;
            }
            if (answeredWord >= tokens.Count || _terms.SpeechNouns.MatchAt(tokens, answeredWord) == 0)
            {
                return at;
            }
        }
        return -1;
    }

    private static readonly string On = Normalization.ArabicNormalizer.Fold("على");

    /// <summary>
    /// Tokens of the date expressions starting in [from, to): a time put between the verb and its object ("استهدفت
    /// طائرة مسيرة، مساء الأربعاء 6 من آذار، سيارة ... قرب الميادين") does not take the place out of reach.
    /// </summary>
    private static int DateTokens(AnalyzedText text, int from, int to) => text.DateTokenCount(from, to);

    /// <summary>
    /// Tokens beyond the first of the actor names in [from, to): a name is one noun however many words it has, so "موقعا
    /// تابعا لكتائب سيد الشهداء على بعد 5 كلم عن بلدة" is as near its place as "موقعا تابعا للكتائب على بعد ...".
    /// </summary>
    private static int NameTokens(AnalyzedText text, int from, int to) =>
        text.EntitiesByToken.StartingIn(from, to).Where(e => !e.IsPlace).Sum(e => e.TokenCount - 1);

    /// <summary>
    /// A place, or a site the lexicon also lists as an actor (السفارة الأمريكية في بغداد): the matcher reads such a
    /// name as the actor outside a locative phrase, but near an attack word it is where the attack fell.
    /// </summary>
    private bool IsPlaceLike(LexiconMatch match) =>
        match.IsPlace || _places.TryGetValue(match.Id, out var place) && place.Precision == PlacePrecision.Site;

    private string? Best(AnalyzedText text, IEnumerable<LexiconMatch> places, Trigger trigger, bool after, PlacePrecision coarsest = PlacePrecision.Governorate)
    {
        LexiconMatch? best = null;
        var bestPrecision = coarsest + 1;
        foreach (var match in places)
        {
            if (!(_places.TryGetValue(match.Id, out var place) || text.FoundPlaces.TryGetValue(match.Id, out place)) || place.Precision > coarsest || !IsWhere(text, match, trigger))
            {
                continue;
            }
            var nearer = best is not null && (after ? match.FirstToken < best.FirstToken : match.FirstToken > best.FirstToken);
            if (best is null || place.Precision < bestPrecision || place.Precision == bestPrecision && nearer)
            {
                best = match;
                bestPrecision = place.Precision;
            }
        }
        // "على بعد 60 ميلا بحريا غرب الحديدة"، "قبالة سواحل عدن": off a coastal town is in the sea its coast faces.
        if (best is not null && _places.TryGetValue(best.Id, out var coastal) && coastal.Coast is { } sea
            && Enumerable.Range(Math.Max(0, best.FirstToken - OffshoreReach), Math.Min(OffshoreReach, best.FirstToken))
                .Any(k => _terms.OffshoreWords.MatchAt(text.Tokens, k, best.FirstToken) > 0 && !ModalityFilter.ClauseBreakIn(text.Tokens, k + 1, best.FirstToken + 1)))
        {
            return sea;
        }
        if (best is not null && bestPrecision != PlacePrecision.Site && best.FirstToken > 0 && !text.Tokens[best.FirstToken].BreakBefore
            && _terms.CompassDirections.MatchAt(text.Tokens, best.FirstToken - 1) > 0
            && !_terms.NeighbourhoodWords.AnyIn(text.Tokens, Math.Max(0, best.FirstToken - 4), best.FirstToken - 1))
        {
            // "استهدفت ... في ناحية سيدكان شمالي أربيل": the town the attack reached, named right before the direction, is the
            // place it locates. Before the attack the words may be a title (مدير ناحية بامرني شمالي محافظة دهوك).
            if (after && text.Towns?.FirstOrDefault(t => t.EndToken == best.FirstToken - 1) is { } town)
            {
                return town.Id;
            }
            // "مقرا للحشد شرقي بغداد"، "قاعدة جنوب بغداد": the outskirts or the land around the city, not the city: the
            // governorate around it, as close as the text pins it. With a distance (على بعد 40 كيلومترا شمال بغداد) the place
            // may be in the next governorate: no closer than the country.
            var distance = _terms.DistanceUnits.AnyIn(text.Tokens, Math.Max(0, best.FirstToken - 1 - DistanceReach), best.FirstToken - 1);
            return (distance ? null : GovernorateAround(best.Id)) ?? CountryOf(best.Id) ?? best.Id;
        }
        // "في بادية دير الزور"، "في ريف حلب": the land around a city that names its governorate is that governorate; "ريف
        // البوكمال" stays by the town.
        if (best is not null && bestPrecision == PlacePrecision.City && best.FirstToken > 0 && !text.Tokens[best.FirstToken].BreakBefore
            && _terms.HinterlandNouns.MatchAt(text.Tokens, best.FirstToken - 1, best.FirstToken) > 0
            && GovernorateAround(best.Id) is { } governorate && _places.TryGetValue(best.Id, out var city) && _places.TryGetValue(governorate, out var around)
            && around.NameAr.EndsWith(city.NameAr, StringComparison.Ordinal))
        {
            return governorate;
        }
        return best?.Id;
    }

    /// <summary>Words before a coastal place its offshore word may stand: "ميلا بحريا جنوب غرب عدن"، "قبالة سواحل ميناء الحديدة".</summary>
    private const int OffshoreReach = 4;

    /// <summary>Words before a direction a distance may stand in: "على بعد نحو 40 كيلومترا".</summary>
    private const int DistanceReach = 4;

    /// <summary>The place itself when it is a governorate or coarser, else the governorate its parents lead to, or null.</summary>
    private string? GovernorateAround(string placeId)
    {
        for (var id = placeId; id is not null && _places.TryGetValue(id, out var place); id = place.Parent)
        {
            if (place.Precision >= PlacePrecision.Governorate)
            {
                return place.Precision == PlacePrecision.Governorate || id == placeId ? id : null;
            }
        }
        return null;
    }

    /// <summary>
    /// A place locates an event unless a word makes it a destination (إلى واشنطن، لواشنطن) or an origin
    /// (أطلقت من العراق): من counts only as part of "بالقرب من", and باتجاه/نحو/صوب right after the trigger aim it.
    /// </summary>
    private bool IsWhere(AnalyzedText text, LexiconMatch match, Trigger trigger)
    {
        var token = text.Tokens[match.FirstToken];
        var clitic = token.Text[..(match.Span.Start > 0 ? CliticLength(text, match) : 0)];
        if (clitic.Contains(Lam))
        {
            return false;
        }
        if (match.FirstToken == 0 || token.BreakBefore)
        {
            return true;
        }
        // "أطلقها مسلحون من منطقة إدلب": a noun of place between من and the name keeps it an origin.
        var lead = match.FirstToken - 1;
        // "من منطقة سهل نينوى": up to two of them.
        for (var nouns = 0; nouns < 2 && lead >= 1 && !text.Tokens[lead + 1].BreakBefore && _terms.PlaceNouns.MatchAt(text.Tokens, lead, match.FirstToken) > 0; nouns++)
        {
            lead--;
        }
        // "من اتجاه شمال شرق بحيرة طبريا": a direction after من, a few words before the name, makes it the origin.
        for (var i = match.FirstToken - 1; i >= Math.Max(1, match.FirstToken - DirectionReach) && !text.Tokens[i + 1].BreakBefore; i--)
        {
            if (text.Tokens[i - 1].Text == From && !text.Tokens[i].BreakBefore && _terms.DirectionNouns.MatchAt(text.Tokens, i, i + 1) > 0)
            {
                return false;
            }
        }
        if (lead < match.FirstToken - 1 && text.Tokens[lead].Text == From)
        {
            return lead >= 1 && _terms.NearWords.Contains(text.Tokens[lead - 1].Text);
        }
        var previous = text.Tokens[match.FirstToken - 1].Text;
        if (_terms.DestinationWords.Contains(previous))
        {
            var aim = match.FirstToken - 1;
            return _terms.AimWords.Contains(previous) && trigger.End <= aim && (aim - trigger.End <= AimReach || IsOrigin(text.Tokens, trigger.End, aim));
        }
        return previous != From || match.FirstToken >= 2 && _terms.NearWords.Contains(text.Tokens[match.FirstToken - 2].Text);
    }

    /// <summary>Tokens [from, to) are a short origin phrase in one clause: "أطلقت من الأراضي السورية باتجاه قاعدة".</summary>
    private static bool IsOrigin(IReadOnlyList<KeyToken> tokens, int from, int to) =>
        to - from <= OriginReach && tokens[from].Text == From && Enumerable.Range(from, to - from + 1).All(i => !tokens[i].BreakBefore);

    private static int CliticLength(AnalyzedText text, LexiconMatch match)
    {
        var token = text.Tokens[match.FirstToken];
        var keyStart = CliticTokenizer.ToKeyOffset(text.Key, match.Span.Start);
        return Math.Clamp(keyStart - token.Start, 0, token.Length);
    }

    private string? CountryOf(string placeId) =>
        _places.TryGetValue(placeId, out var place)
            ? _places.Values.FirstOrDefault(p => p.Precision == PlacePrecision.Country && p.NameEn == place.Country)?.Id
            : null;

    /// <summary>A definite "القاعدة"/"المطار" in [from, to) that no name follows refers to the last base named before it, else to the title's base.</summary>
    private string? Coreferent(AnalyzedText text, int from, int to, bool first)
    {
        var indices = Enumerable.Range(from, Math.Max(0, to - from));
        foreach (var i in first ? indices : indices.Reverse())
        {
            var token = text.Tokens[i];
            if (_terms.CoreferentSites.MatchAt(text.Tokens, i, to) == 0 || !token.HasArticle.Any(a => a)
                || text.EntitiesByToken.Overlapping(i, i + 1).Any())
            {
                continue;
            }
            var antecedent = text.EntitiesByToken.Where(_isSitePlace).LastEndingBy(i);
            // "في قاعدة فكتوريا قرب مطار بغداد ... فوق القاعدة": the base, not the airport that says where it is.
            while (antecedent is not null && LocatesASite(text, antecedent))
            {
                antecedent = text.EntitiesByToken.Where(_isSitePlace).LastEndingBy(antecedent.FirstToken);
            }
            if (antecedent is not null || text.TitleSiteId is not null)
            {
                return antecedent?.Id ?? text.TitleSiteId;
            }
        }
        return null;
    }

    /// <summary>
    /// The date of a trigger: the nearest date expression after it and before the next trigger (Arabic dates an
    /// event after naming it: "الهجوم على مطار أربيل في أبريل"), else the nearest before it in the sentence.
    /// A date that follows a reporting verb dates the statement (قال مسؤولون يوم الاثنين), and a period
    /// (منذ شهر) dates nothing.
    /// </summary>
    private DateMention? PickDate(AnalyzedText text, Trigger trigger, int from, int to, int scopeEnd, IReadOnlyList<Anchor> anchors)
    {
        DateMention? after = null;
        DateMention? before = null;
        DateMention? statement = null;
        var afterDistance = int.MaxValue;
        var beforeDistance = int.MaxValue;
        foreach (var date in text.DatesStartingIn(from, to))
        {
            var index = TokenAfter(text, date.Span.Start);
            if (index < from || index >= to || _terms.PeriodWords.MatchAt(text.Tokens, index) > 0 || anchors.Any(a => ReferenceEquals(a.Date, date)))
            {
                continue;
            }
            if (DatesAStatement(text, from, index))
            {
                // "أفاد مصدر أمني، يوم الثلاثاء، بتعرض رتل لتفجير": a report's day, before the attack it reports, is the
                // attack's when nothing closer dates it; not a page's or a post's day.
                // Not across a toll (nor below): "أعلنت الوزارة، الثلاثاء، ارتفاع عدد المصابين جراء الضربة ... إلى 50" counts
                // the hurt of an attack told before.
                if (index < trigger.Index && trigger.Index - index <= DateReach && !Published(text, from, index)
                    && !TollIn(text.Tokens, index, trigger.Index))
                {
                    statement = date;
                }
                continue;
            }
            // "سقطت قذيفتا هاون على مقر ... دون وقوع إصابات، حسب مصدر في الشرطة، صباح الخميس": the source put between the
            // attack and its time does not take the time out of reach.
            var distance = index - trigger.End - SourceTokens(text.Tokens, trigger.End, index);
            if (index >= trigger.End && index < scopeEnd && distance < afterDistance && distance <= DateReach
                && !OpensNewClause(text, date, trigger.End, index))
            {
                after = date;
                afterDistance = distance;
            }
            else if (index < trigger.Index && trigger.Index - index < beforeDistance && trigger.Index - index <= DateReach && !TollIn(text.Tokens, index, trigger.Index))
            {
                before = date;
                beforeDistance = trigger.Index - index;
            }
        }
        return after ?? before ?? statement;
    }

    /// <summary>Tokens in [from, to) of phrases that open with a preposition of source and run to the next break (حسب مصدر في الشرطة).</summary>
    private int SourceTokens(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (_terms.SourcePrepositions.MatchAt(tokens, i, to) == 0)
            {
                continue;
            }
            var end = i + 1;
            while (end < to && !tokens[end].BreakBefore)
            {
                end++;
            }
            count += end - i;
            i = end - 1;
        }
        return count;
    }

    /// <summary>
    /// A date right after a reporting verb dates the statement (قال مسؤولون يوم الاثنين), and one after a word of
    /// publication dates the page or a post (منشور الثلاثاء 6 آب؛ في منشور يوم الأحد): neither is the event's.
    /// </summary>
    private bool DatesAStatement(AnalyzedText text, int from, int index)
    {
        var start = Math.Max(from, index - ReportingVerbReach);
        // "حسب مصدر في الشرطة، صباح الخميس": a preposition of source tells no statement a time could date.
        return Enumerable.Range(start, Math.Max(0, index - start))
                .Any(i => _terms.ReportingVerbs.MatchAt(text.Tokens, i, index) > 0 && _terms.SourcePrepositions.MatchAt(text.Tokens, i, index) == 0)
            || Published(text, from, index);
    }

    /// <summary>A date right after a word of publication dates the page or a post (منشور الثلاثاء 6 آب).</summary>
    private bool Published(AnalyzedText text, int from, int index) =>
        _terms.PublicationWords.AnyIn(text.Tokens, Math.Max(from, index - ReportingVerbReach), index);

    /// <summary>
    /// A date after a break and a و opens a clause of its own: "لم ينتج عن الهجوم إصابات، وقبل نحو 15 يوما أصيب شخصان"
    /// dates what follows it, not the attack before it. A time set off by commas (استهدفت، مساء الأربعاء، سيارة) is the
    /// attack's.
    /// </summary>
    private static bool OpensNewClause(AnalyzedText text, DateMention date, int triggerEnd, int index)
    {
        var token = TokenAt(text, date.Span.Start);
        return ModalityFilter.ClauseBreakIn(text.Tokens, triggerEnd, Math.Min(index, token) + 1) && text.Tokens[token].Text[0] == Normalization.ArabicLetters.Waw;
    }

    /// <summary>The first token starting at or after a display offset.</summary>
    private static int TokenAfter(AnalyzedText text, int displayOffset) =>
        CliticTokenizer.FirstAtOrAfter(text.Tokens, CliticTokenizer.ToKeyOffset(text.Key, displayOffset));

    /// <summary>The token holding a display offset: the one a clitic-led span (وقبل) starts inside.</summary>
    private static int TokenAt(AnalyzedText text, int displayOffset)
    {
        var key = CliticTokenizer.ToKeyOffset(text.Key, displayOffset);
        var next = CliticTokenizer.FirstAtOrAfter(text.Tokens, key);
        return next > 0 && (next >= text.Tokens.Count || text.Tokens[next].Start > key) && text.Tokens[next - 1].End > key ? next - 1 : next;
    }

    /// <summary>
    /// A span of time after which something came, before "من": "جاء القصف بعد يوم من مقتل أربعة مقاتلين بقصف جوي"،
    /// "بعد ساعات من هجوم صاروخي". It dates neither attack; with days or more (<see cref="Anchor.Days"/>) what follows
    /// من happened on an earlier day. <see cref="Anchor.After"/> is the token after من.
    /// </summary>
    private sealed record Anchor(DateMention Date, int After, bool Days);

    /// <summary>The article's anchors, found once: most articles have none, and every trigger asks.</summary>
    private List<Anchor> Anchors(AnalyzedText text)
    {
        var result = new List<Anchor>();
        foreach (var date in text.Dates)
        {
            var first = TokenAt(text, date.Span.Start);
            var end = TokenAfter(text, date.Span.End);
            if (first < text.Tokens.Count && text.Tokens[first].Forms.Any(f => f == After)
                // "بعد يوم من الهجوم"، "بعد أقل من أسبوع على مقتل ...": both من and على lead to the earlier event.
                && end < text.Tokens.Count && (text.Tokens[end].Text == From || text.Tokens[end].Text == On) && !text.Tokens[end].BreakBefore)
            {
                result.Add(new Anchor(date, end + 1, _terms.DayUnits.AnyIn(text.Tokens, first, end)));
            }
        }
        return result;
    }

    /// <summary>A second month joined by و right after <paramref name="date"/> (في شهري آذار وتموز), or null.</summary>
    private static DateMention? CoordinatedMonth(AnalyzedText text, DateMention date, int to)
    {
        var next = TokenAfter(text, date.Span.End);
        if (next >= to || text.Tokens[next].BreakBefore || text.Tokens[next].Text[0] != Normalization.ArabicLetters.Waw)
        {
            return null;
        }
        // A date after a clitic و starts inside the token: match it by the token holding its start.
        return text.DatesStartingIn(next, next + 2).FirstOrDefault(d => d.Line is null && d.Precision == DatePrecision.Month && d.Value is not null
            && d.Value != date.Value && TokenAt(text, d.Span.Start) == next);
    }

    /// <summary>
    /// The clause of an earlier event opened by "بعد ... من/على" before the trigger's own clause in its sentence, as a token
    /// range; null when the trigger stands inside it or no such clause precedes it.
    /// </summary>
    private static (int From, int To)? EarlierClause(AnalyzedText text, Trigger trigger, IReadOnlyList<Anchor> anchors, int sentenceStart)
    {
        foreach (var anchor in anchors)
        {
            if (anchor.After < sentenceStart || anchor.After >= trigger.Index)
            {
                continue;
            }
            var end = anchor.After + 1;
            while (end < trigger.Index && !text.Tokens[end].BreakBefore)
            {
                end++;
            }
            if (text.Tokens[end].BreakBefore)
            {
                return (anchor.After, end);
            }
        }
        return null;
    }

    /// <summary>An attack told after "بعد يوم من" in its clause (<see cref="Anchor"/>) happened on an earlier day.</summary>
    private static bool AfterAnEarlierDay(AnalyzedText text, Trigger trigger, IReadOnlyList<Anchor> anchors) =>
        anchors.Any(a => a.Days && a.After <= trigger.Index && trigger.Index - a.After <= EarlierReach
            && !ModalityFilter.ClauseBreakIn(text.Tokens, a.After, trigger.Index + 1));

    private static readonly string After = Normalization.ArabicNormalizer.Fold("بعد");
    /// <summary>Days before its publication a report's own news happened at most; an attack dated earlier is recalled.</summary>
    private const int NewsDays = 7;

    /// <summary>A day more than a week before the report: not the news of the day.</summary>
    private static bool Old(AnalyzedText text, DateMention date) =>
        date is { Precision: DatePrecision.Day } && text.PublishedAt is { } published
        && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
        && published.DayNumber - day.DayNumber > NewsDays;

    /// <summary>
    /// A day more than a week before the report, for an attack told after the article's own (وكانت الولايات المتحدة قتلت ...
    /// في الثالث من يناير): the news of the day is told within days, and first. An old date on the place the article
    /// already told of, undated, is its own story dated ("بعد عشرة أيام من الهجوم على القاعدة يوم 8 كانون الثاني"), not a
    /// recall; told of on another day, it is another attack there.
    /// </summary>
    private static bool Recalled(AnalyzedText text, DateMention? date, string? place, ToldSoFar earlier) =>
        date is not null && Old(text, date) && earlier.AnyMainPlaced && !earlier.OnlyUndatedAt(place);

    /// <summary>
    /// An old day told after an attack of the news in the same sentence: "تعرضت القاعدة فجر الأحد لهجوم بثلاثة صواريخ،
    /// وكانت قد تعرضت في الرابع من كانون الثاني الماضي لهجوم بطائرتين" recalls the second (<see cref="Recalled"/> for the
    /// sentences before).
    /// </summary>
    private static bool RecalledAfter(AnalyzedText text, DateMention? date, List<IncidentDraft> sentenceDrafts) =>
        date is not null && Old(text, date)
        && sentenceDrafts.Exists(d => !d.Background && d.PlaceId is not null && d.Date is { } own && !Old(text, own));

    /// <summary>
    /// The trigger is told in the pluperfect: قد before it in its clause, a past of كان shortly before that (وكانت المقاومة
    /// قد استهدفت، كان التحالف قد تعرض).
    /// </summary>
    private bool Pluperfect(IReadOnlyList<KeyToken> tokens, int from, Trigger trigger)
    {
        for (var i = trigger.Index - 1; i >= Math.Max(from, trigger.Index - PluperfectReach); i--)
        {
            if (tokens[i + 1].BreakBefore)
            {
                return false;
            }
            if (tokens[i].Text == Qad)
            {
                return Enumerable.Range(Math.Max(from, i - PluperfectReach), i - Math.Max(from, i - PluperfectReach))
                    .Any(k => _terms.PluperfectAuxiliaries.MatchAt(tokens, k, i) > 0 && !ModalityFilter.ClauseBreakIn(tokens, k + 1, i + 1));
            }
        }
        return false;
    }

    /// <summary>Words between كان and قد (its subject: وكانت المقاومة الإسلامية في العراق قد), and between قد and the verb.</summary>
    private const int PluperfectReach = 8;

    private static readonly string Qad = Normalization.ArabicNormalizer.Fold("قد");

    /// <summary>A day before the day of the story's own attack <paramref name="main"/>.</summary>
    private static bool EarlierDay(DateMention? date, IncidentDraft? main) =>
        date is { Precision: DatePrecision.Day, Value: { Length: 10 } day } && main?.Date is { Precision: DatePrecision.Day, Value: { Length: 10 } own }
        && string.CompareOrdinal(day, own) < 0;

    /// <summary>Sentences after attacks told together by their doer in which one of them is told at its site.</summary>
    private const int UmbrellaReach = 2;

    /// <summary>
    /// Attacks a sentence tells together, in the plural, with their doer and no site of their own, at most a broad place
    /// ("شنت الولايات المتحدة غارات على خمسة مواقع في العراق وسوريا"، "ضربات جوية شمالي العراق"), and the words naming the
    /// doer. The sentences after it that tell one of them at its site ("وشنت طائرات مسيرة ضربات على مقر في القائم"), a
    /// site no attack was told at before, and name no doer tell the same doer's attack; not in words that take back an
    /// attack (لهذا القصف، الصواريخ الثلاثة) when one was told at a site before.
    /// </summary>
    private sealed record Umbrella(IncidentType Type, int Sentence, IReadOnlyList<FieldSupport> Doers)
    {
        /// <summary>
        /// The other weapons the same sentence names for no attack it places at a site: an attack with one of them told
        /// after may be the one they were named for.
        /// </summary>
        public IReadOnlySet<IncidentType> AlsoTold { get; init; } = new HashSet<IncidentType>();
    }

    /// <summary>
    /// The attack noun or its weapon takes back what was told before: "الهجوم"، "لهذا القصف"، "الصواريخ الثلاثة سقطت". One
    /// of them (إحدى الغارات) is a part of what was told, not all of it.
    /// </summary>
    private bool TakenBack(IReadOnlyList<KeyToken> tokens, Trigger trigger, WeaponHit? weapon)
    {
        bool Part(int index) => index > 0 && _terms.PartWords.MatchAt(tokens, index - 1, index) > 0;
        return TakesBack(tokens, trigger.Index, trigger.End) && !Part(trigger.Index)
            || weapon is { } named && tokens[named.Index].HasArticle.Any(a => a) && !Part(named.Index);
    }

    /// <summary>A governorate, a region, a country, a sea: a place raids are told at before each of their sites.</summary>
    private bool Broad(string place) => _places.TryGetValue(place, out var entry) && entry.Precision >= PlacePrecision.Governorate;

    /// <summary>
    /// An attack of the kind told together: the same type, any type among attacks of no kind (هجمات), or a drone strike
    /// among air strikes by a state whose drones strike as its aircraft do (the type the doer then gives it); and not of
    /// the kind of another attack the same sentence told.
    /// </summary>
    private bool Within(Umbrella umbrella, IncidentType type) =>
        !umbrella.AlsoTold.Contains(type)
        && (type == umbrella.Type || umbrella.Type == IncidentType.Other || type == IncidentType.Drone && umbrella.Type == IncidentType.Airstrike && umbrella.Doers.Any(d => _terms.ArmedDroneOperators.Contains(d.Value)));

    /// <summary>
    /// Attacks told together by <paramref name="doers"/> in sentence <paramref name="sentence"/>, with the words naming each
    /// doer; without a doer, the attacks told together before. The same raids told again close by ("شنت الولايات المتحدة
    /// غارات ... وقال البيان إن الضربات الأميركية استهدفت") keep the doers named before beside those named now.
    /// </summary>
    private Umbrella? Together(AnalyzedText text, IReadOnlyList<string> doers, IncidentType type, int sentence, int trigger, Umbrella? before)
    {
        if (doers.Count == 0)
        {
            return before;
        }
        var named = doers.Select(d => WordsNaming(text, d, sentence, trigger) is { } words ? new FieldSupport(IncidentField.Perpetrator, d, words) : null).OfType<FieldSupport>();
        var kept = before is { } raids && raids.Type == type && sentence - raids.Sentence <= UmbrellaReach ? raids.Doers : [];
        return new Umbrella(type, sentence, kept.Concat(named).DistinctBy(d => d.Value).ToList());
    }

    /// <summary>The words in sentence <paramref name="sentence"/> that name <paramref name="actorId"/>, nearest token <paramref name="near"/>.</summary>
    private TextSpan? WordsNaming(AnalyzedText text, string actorId, int sentence, int near) =>
        text.EntitiesByDisplay.StartingIn(text.Sentences[sentence].Start, text.Sentences[sentence].End).Where(e => e.Id == actorId)
            .MinBy(e => Math.Abs(e.FirstToken - near))?.Span
        ?? AdjectiveOf(text, actorId, [text.Sentences[sentence]]);

    /// <summary>
    /// What <see cref="Recalled"/> asks of the attacks told before a trigger, kept up as drafts are added, placed and
    /// dated: asked of the drafts themselves for each old-dated trigger, it was the square of a page of recalled attacks.
    /// </summary>
    private sealed class ToldSoFar(Func<string, bool> broad)
    {
        private readonly Dictionary<string, (int Told, int Dated)> _byPlace = new(StringComparer.Ordinal);
        private (int Told, int Dated) _unplaced;

        /// <summary>An attack told with its place, not in the background: the story has its own.</summary>
        public bool AnyMainPlaced { get; private set; }

        /// <summary>Attacks are told at the place (or with no place, for null), and none of them has a date.</summary>
        public bool OnlyUndatedAt(string? place) =>
            (place is null ? _unplaced : _byPlace.GetValueOrDefault(place)) is { Told: > 0, Dated: 0 };

        /// <summary>An attack was told at a site, not only at a broad place (see <see cref="Broad"/>).</summary>
        public bool AnyAtASite { get; private set; }

        /// <summary>An attack was told at the place before.</summary>
        public bool AnyAt(string place) => _byPlace.GetValueOrDefault(place).Told > 0;

        public void Add(IncidentDraft draft) => Count(draft, 1);

        public void Replace(IncidentDraft before, IncidentDraft after)
        {
            Count(before, -1);
            Count(after, 1);
        }

        private void Count(IncidentDraft draft, int step)
        {
            AnyMainPlaced |= step > 0 && !draft.Background && draft.PlaceId is not null;
            AnyAtASite |= step > 0 && draft.PlaceId is { } place && !broad(place);
            var (told, dated) = draft.PlaceId is null ? _unplaced : _byPlace.GetValueOrDefault(draft.PlaceId);
            var counts = (told + step, dated + (draft.Date is null ? 0 : step));
            if (draft.PlaceId is null)
            {
                _unplaced = counts;
            }
            else
            {
                _byPlace[draft.PlaceId] = counts;
            }
        }
    }

    /// <summary>Words from "من" to the earlier attack: its casualties and their owner (من مقتل أربعة من مقاتلي الحزب بقصف).</summary>
    private const int EarlierReach = 10;

    /// <summary>An incident dated by a month, a year or an expression such as "الشهر الماضي" is one the article recalls.</summary>
    private bool IsBackground(AnalyzedText text, DateMention? date)
    {
        if (date is null)
        {
            return false;
        }
        if (date.Precision is DatePrecision.Month or DatePrecision.Year)
        {
            return true;
        }
        var from = TokenAt(text, date.Span.Start);
        var to = TokenAfter(text, date.Span.End);
        // "في الثامن من كانون الثاني الماضي" in a report with no date of its own: a month called past is an earlier month
        // than the report's (the report's own month is الجاري), so the day in it is recalled. With a publication date the
        // day is resolved and Recalled judges it.
        if (date is { Precision: DatePrecision.Day, Value: null } && _terms.PastMarkers.AnyIn(text.Tokens, from, to)
            && IncidentMerger.Names(date).Month is not null)
        {
            return true;
        }

        if (date.Precision != DatePrecision.Relative)
        {
            return false;
        }
        // "قبل نحو 15 يوما" with no publication date to resolve it: days back from the report are an earlier day;
        // "قبل ساعات" is the same day, part of the same story.
        return _terms.BackgroundDateWords.AnyIn(text.Tokens, from, to)
            || _terms.AgoWords.MatchAt(text.Tokens, from, to) > 0 && _terms.DayUnits.AnyIn(text.Tokens, from, to);
    }

    /// <summary>
    /// The actor a claim names, the subject of an attack verb next to it (نفذت القوات الأمريكية ضربة), and the
    /// armed forces a nationality adjective on the weapon or the attack noun names (<see cref="AttackerByAdjective"/>).
    /// </summary>
    private List<string> Perpetrators(AnalyzedText text, int scopeStart, int scopeEnd, Trigger trigger, IReadOnlyList<WeaponHit> weapons,
        WeaponHit? weapon, Attribution attribution)
    {
        var result = new List<string>();
        if (attribution.ClaimantId is { } claimant)
        {
            result.Add(claimant);
        }
        for (var v = scopeStart; v < trigger.End; v++)
        {
            var verb = _terms.AttackVerbs.MatchAt(text.Tokens, v, trigger.End + 1);
            if (verb == 0)
            {
                continue;
            }
            // The subject right after the verb, or after its members (استهدف مجاهدو المقاومة الإسلامية), or right before it.
            // A member noun that opens an actor's own name (خلية الإعلام الأمني) is that actor.
            var after = v + verb < text.Tokens.Count && !text.Tokens[v + verb].BreakBefore && _terms.MemberNouns.MatchAt(text.Tokens, v + verb) is > 0 and var members
                && !text.EntitiesByToken.StartingIn(v + verb, v + verb + 1).Any()
                ? v + verb + members
                : v + verb;
            // "هاجم مسلحون من تنظيم داعش نقطة عسكرية": the members' group follows من, and is the subject when the object
            // comes next. Without one it reads as a passive's subject: "استهدف عناصر من الحشد بطائرة مسيرة" (were targeted).
            // "الهجوم الذي استهدف قوات التحالف": the relative clause's subject is the attack it follows; the actor is its object.
            if (v >= 2 && ModalityFilter.RelativePronouns.Contains(text.Tokens[v - 1].Text) && !text.Tokens[v].BreakBefore
                && (_terms.Triggers.MatchAt(text.Tokens, v - 2) > 0 || weapons.Any(w => w.End == v - 1)))
            {
                continue;
            }
            var membersOf = after > v + verb && after < text.Tokens.Count && text.Tokens[after].Text == From && !text.Tokens[after].BreakBefore;
            // An attack noun with ب is the means of what came before (مقتل ثلاثة من عناصر الحزب بقصف تركي): the actor before it
            // is no subject of it, and here its victim.
            var subject = membersOf
                // "شن مسلحون من تنظيم داعش هجوما على نقطة": a raid verb's object is the attack noun.
                ? text.EntitiesByToken.StartingIn(after + 1, after + 2).FirstOrDefault(e => !e.IsPlace
                    && (ObjectFollows(text, e.EndToken) || _terms.RaidVerbs.MatchAt(text.Tokens, v) > 0 && e.EndToken < text.Tokens.Count
                        && !text.Tokens[e.EndToken].BreakBefore && _terms.Triggers.MatchAt(text.Tokens, e.EndToken) > 0))
                // The name right after the verb, or the one ending at it: both overlap [v - 1, after].
                : text.EntitiesByToken.Overlapping(v - 1, after + 1).FirstOrDefault(e => !e.IsPlace && !e.AfterPreposition
                    && (e.FirstToken == after && !text.Tokens[e.FirstToken].BreakBefore || e.EndToken == v && !text.Tokens[v].BreakBefore && !WithBa(text.Tokens[v])));
            if (subject is not null && _actors.TryGetValue(subject.Id, out var actor) && actor.Kind != ActorKind.Media && actor.Kind != ActorKind.Person
                && !result.Contains(subject.Id))
            {
                result.Add(subject.Id);
            }
        }
        if (Doer(text, scopeStart, trigger.End) is { } doer && !result.Contains(doer))
        {
            result.Add(doer);
        }
        // "طائرة مسيرة أطلقت من مناطق يسيطر عليها الحوثيون": the armed group holding the area a weapon was launched from.
        for (var at = _terms.ControlWords.FirstIn(text.Tokens, scopeStart, scopeEnd); at >= 0; at = _terms.ControlWords.FirstIn(text.Tokens, at + 1, scopeEnd))
        {
            var holder = at + _terms.ControlWords.MatchAt(text.Tokens, at, scopeEnd);
            if (holder < scopeEnd && !text.Tokens[holder].BreakBefore
                && Enumerable.Range(Math.Max(scopeStart, at - OriginAreaWords), Math.Min(OriginAreaWords, at - scopeStart)).Any(k => text.Tokens[k].Text == From)
                && text.EntitiesByToken.StartingIn(holder, holder + 1).FirstOrDefault(e => !e.IsPlace && _actors.TryGetValue(e.Id, out var a) && a.Kind == ActorKind.ArmedGroup) is { } group
                && !result.Contains(group.Id))
            {
                result.Add(group.Id);
            }
        }
        // "طائرة مسيرة تابعة للجيش التركي": the owner of the incident's own weapon attacked (not of another one in the
        // sentence: "مما دفع طائرة مقاتلة تابعة للتحالف إلى تدمير قاذفة" is the answer to the rockets). Hedged too, as the
        // sources believe it: "طائرات مجهولة يرجح أنها تابعة للتحالف الدولي".
        var link = weapon is { } own ? Hedged(text.Tokens, own.End) : -1;
        var owner = link >= 0 && link + 1 < text.Tokens.Count && _terms.LinkWords.Contains(text.Tokens[link].Text) && !text.Tokens[link].BreakBefore
            ? text.EntitiesByToken.StartingIn(link + 1, link + 2).FirstOrDefault(e => !e.IsPlace && _actors.TryGetValue(e.Id, out var a) && a.Kind is ActorKind.Military or ActorKind.ArmedGroup)
            : null;
        if (owner is not null && !result.Contains(owner.Id))
        {
            result.Add(owner.Id);
        }
        foreach (var attacker in AttackersByAdjective(text.Tokens, scopeStart, scopeEnd, trigger, weapons).Where(a => !result.Contains(a)))
        {
            result.Add(attacker);
        }
        foreach (var agent in new[] { Agent(text, trigger.End, scopeEnd), result.Count == 0 ? Topic(text, scopeStart, trigger) : null })
        {
            if (agent is not null && !result.Contains(agent))
            {
                result.Add(agent);
            }
        }
        // "أكدت قسد أن طائرة مسيرة تركية استهدفت سيارة": the doer the sentence names outweighs a claim read from the
        // announcing alone.
        if (attribution is { Inferred: true, ClaimantId: { } announcer } && result.Exists(id => id != announcer))
        {
            result.Remove(announcer);
        }
        return result;
    }

    /// <summary>Words from من to the control words of the area it names: "من مناطق يسيطر عليها".</summary>
    private const int OriginAreaWords = 3;

    /// <summary>
    /// The doer of a verbal noun of doing before the trigger: "قيام الولايات المتحدة بقتل القائد في هجوم بطائرة مسيرة"،
    /// "إقدام القوات التركية على قصف". The armed actor right after the noun, with the deed (a word with ب or على) right after it.
    /// </summary>
    private string? Doer(AnalyzedText text, int from, int to)
    {
        var tokens = text.Tokens;
        for (var i = from; i < to; i++)
        {
            var noun = _terms.DoingNouns.MatchAt(tokens, i, to);
            if (noun == 0)
            {
                continue;
            }
            var doer = text.EntitiesByToken.StartingIn(i + noun, i + noun + 1).FirstOrDefault(e => !e.IsPlace && !tokens[e.FirstToken].BreakBefore && IsArmed(e.Id));
            if (doer is not null && doer.EndToken < tokens.Count && !tokens[doer.EndToken].BreakBefore
                && (WithBa(tokens[doer.EndToken]) || tokens[doer.EndToken].Text == On))
            {
                return doer.Id;
            }
        }
        return null;
    }

    /// <summary>Armed actors: the only ones that carry out an attack (not an outlet, a person or a ministry).</summary>
    private bool IsArmed(string actorId) =>
        _actors.TryGetValue(actorId, out var actor) && actor.Kind is ActorKind.Military or ActorKind.ArmedGroup or ActorKind.State;

    /// <summary>
    /// The doer put after the attack by an agent phrase: "تعرضت القاعدة للاستهداف من قبل ما تسمى بالمقاومة الإسلامية"،
    /// "على يد عناصر داعش"، "بهجوم شنه عناصر من تنظيم داعش". A distancing word (ما تسمى) or a member noun (with من) may stand between.
    /// </summary>
    private string? Agent(AnalyzedText text, int from, int to)
    {
        var tokens = text.Tokens;
        for (var i = from; i < to; i++)
        {
            if (_terms.Interceptors.MatchAt(tokens, i, to) > 0)
            {
                // "وتم إسقاطها من قبل قوات التحالف": from here on the doer is the defender's.
                return null;
            }
            var agent = _terms.AgentWords.MatchAt(tokens, i, to);
            if (agent == 0)
            {
                continue;
            }
            var at = i + agent;
            at += at < to ? _terms.SoCalledWords.MatchAt(tokens, at, to) : 0;
            var members = at < to && !text.EntitiesByToken.StartingIn(at, at + 1).Any() ? _terms.MemberNouns.MatchAt(tokens, at, to) : 0;
            at += members;
            // "شنه عناصر من تنظيم داعش": the members' group after من.
            at += members > 0 && at + 1 < to && tokens[at].Text == From && !tokens[at].BreakBefore ? 1 : 0;
            var doer = text.EntitiesByToken.StartingIn(at, at + 1).FirstOrDefault(e => !e.IsPlace && IsArmed(e.Id));
            if (doer is not null && !tokens[at].BreakBefore)
            {
                return doer.Id;
            }
        }
        return null;
    }

    /// <summary>
    /// The subject fronted after إن/أن, its verb later in the clause: "قالت القيادة إن الحوثيين، المتحالفين مع إيران،
    /// أطلقوا صاروخا". Only the actor that opens the reported clause, and only before an attack verb of that clause.
    /// </summary>
    private string? Topic(AnalyzedText text, int scopeStart, Trigger trigger)
    {
        var tokens = text.Tokens;
        for (var v = scopeStart; v < trigger.End; v++)
        {
            if (_terms.AttackVerbs.MatchAt(tokens, v, trigger.End + 1) == 0)
            {
                continue;
            }
            for (var c = v - 1; c >= Math.Max(scopeStart, v - TopicReach); c--)
            {
                if (_terms.Complementizers.MatchAt(tokens, c, v) == 0)
                {
                    continue;
                }
                var topic = text.EntitiesByToken.StartingIn(c + 1, c + 2).FirstOrDefault(e => !e.IsPlace && e.EndToken <= v && IsArmed(e.Id));
                return topic?.Id;
            }
        }
        return null;
    }

    /// <summary>Words from إن/أن to the verb its fronted subject governs: the subject, an apposition and a time.</summary>
    private const int TopicReach = 8;

    /// <summary>The token at <paramref name="index"/> opens a place or a site noun (قاعدة عين الأسد، نقطة عسكرية، مقرا).</summary>
    private bool ObjectFollows(AnalyzedText text, int index) =>
        index < text.Tokens.Count && !text.Tokens[index].BreakBefore
        && (text.EntitiesByToken.StartingIn(index, index + 1).Any(e => e.IsPlace) || _terms.SiteNounAt(text.Tokens, index));

    /// <summary>
    /// "غارة أمريكية"، "طائرات مسيرة تركية"، "قصف مدفعي تركي"، "الطائرات الحربية الإسرائيلية": a nationality adjective
    /// right after the attack noun, a weapon phrase or a weapon noun of the trigger's scope names the state whose
    /// forces attacked. Not when it says where the weapon was made (مسيرة إيرانية الصنع), and
    /// not after any other noun (قاعدة أمريكية is the target). Adjectives right after it name allies of one attack: "العدوان
    /// الأمريكي البريطاني"، "غارات أمريكية وبريطانية".
    /// </summary>
    private List<string> AttackersByAdjective(IReadOnlyList<KeyToken> tokens, int scopeStart, int scopeEnd, Trigger trigger, IReadOnlyList<WeaponHit> weapons)
    {
        var result = new List<string>();
        if (AttackerByAdjective(tokens, scopeStart, scopeEnd, trigger, weapons) is not ({ } first, var at))
        {
            return result;
        }
        result.Add(first);
        for (var i = at + 1; i < Math.Min(scopeEnd, tokens.Count) && !tokens[i].BreakBefore; i++)
        {
            var ally = _terms.AttackerAdjectives.FirstOrDefault(pair => _actors.ContainsKey(pair.ActorId) && pair.Terms.MatchAt(tokens, i, scopeEnd) > 0).ActorId;
            if (ally is null)
            {
                break;
            }
            if (!result.Contains(ally))
            {
                result.Add(ally);
            }
        }
        return result;
    }

    /// <summary>The token after a hedge at <paramref name="at"/> (يرجح أنها، يعتقد أنه), else <paramref name="at"/> itself.</summary>
    private int Hedged(IReadOnlyList<KeyToken> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].BreakBefore || _terms.HedgeVerbs.MatchAt(tokens, at) is not (> 0 and var hedge))
        {
            return at;
        }
        var belief = at + hedge;
        return belief < tokens.Count && !tokens[belief].BreakBefore && _terms.BeliefObjects.Contains(tokens[belief].Text) ? belief + 1 : at;
    }

    /// <summary>The first attacker adjective (<see cref="AttackersByAdjective"/>) and its token.</summary>
    private (string Id, int At)? AttackerByAdjective(IReadOnlyList<KeyToken> tokens, int scopeStart, int scopeEnd, Trigger trigger, IReadOnlyList<WeaponHit> weapons)
    {
        bool IsAttackWord(int i) => i >= trigger.Index && i < trigger.End || weapons.Any(w => i >= w.Index && i < w.End)
            || _terms.WeaponNouns.Values.Any(nouns => nouns.MatchAt(tokens, i) > 0) || _terms.Triggers.MatchAt(tokens, i) > 0;
        for (var i = Math.Max(scopeStart, 0) + 1; i < Math.Min(scopeEnd, tokens.Count); i++)
        {
            if (tokens[i].BreakBefore)
            {
                continue;
            }
            foreach (var (actorId, adjectives) in _terms.AttackerAdjectives)
            {
                if (adjectives.MatchAt(tokens, i, scopeEnd) == 0 || !_actors.ContainsKey(actorId)
                    || i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && _terms.ManufactureWords.MatchAt(tokens, i + 1) > 0)
                {
                    continue;
                }
                // "غارات جوية يرجح أنها إسرائيلية": a hedged nationality names the attacker as the sources believe it.
                if (IsAttackWord(i - 1) || i >= 3 && Hedged(tokens, i - 2) == i && IsAttackWord(i - 3))
                {
                    return (actorId, i);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Armed groups a sentence holds responsible: the one after an accusation (تتهم واشنطن كتائب حزب الله بالوقوف
    /// وراء الهجوم) or just before "تقف وراء". With <paramref name="ofOtherAttacks"/>, those an accusation that qualifies a
    /// plural attack noun holds responsible for those attacks instead (لهجمات تتهم واشنطن فصائل ... بالوقوف خلفها).
    /// </summary>
    private List<string> Accused(AnalyzedText text, int from, int to, bool ofOtherAttacks = false)
    {
        var result = new List<string>();
        for (var v = from; v < to; v++)
        {
            var length = _terms.AccuseVerbs.MatchAt(text.Tokens, v, to);
            var blames = false;
            if (length == 0 && Blames(text.Tokens, v, to) is > 0 and var blame)
            {
                (length, blames) = (blame, true);
            }
            if (length == 0)
            {
                continue;
            }
            // "وتتهم واشنطن عادة فصائل مسلحة بالوقوف وراء مثل هذه الهجمات": a habit or a kind of attack blamed, in the
            // accusation's clause, names no doer of the attack told.
            if (_terms.HabitualWords.AnyIn(text.Tokens, ModalityFilter.ClauseOpening(text.Tokens, from, v), Math.Min(to, v + length + AccusedReach + HabitReach)))
            {
                v += length - 1;
                continue;
            }
            // "تعرضت مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها": an accusation that qualifies a
            // plural attack noun right before it is about those attacks, not the one the sentence tells.
            if (ofOtherAttacks != (v > from && !text.Tokens[v].BreakBefore && _terms.PluralAttackNouns.MatchAt(text.Tokens, v - 1, v) > 0))
            {
                v += length - 1;
                continue;
            }
            // The names after the verb and the one ending at it: all overlap [v - 1, v + AccusedReach].
            // A blame verb's subject is the one who blames: only the names after it.
            var near = text.EntitiesByToken.Overlapping(v - 1, v + AccusedReach + 1).Where(e => !e.IsPlace && (e.FirstToken > v && e.FirstToken <= v + AccusedReach || e.EndToken == v && !blames)
                && _actors.TryGetValue(e.Id, out var actor) && actor.Kind == ActorKind.ArmedGroup);
            result.AddRange(near.Select(e => e.Id).Where(id => !result.Contains(id)));
            v += length - 1;
        }
        return result;
    }

    /// <summary>
    /// The length of a blame verb at <paramref name="at"/> with a word of responsibility among the words after it
    /// (حمّلت واشنطن كتائب حزب الله مسؤولية), else 0.
    /// </summary>
    private int Blames(IReadOnlyList<KeyToken> tokens, int at, int to) =>
        _terms.BlameVerbs.MatchAt(tokens, at, to) is > 0 and var verb
            && _terms.BlameObjects.AnyIn(tokens, at + verb, Math.Min(to, at + verb + BlameReach)) ? verb : 0;

    /// <summary>Words from a blame verb to its word of responsibility: the one who blames, then the one blamed (حمّل البنتاغون ميليشيات مدعومة من إيران مسؤولية).</summary>
    private const int BlameReach = 10;

    /// <summary>The sentence accuses: an accusation word, or a blame verb with its word of responsibility.</summary>
    private bool Accuses(IReadOnlyList<KeyToken> tokens, int from, int to) =>
        _terms.AccuseVerbs.AnyIn(tokens, from, to) || Enumerable.Range(from, to - from).Any(i => Blames(tokens, i, to) > 0);

    /// <summary>
    /// Armed groups the sentence says carry on a series of attacks: a verb of going on (استأنفت، واصلت، صعّدت) with the
    /// group as its subject and the attacks as its object (حيث استأنفت الفصائل هجماتها على القواعد). An attack the same
    /// sentence tells is one of them. A verbal noun is no statement that they did (هددت باستئناف هجماتها).
    /// </summary>
    private List<string> Continuing(AnalyzedText text, int from, int to)
    {
        var result = new List<string>();
        for (var v = _terms.SeriesVerbs.FirstIn(text.Tokens, from, to); v >= 0; v = _terms.SeriesVerbs.FirstIn(text.Tokens, v + 1, to))
        {
            var verb = _terms.SeriesVerbs.MatchAt(text.Tokens, v, to);
            var subject = text.EntitiesByToken.StartingIn(v + verb, v + verb + 1).FirstOrDefault(e => !e.IsPlace && !text.Tokens[e.FirstToken].BreakBefore);
            if (subject is not null && IsArmed(subject.Id) && subject.EndToken < to && !text.Tokens[subject.EndToken].BreakBefore
                && _terms.SeriesObjects.MatchAt(text.Tokens, subject.EndToken, to) > 0 && !result.Contains(subject.Id))
            {
                result.Add(subject.Id);
            }
        }
        return result;
    }

    /// <summary>Forces the sentence says the attacked base hosts ("قاعدة عين الأسد التي تستضيف قوات أميركية").</summary>
    private IEnumerable<string> Hosted(AnalyzedText text, string place, int from, int to)
    {
        if (!_places.TryGetValue(place, out var entry) || entry.Precision != PlacePrecision.Site)
        {
            yield break;
        }
        for (var v = from; v < to; v++)
        {
            var length = _terms.HostVerbs.MatchAt(text.Tokens, v, to);
            if (length == 0)
            {
                continue;
            }
            var hosted = text.EntitiesByToken.StartingIn(v + length, v + length + 2).FirstOrDefault(e => !e.IsPlace
                && _actors.TryGetValue(e.Id, out var actor) && actor.Kind is ActorKind.Military or ActorKind.ArmedGroup);
            if (hosted is not null)
            {
                yield return hosted.Id;
            }
        }
    }

    /// <summary>Armed actors the trigger's clause aims at: "على القوات الأمريكية"، "ضد قوات الحشد الشعبي"، "استهدف قوات من البشمركة".</summary>
    private List<string> Targets(AnalyzedText text, Trigger trigger, int scopeEnd, List<string> perpetrators, IReadOnlyList<WeaponHit> weapons)
    {
        var result = new List<string>();
        foreach (var match in text.EntitiesByToken.StartingIn(trigger.End, Math.Min(scopeEnd, trigger.End + TargetReach)))
        {
            if (match.IsPlace || !_actors.TryGetValue(match.Id, out var actor) || actor.Kind is not (ActorKind.Military or ActorKind.ArmedGroup)
                || perpetrators.Contains(match.Id) || result.Contains(match.Id))
            {
                continue;
            }
            var lead = match.FirstToken - 1;
            // "على ثلاثة مواقع تابعة لكتائب حزب الله"، "على منشآت تستخدمها كتائب حزب الله": sites, counts and links between.
            while (lead >= trigger.End && (_terms.TargetFillers.Contains(text.Tokens[lead].Text) || NumberMention.CountOver(text.NumbersByKey, text.Tokens, lead, lead + 1) is not null)
                && !text.Tokens[lead + 1].BreakBefore)
            {
                lead--;
            }
            var leadToken = lead >= 0 ? text.Tokens[lead] : null;
            // Led by the trigger, على/ضد, an attack verb, or the subject between the verb and its object: the attacker
            // (هاجم مسلحون من داعش نقطة عسكرية للجيش) or the weapon (استهدفت عبوة ناسفة رتلا تابعا للتحالف).
            var led = lead < trigger.End
                || leadToken is not null && (_terms.TargetLeads.Contains(leadToken.Text) || _terms.AttackVerbs.MatchAt(text.Tokens, lead) > 0)
                || text.EntitiesByToken.EndingIn(lead + 1, lead + 2).Any(e => perpetrators.Contains(e.Id))
                || weapons.Any(w => w.End == lead + 1 && w.Index >= trigger.End);
            if (led)
            {
                result.Add(match.Id);
            }
        }
        return result;
    }

    /// <summary>
    /// An interception word whose own trigger found no place ("وقالت مصادر إن الدفاعات الجوية تصدت لها") tells the
    /// outcome of the attack the sentence placed before it.
    /// </summary>
    private void AssignInterception(AnalyzedText text, List<IncidentDraft> drafts, IReadOnlyList<Trigger> triggers, int from, int to)
    {
        var tokens = text.Tokens;
        var at = WholeInterception(tokens, from, to) ? _terms.Interceptors.FirstIn(tokens, from, to) : -1;
        while (at >= 0)
        {
            var index = drafts.FindLastIndex(d => d.TriggerToken <= at);
            if (index >= 0 && drafts[index].Intercepted is null && drafts[index].Type != IncidentType.Other
                && !triggers.Any(t => t.Index > drafts[index].TriggerToken && t.Index < at && drafts.All(d => d.TriggerToken != t.Index) && t.Strong))
            {
                drafts[index] = drafts[index] with { Intercepted = true, Support = [.. drafts[index].Support, Interception(text, at, to)] };
            }
            at = _terms.Interceptors.FirstIn(tokens, at + 1, to);
        }
    }

    /// <summary>
    /// An interception in [from, to), and none there of a part only ("تصدت للعدوان وأسقطت معظم الصواريخ") or after the
    /// weapons were fired ("قصفتا المطار قبل أن تسقطهما المضادات").
    /// </summary>
    private bool WholeInterception(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        var any = false;
        for (var at = _terms.Interceptors.FirstIn(tokens, from, to); at >= 0; at = _terms.Interceptors.FirstIn(tokens, at + 1, to))
        {
            if (Purpose(tokens, at))
            {
                continue;
            }
            if (Partial(tokens, at, to) || Late(tokens, from, at))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>
    /// The kinds the weapon named right after the sentence's first interception word may be: its own kind, or, for a
    /// weapon noun that takes it back (أسقطت الطائرتين، اعترضت الصواريخ), each kind the noun names. Empty when none is named.
    /// </summary>
    private HashSet<IncidentType> InterceptedKinds(IReadOnlyList<KeyToken> tokens, IReadOnlyList<WeaponHit> weapons, int from, int to)
    {
        var kinds = new HashSet<IncidentType>();
        var at = _terms.Interceptors.FirstIn(tokens, from, to);
        if (at < 0)
        {
            return kinds;
        }
        var end = at + _terms.Interceptors.MatchAt(tokens, at, to);
        for (var i = end; i < Math.Min(to, end + InterceptedObjectReach) && !tokens[i].BreakBefore; i++)
        {
            if (weapons.FirstOrDefault(w => w.Index == i && !w.Fallback) is { Length: > 0 } weapon)
            {
                kinds.Add(weapon.Type);
                return kinds;
            }
            foreach (var (kind, nouns) in _terms.WeaponNouns)
            {
                if (nouns.MatchAt(tokens, i, to) > 0)
                {
                    kinds.Add(kind);
                }
            }
            if (kinds.Count > 0)
            {
                return kinds;
            }
        }
        return kinds;
    }

    /// <summary>Words from an interception word to the weapon it downed: a subject between (أسقطت الدفاعات الجوية الطائرتين).</summary>
    private const int InterceptedObjectReach = 4;

    /// <summary>
    /// "أطلقت منظومة سي رام صواريخها لاعتراضه": an interception word with the ل of purpose tells an attempt, not its
    /// outcome; after a verb of leading to (أدى لإسقاطها) it is the result.
    /// </summary>
    private bool Purpose(IReadOnlyList<KeyToken> tokens, int at) =>
        tokens[at].Carries(Lam) && !(at > 0 && !tokens[at].BreakBefore && _terms.LeadVerbs.MatchAt(tokens, at - 1, at) > 0);


    /// <summary>
    /// "أسقطت معظم الصواريخ"، "اعترضت بعض الطائرات": shooting down a part says some were not, so it is no "all shot down".
    /// A whole named after the object (من أصل، من مجموع) says the same from further on: "أسقطت الدفاعات الجوية طائرتين
    /// مسيرتين مفخختين من أصل ثلاث".
    /// </summary>
    private bool Partial(IReadOnlyList<KeyToken> tokens, int interceptor, int to)
    {
        var after = interceptor + _terms.Interceptors.MatchAt(tokens, interceptor, to);
        return Enumerable.Range(after, Math.Max(0, Math.Min(to, after + OutOfReach) - after))
            .Any(i => !ModalityFilter.ClauseBreakIn(tokens, after, i + 1)
                && (i < after + PartReach ? _terms.PartWords : _terms.OutOfWords).MatchAt(tokens, i, to) > 0);
    }

    /// <summary>Words from the interception to its object's quantifier: "أسقطت الدفاعات الجوية معظم".</summary>
    private const int PartReach = 4;

    /// <summary>Words from the interception to a whole told after its object: "أسقطت الدفاعات الجوية طائرتين مسيرتين مفخختين من".</summary>
    private const int OutOfReach = 8;

    /// <summary>
    /// "تمكنت الطائرتان من قصف المطار قبل أن تتمكن المضادات الروسية من إسقاطهما": a marker of what came first stands
    /// before the interception in its clause; the platform fell after its weapons were away.
    /// </summary>
    private bool Late(IReadOnlyList<KeyToken> tokens, int from, int interceptor)
    {
        for (var i = interceptor - 1; i >= Math.Max(from, interceptor - LateReach); i--)
        {
            if (_terms.LateInterceptionMarkers.MatchAt(tokens, i, interceptor) > 0)
            {
                return true;
            }
            if (tokens[i].BreakBefore)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Words from "قبل أن" to the interception: the verb, its subject and adjective, and a preposition (قبل أن تتمكن المضادات الروسية من إسقاطهما).</summary>
    private const int LateReach = 8;

    /// <summary>
    /// Casualty statements go to the incident whose trigger precedes them most closely in the sentence; the armed
    /// force the casualties belong to (مقتل أربعة أعضاء من قوات الحشد الشعبي) is a target of it.
    /// </summary>
    private void AssignCasualties(AnalyzedText text, List<IncidentDraft> drafts, IReadOnlyList<CasualtyFact> facts, int from, int to)
    {
        foreach (var fact in facts)
        {
            // "بعد مقتل متعاقد وإصابة 6 آخرين في هجوم بطائرة مسيرة": figures followed by the attack that caused them
            // are that attack's, not the one told before them.
            // Not across a time of its own: in "لم يسفر الهجوم عن إصابات، وقبل نحو 15 يوما أصيب شخصان إثر استهداف القاعدة"
            // the first figure is today's attack's.
            var cause = drafts.FindIndex(d => !d.SecondDate && d.TriggerToken > fact.Index && d.TriggerToken - fact.Index <= CauseReach && IsCause(text.Tokens, d.TriggerToken)
                && DateTokens(text, fact.Index + 1, d.TriggerToken) == 0);
            var index = cause >= 0 ? cause : drafts.FindLastIndex(d => !d.SecondDate && (d.AnsweredFrom ?? d.TriggerToken) <= fact.Index);
            index = index < 0 ? 0 : index;
            if (drafts[index].SharedSites)
            {
                // Attacks on several sites in one sentence: "no casualties" holds for each, a figure for none in particular.
                if (fact is { Killed: 0, Wounded: 0 })
                {
                    foreach (var i in Enumerable.Range(0, drafts.Count).Where(i => drafts[i].TriggerToken == drafts[index].TriggerToken))
                    {
                        drafts[i] = drafts[i] with
                        {
                            Killed = drafts[i].Killed ?? 0,
                            Wounded = drafts[i].Wounded ?? 0,
                            Support = [.. drafts[i].Support, .. Figures(fact, Clause(text, fact.Index, from, to))],
                        };
                    }
                }
                continue;
            }
            var d = drafts[index];
            // "شنت غارات على مواقع الحزب ردا على هجوم أسفر عن مقتل 9 جنود": figures in the clause of an attack answered,
            // which has no draft of its own (no place), are that attack's, not the answer's. After a comma they may be the answer's.
            if (!fact.Fits(d.Killed, d.Wounded)
                || cause < 0 && d.AnsweredFrom is null && Retaliation(text.Tokens, d.TriggerToken + 1, fact.Index) is >= 0 and var answer
                    && !ModalityFilter.ClauseBreakIn(text.Tokens, answer + 1, fact.Index + 1))
            {
                continue;
            }
            var victims = fact.Killed > 0 || fact.Wounded > 0
                ? text.EntitiesByToken.StartingIn(fact.Index + 1, Math.Min(to, fact.Index + VictimReach + 1)).Where(e => !e.IsPlace
                    && _actors.TryGetValue(e.Id, out var actor) && actor.Kind is ActorKind.Military or ActorKind.ArmedGroup).Select(e => e.Id)
                : [];
            drafts[index] = d with
            {
                Killed = d.Killed ?? fact.Killed,
                Wounded = d.Wounded ?? fact.Wounded,
                TargetIds = d.TargetIds.Union(victims.Except(d.PerpetratorIds)).ToList(),
                Support = [.. d.Support, .. Figures(fact, Clause(text, fact.Index, from, to))],
            };
        }
    }

    /// <summary>
    /// The weapon word, or the count or quantity word before it, carries the preposition ب: "برشقات من الصواريخ"،
    /// "بأربعة صواريخ"، "بـ 14 صاروخا"، "بعدة صواريخ".
    /// </summary>
    private static bool ByInstrument(IReadOnlyList<KeyToken> tokens, int weapon, int from)
    {
        for (var i = weapon; i >= Math.Max(from, weapon - InstrumentReach); i--)
        {
            if (tokens[i].Text == BaWord || WithBa(tokens[i]))
            {
                return true;
            }
            if (tokens[i].BreakBefore)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// An allegation verb earlier in the trigger's clause: "ادعت قناة محلية استنادا إلى رواية سكان أن ما جرى في المعسكر
    /// كان قصفا بطائرة" is all the network's account, however long.
    /// </summary>
    private bool Alleged(IReadOnlyList<KeyToken> tokens, int from, int trigger)
    {
        for (var i = trigger - 1; i >= from; i--)
        {
            if (_terms.AllegationVerbs.MatchAt(tokens, i, trigger) > 0)
            {
                return true;
            }
            if (tokens[i].BreakBefore)
            {
                return false;
            }
        }
        return false;
    }

    private const string BaWord = "\u0628";
    /// <summary>Words from the weapon back to its preposition: a count and a quantity word (بـ 14 صاروخا، برشقات من الصواريخ).</summary>
    private const int InstrumentReach = 2;

    /// <summary>The attack noun is introduced as a cause: "في هجوم"، "بهجوم"، "جراء قصف"، "إثر انفجار".</summary>
    private bool IsCause(IReadOnlyList<KeyToken> tokens, int trigger) =>
        WithBa(tokens[trigger])
        || trigger > 0 && !tokens[trigger].BreakBefore && _terms.CauseWords.MatchAt(tokens, trigger - 1, trigger) > 0;


    /// <summary>The word carries the preposition ب as a clitic (بصواريخ، بهجوم): it has a reading without it.</summary>
    private static bool WithBa(KeyToken token) => token.Carries(Normalization.ArabicLetters.Beh);
    /// <summary>Words from a casualty figure to the attack noun that caused it: the figure, its persons and their qualifiers.</summary>
    private const int CauseReach = 12;

    /// <summary>
    /// A sentence completes the incident before it when it is near, names no date of its own, and speaks of an
    /// outcome: a no-casualty phrase, an interception, or figures about "the attack" (a definite back-reference).
    /// </summary>
    private bool IsFollowUp(AnalyzedText text, IncidentDraft incident, int sentence, int from, int to, IReadOnlyList<CasualtyFact> facts,
        IReadOnlyList<WeaponHit> weapons, IReadOnlyList<int> impacts, out DateMention? dated)
    {
        dated = null;
        if (sentence - incident.LastSentence > FollowUpReach)
        {
            return false;
        }
        foreach (var date in text.DatesStartingIn(from, to))
        {
            var index = TokenAfter(text, date.Span.Start);
            if (index < from || index >= to || DatesAStatement(text, from, index))
            {
                continue;
            }
            // "أسقطت، مساء الثلاثاء، أهدافا جوية": a date the attack can bear (it has none yet, or one this one agrees with)
            // dates it; another date tells another event.
            if (incident.Date is { } own ? !IncidentMerger.Same(own, date) : IsBackground(text, date) || Old(text, date) || dated is not null)
            {
                return false;
            }
            dated = incident.Date is null ? date : dated;
        }
        var noCasualties = facts.Any(f => f.Killed == 0 && f.Wounded == 0);
        var intercepted = _terms.Interceptors.AnyIn(text.Tokens, from, to) && weapons.Count > 0;
        // A toll (عدد المصابين، حصيلة القتلى) counts the victims of an event the reader knows: it takes it back too.
        var backReference = Enumerable.Range(from, to - from).Any(i => TakesBack(text.Tokens, i, to)
            || _terms.TollNouns.MatchAt(text.Tokens, i, to) > 0 && i + 1 < to && !text.Tokens[i + 1].BreakBefore
                && (_terms.Killed.MatchAt(text.Tokens, i + 1, to) > 0 || _terms.Wounded.MatchAt(text.Tokens, i + 1, to) > 0));
        // "وأُصيب 3 أشخاص على الأقل": figures in the very next sentence, with no event word of their own, continue the story.
        // People hurt, however many (وأسفر الهجوم عن إصابة العشرات), tell of the attack as figures do.
        var hurt = _casualties.HurtVaguely(text.Tokens, from, to) >= 0;
        var nextFigures = sentence == incident.LastSentence + 1 && (facts.Any(f => f.Killed > 0 || f.Wounded > 0) || hurt);
        return noCasualties || intercepted || nextFigures
            || ((facts.Count > 0 || impacts.Count > 0 || hurt) && (backReference || weapons.Count > 0 && impacts.Count > 0));
    }

    /// <summary>A follow-up's outcome: a hit stays a hit, an interception counts only where no hit was read.</summary>
    private static IncidentDraft Complete(IncidentDraft incident, int sentence, IReadOnlyList<(CasualtyFact Fact, TextSpan Clause)> facts, bool? intercepted,
        FieldSupport? outcome) => incident with
    {
        LastSentence = sentence,
        Killed = incident.Killed ?? facts.Select(f => f.Fact.Killed).FirstOrDefault(k => k is not null),
        Wounded = incident.Wounded ?? facts.Select(f => f.Fact.Wounded).FirstOrDefault(w => w is not null),
        Intercepted = incident.Intercepted == false ? false : intercepted ?? incident.Intercepted,
        Sentences = [.. incident.Sentences, sentence],
        Support = [.. incident.Support, .. facts.SelectMany(f => Figures(f.Fact, f.Clause)), .. outcome is null ? [] : new[] { outcome }],
    };

    /// <summary>An additive word right after the casualty word at <paramref name="at"/> or right before it: "أصيب أيضا"، "كما قتل كذلك".</summary>
    private bool Additive(IReadOnlyList<KeyToken> tokens, int at, int to) =>
        at + 1 < to && !tokens[at + 1].BreakBefore && _terms.AdditiveWords.MatchAt(tokens, at + 1, to) > 0
        || at > 0 && !tokens[at].BreakBefore && _terms.AdditiveWords.MatchAt(tokens, at - 1, at) > 0;

    /// <summary>
    /// Each added figure summed with the attack's own, supported by the words of both; the sum stays unknown when the
    /// attack's own figure was not known.
    /// </summary>
    private static IncidentDraft Added(IncidentDraft incident, IReadOnlyList<(CasualtyFact Fact, TextSpan Clause)> added)
    {
        foreach (var (fact, clause) in added)
        {
            var killed = fact.Killed is { } k ? incident.Killed + k : incident.Killed;
            var wounded = fact.Wounded is { } w ? incident.Wounded + w : incident.Wounded;
            var sum = new CasualtyFact(fact.Index, fact.Killed is null ? null : killed, fact.Wounded is null ? null : wounded);
            bool Summed(IncidentField field) => field == IncidentField.Killed && fact.Killed is not null || field == IncidentField.Wounded && fact.Wounded is not null;
            var support = incident.Support.Where(x => !Summed(x.Field)).ToList();
            var figures = Figures(sum, clause).ToList();
            support.AddRange(incident.Support.Where(x => Summed(x.Field))
                .SelectMany(x => figures.Where(f => f.Field == x.Field).Select(f => x with { Value = f.Value })));
            support.AddRange(figures);
            incident = incident with { Killed = killed, Wounded = wounded, Support = support };
        }
        return incident;
    }

    /// <summary>The figures a casualty statement gives, each supported by the statement's clause.</summary>
    private static IEnumerable<FieldSupport> Figures(CasualtyFact fact, TextSpan clause)
    {
        if (fact.Killed is { } killed)
        {
            yield return new(IncidentField.Killed, Wire(killed), clause);
        }
        if (fact.Wounded is { } wounded)
        {
            yield return new(IncidentField.Wounded, Wire(wounded), clause);
        }
    }

    /// <summary>Words around token <paramref name="index"/> to the clause breaks on either side (a break before و goes on), in [from, to).</summary>
    private static TextSpan Clause(AnalyzedText text, int index, int from, int to)
    {
        var tokens = text.Tokens;
        var start = index;
        while (start > from && index - start < ClauseReachBefore && !tokens[start].BreakBefore)
        {
            start--;
        }
        var end = index + 1;
        while (end < to && end - index < ClauseReachAfter && (!tokens[end].BreakBefore || tokens[end].Text[0] == Normalization.ArabicLetters.Waw))
        {
            end++;
        }
        return Words(text, start, end);
    }

    /// <summary>How far a casualty figure's words reach from its casualty word: a fate verb and its subject before, a sum after.</summary>
    private const int ClauseReachBefore = 10;
    private const int ClauseReachAfter = 25;

    /// <summary>The display span of tokens [from, to).</summary>
    private static TextSpan Words(AnalyzedText text, int from, int to) =>
        text.Key.ToDisplaySpan(text.Tokens[from].Start, text.Tokens[to - 1].End - text.Tokens[from].Start);

    /// <summary>
    /// A definite attack noun at <paramref name="index"/> (الهجوم، هذا القصف، الضربة): it takes back an attack the reader
    /// already knows.
    /// </summary>
    private bool TakesBack(IReadOnlyList<KeyToken> tokens, int index, int limit) =>
        _terms.BackReferences.MatchAt(tokens, index, limit) > 0 && tokens[index].HasArticle.Any(a => a);

    /// <summary>A person's name (a lexicon person) starts at token <paramref name="index"/>.</summary>
    private bool StartsPerson(AnalyzedText text, int index) =>
        text.EntitiesByToken.StartingIn(index, index + 1).Any(e => !e.IsPlace && _actors.TryGetValue(e.Id, out var a) && a.Kind == ActorKind.Person);

    private static string Wire(IncidentType type) => type.ToString().ToLowerInvariant();

    private static string Wire(bool value) => value ? "true" : "false";

    private static string Wire(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private Incident ToIncident(AnalyzedText text, IncidentDraft draft)
    {
        var first = text.Sentences[draft.FirstSentence];
        var last = text.Sentences[draft.LastSentence];
        var evidence = TextSpan.Of(text.Key.Display, first.Start, last.End - first.Start);
        var sentences = (draft.Sentences.Count > 0 ? draft.Sentences : [draft.FirstSentence]).Select(i => text.Sentences[i]).ToList();
        return new Incident(
            draft.Type, evidence, draft.PlaceId, draft.Date, draft.WeaponCount, draft.Intercepted, draft.Killed, draft.Wounded,
            draft.PerpetratorIds, draft.TargetIds, draft.Attribution, draft.Stance, draft.Background, _describer.Describe(draft))
        {
            Sentences = sentences,
            Support = Support(text, draft, sentences),
        };
    }

    /// <summary>
    /// The words behind each final value: the fillers' reading of the value it kept (a merge may have kept another
    /// sentence's figure), the date's own words, and for the place and the actors their mention nearest the trigger in
    /// the incident's sentences.
    /// </summary>
    private List<FieldSupport> Support(AnalyzedText text, IncidentDraft draft, IReadOnlyList<TextSpan> sentences)
    {
        var result = new List<FieldSupport>();
        void Keep(IncidentField field, string? value)
        {
            if (value is not null && draft.Support.FirstOrDefault(x => x.Field == field && x.Value == value) is { } found)
            {
                result.Add(found);
            }
        }
        Keep(IncidentField.Type, Wire(draft.Type));
        if (draft.PlaceId is { } place && PlaceWords(text, draft, place, sentences) is { } where)
        {
            result.Add(new(IncidentField.Place, place, where));
        }
        if (draft.Date is { } date)
        {
            result.Add(new(IncidentField.Date, date.Value ?? date.Span.Text, date.Span));
        }
        Keep(IncidentField.WeaponCount, draft.WeaponCount is null ? null : Wire(draft.WeaponCount));
        Keep(IncidentField.Intercepted, draft.Intercepted is { } i ? Wire(i) : null);
        Keep(IncidentField.Killed, draft.Killed is null ? null : Wire(draft.Killed));
        Keep(IncidentField.Wounded, draft.Wounded is null ? null : Wire(draft.Wounded));
        foreach (var (field, ids) in new[] { (IncidentField.Perpetrator, draft.PerpetratorIds), (IncidentField.Target, draft.TargetIds) })
        {
            foreach (var id in ids)
            {
                if (Nearest(text, draft, sentences, e => e.Id == id) is { } mention)
                {
                    result.Add(new(field, id, mention.Span));
                }
                else if (field == IncidentField.Perpetrator && AdjectiveOf(text, id, sentences) is { } adjective)
                {
                    result.Add(new(field, id, adjective));
                }
                else if (draft.Support.FirstOrDefault(x => x.Field == field && x.Value == id) is { } told)
                {
                    result.Add(told);
                }
            }
        }
        return result;
    }

    /// <summary>The mention of <paramref name="place"/> nearest the trigger, of a place in it (قاعدة جنوب بغداد → Iraq), or the site word that refers back to it.</summary>
    private TextSpan? PlaceWords(AnalyzedText text, IncidentDraft draft, string place, IReadOnlyList<TextSpan> sentences)
    {
        if (Nearest(text, draft, sentences, e => e.Id == place) is { } named)
        {
            return named.Span;
        }
        // A country or a governorate the text pins no closer (قاعدة جنوب بغداد): the words of a place inside it.
        if (_places.TryGetValue(place, out var entry) && entry.Precision >= PlacePrecision.Governorate
            && Nearest(text, draft, sentences, e => e.IsPlace && _places.TryGetValue(e.Id, out var inner)
                && (entry.Precision == PlacePrecision.Country ? inner.Country == entry.NameEn : _merger.Inside(e.Id, place))) is { } inside)
        {
            return inside.Span;
        }
        foreach (var sentence in sentences)
        {
            var (from, to) = TokenRange(text, sentence);
            for (var i = from; i < to; i++)
            {
                var length = _terms.CoreferentSites.MatchAt(text.Tokens, i, to);
                if (length > 0 && text.Tokens[i].HasArticle.Any(a => a))
                {
                    return Words(text, i, i + length);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The entity mention in the incident's sentences that <paramref name="wanted"/> accepts, nearest its trigger. The
    /// sentences are disjoint: the names of each, taken in text order, are the names of them all in the entities' order.
    /// </summary>
    private static LexiconMatch? Nearest(AnalyzedText text, IncidentDraft draft, IReadOnlyList<TextSpan> sentences, Func<LexiconMatch, bool> wanted) =>
        sentences.OrderBy(s => s.Start).SelectMany(s => text.EntitiesByDisplay.StartingIn(s.Start, s.End)).Where(wanted)
            .MinBy(e => Math.Abs(e.FirstToken - draft.TriggerToken));

    /// <summary>A nationality adjective naming <paramref name="actorId"/> in the sentences (غارة أمريكية), as <see cref="AttackerByAdjective"/> reads it.</summary>
    private TextSpan? AdjectiveOf(AnalyzedText text, string actorId, IReadOnlyList<TextSpan> sentences)
    {
        var adjectives = _terms.AttackerAdjectives.FirstOrDefault(a => a.ActorId == actorId).Terms;
        if (adjectives is null)
        {
            return null;
        }
        foreach (var sentence in sentences)
        {
            var (from, to) = TokenRange(text, sentence);
            var at = adjectives.FirstIn(text.Tokens, from, to);
            if (at >= 0)
            {
                return Words(text, at, at + adjectives.MatchAt(text.Tokens, at, to));
            }
        }
        return null;
    }
}
