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
    private readonly Dictionary<string, PlaceEntry> _places;

    public IncidentMerger(IReadOnlyList<PlaceEntry> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public IReadOnlyList<IncidentDraft> Merge(IReadOnlyList<IncidentDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var merged = new List<IncidentDraft>();
        foreach (var draft in drafts)
        {
            var index = merged.FindLastIndex(m => Compatible(m, draft));
            if (index < 0)
            {
                merged.Add(draft);
            }
            else
            {
                merged[index] = Combine(merged[index], draft);
            }
        }
        return merged;
    }

    public bool Compatible(IncidentDraft a, IncidentDraft b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var typesAgree = a.Type == b.Type || IsWeak(a.Type) || IsWeak(b.Type);
        var datesAgree = a.Date is null || b.Date is null || Same(a.Date, b.Date);
        return typesAgree && a.Background == b.Background && datesAgree && PlacesAgree(a.PlaceId, b.PlaceId);
    }

    private static bool IsWeak(IncidentType type) => type is IncidentType.Other or IncidentType.Explosion;

    private static bool Same(DateMention a, DateMention b) =>
        a.Value is not null && a.Value == b.Value || Normalization.ArabicNormalizer.Fold(a.Span.Text) == Normalization.ArabicNormalizer.Fold(b.Span.Text);

    private bool PlacesAgree(string? a, string? b) =>
        a is null || b is null || a == b || Inside(a, b) || Inside(b, a);

    private bool Inside(string inner, string outer)
    {
        for (var id = inner; id is not null && _places.TryGetValue(id, out var place); id = place.Parent)
        {
            if (place.Parent == outer)
            {
                return true;
            }
        }
        return false;
    }

    private IncidentDraft Combine(IncidentDraft a, IncidentDraft b) => a with
    {
        Type = IsWeak(a.Type) && !IsWeak(b.Type) || a.Type == IncidentType.Other ? b.Type : a.Type,
        FirstSentence = Math.Min(a.FirstSentence, b.FirstSentence),
        LastSentence = Math.Max(a.LastSentence, b.LastSentence),
        PlaceId = MorePrecise(a.PlaceId, b.PlaceId),
        Date = a.Date ?? b.Date,
        WeaponCount = a.WeaponCount ?? b.WeaponCount,
        Intercepted = a.Intercepted == true || b.Intercepted == true ? true : a.Intercepted ?? b.Intercepted,
        Killed = Max(a.Killed, b.Killed),
        Wounded = Max(a.Wounded, b.Wounded),
        PerpetratorIds = a.PerpetratorIds.Union(b.PerpetratorIds).ToList(),
        TargetIds = a.TargetIds.Union(b.TargetIds).ToList(),
        Attribution = a.Attribution ?? b.Attribution,
        Stance = MaxStance(a.Stance, b.Stance),
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

    private string? MorePrecise(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        if (Inside(b, a))
        {
            return b;
        }
        if (Inside(a, b))
        {
            return a;
        }
        var pa = _places.TryGetValue(a, out var x) ? x.Precision : PlacePrecision.Country;
        var pb = _places.TryGetValue(b, out var y) ? y.Precision : PlacePrecision.Country;
        return pb < pa ? b : a;
    }
}
