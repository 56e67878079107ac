using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds organizations, outlets and people that no lexicon lists, by their shape (vocabulary in entity-shapes.json and
/// given-names.txt):
/// <list type="bullet">
/// <item>a head noun (وزارة، حزب، المنتخب) with its genitive and the definite words that follow it, up to a boundary
/// (وزارة النفط العراقية، ائتلاف دولة القانون، المنتخب العراقي); the head gives the kind. An indefinite head needs a
/// genitive, a definite head an adjective, so a bare "الوزارة" or "حزب سياسي" names nothing;</item>
/// <item>an outlet after its kind (قناة سما، صحيفة ذا ميرور), a name ending in a news word (صراحة نيوز), a citation
/// of one (بحسب بلدي نيوز) or a Latin acronym cited (أفادت AFP);</item>
/// <item>a person: two given names, or a given name after a verb of speech, with the next name word (قال سامي الدليمي).</item>
/// </list>
/// Precision first: every shape needs two pieces of evidence, and nothing inside a lexicon name or a person already
/// found is read again. Finding is separate from naming: the host romanizes the Arabic name.
/// </summary>
public sealed class ShapedEntityFinder
{
    private const int MaxNameWords = 6;
    private const byte Free = 0;
    private const byte Named = 1;
    private const byte Person = 2;
    private const byte Adjective = 3;
    private const byte Place = 4;
    private const int MaxOutletWords = 3;
    private const string LamLam = "\u0644\u0644";
    private static readonly string Lam = "\u0644";
    private const char Meem = '\u0645';
    private static readonly string Abu = ArabicNormalizer.Fold("أبو");
    private static readonly string Umm = ArabicNormalizer.Fold("أم");

    private readonly Dictionary<string, ActorKind> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outletHeads;
    private readonly HashSet<string> _newsWords;
    private readonly HashSet<string> _agencyWords;
    private readonly HashSet<string> _citedOutletHeads;
    private readonly HashSet<string> _placeHeads;
    private readonly HashSet<string> _constructOnlyHeads;
    private readonly HashSet<string> _adjectiveOnlyHeads;
    private readonly HashSet<string> _citations;
    private readonly HashSet<string> _speech;
    private readonly HashSet<string> _statements;
    private readonly HashSet<string> _joiners;
    private readonly HashSet<string> _boundaries;
    private readonly HashSet<string> _given;
    private readonly HashSet<string> _people;

    public ShapedEntityFinder(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var shapes = lexicons.Shapes;
        foreach (var (head, kind) in shapes.OrganizationHeads)
        {
            _heads[Bare(head)] = kind;
        }
        _outletHeads = Set(shapes.OutletHeads);
        _newsWords = Set(shapes.NewsWords);
        _agencyWords = Set(shapes.AgencyWords);
        _citedOutletHeads = Set(shapes.CitedOutletHeads);
        _placeHeads = Set(shapes.PlaceHeads);
        _constructOnlyHeads = Set(shapes.ConstructOnlyHeads);
        _adjectiveOnlyHeads = Set(shapes.AdjectiveOnlyHeads);
        _citations = Set(shapes.CitationWords);
        _speech = Set(shapes.SpeechVerbs);
        _statements = Set(shapes.StatementWords);
        _joiners = Set(shapes.NameJoiners);
        _boundaries = Set(shapes.BoundaryWords);
        _given = Set(shapes.GivenNames);
        _people = lexicons.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static string Bare(string word) => CliticStripper.StripArticle(ArabicNormalizer.Fold(word));

    private static HashSet<string> Set(IEnumerable<string> words) => new(words.Select(Bare), StringComparer.Ordinal);

    /// <summary>Organizations and outlets, then people, outside the lexicon names and the people already found.</summary>
    public (IReadOnlyList<ShapedEntity> Bodies, IReadOnlyList<PersonMention> People) Find(
        MatchKey key, IReadOnlyList<KeyToken> tokens, IReadOnlyList<LexiconMatch> entities, IReadOnlyList<PersonMention> known)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(known);
        // Per token: Free, Named (inside a lexicon group or place), Person (a lexicon person or a person found), Adjective
        // (a lexicon name of one definite nisba, a nationality as an adjective: وزارة الزراعة السورية, which may end a
        // body's name) or Place (a lexicon place: a news word after one word of it makes an outlet, جفرا نيوز, and some
        // heads take it as their genitive, حكومة العراق).
        var taken = new byte[tokens.Count];
        foreach (var match in entities)
        {
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                taken[t] = !match.IsPlace && _people.Contains(match.Id) ? Person
                    : match.TokenCount == 1 && Definite(tokens[t]) && IsNisba(tokens[t]) ? Adjective
                    : match.IsPlace ? Place : Named;
            }
        }
        foreach (var person in known)
        {
            var first = CliticTokenizer.FirstAtOrAfter(tokens, CliticTokenizer.ToKeyOffset(key, person.Span.Start));
            for (var t = first; t < tokens.Count && key.ToDisplayOffset(tokens[t].Start) < person.Span.End; t++)
            {
                taken[t] = Person;
            }
        }
        var bodies = new List<ShapedEntity>();
        var people = new List<PersonMention>();
        // The last token of each body found: a name right after one is the person it introduces (وزارة النفط عاصم ...).
        var bodyEnds = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = Body(key, tokens, taken, i, bodies);
            if (end > i)
            {
                bodyEnds[end - 1] = true;
                i = end - 1;
                continue;
            }
            end = FindPerson(key, tokens, taken, bodyEnds, i, people);
            if (end > i)
            {
                i = end - 1;
            }
        }
        return (bodies, people);
    }

    /// <summary>An organization or outlet starting at token i; the token after it, or i when none starts there.</summary>
    private int Body(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, int i, List<ShapedEntity> found)
    {
        var token = tokens[i];
        // صراحة نيوز، جفرا نيوز: a name (even one a gazetteer holds) and the news word its outlet's name ends with.
        if (taken[i] is Free or Place && i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && taken[i + 1] == Free
            && _newsWords.Contains(tokens[i + 1].Bare) && IsNameWord(token) && !_newsWords.Contains(token.Bare))
        {
            return Add(key, tokens, found, i, AfterConjunction(token), i + 2, ActorKind.Media);
        }
        if (taken[i] != Free)
        {
            return i;
        }
        var cited = i > 0 && !token.BreakBefore && IsAny(tokens[i - 1], _citations);
        for (var f = 0; f < token.Forms.Length; f++)
        {
            var form = token.Forms[f];
            if (_outletHeads.Contains(form) && !token.HasArticle[f])
            {
                var end = OutletName(tokens, taken, i + 1);
                var needsCitation = _citedOutletHeads.Contains(form);
                if (end > i + 1 && (!needsCitation || cited || !tokens[i + 1].IsArabic
                    || Any(tokens, i + 1, end, _agencyWords) || Any(tokens, i + 1, end, _newsWords)))
                {
                    end = Add(key, tokens, found, i, f, end, ActorKind.Media);
                    return QuotedAlias(key, tokens, taken, found, end);
                }
            }
            if (_heads.TryGetValue(form, out var kind) && !token.HasArticle[f] && QuotedName(key, tokens, taken, i + 1) is var quoted && quoted > i + 1)
            {
                // شركة «سالي بورت»، حزب "تقدم": a name in quotes after an indefinite head is the body's name, whatever its words.
                return Add(key, tokens, found, i, f, quoted, kind);
            }
            if (_heads.TryGetValue(form, out kind) && token.HasArticle[f] && _adjectiveOnlyHeads.Contains(form))
            {
                // الفصائل المسلحة الانفصالية: a described group takes adjectives only (تبنت الفصائل المسلحة الهجوم).
                var end = Adjectives(tokens, taken, i + 1);
                return end > i + 1 ? Add(key, tokens, found, i, f, end, kind) : i;
            }
            if (_heads.TryGetValue(form, out kind) && !(token.HasArticle[f] && _constructOnlyHeads.Contains(form)))
            {
                var end = _placeHeads.Contains(form) && !token.HasArticle[f] && PlaceAt(tokens, taken, i + 1) is var place && place > i + 1
                    ? place
                    : Genitive(tokens, taken, i + 1, definiteHead: token.HasArticle[f]);
                if (end > i + 1)
                {
                    return Add(key, tokens, found, i, f, end, Any(tokens, i + 1, end, _newsWords) ? ActorKind.Media : kind);
                }
            }
        }
        // قال مصدر لـ«حصار»: a quoted name after لـ, told something by a source or a speaker, is the outlet told.
        if (ToldOutlet(tokens, i) && QuotedName(key, tokens, taken, i) is var told && told > i)
        {
            return Add(key, tokens, found, i, 0, told, ActorKind.Media);
        }
        // أفادت XNA: a Latin acronym cited; XNA - أربيل: one opening a line before a dash, an agency's dateline.
        if (IsAcronym(key, token) && (cited || IsDateline(key, tokens, i)))
        {
            return Add(key, tokens, found, i, 0, i + 1, ActorKind.Media);
        }
        return i;
    }

    /// <summary>وكالة الأنباء السودانية "سنا": a word in quotes right after an outlet is its short name.</summary>
    private int QuotedAlias(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, List<ShapedEntity> found, int index)
    {
        if (index >= tokens.Count || tokens[index].BreakBefore || taken[index] != Free || !tokens[index].IsArabic)
        {
            return index;
        }
        var span = key.ToDisplaySpan(tokens[index].Start, tokens[index].Length);
        var text = key.Display;
        var open = span.Start > 0 && IsQuote(text[span.Start - 1]);
        var close = span.End < text.Length && IsQuote(text[span.End]);
        return open && close ? Add(key, tokens, found, index, 0, index + 1, ActorKind.Media) : index;
    }

    /// <summary>
    /// Token i follows a lone ل (لـ «حصار») and a speech verb, a citation word or a statement noun (مصادر، تصريح) stands
    /// within the few words before it: the outlet someone spoke to.
    /// </summary>
    private bool ToldOutlet(IReadOnlyList<KeyToken> tokens, int i)
    {
        if (i < 2 || tokens[i].BreakBefore || tokens[i - 1].Text != Lam)
        {
            return false;
        }
        for (var k = i - 2; k >= Math.Max(0, i - 7) && !tokens[k + 1].BreakBefore; k--)
        {
            if (IsAny(tokens[k], _speech) || IsAny(tokens[k], _citations) || IsAny(tokens[k], _statements))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The end of a name of up to <see cref="MaxOutletWords"/> free words set in quotes from token j (an opening quote
    /// right before it, a closing one right after its last word), or j when none is.
    /// </summary>
    private static int QuotedName(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, int j)
    {
        if (j >= tokens.Count || tokens[j].BreakBefore)
        {
            return j;
        }
        var text = key.Display;
        var start = key.ToDisplaySpan(tokens[j].Start, tokens[j].Length).Start;
        if (start == 0 || !IsQuote(text[start - 1]))
        {
            return j;
        }
        for (var k = j; k < tokens.Count && k < j + MaxOutletWords && taken[k] == Free && (k == j || !tokens[k].BreakBefore); k++)
        {
            var end = key.ToDisplaySpan(tokens[k].Start, tokens[k].Length).End;
            if (end < text.Length && IsQuote(text[end]))
            {
                return k + 1;
            }
        }
        return j;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';

    /// <summary>The token opens a line and a dash follows it: a dateline (XNA- أربيل).</summary>
    private static bool IsDateline(MatchKey key, IReadOnlyList<KeyToken> tokens, int i)
    {
        var text = key.Key;
        var before = tokens[i].Start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var after = tokens[i].End;
        while (after < text.Length && text[after] == ' ') after++;
        return (before < 0 || text[before] == '\n') && after < text.Length && text[after] is '-' or '\u2013' or '\u2014';
    }

    /// <summary>
    /// The end of a head noun's genitive and adjectives from token j. The first word may be indefinite only when a
    /// definite word follows it (شركة نفط الجنوب) or a lexicon name is it (جامعة بغداد); then definite words continue
    /// it until a boundary, a person, a hard separator or a word of six.
    /// </summary>
    private int Genitive(IReadOnlyList<KeyToken> tokens, byte[] taken, int j, bool definiteHead)
    {
        if (j >= tokens.Count || tokens[j].BreakBefore || taken[j] == 2 || !IsNameWord(tokens[j]))
        {
            return j;
        }
        var definite = Definite(tokens[j]);
        if (definiteHead && taken[j] == Adjective)
        {
            // الحكومة الإيطالية، الاتحاد الأوروبي: a definite head and a nationality.
            return j + 1;
        }
        if (taken[j] != Free || definiteHead && !definite)
        {
            return j;
        }
        if (!definite && !Continues(tokens, taken, j + 1))
        {
            return j;
        }
        var end = j + 1;
        while (end - j < MaxNameWords && Continues(tokens, taken, end))
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// The end of the definite adjectives from token j: nisbas (الإيرانية) and participles (المسلحة، المتمردة), a
    /// lexicon nationality among them; j when none.
    /// </summary>
    private int Adjectives(IReadOnlyList<KeyToken> tokens, byte[] taken, int j)
    {
        var end = j;
        while (end < tokens.Count && end - j < MaxNameWords && !tokens[end].BreakBefore && Definite(tokens[end])
            && (taken[end] == Adjective || taken[end] == Free && IsNameWord(tokens[end])
                && (IsNisba(tokens[end]) || tokens[end].Bare.Length >= 5 && tokens[end].Bare[0] == Meem)))
        {
            end++;
        }
        return end;
    }

    /// <summary>The end of the lexicon place starting at token j (حكومة العراق، جامعة الموصل), or j when none does.</summary>
    private static int PlaceAt(IReadOnlyList<KeyToken> tokens, byte[] taken, int j)
    {
        var end = j;
        while (end < tokens.Count && taken[end] == Place && (end == j || !tokens[end].BreakBefore))
        {
            end++;
        }
        return end > j && !tokens[j].BreakBefore ? end : j;
    }

    /// <summary>A definite name word, free of any lexicon name, that no separator parts from the word before.</summary>
    private bool Continues(IReadOnlyList<KeyToken> tokens, byte[] taken, int index) =>
        index < tokens.Count && !tokens[index].BreakBefore && Definite(tokens[index]) && IsNameWord(tokens[index])
        && (taken[index] == 0 || taken[index] == Adjective && (index == 0 || taken[index - 1] != Adjective));

    /// <summary>The end of an outlet's name from token j: one name word, then joiners, Latin, news words or definite words.</summary>
    private int OutletName(IReadOnlyList<KeyToken> tokens, byte[] taken, int j)
    {
        if (j >= tokens.Count || tokens[j].BreakBefore || taken[j] != 0 || !(IsNameWord(tokens[j]) || !tokens[j].IsArabic))
        {
            return j;
        }
        // صحيفة أمريكية، قناة محلية: an indefinite feminine word after the outlet's kind is its adjective, not its name.
        if (tokens[j].IsArabic && !Definite(tokens[j]) && tokens[j].Text.EndsWith(ArabicLetters.Heh)
            && !(j + 1 < tokens.Count && _newsWords.Contains(tokens[j + 1].Bare)))
        {
            return j;
        }
        var end = j + 1;
        if (_joiners.Contains(tokens[j].Bare) && end < tokens.Count && !tokens[end].BreakBefore)
        {
            end++;
        }
        while (end < tokens.Count && end - j < MaxOutletWords && !tokens[end].BreakBefore && taken[end] == 0
            && (_newsWords.Contains(tokens[end].Bare) || Definite(tokens[end]) && IsNameWord(tokens[end])))
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// A person starting at token i: a given name with a second given name; or with a name word after a verb of speech
    /// (أبلغ حميد ...) or right after the phrase of a role, which ends in a body, a lexicon name or a nationality (سفير
    /// تركيا لدى بغداد فاتح ...، المتحدث باسم الوزارة الاتحادية، عاصم ...). A third word joins when it is a name too.
    /// </summary>
    private int FindPerson(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, bool[] bodyEnds, int i, List<PersonMention> found)
    {
        if (Kunya(key, tokens, taken, i, found) is var kunyaEnd && kunyaEnd > i)
        {
            return kunyaEnd;
        }
        if (taken[i] != Free || !IsGiven(key, tokens[i]) || i + 1 >= tokens.Count || tokens[i + 1].BreakBefore || taken[i + 1] != Free)
        {
            return i;
        }
        var afterSpeech = i > 0 && !tokens[i].BreakBefore && IsAny(tokens[i - 1], _speech);
        var afterRole = i > 0 && (bodyEnds[i - 1] || taken[i - 1] is Named or Place or Adjective
            || Definite(tokens[i - 1]) && IsNisba(tokens[i - 1]) && tokens[i - 1].Text.Length > 4);
        var second = tokens[i + 1];
        var evidence = IsGiven(key, second)
            || (afterSpeech || afterRole) && (IsNameWord(second) && !Definite(second) || IsFamilyName(second));
        if (!evidence)
        {
            return i;
        }
        var end = i + 2;
        if (end < tokens.Count && !tokens[end].BreakBefore && taken[end] == 0 && (IsGiven(key, tokens[end]) || IsFamilyName(tokens[end])))
        {
            end++;
        }
        var span = key.ToDisplaySpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start);
        var id = string.Join('-', Enumerable.Range(i, end - i).Select(t => tokens[t].Text));
        found.Add(new PersonMention(id, span.Text, null, span));
        return end;
    }

    /// <summary>
    /// A kunya and a family name: أبو (or أم) and a name word, then a definite nisba (أبو تقوى السعيدي، وأبو علي
    /// العسكري). Without the family name it is as often a place (أبو غريب) or a nickname left unread.
    /// </summary>
    private int Kunya(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, int i, List<PersonMention> found)
    {
        if (taken[i] != Free || i + 2 >= tokens.Count || taken[i + 1] != Free || taken[i + 2] != Free
            || tokens[i + 1].BreakBefore || tokens[i + 2].BreakBefore || !IsNameWord(tokens[i + 1]) || Definite(tokens[i + 1])
            || !IsFamilyName(tokens[i + 2]))
        {
            return i;
        }
        var form = Array.FindIndex(tokens[i].Forms, f => f == Abu || f == Umm);
        if (form < 0 || tokens[i].HasArticle[form])
        {
            return i;
        }
        var keyStart = tokens[i].Start + tokens[i].FormOffsets[form];
        var span = key.ToDisplaySpan(keyStart, tokens[i + 2].End - keyStart);
        found.Add(new PersonMention(string.Join('-', tokens[i].Forms[form], tokens[i + 1].Text, tokens[i + 2].Text), span.Text, null, span));
        return i + 3;
    }

    /// <summary>The reading of a word with a leading و peeled off (وفرانس → فرانس), else the word itself.</summary>
    private static int AfterConjunction(KeyToken token) =>
        token.Text[0] == ArabicLetters.Waw && token.Forms.Length > 1 && token.FormOffsets[1] == 1 ? 1 : 0;

    private int Add(MatchKey key, IReadOnlyList<KeyToken> tokens, List<ShapedEntity> found, int first, int form, int end, ActorKind kind)
    {
        var keyStart = tokens[first].Start + tokens[first].FormOffsets[form];
        var span = key.ToDisplaySpan(keyStart, tokens[end - 1].End - keyStart);
        // The head's reading without clitics or article: لوزارة، الوزارة and وزارة give one id.
        var words = new[] { tokens[first].Forms[form] }.Concat(Enumerable.Range(first + 1, end - first - 1).Select(t => tokens[t].Text));
        found.Add(new ShapedEntity(string.Join('-', words), span.Text, kind, span));
        return end;
    }

    /// <summary>An Arabic word that may be part of a name: no function word, time word or verb of speech or citation.</summary>
    private bool IsNameWord(KeyToken token) =>
        token.IsArabic && token.Bare.Length >= 2 && !_boundaries.Contains(token.Text) && !_boundaries.Contains(token.Bare)
        && !IsAny(token, _citations) && !IsAny(token, _speech) && !IsAny(token, _heads.Keys) && !IsAny(token, _outletHeads);

    /// <summary>
    /// The word carries the article, alone or as لل (النفط، للانتخابات): a genitive or an adjective. Behind و or ب it
    /// opens a phrase of its own.
    /// </summary>
    private static bool Definite(KeyToken token) =>
        token.HasArticle[0] && token.FormOffsets[0] == 0 || token.Text.StartsWith(LamLam, StringComparison.Ordinal) && token.HasArticle.Any(a => a);

    private bool IsGiven(MatchKey key, KeyToken token)
    {
        if (!_given.Contains(token.Text))
        {
            return false;
        }
        // على folds to علي: only a final yeh in the display text is the name.
        var display = key.ToDisplaySpan(token.Start, token.Length).Text;
        return display.Length > 0 && display[^1] != ArabicLetters.AlefMaksura;
    }

    /// <summary>A nisba adjective: the word ends in yeh, or yeh and taa marbuta (السوري، السورية), not a name (الكويت).</summary>
    private static bool IsNisba(KeyToken token) => ArabicLetters.EndsAsNisba(token.Text);

    /// <summary>A family name or nisba: definite, ending in yeh, longer than three letters (الدليمي، الساعدي).</summary>
    private static bool IsFamilyName(KeyToken token) =>
        token.HasArticle[0] && token.Text.Length > 4 && token.Text[^1] == ArabicLetters.Yeh;

    private static bool IsAny(KeyToken token, IEnumerable<string> words)
    {
        foreach (var form in token.Forms)
        {
            if (words.Contains(form))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Any(IReadOnlyList<KeyToken> tokens, int from, int end, HashSet<string> words)
    {
        for (var t = from; t < end; t++)
        {
            if (words.Contains(tokens[t].Bare))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAcronym(MatchKey key, KeyToken token)
    {
        if (token.IsArabic || token.Length is < 2 or > 6)
        {
            return false;
        }
        var display = key.ToDisplaySpan(token.Start, token.Length).Text;
        return display.All(char.IsAsciiLetterUpper);
    }
}
