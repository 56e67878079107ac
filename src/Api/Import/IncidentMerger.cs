using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using Extracted = NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Import;

/// <summary>
/// An incident is the event, not the sentence: a newly extracted incident joins a stored one when they are the same
/// attack (same type, same or nested place, compatible dates and weapon counts), else it becomes a new incident.
/// The headline figures are recomputed from all sources' claims after every change.
/// </summary>
public sealed class IncidentMerger(NewsFactsDbContext db, LexiconIndex lexicon)
{
    /// <summary>Two reports with unknown dates are the same event only if published this close together.</summary>
    private const int UndatedWindowDays = 3;

    public async Task AddAsync(Article article, Extracted.Incident extracted, int? locationId,
        IReadOnlyList<(int ActorId, string Role)> actors, DateTime now, CancellationToken cancellationToken)
    {
        var source = new IncidentSource
        {
            ArticleId = article.Id,
            EvidenceStart = extracted.Evidence.Start,
            EvidenceEnd = extracted.Evidence.End,
            EvidenceText = extracted.Evidence.Text,
            Attribution = extracted.Attribution,
            Stance = Wire.Of(extracted.Stance),
            DateValue = extracted.Date?.Value,
            DatePrecision = extracted.Date is null ? null : Wire.Of(extracted.Date.Precision),
            DateText = extracted.Date?.Span.Text,
            WeaponCount = extracted.WeaponCount,
            Intercepted = extracted.Intercepted,
            Killed = extracted.Killed,
            Wounded = extracted.Wounded,
        };
        var type = Wire.Of(extracted.Type);
        var incident = extracted.PlaceId is null ? null : await FindMatchAsync(article, type, extracted, source, cancellationToken);
        if (incident is null)
        {
            incident = new Incident
            {
                Type = type, LocationId = locationId, Background = extracted.Background, SummaryEn = extracted.SummaryEn,
                DatePrecision = "unknown", UpdatedAt = now,
            };
            db.Incidents.Add(incident);
        }
        else if (locationId is not null && incident.LocationId != locationId && IsMorePrecise(extracted.PlaceId!, incident))
        {
            incident.LocationId = locationId;
        }
        incident.Sources.Add(source);
        foreach (var (actorId, role) in actors.Distinct())
        {
            if (!incident.Actors.Any(a => a.ActorId == actorId && a.Role == role))
            {
                incident.Actors.Add(new IncidentActor { ActorId = actorId, Role = role });
            }
        }
        incident.Background &= extracted.Background;
        incident.UpdatedAt = now;
        ApplyHeadline(incident);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Incident?> FindMatchAsync(Article article, string type, Extracted.Incident extracted,
        IncidentSource candidate, CancellationToken cancellationToken)
    {
        var places = lexicon.PlaceAndAncestors(extracted.PlaceId!);
        // Only incidents at a place SamePlace can accept, filtered in SQL: loading every incident of the type made
        // each merge cost as much as the whole archive. Articles are not included (their text is most of the
        // database); the dates check needs only their publication dates, read in a second small query.
        var keys = SamePlaceKeys(places);
        var candidates = await db.Incidents
            .Include(i => i.Sources)
            .Include(i => i.Actors)
            .Include(i => i.Location)
            .Where(i => i.Type == type && i.Location != null && keys.Contains(i.Location.Key) && i.Sources.All(s => s.ArticleId != article.Id))
            .OrderBy(i => i.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }
        var articleIds = candidates.SelectMany(i => i.Sources).Select(s => s.ArticleId).Distinct().ToList();
        var published = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.PublishedAt }).ToDictionaryAsync(a => a.Id, a => a.PublishedAt, cancellationToken);
        return candidates.FirstOrDefault(i =>
            SamePlace(places, i.Location!.Key)
            && i.Sources.All(s => CountsCompatible(s.WeaponCount, candidate.WeaponCount))
            && i.Sources.All(s => DatesCompatible(s, published.GetValueOrDefault(s.ArticleId), candidate, article.PublishedAt)));
    }

    /// <summary>The stored location keys <see cref="SamePlace"/> accepts: the place, its ancestors and every place inside it.</summary>
    private List<string> SamePlaceKeys(IReadOnlyList<string> newPlaceAndAncestors) =>
        lexicon.Places.Keys.Where(k => SamePlace(newPlaceAndAncestors, k)).Union(newPlaceAndAncestors, StringComparer.Ordinal).ToList();

    /// <summary>Same place, or one inside the other (a base inside its governorate).</summary>
    private bool SamePlace(IReadOnlyList<string> newPlaceAndAncestors, string storedKey) =>
        newPlaceAndAncestors.Contains(storedKey) || lexicon.PlaceAndAncestors(storedKey).Contains(newPlaceAndAncestors[0]);

    private bool IsMorePrecise(string newPlaceId, Incident incident) =>
        incident.Location is { } current && lexicon.PlaceAndAncestors(newPlaceId).Contains(current.Key) && current.Key != newPlaceId;

    private static bool CountsCompatible(int? a, int? b) => a is null || b is null || a == b;

    /// <summary>
    /// Resolved dates must agree as far as both go ("2024-04" and "2024-04-15" agree). An unresolved month or weekday
    /// cannot contradict an expression of another precision, and agrees with one of its own precision only when the
    /// words are the same. A relative expression with no publication date to anchor it ("الشهر الحالي") says nothing
    /// about the calendar, so it counts as undated. Two undated reports merge only when both articles were published
    /// within a few days.
    /// </summary>
    internal static bool DatesCompatible(IncidentSource a, DateOnly? aPublished, IncidentSource b, DateOnly? bPublished)
    {
        var aDated = IsDated(a);
        var bDated = IsDated(b);
        if (!aDated && !bDated)
        {
            return aPublished is { } x && bPublished is { } y && Math.Abs(x.DayNumber - y.DayNumber) <= UndatedWindowDays;
        }
        if (!aDated || !bDated)
        {
            return false;
        }
        if (a.DateValue is { } va && b.DateValue is { } vb)
        {
            return va.StartsWith(vb, StringComparison.Ordinal) || vb.StartsWith(va, StringComparison.Ordinal);
        }
        if (a.DatePrecision != b.DatePrecision)
        {
            return true;
        }
        return ArabicNormalizer.Fold(a.DateText!) == ArabicNormalizer.Fold(b.DateText!);
    }

    private static bool IsDated(IncidentSource source) =>
        source.DateValue is not null || source.DatePrecision is "day" or "month" or "year" or "weekday";

    /// <summary>Each headline figure is the value most sources report; ties go to the most precise, then the earliest source.</summary>
    internal static void ApplyHeadline(Incident incident)
    {
        var sources = incident.Sources.OrderBy(s => s.ArticleId).ToList();
        incident.WeaponCount = Majority(sources.Select(s => s.WeaponCount));
        incident.Killed = Majority(sources.Select(s => s.Killed));
        incident.Wounded = Majority(sources.Select(s => s.Wounded));
        incident.Intercepted = Majority(sources.Select(s => s.Intercepted));
        var dated = sources.Where(s => s.DateText is not null)
            .OrderByDescending(s => s.DateValue?.Length ?? 0)
            .ThenBy(s => s.ArticleId)
            .FirstOrDefault();
        incident.Date = dated?.DateValue;
        incident.DateText = dated?.DateText;
        incident.DatePrecision = dated?.DateValue switch
        {
            { Length: 10 } => "day",
            { Length: 7 } => "month",
            { Length: 4 } => "year",
            _ => "unknown",
        };
    }

    private static T? Majority<T>(IEnumerable<T?> values) where T : struct =>
        values.Where(v => v.HasValue)
            .GroupBy(v => v!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => (T?)g.Key)
            .FirstOrDefault();
}
