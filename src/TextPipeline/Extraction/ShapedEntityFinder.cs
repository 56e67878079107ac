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
    private const byte Adjective = 3;
    private const int MaxOutletWords = 3;
    private const string LamLam = "\u0644\u0644";

    private readonly Dictionary<string, ActorKind> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outletHeads;
    private readonly HashSet<string> _newsWords;
    private readonly HashSet<string> _agencyWords;
    private readonly HashSet<string> _citations;
    private readonly HashSet<string> _speech;
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
        _citations = Set(shapes.CitationWords);
        _speech = Set(shapes.SpeechVerbs);
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
        // Per token: 0 free, 1 inside a lexicon place or group, 2 inside a lexicon person or a person found, 3 a lexicon
        // name of one definite word, a nationality as an adjective (وزارة الزراعة السورية), which may end a body's name.
        var taken = new byte[tokens.Count];
        foreach (var match in entities)
        {
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                taken[t] = (byte)(!match.IsPlace && _people.Contains(match.Id) ? 2
                    : match.TokenCount == 1 && Definite(tokens[t]) && IsNisba(tokens[t]) ? Adjective : 1);
            }
        }
        foreach (var person in known)
        {
            var first = CliticTokenizer.FirstAtOrAfter(tokens, CliticTokenizer.ToKeyOffset(key, person.Span.Start));
            for (var t = first; t < tokens.Count && key.ToDisplayOffset(tokens[t].Start) < person.Span.End; t++)
            {
                taken[t] = 2;
            }
        }
        var bodies = new List<ShapedEntity>();
        var people = new List<PersonMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = Body(key, tokens, taken, i, bodies);
            if (end > i)
            {
                i = end - 1;
                continue;
            }
            end = Person(key, tokens, taken, i, people);
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
        if (taken[i] != 0)
        {
            return i;
        }
        var token = tokens[i];
        var cited = i > 0 && !token.BreakBefore && IsAny(tokens[i - 1], _citations);
        for (var f = 0; f < token.Forms.Length; f++)
        {
            var form = token.Forms[f];
            if (_outletHeads.Contains(form) && !token.HasArticle[f])
            {
                var end = OutletName(tokens, taken, i + 1);
                var agency = form == Bare("وكالة");
                if (end > i + 1 && (!agency || cited || Any(tokens, i + 1, end, _agencyWords) || Any(tokens, i + 1, end, _newsWords)))
                {
                    return Add(key, tokens, found, i, f, end, ActorKind.Media);
                }
            }
            if (_heads.TryGetValue(form, out var kind))
            {
                var end = Genitive(tokens, taken, i + 1, definiteHead: token.HasArticle[f]);
                if (end > i + 1)
                {
                    return Add(key, tokens, found, i, f, end, Any(tokens, i + 1, end, _newsWords) ? ActorKind.Media : kind);
                }
            }
        }
        // صراحة نيوز: a name and the news word its outlet's name ends with.
        if (i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && taken[i + 1] == 0 && _newsWords.Contains(tokens[i + 1].Bare)
            && IsNameWord(token) && !_newsWords.Contains(token.Bare))
        {
            return Add(key, tokens, found, i, AfterConjunction(token), i + 2, ActorKind.Media);
        }
        // أفادت AFP: a Latin acronym cited.
        if (cited && IsAcronym(key, token))
        {
            return Add(key, tokens, found, i, 0, i + 1, ActorKind.Media);
        }
        return i;
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
        if (taken[j] != 0 || definiteHead && !definite)
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

    /// <summary>A person starting at token i: two given names, or one after a verb of speech, and the name words after.</summary>
    private int Person(MatchKey key, IReadOnlyList<KeyToken> tokens, byte[] taken, int i, List<PersonMention> found)
    {
        if (taken[i] != 0 || !IsGiven(key, tokens[i]) || i + 1 >= tokens.Count || tokens[i + 1].BreakBefore || taken[i + 1] != 0)
        {
            return i;
        }
        var afterSpeech = i > 0 && !tokens[i].BreakBefore && IsAny(tokens[i - 1], _speech);
        var second = tokens[i + 1];
        var evidence = IsGiven(key, second) || afterSpeech && (IsNameWord(second) && !Definite(second) || IsFamilyName(second));
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

    /// <summary>The reading of a word with a leading و peeled off (وفرانس → فرانس), else the word itself.</summary>
    private static int AfterConjunction(KeyToken token) =>
        token.Text[0] == ArabicLetters.Waw && token.Forms.Length > 1 && token.FormOffsets[1] == 1 ? 1 : 0;

    private int Add(MatchKey key, IReadOnlyList<KeyToken> tokens, List<ShapedEntity> found, int first, int form, int end, ActorKind kind)
    {
        var keyStart = tokens[first].Start + tokens[first].FormOffsets[form];
        var span = key.ToDisplaySpan(keyStart, tokens[end - 1].End - keyStart);
        var words = new[] { key.Key[keyStart..tokens[first].End] }.Concat(Enumerable.Range(first + 1, end - first - 1).Select(t => tokens[t].Text));
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
    private static bool IsNisba(KeyToken token) =>
        token.Text.EndsWith(ArabicLetters.Yeh) || token.Text.EndsWith("\u064A\u0647", StringComparison.Ordinal);

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
