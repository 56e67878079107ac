using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds lexicon actors and places in a text. Aliases are folded and tokenized like the text, indexed by
/// their first word; the scan tries every clitic reading of a word (بالعراق، للتحالف، والحشد) and keeps the
/// longest alias. Words are compared without the article, so "القاعدة الجوية" matches "قاعدة جوية".
/// A name that is both a city and a government (واشنطن، بغداد، طهران) is read as the place after a
/// preposition, after لدى behind an envoy (سفير تركيا لدى بغداد), after بين behind a route (الطريق بين دمشق وبغداد),
/// in a dateline (واشنطن – ...، بغداد اليوم- بغداد) or in a list with a place (سورية والعراق والأردن), and as the actor
/// otherwise: cities are where things happen, governments act.
/// A media alias that opens with its kind of outlet ("قناة العربية") also matches without it ("العربية") only
/// right after such a word or a reporter's title (مراسل العربية): alone, العربية is an adjective.
/// </summary>
public sealed class LexiconMatcher
{
    private const char Beh = '\u0628';
    private const char Lam = '\u0644';
    private const string LamLam = "\u0644\u0644";
    private const char EnDash = '\u2013';
    private const char EmDash = '\u2014';
    private static readonly string Ladaa = ArabicNormalizer.Fold("لدى");
    private static readonly string Bayna = ArabicNormalizer.Fold("بين");

    private static readonly HashSet<string> LocativeWords = new(
        new[] {"في", "الى", "من", "قرب", "داخل", "نحو", "عبر", "حول", "باتجاه", "مدينه", "محافظه", "العاصمه", "عاصمه", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي"}.Select(ArabicNormalizer.Fold),
        StringComparer.Ordinal);

    /// <summary>
    /// Words after which a name that is also a common word is the place (في القائم، شرق حماة، قضاء حديثة): the
    /// locative words and nouns of a settlement or its surroundings.
    /// </summary>
    private static readonly HashSet<string> PlaceContext = new(
        LocativeWords.Concat(new[] { "قضاء", "ناحية", "بلدة", "منطقة", "محيط", "أطراف", "ضواحي", "قرية", "مدخل", "طريق", "ميناء", "مطار", "معبر", "منفذ", "مخيم", "حي", "سماء", "أجواء", "مصفاة", "مصفاتي", "حقل", "حقلي" }.Select(w => CliticStripper.StripArticle(ArabicNormalizer.Fold(w)))),
        StringComparer.Ordinal);

    /// <summary>Stems of affiliation words: "الموالية لإيران"، "المدعومة من إيران" name the state, not the place.</summary>
    private static readonly string[] AffiliationStems = ["مدعوم", "موال", "تابع", "مقرب", "حليف", "متحالف", "مرتبط", "ذراع", "وكلاء", "وكيل"];

    /// <summary>Words that name an outlet's kind or its reporter: "قناة", "صحيفة", "مراسل".</summary>
    private static readonly HashSet<string> MediaHeads = new(
        new[] { "قناة", "صحيفة", "موقع", "وكالة", "شبكة", "إذاعة", "تلفزيون", "مراسل", "مراسلة", "مراسلو", "محطة", "جريدة", "مجلة" }
            .Select(h => CliticStripper.StripArticle(ArabicNormalizer.Fold(h))),
        StringComparer.Ordinal);

    private readonly Dictionary<string, List<Alias>> _byFirst = new(StringComparer.Ordinal);
    // Construct duals of the nouns that open names (قاعدتي → قاعدة، مطاري → مطار), each to its noun; see AddDualHeads.
    private readonly Dictionary<string, string> _dualHeads = new(StringComparer.Ordinal);
    // Most words start no name: their openings turn them away before the dictionary is probed.
    private readonly OpeningFilter _openings = new();
    private static readonly List<Alias> NoCandidates = [];
    private readonly SpellingVariants _variants;
    private readonly HashSet<string> _routeWords;
    private readonly HashSet<string> _envoyWords;
    private readonly Dictionary<string, string> _placeCountries = new(StringComparer.Ordinal);
    /// <summary>The attack words of the incident lexicon: "غارتين على القائم" aims at a place.</summary>
    private readonly TermSet _attackWords;

    public LexiconMatcher(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _variants = lexicons.Variants;
        _routeWords = lexicons.PlaceShapes.RouteWords.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _envoyWords = lexicons.PlaceShapes.EnvoyWords.Select(w => CliticStripper.StripArticle(ArabicNormalizer.Fold(w))).ToHashSet(StringComparer.Ordinal);
        _attackWords = new TermSet(lexicons.IncidentTerms.Triggers);
        foreach (var actor in lexicons.Actors)
        {
            foreach (var name in Names(actor.NameAr, actor.NameEn, actor.Aliases).Concat(actor.PatternNames()))
            {
                AddAlias(name, actor.Id, isPlace: false);
                if (actor.Kind == ActorKind.Media)
                {
                    AddMediaShortName(name, actor.Id);
                }
            }
            foreach (var (name, countries) in actor.SharedNames ?? new Dictionary<string, IReadOnlyList<string>>())
            {
                Add(new Alias(actor.Id, false, AliasWords(name), Theatres: countries));
            }
        }
        foreach (var place in lexicons.Places.Where(p => !p.FromGazetteer))
        {
            _placeCountries.TryAdd(place.Id, place.Country);
        }
        foreach (var place in lexicons.Places)
        {
            foreach (var name in place.FromGazetteer ? place.Aliases : Names(place.NameAr, place.NameEn, place.Aliases))
            {
                AddAlias(name, place.Id, isPlace: true);
            }
            foreach (var name in place.LocativeAliases ?? [])
            {
                Add(new Alias(place.Id, true, AliasWords(name), NeedsPlaceContext: true));
            }
        }
        AddDualHeads();
    }

    /// <summary>
    /// "قاعدتي حرير وعين الأسد" names two bases: the construct dual of a noun that opens place names (قاعدة حرير، مطار
    /// أربيل) stands for the noun before the first name, and again before a name joined to it by و. A feminine noun's
    /// construct dual is its stem + تي/تا (قاعدة → قاعدتي، قاعدتا); a masculine one's + ي/ا, trusted only for nouns whose
    /// plural is broken (مطاري، معسكرا), as <see cref="DualNouns"/> explains.
    /// </summary>
    private void AddDualHeads()
    {
        foreach (var head in _byFirst.Keys)
        {
            string[] duals = head.EndsWith(ArabicLetters.Heh)
                ? [head[..^1] + "تي", head[..^1] + "تا"]
                : DualNouns.BrokenPluralStems.Contains(head) ? [head + "ي", head + "ا"] : [];
            foreach (var dual in duals.Where(d => !_byFirst.ContainsKey(d)))
            {
                _dualHeads[dual] = head;
                _openings.Add(dual);
            }
        }
    }

    public IReadOnlyList<LexiconMatch> Match(MatchKey key, IReadOnlyList<KeyToken> textTokens)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(textTokens);
        var tokens = AsWritten(textTokens);
        var result = new List<LexiconMatch>();
        // The results read as an actor that a place candidate shares (بغداد), by index: a list may make them places.
        var ambiguous = new Dictionary<int, string>();
        // The results read by a name several actors share, by index, with its candidates: see ResolveShared.
        Dictionary<int, List<Alias>>? shared = null;
        var joined = Hyphenated(key.Key, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            var best = Longest(tokens, i, joined);
            // After a dual the name is read with the dual's noun before it, unless a longer name stands there (قاعدتي
            // التنف والشدادي: the base of al-Shaddadi, not the town).
            if (result.Count > 0 && result[^1] is { FirstToken: var last, TokenCount: var count } dual && last + count == i
                && DualHeadOf(tokens[last]) is { } head && Coordinated(key, tokens, i, head, dual) is { } second
                && second.TokenCount >= best.Length)
            {
                result.Add(second);
                i += second.TokenCount;
                continue;
            }
            if (best.Length == 0)
            {
                i++;
                continue;
            }
            var token = tokens[i];
            var offset = token.FormOffsets[best.Form];
            var clitic = token.Text[..offset];
            if (best.Form > 0 && token.Text.AsSpan(offset).StartsWith(LamLam))
            {
                // The span of لل + noun keeps the ل (see CliticStripper): it is still a preposition.
                clitic += Lam;
            }
            var previous = i > 0 && !token.BreakBefore ? tokens[i - 1] : null;
            var afterPreposition = clitic.Contains(Beh) || clitic.Contains(Lam) || clitic.Contains(ArabicLetters.Kaf)
                || (previous is not null && LocativeWords.Contains(previous.Text));
            var affiliated = IsAffiliation(previous) || (previous is not null && previous.Text == "من" && i > 1 && IsAffiliation(tokens[i - 2]));
            afterPreposition &= !affiliated;
            var keyStart = token.Start + offset;
            var keyEnd = tokens[i + best.Length - 1].End;
            var span = key.ToDisplaySpan(keyStart, keyEnd - keyStart);
            // "في محيط دمشق"، "قصف على أطراف طهران": a noun of a place's surroundings in construct (no article: "بين الغرب
            // وطهران" is no such noun), or على after an attack word, makes the name that is also its government's the place.
            var placeContext = afterPreposition || IsDateline(key.Key, keyStart, keyEnd) || AfterEnvoyOrRoute(tokens, i)
                || !affiliated && previous is not null && !previous.HasArticle[0] && AfterPlaceWord(tokens, i);
            var chosen = Resolve(best.Candidates, placeContext);
            if (!chosen.IsPlace && best.Candidates.FirstOrDefault(c => c.IsPlace) is { } place)
            {
                ambiguous[result.Count] = place.Id;
            }
            if (chosen.Theatres is not null)
            {
                (shared ??= [])[result.Count] = best.Candidates.Where(c => c.Theatres is not null).ToList();
            }
            result.Add(new LexiconMatch(chosen.Id, chosen.IsPlace, i, best.Length, span, afterPreposition));
            i += best.Length;
        }
        if (ambiguous.Count > 0)
        {
            ReadListsAsPlaces(key, result, ambiguous);
        }
        return shared is null ? result : ResolveShared(result, shared);
    }

    /// <summary>
    /// One sense per article for a name several actors share: the actor the article also names by a name of its own
    /// ("المقاومة الإسلامية في العراق" ... "المقاومة الإسلامية"), else the one whose countries hold the most of the
    /// article's places. A name the article gives no ground for is no one's: better no actor than a wrong one.
    /// </summary>
    private List<LexiconMatch> ResolveShared(List<LexiconMatch> result, Dictionary<int, List<Alias>> shared)
    {
        var named = result.Where((m, i) => !m.IsPlace && !shared.ContainsKey(i)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var countries = result.Where(m => m.IsPlace).Select(m => _placeCountries.GetValueOrDefault(m.Id)).OfType<string>().ToList();
        var resolved = new List<LexiconMatch>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            if (!shared.TryGetValue(i, out var candidates))
            {
                resolved.Add(result[i]);
                continue;
            }
            var byName = candidates.Where(c => named.Contains(c.Id)).Select(c => c.Id).Distinct().ToList();
            var byPlace = candidates.Select(c => (c.Id, Places: countries.Count(c.Theatres!.Contains))).Where(c => c.Places > 0)
                .OrderByDescending(c => c.Places).ToList();
            var id = byName.Count == 1 ? byName[0]
                : byName.Count == 0 && byPlace.Count > 0 && (byPlace.Count == 1 || byPlace[0].Places > byPlace[1].Places) ? byPlace[0].Id
                : null;
            if (id is not null)
            {
                resolved.Add(result[i] with { Id = id });
            }
        }
        return resolved;
    }

    /// <summary>
    /// "سورية والعراق والأردن"، "(سوريا، العراق، والأردن)"، "بين دمشق وبغداد": a name read as an actor that is joined by
    /// و or a comma to a name read as a place is a place too, a list naming one kind of thing. Repeated until no reading
    /// changes, so a place at one end carries the whole list.
    /// </summary>
    /// <remarks>
    /// A reading only ever turns into a place, and whether two names are joined does not depend on their readings, so
    /// the names that turn are those a chain of joined names ties to a place, whatever the order they are looked at in.
    /// Each name that turns puts its two neighbours up for another look: passes over every name until none changed
    /// cost a pass per name of a long list read from its far end.
    /// </remarks>
    private static void ReadListsAsPlaces(MatchKey key, List<LexiconMatch> result, Dictionary<int, string> ambiguous)
    {
        var pending = new Stack<int>(ambiguous.Keys.Reverse());
        while (pending.TryPop(out var index))
        {
            var match = result[index];
            if (match.IsPlace)
            {
                continue;
            }
            var joined = index > 0 && result[index - 1].IsPlace && Joined(key, result[index - 1], match)
                || index + 1 < result.Count && result[index + 1].IsPlace && Joined(key, match, result[index + 1]);
            if (joined)
            {
                result[index] = match with { Id = ambiguous[index], IsPlace = true };
                foreach (var neighbour in (ReadOnlySpan<int>)[index + 1, index - 1])
                {
                    if (ambiguous.ContainsKey(neighbour))
                    {
                        pending.Push(neighbour);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Two names side by side with only a comma, a و (alone or as the second's clitic) or both between them. The
    /// second's span starts after its clitics, so what lies between in the display text is all there is.
    /// </summary>
    private static bool Joined(MatchKey key, LexiconMatch first, LexiconMatch second)
    {
        if (second.FirstToken != first.EndToken)
        {
            return false;
        }
        var between = key.Display.AsSpan(first.Span.End, Math.Max(0, second.Span.Start - first.Span.End)).Trim();
        var commas = 0;
        var waws = 0;
        foreach (var ch in between)
        {
            if (ch is ',' or ArabicLetters.ArabicComma)
            {
                commas++;
            }
            else if (ch == ArabicLetters.Waw)
            {
                waws++;
            }
            else if (ch != ' ')
            {
                return false;
            }
        }
        return commas + waws is 1 or 2 && commas <= 1 && waws <= 1;
    }

    /// <summary>
    /// The name follows لدى behind an envoy (سفير تركيا لدى بغداد: posted to the city; لدى إيران alone is "Iran has"), or
    /// بين behind a route or a border (الطريق السريع بين دمشق وبغداد; بين بغداد وأربيل alone joins two governments).
    /// </summary>
    private bool AfterEnvoyOrRoute(IReadOnlyList<KeyToken> tokens, int index)
    {
        if (index == 0 || tokens[index].BreakBefore)
        {
            return false;
        }
        var word = tokens[index - 1].Text;
        var envoy = word == Ladaa;
        if (!envoy && word != Bayna)
        {
            return false;
        }
        for (var k = index - 2; k >= Math.Max(0, index - 5) && !tokens[k + 1].BreakBefore; k--)
        {
            var (text, bare) = (tokens[k].Text, tokens[k].Bare);
            // An envoy may carry a pronoun (سفيرها، ممثلهم); a route word is whole (طريقة is a way of doing).
            if (envoy ? _envoyWords.Any(w => bare.StartsWith(w, StringComparison.Ordinal)) : _routeWords.Contains(text) || _routeWords.Contains(bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The tokens with their readings spelled as the variant table writes them (الاميركيه → الامريكيه), the way the
    /// aliases were added; the same list when no word has a variant spelling, as in most texts.
    /// </summary>
    private IReadOnlyList<KeyToken> AsWritten(IReadOnlyList<KeyToken> tokens)
    {
        List<KeyToken>? written = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string[]? forms = null;
            for (var f = 0; f < token.Forms.Length; f++)
            {
                if (_variants.TryCanonical(token.Forms[f], out var canonical))
                {
                    forms ??= (string[])token.Forms.Clone();
                    forms[f] = canonical;
                }
            }
            if (forms is not null)
            {
                written ??= [.. tokens];
                written[i] = token with { Forms = forms };
            }
        }
        return written ?? tokens;
    }

    /// <remarks>Loops, not nested Any: the lambdas allocated a closure and a delegate per stem for every name found.</remarks>
    private static bool IsAffiliation(KeyToken? token)
    {
        if (token is null)
        {
            return false;
        }
        foreach (var stem in AffiliationStems)
        {
            foreach (var form in token.Forms)
            {
                if (form.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static Alias Resolve(List<Alias> candidates, bool placeContext)
    {
        var place = candidates.FirstOrDefault(c => c.IsPlace);
        var actor = candidates.FirstOrDefault(c => !c.IsPlace);
        if (place is null || actor is null)
        {
            return candidates[0];
        }
        return placeContext ? place : actor;
    }

    /// <summary>
    /// A dateline: the name opens a line and a dash or colon follows it ("واشنطن – ..."), or it ends a line after a
    /// dash, the city after the outlet ("بغداد اليوم- بغداد").
    /// </summary>
    private static bool IsDateline(string key, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && key[before] == ' ')
        {
            before--;
        }
        if (before >= 0 && key[before] is '-' or EnDash or EmDash)
        {
            var next = end;
            while (next < key.Length && key[next] == ' ')
            {
                next++;
            }
            return next == key.Length || key[next] == '\n';
        }
        if (before >= 0 && key[before] != '\n')
        {
            return false;
        }
        var after = end;
        while (after < key.Length && key[after] == ' ')
        {
            after++;
        }
        return after < key.Length && key[after] is '-' or ':' or EnDash or EmDash;
    }

    /// <summary>
    /// Tokens joined to the word before them by a hyphen written onto it (الحدود العراقية- السورية، العراقية-التركية): the
    /// two are one name, though the hyphen breaks a clause elsewhere. A dash with a space before it (بغداد - رووداو) parts.
    /// </summary>
    private static HashSet<int> Hyphenated(string key, IReadOnlyList<KeyToken> tokens)
    {
        var result = new HashSet<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].BreakBefore)
            {
                continue;
            }
            var gap = key.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            if (gap.Length > 0 && gap[0] is '-' or '‐' or '‑' && gap[1..].Trim().IsEmpty)
            {
                result.Add(i);
            }
        }
        return result;
    }

    /// <summary>
    /// The longest alias at <paramref name="index"/>. A name that needs a word of place before it (a locative alias)
    /// may have it as its own proclitic ب when the name is long (<see cref="LongName"/>): "بجازان"، "بخميس مشيط" are "in"
    /// the town as "في جازان" is, where "بحجة" (under the pretext), "بصور" (with pictures) or "بالعين" are no towns.
    /// </summary>
    private (int Length, int Form, List<Alias> Candidates) Longest(IReadOnlyList<KeyToken> tokens, int index, IReadOnlySet<int> joined)
    {
        var bestLength = 0;
        var bestForm = 0;
        List<Alias>? bestCandidates = null;
        var forms = tokens[index].Forms;
        for (var f = 0; f < forms.Length; f++)
        {
            var form = forms[f];
            if (!_openings.MayOpen(form))
            {
                continue;
            }
            var viaDual = false;
            if (!_byFirst.TryGetValue(form, out var aliases))
            {
                if (!_dualHeads.TryGetValue(form, out var head))
                {
                    continue;
                }
                aliases = _byFirst[head];
                viaDual = true;
            }
            foreach (var alias in aliases)
            {
                if (viaDual && !IsHeadedPlace(alias)
                    || !RestMatches(tokens, index, alias.Words, joined: joined)
                    || alias.NeedsMediaHead && (index == 0 || tokens[index].BreakBefore || !MediaHeads.Contains(tokens[index - 1].Bare))
                    || alias.NeedsPlaceContext && !AfterPlaceWord(tokens, index) && !(LongName(alias) && tokens[index].Text.AsSpan(0, tokens[index].FormOffsets[f]).Contains(Beh)))
                {
                    continue;
                }
                var length = alias.Words.Length;
                if (length > bestLength)
                {
                    bestLength = length;
                    bestForm = f;
                    bestCandidates = [alias];
                }
                else if (length == bestLength && f == bestForm && bestCandidates is not null && bestCandidates.All(c => c.Id != alias.Id || c.IsPlace != alias.IsPlace))
                {
                    bestCandidates.Add(alias);
                }
            }
        }
        // Most words start no name: no list is made for them.
        return (bestLength, bestForm, bestCandidates ?? NoCandidates);
    }

    /// <summary>Two words or more, or one of at least five letters without the article: rarely an ordinary word after ب.</summary>
    private static bool LongName(Alias alias) =>
        alias.Words.Length >= 2 || alias.Words[0].Length >= LongNameLetters && !CliticStripper.HasArticle(alias.Words[0]);

    private const int LongNameLetters = 5;

    private static bool IsHeadedPlace(Alias alias) => alias.IsPlace && alias.Words.Length >= 2 && !alias.NeedsPlaceContext;

    /// <summary>The noun a construct dual stands for, when the token is one (any clitic reading).</summary>
    private string? DualHeadOf(KeyToken token)
    {
        foreach (var form in token.Forms)
        {
            if (_dualHeads.TryGetValue(form, out var head))
            {
                return head;
            }
        }
        return null;
    }

    /// <summary>
    /// The second name of a dual ("قاعدتي عين الأسد وحرير"): right after the first, joined by و, read with the dual's
    /// noun before it (قاعدة حرير).
    /// </summary>
    private LexiconMatch? Coordinated(MatchKey key, IReadOnlyList<KeyToken> tokens, int index, string head, LexiconMatch first)
    {
        var token = tokens[index];
        if (token.BreakBefore || token.Text[0] != ArabicLetters.Waw)
        {
            return null;
        }
        for (var f = 1; f < token.Forms.Length; f++)
        {
            // The reading with only the و peeled off (the article, if any, stays: والشدادي → الشدادي).
            if (token.FormOffsets[f] != 1)
            {
                continue;
            }
            var best = _byFirst[head]
                .Where(a => IsHeadedPlace(a) && a.Words[1] == token.Forms[f] && RestMatches(tokens, index - 1, a.Words, from: 2))
                .MaxBy(a => a.Words.Length);
            if (best is not null)
            {
                var keyStart = token.Start + token.FormOffsets[f];
                var keyEnd = tokens[index + best.Words.Length - 2].End;
                return new LexiconMatch(best.Id, true, index, best.Words.Length - 1, key.ToDisplaySpan(keyStart, keyEnd - keyStart), first.AfterPreposition);
            }
        }
        return null;
    }

    /// <summary>
    /// The word before is one of place, with or without و/ف (وفي القائم، فقرب حديثة), or على after an attack word in its
    /// phrase (غارتين على القائم، هجوم صاروخي على حديثة): the attack's target. على alone is no place word (حصلت على صور).
    /// </summary>
    private bool AfterPlaceWord(IReadOnlyList<KeyToken> tokens, int index)
    {
        if (index == 0 || tokens[index].BreakBefore)
        {
            return false;
        }
        if (tokens[index - 1].Forms.Any(PlaceContext.Contains))
        {
            return true;
        }
        var on = index - 1;
        if (tokens[on].Text != On || tokens[on].BreakBefore)
        {
            return false;
        }
        for (var i = on - 1; i >= Math.Max(0, on - AttackToTarget); i--)
        {
            if (_attackWords.MatchAt(tokens, i, on) > 0)
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

    private static readonly string On = ArabicNormalizer.Fold("على");

    /// <summary>Words from an attack word to the على of its target: the word and an adjective or two (غارة جوية أمريكية على).</summary>
    private const int AttackToTarget = 3;

    /// <summary>The alias's words from <paramref name="from"/> on are the tokens at the same distance from <paramref name="index"/>.</summary>
    private static bool RestMatches(IReadOnlyList<KeyToken> tokens, int index, string[] words, int from = 1, IReadOnlySet<int>? joined = null)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = from; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if (token.BreakBefore && joined?.Contains(index + k) != true || token.Bare != words[k])
            {
                return false;
            }
        }
        return true;
    }

    private void AddMediaShortName(string name, string id)
    {
        var words = AliasWords(name);
        if (words.Length >= 2 && MediaHeads.Contains(words[0]))
        {
            Add(new Alias(id, false, words[1..], NeedsMediaHead: true));
        }
    }

    private void AddAlias(string name, string id, bool isPlace) => Add(new Alias(id, isPlace, AliasWords(name)));

    /// <summary>A name's words as the text's tokens are compared: folded, clitics and article off.</summary>
    private string[] AliasWords(string name) =>
        CliticTokenizer.Tokenize(ArabicNormalizer.Fold(name)).Select(t => _variants.Canonical(t.Bare)).ToArray();

    private void Add(Alias alias)
    {
        var (id, isPlace, words) = (alias.Id, alias.IsPlace, alias.Words);
        if (words.Length == 0 || (words.Length == 1 && words[0].Length < 2))
        {
            return;
        }
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
            _openings.Add(words[0]);
        }
        if (!list.Any(a => a.Id == id && a.IsPlace == isPlace && a.Words.SequenceEqual(words)))
        {
            list.Add(alias);
        }
    }

    private static IEnumerable<string> Names(string nameAr, string nameEn, IReadOnlyList<string> aliases) =>
        new[] { nameAr, nameEn }.Concat(aliases ?? []).Where(n => !string.IsNullOrWhiteSpace(n));

    /// <param name="Theatres">For a name several actors share: the countries where it is this actor's.</param>
    private sealed record Alias(string Id, bool IsPlace, string[] Words, bool NeedsMediaHead = false, bool NeedsPlaceContext = false,
        IReadOnlyList<string>? Theatres = null);
}
