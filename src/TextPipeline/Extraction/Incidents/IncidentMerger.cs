using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Joins the sentences of an article that describe one attack into one incident: same type (or one of them
/// untyped — a bare "الهجوم" or "انفجار" takes the other's type), the same place or one inside the other, both
/// recalled or both current, and no conflicting dates. Figures combine: the first count reported stays,
/// any interception counts, casualties keep the larger stated figure, sources and evidence accumulate.
/// </summary>
public sealed class IncidentMerger
{
    private const double AdjacentSiteKm = 5.0;
    /// <summary>How far from a city a base may stand and still be "the base in" that city (K-1 is 9 km from Kirkuk).</summary>
    private const double NearCityKm = 25.0;

    private readonly Dictionary<string, PlaceEntry> _places;
    /// <summary>What <see cref="Related"/> found for each place asked about: the lexicon does not change, articles run in parallel.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _related = new(StringComparer.Ordinal);

    public IncidentMerger(IReadOnlyList<PlaceEntry> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>
    /// Merges drafts in text order. <paramref name="containedIn"/> adds what the article itself says about places
    /// ("مركز الدعم الدبلوماسي في بغداد": the centre is in Baghdad) to the lexicon's parent links.
    /// </summary>
    public IReadOnlyList<IncidentDraft> Merge(IReadOnlyList<IncidentDraft> drafts, IReadOnlySet<(string Inner, string Outer)>? containedIn = null)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var local = containedIn ?? new HashSet<(string, string)>();
        var merged = new List<IncidentDraft>();
        // The sentences and the support of each merged incident, gathered as drafts join it and set once at the end: a
        // record rebuilt with all of them at every join cost the square of the sentences of one attack told many times.
        var gathered = new List<(SortedSet<int> Sentences, List<FieldSupport> Support)?>();
        var candidates = new MergeCandidates();
        var stated = Stated(local);
        foreach (var draft in drafts)
        {
            var index = Join(merged, candidates, draft, local, stated);
            if (index < 0)
            {
                candidates.Add(merged.Count, draft);
                merged.Add(draft);
                gathered.Add(null);
            }
            else
            {
                var (sentences, support) = gathered[index] ??= ([.. merged[index].Sentences], [.. merged[index].Support]);
                sentences.UnionWith(draft.Sentences);
                support.AddRange(draft.Support);
                candidates.Remove(index, merged[index]);
                merged[index] = Combine(merged[index], draft, local);
                candidates.Add(index, merged[index]);
            }
        }
        // A draft nothing joined keeps its own lists; a merged one has every sentence once, in order, and the support of
        // its drafts in the order they joined.
        return merged.Select((m, i) => gathered[i] is { } g ? m with { Sentences = [.. g.Sentences], Support = g.Support } : m).ToList();
    }

    /// <summary>
    /// The last incident the draft is <see cref="Compatible"/> with, or -1: a placed report joins a placed attack before an
    /// unplaced one, as the unplaced only ever borrow a place. Only the incidents <paramref name="candidates"/> lists as
    /// possible are compared, and the last of them that passes is the last of all that would.
    /// </summary>
    private int Join(List<IncidentDraft> merged, MergeCandidates candidates, IncidentDraft draft,
        IReadOnlySet<(string Inner, string Outer)> local, ILookup<string, string> stated)
    {
        var last = -1;
        if (draft.PlaceId is { } place)
        {
            foreach (var other in PlacesAgreeing(place, candidates.Places(draft.Background), stated))
            {
                foreach (var list in candidates.AtPlace(other, draft.Background, draft.Date?.Value))
                {
                    // Each list runs from the last incident down: its first compatible one is its last.
                    last = Math.Max(last, list.TakeWhile(i => i > last).FirstOrDefault(i => Compatible(merged[i], draft, local), -1));
                }
            }
            if (last < 0 && draft.Definite && Found(place))
            {
                last = LastCompatible(candidates.Neighbours(draft, placed: true), merged, draft, local);
            }
        }
        else
        {
            last = LastCompatible(candidates.Neighbours(draft, placed: true), merged, draft, local);
        }
        return last >= 0 ? last : LastCompatible(candidates.Neighbours(draft, placed: false), merged, draft, local);
    }

    private int LastCompatible(IEnumerable<int> indices, List<IncidentDraft> merged, IncidentDraft draft, IReadOnlySet<(string Inner, string Outer)> local)
    {
        var last = -1;
        foreach (var i in indices)
        {
            if (i > last && Compatible(merged[i], draft, local))
            {
                last = i;
            }
        }
        return last;
    }

    /// <summary>
    /// Of the places incidents stand at, those <see cref="PlacesAgree"/> could accept for <paramref name="place"/>: itself,
    /// what the lexicon puts it in, beside or near it or inside it (<see cref="Related"/>), and what the article nests it
    /// in or nests in it. Whichever of the two is shorter is walked.
    /// </summary>
    private IEnumerable<string> PlacesAgreeing(string place, IReadOnlyCollection<string> present, ILookup<string, string> stated)
    {
        var related = _related.GetOrAdd(place, Related);
        var nested = stated[place];
        if (present.Count <= related.Count)
        {
            return present.Where(p => p == place || related.Contains(p) || nested.Contains(p));
        }
        return related.Append(place).Concat(nested).Distinct();
    }

    /// <summary>Every place the lexicon alone lets <see cref="PlacesAgree"/> accept with <paramref name="place"/>, the ancestors its entries name included.</summary>
    private HashSet<string> Related(string place)
    {
        var none = new HashSet<(string, string)>();
        var related = _places.Keys.Where(p => PlacesAgree(p, place, none)).ToHashSet(StringComparer.Ordinal);
        // The walk Inside makes; a parent with no entry of its own ends it and is found by no scan of the entries.
        for (var id = place; _places.TryGetValue(id, out var entry) && entry.Parent is { } parent; id = parent)
        {
            related.Add(parent);
        }
        return related;
    }

    /// <summary>The places the article nests in one another, both ways.</summary>
    private static ILookup<string, string> Stated(IReadOnlySet<(string Inner, string Outer)> local) =>
        local.SelectMany(pair => new[] { (pair.Inner, pair.Outer), (pair.Outer, pair.Inner) }).ToLookup(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);

    public bool Compatible(IncidentDraft a, IncidentDraft b, IReadOnlySet<(string Inner, string Outer)> local)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var typesAgree = a.Type == b.Type || IsWeak(a.Type) || IsWeak(b.Type) || Carries(a, b) || Carries(b, a)
            // "الضربة الصاروخية" after "عدوان جوي" on the same airport: a definite attack noun names the attack already told
            // there. Only at the very same place: "the strike" on a base south of Baghdad is not the rockets on Ain al-Asad.
            || b.Definite && (a.PlaceId == b.PlaceId || a.PlaceId is { } pa && b.PlaceId is { } pb && Adjacent(pa, pb));
        var datesAgree = a.Date is null || b.Date is null || Same(a.Date, b.Date);
        // A report with no place joins only a neighbour: nothing but the closeness of the telling ties it to a place.
        var placed = a.PlaceId is not null && b.PlaceId is not null || Neighbours(a, b);
        // "شهدت القاعدة هجوما مماثلا": the attack likened to one told before is not that one. The words of its own sentence
        // that tell it are: "تعرضت القاعدة في يناير لهجوم مماثل بثلاثة صواريخ" is one attack.
        var likenedApart = b.Likened && !(a.FirstSentence == b.FirstSentence && a.LastSentence == b.FirstSentence);
        // "ردت القوات الأمريكية بقصف مدفعي، بعد تعرض القاعدة لهجوم صاروخي": an answer and the attack its sentence tells beside it.
        var answerApart = a.Answers != b.Answers && a.FirstSentence <= b.LastSentence && b.FirstSentence <= a.LastSentence;
        return typesAgree && !likenedApart && !answerApart && a.Background == b.Background && datesAgree && placed
            && (PlacesAgree(a.PlaceId, b.PlaceId, local) || Refines(a, b)) && !NamedElsewhere(a, b, local) && !NamedElsewhere(b, a, local);
    }

    /// <summary>
    /// An attack told with no place whose sentence names a region or a sea all the same (في البحر الأحمر) is not the one a
    /// neighbour places where that region or sea is not (في خليج عدن).
    /// </summary>
    private bool NamedElsewhere(IncidentDraft unplaced, IncidentDraft placed, IReadOnlySet<(string Inner, string Outer)> local) =>
        unplaced.PlaceId is null && unplaced.NamedPlace is { } named && placed.PlaceId is { } place && !PlacesAgree(named, place, local);

    /// <summary>
    /// "شن الطيران التركي غارة في محافظة دهوك ... أن القصف استهدف سيارة في قرية ارادن": a definite attack noun in the
    /// next sentence that places the attack at a place no lexicon lists (found by its shape) takes back the attack just
    /// told and says where in it; nothing can show that place is elsewhere.
    /// </summary>
    private bool Refines(IncidentDraft told, IncidentDraft next) =>
        next.Definite && next.PlaceId is { } place && Found(place) && told.PlaceId is not null && Neighbours(told, next);

    /// <summary>A place the article names that no lexicon lists (see ShapedPlaceFinder).</summary>
    private bool Found(string place) => !_places.ContainsKey(place);

    private static bool IsWeak(IncidentType type) => type is IncidentType.Other or IncidentType.Explosion;

    /// <summary>
    /// One attack told by its platform and by its munition as the instrument (ب), in the same or the next sentence:
    /// "عدوانا جويا برشقات من الصواريخ"، "طائرتان مسيرتان قصفتا المطار بعدة صواريخ". Aircraft and drones carry rockets and
    /// missiles; the platform names the attack. Rockets that are no one's instrument ("الصواريخ سقطت ... مما دفع طائرة
    /// مقاتلة إلى تدمير القاذفة") and attacks further apart are two attacks.
    /// </summary>
    private static bool Carries(IncidentDraft platform, IncidentDraft munition) =>
        IsPlatform(platform.Type) && munition.Type is IncidentType.Rocket or IncidentType.Missile && munition.ByInstrument && Neighbours(platform, munition);

    /// <summary>The two are told in the same sentence or in sentences next to each other.</summary>
    private static bool Neighbours(IncidentDraft a, IncidentDraft b) =>
        Math.Max(a.FirstSentence, b.FirstSentence) - Math.Min(a.LastSentence, b.LastSentence) <= 1;

    private static bool IsPlatform(IncidentType type) => type is IncidentType.Drone or IncidentType.Airstrike;

    /// <summary>
    /// Resolved dates agree when one contains the other ("2024-04" and "2024-04-15"); unresolved ones when they
    /// do not name different weekdays or months ("الاثنين الماضي" and "في وقت متأخر من يوم الاثنين" agree).
    /// </summary>
    internal static bool Same(DateMention a, DateMention b)
    {
        if (a.Value is not null && b.Value is not null)
        {
            return a.Value.StartsWith(b.Value, StringComparison.Ordinal) || b.Value.StartsWith(a.Value, StringComparison.Ordinal);
        }
        var (wa, ma) = Names(a);
        var (wb, mb) = Names(b);
        return (wa.Count == 0 || wb.Count == 0 || wa.Overlaps(wb)) && (ma is null || mb is null || ma == mb);
    }

    /// <summary>
    /// The weekdays a date names, and its month. A night between two days names both (ليل الأربعاء-الخميس), and agrees
    /// with either: "فجر الخميس" is the same night.
    /// </summary>
    internal static (HashSet<DayOfWeek> Weekdays, int? Month) Names(DateMention date)
    {
        var weekdays = new HashSet<DayOfWeek>();
        int? month = null;
        foreach (var word in Normalization.KeyTokenizer.FoldedWords(date.Span.Text))
        {
            foreach (var (form, _, _) in CliticStripper.Forms(word))
            {
                if (WeekdayNames.Days.TryGetValue("ال" + form, out var day))
                {
                    weekdays.Add(day);
                    break;
                }
                month ??= MonthNames.TryGetMonth(form);
            }
        }
        return (weekdays, month);
    }

    /// <summary>The two places may be where one incident happened: the same, one inside the other, or sites side by side.</summary>
    public bool SamePlace(string a, string b) => PlacesAgree(a, b, EmptyContainment);

    private static readonly IReadOnlySet<(string Inner, string Outer)> EmptyContainment = new HashSet<(string, string)>();

    private bool PlacesAgree(string? a, string? b, IReadOnlySet<(string Inner, string Outer)> local) =>
        a is null || b is null || a == b || Inside(a, b, local) || Inside(b, a, local) || Adjacent(a, b) || SiteByCity(a, b) || SiteByCity(b, a);

    /// <summary>
    /// "قاعدة عسكرية في كركوك" and "قاعدة كي وان": a base named by the city it stands by is the named base near that city,
    /// though the lexicon files the base under the governorate, not the city.
    /// </summary>
    private bool SiteByCity(string site, string city) =>
        _places.TryGetValue(site, out var x) && x.Precision == PlacePrecision.Site
        && _places.TryGetValue(city, out var y) && y.Precision == PlacePrecision.City && Kilometres(x, y) <= NearCityKm;

    /// <summary>Two sites a few kilometres apart (Baghdad airport and the Diplomatic Support Center inside it) are one compound.</summary>
    private bool Adjacent(string a, string b) =>
        _places.TryGetValue(a, out var x) && _places.TryGetValue(b, out var y) && x.Precision == PlacePrecision.Site && y.Precision == PlacePrecision.Site
        && Kilometres(x, y) <= AdjacentSiteKm;

    /// <summary>Distance on an equirectangular projection, enough at these ranges; infinite when either has no coordinates.</summary>
    private static double Kilometres(PlaceEntry x, PlaceEntry y)
    {
        if (x.Latitude is not { } lat1 || x.Longitude is not { } lon1 || y.Latitude is not { } lat2 || y.Longitude is not { } lon2)
        {
            return double.PositiveInfinity;
        }
        const double KmPerDegree = 111.0;
        var dLat = (lat1 - lat2) * KmPerDegree;
        var dLon = (lon1 - lon2) * KmPerDegree * Math.Cos(lat1 * Math.PI / 180);
        return Math.Sqrt(dLat * dLat + dLon * dLon);
    }

    /// <summary>True when <paramref name="outer"/> is one of <paramref name="inner"/>'s parents, or the article nests them so.</summary>
    public bool Inside(string inner, string outer, IReadOnlySet<(string Inner, string Outer)>? local = null)
    {
        if (local?.Contains((inner, outer)) == true)
        {
            return true;
        }
        for (var id = inner; id is not null && _places.TryGetValue(id, out var place); id = place.Parent)
        {
            if (place.Parent == outer)
            {
                return true;
            }
        }
        return false;
    }

    private IncidentDraft Combine(IncidentDraft a, IncidentDraft b, IReadOnlySet<(string Inner, string Outer)> local) => a with
    {
        Type = (IsWeak(a.Type) && !IsWeak(b.Type) || a.Type == IncidentType.Other || Carries(b, a)) && !(b.Alleged && a.Type == IncidentType.Explosion)
            || a.Alleged && b.Type == IncidentType.Explosion ? b.Type : a.Type,
        FirstSentence = Math.Min(a.FirstSentence, b.FirstSentence),
        LastSentence = Math.Max(a.LastSentence, b.LastSentence),
        PlaceId = MorePrecise(a.PlaceId, b.PlaceId, local),
        Date = a.Date ?? b.Date,
        WeaponCount = Carries(b, a) ? b.WeaponCount ?? a.WeaponCount : a.WeaponCount ?? b.WeaponCount,
        // One report of a weapon that landed outweighs another of weapons shot down: not every one was.
        Intercepted = a.Intercepted == false || b.Intercepted == false ? false : a.Intercepted ?? b.Intercepted,
        Killed = Max(a.Killed, b.Killed),
        Wounded = Max(a.Wounded, b.Wounded),
        Hurt = a.Hurt ?? b.Hurt,
        PerpetratorIds = a.PerpetratorIds.Union(b.PerpetratorIds).ToList(),
        TargetIds = a.TargetIds.Union(b.TargetIds).ToList(),
        Attribution = a.Attribution ?? b.Attribution,
        Stance = MaxStance(a.Stance, b.Stance),
        // Sentences and Support are gathered by Merge.
    };

    private static Stance MaxStance(Stance a, Stance b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Stance stance) => stance switch
    {
        Stance.Confirmed => 3,
        Stance.Claimed => 2,
        Stance.Denied => 1,
        _ => 0,
    };

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private string? MorePrecise(string? a, string? b, IReadOnlySet<(string Inner, string Outer)> local)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        if (Inside(b, a, local))
        {
            return b;
        }
        if (Inside(a, b, local))
        {
            return a;
        }
        var pa = _places.TryGetValue(a, out var x) ? x.Precision : PlacePrecision.Country;
        var pb = _places.TryGetValue(b, out var y) ? y.Precision : PlacePrecision.Country;
        return pb < pa ? b : a;
    }
}
