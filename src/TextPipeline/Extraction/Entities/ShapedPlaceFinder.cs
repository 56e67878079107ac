using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds places no lexicon lists by their shape: an indefinite noun of a kind of place and the proper name it governs
/// (قرية نجها، ناحية سيدكان، منفذ جريشان، قلعة الرحبة، سد النهضة), the kind giving the place's precision (village,
/// district, border crossing, dam ...; see place-shapes.json). Precision first, so the name must look like one:
/// <list type="bullet">
/// <item>the noun is indefinite (المنطقة الشرقية is any eastern area) and the word after it is no common phrase's
/// (حقل النفط، منطقة العمليات, notNames), no boundary or time word (بحر الأسبوع), no lexicon name, no kind noun;</item>
/// <item>an indefinite word after it does not agree with it as an adjective would: after a feminine noun it does not
/// end in ة or ي (منطقة عسكرية، قرية صغيرة، منطقة أخرى), after a masculine one not in ي (معبر حدودي، حي سكني);</item>
/// <item>the name is one word, or a word that opens compound names (تل، عين، أم) and its definite genitive, then
/// adjectives of direction (حقل الرميلة الجنوبي).</item>
/// </list>
/// The country is that of the nearest lexicon place the text puts beside it (ناحية سيدكان شمالي أربيل), when one is
/// near; a sea or a river has none. Finding is separate from naming: the host romanizes the name.
/// </summary>
public sealed class ShapedPlaceFinder
{
    private const int MaxNameWords = 4;
    private const int CountryReach = 8;
    private const char Teh = '\u062A';
    private const char Lam = '\u0644';
    private const char Beh = '\u0628';

    private readonly Dictionary<string, PlaceKind> _kinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _adjectives;
    private readonly HashSet<string> _openers;
    private readonly HashSet<string> _tribalOpeners;
    private readonly HashSet<string> _boundaries;
    private readonly Dictionary<string, PlaceEntry> _places;

    public ShapedPlaceFinder(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var shapes = lexicons.PlaceShapes;
        foreach (var (noun, kind) in shapes.Kinds)
        {
            _kinds[Bare(noun)] = kind;
        }
        _notNames = Set(shapes.NotNames);
        _adjectives = Set(shapes.NameAdjectives);
        _openers = Set(shapes.NameOpeners);
        _tribalOpeners = (shapes.TribalOpeners ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _boundaries = Set(lexicons.Shapes.BoundaryWords);
        _places = lexicons.Places.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static string Bare(string word) => CliticStripper.StripArticle(ArabicNormalizer.Fold(word));

    private static HashSet<string> Set(IEnumerable<string> words) => new(words.Select(Bare), StringComparer.Ordinal);

    /// <summary>The places of a kind named outside the lexicon names (<paramref name="entities"/>), in text order.</summary>
    public IReadOnlyList<ShapedPlace> Find(MatchKey key, IReadOnlyList<KeyToken> tokens, IReadOnlyList<LexiconMatch> entities)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var taken = new bool[tokens.Count];
        foreach (var match in entities)
        {
            for (var t = match.FirstToken; t < match.EndToken && t < tokens.Count; t++)
            {
                taken[t] = true;
            }
        }
        var found = new List<ShapedPlace>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (form, kind, feminine) = KindAt(tokens[i]);
            if (taken[i] || kind is null || HamzaFolded(key, tokens[i], form))
            {
                continue;
            }
            var end = NameEnd(key, tokens, taken, i + 1, feminine);
            if (end == i + 1)
            {
                continue;
            }
            var keyStart = tokens[i].Start + tokens[i].FormOffsets[form];
            var span = key.ToDisplaySpan(keyStart, tokens[end - 1].End - keyStart);
            var name = key.ToDisplaySpan(tokens[i + 1].Start, tokens[end - 1].End - tokens[i + 1].Start);
            var words = new[] { tokens[i].Forms[form] }.Concat(Enumerable.Range(i + 1, end - i - 1).Select(t => tokens[t].Text));
            var country = kind.Precision is PlacePrecision.Sea or PlacePrecision.River ? null : CountryNear(entities, i, end);
            found.Add(new ShapedPlace(string.Join('-', words), Unquoted(span.Text), Unquoted(name.Text), kind, country, span) { FirstToken = i, TokenCount = end - i });
            i = end - 1;
        }
        return found;
    }

    /// <summary>
    /// The noun matched only once its hamza was folded away: وأدى ("and it led to") folds to وادي, a valley. None of the
    /// nouns of a kind of place is written with a hamza on its alef.
    /// </summary>
    private static bool HamzaFolded(MatchKey key, KeyToken token, int form)
    {
        var start = token.Start + token.FormOffsets[form];
        var display = key.ToDisplaySpan(start, token.End - start).Text;
        return display.Any(c => c is ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefMaddaAbove);
    }

    /// <summary>The name as stored: the quotes that may set it off in the text (منطقة «الثلاثات») dropped.</summary>
    private static string Unquoted(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\u00AB', '\u00BB', '\u201C', '\u201D', '\'')).Where(w => w.Length > 0));

    /// <summary>The token read as a noun of a kind of place without the article: its form, kind and gender.</summary>
    private (int Form, PlaceKind? Kind, bool Feminine) KindAt(KeyToken token)
    {
        for (var f = 0; f < token.Forms.Length; f++)
        {
            if (!token.HasArticle[f] && _kinds.TryGetValue(token.Forms[f], out var kind))
            {
                return (f, kind, token.Forms[f].EndsWith(ArabicLetters.Heh));
            }
        }
        return (0, null, false);
    }

    /// <summary>The end of the proper name from token j, or j when no name stands there.</summary>
    private int NameEnd(MatchKey key, IReadOnlyList<KeyToken> tokens, bool[] taken, int j, bool feminineKind)
    {
        // "قرية البو عيثة": a tribe's prefix, too short to be a name, opens one with the word after it, article or none.
        if (j + 1 < tokens.Count && !taken[j] && !tokens[j].BreakBefore && _tribalOpeners.Contains(tokens[j].Text) && IsNameWord(tokens, taken, j + 1))
        {
            return j + 2;
        }
        if (!IsNameWord(tokens, taken, j))
        {
            return j;
        }
        var first = tokens[j];
        var definite = first.HasArticle[0] && first.FormOffsets[0] == 0;
        if (!definite && first.FormOffsets[0] != 0)
        {
            return j;
        }
        if (!definite && Agrees(key, first, feminineKind))
        {
            // An adjective agreeing with the noun: منطقة عسكرية، قرية صغيرة، منطقة أخرى، معبر حدودي.
            return j;
        }
        if (!definite && IsVerb(tokens, j))
        {
            // A clause describing the noun: منطقة يسيطر عليها، منطقة تبعد 5 كيلومترات.
            return j;
        }
        var end = j + 1;
        if (!definite && _openers.Contains(first.Text) && IsNameWord(tokens, taken, end) && IsDefinite(tokens[end]))
        {
            end++;
        }
        while (end < tokens.Count && end - j < MaxNameWords && !tokens[end].BreakBefore && !taken[end]
            && IsDefinite(tokens[end]) && _adjectives.Contains(tokens[end].Bare))
        {
            end++;
        }
        return end;
    }

    private bool IsNameWord(IReadOnlyList<KeyToken> tokens, bool[] taken, int j)
    {
        if (j >= tokens.Count || taken[j] || tokens[j].BreakBefore || !tokens[j].IsArabic)
        {
            return false;
        }
        var token = tokens[j];
        return (token.Bare.Length >= 3 || _openers.Contains(token.Text)) && !_notNames.Contains(token.Bare) && !_boundaries.Contains(token.Bare)
            && !_boundaries.Contains(token.Text) && !_kinds.ContainsKey(token.Bare) && !_adjectives.Contains(token.Bare);
    }

    /// <summary>
    /// The word ends as an indefinite adjective agreeing with the noun would: after a feminine noun in ة or ى (عسكرية،
    /// أخرى; بامرني ends otherwise and is a name), after a masculine one in ي (حدودي، سكني).
    /// </summary>
    private static bool Agrees(MatchKey key, KeyToken token, bool feminineKind)
    {
        if (!feminineKind)
        {
            return token.Text.EndsWith(ArabicLetters.Yeh);
        }
        var display = key.ToDisplaySpan(token.Start, token.Length).Text.TrimEnd('"', '\u00BB', '\u201D');
        return token.Text.EndsWith(ArabicLetters.Heh) && display.EndsWith(ArabicLetters.TehMarbuta)
            || display.EndsWith(ArabicLetters.AlefMaksura);
    }

    private static bool IsDefinite(KeyToken token) => token.HasArticle[0] && token.FormOffsets[0] == 0;

    /// <summary>
    /// An imperfect verb opening a clause on the noun: a word in ي, or one in ت with a number, a function word or a
    /// word behind ل/ب after it (تبعد 5، تخضع لسيطرة). A name in ت (تازة، تدمر) stands alone or before a place word.
    /// </summary>
    private bool IsVerb(IReadOnlyList<KeyToken> tokens, int j)
    {
        var text = tokens[j].Text;
        if (text[0] == ArabicLetters.Yeh)
        {
            return true;
        }
        if (text[0] != Teh || j + 1 >= tokens.Count || tokens[j + 1].BreakBefore)
        {
            return false;
        }
        var next = tokens[j + 1];
        return !next.IsArabic || _boundaries.Contains(next.Text) || next.Text[0] is Lam or Beh && next.Forms.Length > 1;
    }

    /// <summary>
    /// The country of the nearest lexicon place within reach, after the name first (ناحية سيدكان شمالي أربيل، منفذ جريشان
    /// في محافظة البصرة), else before it (محيط مطار حلب الدولي، ومحيط بلدة السفيرة); null when none is near or it is a sea.
    /// </summary>
    private string? CountryNear(IReadOnlyList<LexiconMatch> entities, int start, int end)
    {
        var after = entities.Where(e => e.IsPlace && e.FirstToken >= end && e.FirstToken < end + CountryReach).MinBy(e => e.FirstToken);
        var before = entities.Where(e => e.IsPlace && e.EndToken <= start && e.EndToken > start - CountryReach).MaxBy(e => e.EndToken);
        foreach (var near in new[] { after, before })
        {
            if (near is not null && _places.TryGetValue(near.Id, out var place)
                && place.Precision is not (PlacePrecision.Sea or PlacePrecision.River or PlacePrecision.Region or PlacePrecision.Border))
            {
                return place.Country;
            }
        }
        return null;
    }
}
