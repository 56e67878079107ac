using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The timeline and the stats. A dashboard's usual questions (everything, or by type, country and date range) are
/// answered from the incident summary tables, a few thousand rows whatever the archive's size; other filters count
/// the matching incidents themselves. Both ways give the same answer (tested filter by filter).
/// </summary>
public sealed class IncidentAggregates(NewsFactsDbContext db, IncidentQuery incidents)
{
    public Task<TimelineResponse> TimelineAsync(TimelineRequest request, CancellationToken cancellationToken) =>
        request.FiltersOnlyTypeCountryOrDates
            ? TimelineFromSummaryAsync(request, cancellationToken)
            : TimelineFromIncidentsAsync(request, cancellationToken);

    public Task<StatsResponse> StatsAsync(IncidentFilterRequest request, CancellationToken cancellationToken) =>
        request.FiltersOnlyTypeCountryOrDates
            ? StatsFromSummaryAsync(request, cancellationToken)
            : StatsFromIncidentsAsync(request, cancellationToken);

    /// <summary>How many incidents the filters select (an incident list's total); <paramref name="filtered"/> is <see cref="IncidentQuery.Filter"/> of the request.</summary>
    public async Task<int> CountAsync(IncidentFilterRequest request, IQueryable<Incident> filtered, CancellationToken cancellationToken) =>
        request.FiltersOnlyTypeCountryOrDates
            ? await Days(request).SumAsync(d => d.Incidents, cancellationToken)
            : await filtered.CountAsync(cancellationToken);

    internal async Task<TimelineResponse> TimelineFromSummaryAsync(TimelineRequest request, CancellationToken cancellationToken)
    {
        var counts = await Days(request).GroupBy(d => d.Date)
            .Select(g => new Timeline.DateCount(g.Key, g.Sum(d => d.Incidents), g.Sum(d => d.Killed), g.Sum(d => d.Wounded)))
            .ToListAsync(cancellationToken);
        return Timeline.Build(request.Interval, counts);
    }

    internal async Task<TimelineResponse> TimelineFromIncidentsAsync(TimelineRequest request, CancellationToken cancellationToken)
    {
        // Grouped in the database by stored date: one row per day at most, whatever the number of incidents.
        var counts = await incidents.Filter(request).GroupBy(i => i.Date)
            .Select(g => new Timeline.DateCount(g.Key, g.Count(), g.Sum(i => i.Killed ?? 0), g.Sum(i => i.Wounded ?? 0)))
            .ToListAsync(cancellationToken);
        return Timeline.Build(request.Interval, counts);
    }

    internal async Task<StatsResponse> StatsFromSummaryAsync(IncidentFilterRequest request, CancellationToken cancellationToken)
    {
        // One pass over the (Type, Country, ...) index gives both breakdowns; grouped apart, each sorted every row.
        var cells = await Days(request).GroupBy(d => new { d.Type, d.Country })
            .Select(g => new { g.Key.Type, g.Key.Country, Count = g.Sum(d => d.Incidents) })
            .ToListAsync(cancellationToken);
        var byType = cells.GroupBy(c => c.Type).Select(g => new CountResponse(g.Key, null, null, g.Sum(c => c.Count))).ToList();
        var byCountry = cells.Where(c => c.Country != "").GroupBy(c => c.Country)
            .Select(g => new CountResponse(g.Key, g.Key, null, g.Sum(c => c.Count))).ToList();
        var filtered = incidents.Filter(request);
        // The places summary has no dates: a date range counts the places from the incidents.
        var byLocation = request.From is null && request.To is null
            ? await PlacesFromSummaryAsync(request, cancellationToken)
            : await ByLocationAsync(filtered, cancellationToken);
        return await AssembleAsync(request, filtered, cells.Sum(c => c.Count), byType, byCountry, byLocation, cancellationToken);
    }

    internal async Task<StatsResponse> StatsFromIncidentsAsync(IncidentFilterRequest request, CancellationToken cancellationToken)
    {
        var filtered = incidents.Filter(request);
        var byType = await filtered.GroupBy(i => i.Type).Select(g => new CountResponse(g.Key, null, null, g.Count()))
            .ToListAsync(cancellationToken);
        var byCountry = await filtered.Where(i => i.Location != null).GroupBy(i => i.Location!.Country)
            .Select(g => new CountResponse(g.Key, g.Key, null, g.Count())).ToListAsync(cancellationToken);
        var byLocation = await ByLocationAsync(filtered, cancellationToken);
        return await AssembleAsync(request, filtered, await filtered.CountAsync(cancellationToken), byType, byCountry, byLocation, cancellationToken);
    }

    /// <summary>Summary rows under the type, country and date filters.</summary>
    private IQueryable<IncidentDay> Days(IncidentFilterRequest request)
    {
        var days = db.IncidentDays.AsNoTracking();
        if (request.Type.Count > 0)
        {
            var types = request.TypeNames;
            days = days.Where(d => types.Contains(d.Type));
        }
        if (request.Country is { Length: > 0 } country)
        {
            var countries = incidents.CountriesNamed(country);
            days = days.Where(d => countries.Contains(d.Country));
        }
        return days.Overlapping(d => d.Date, request.From, request.To);
    }

    private async Task<List<CountResponse>> PlacesFromSummaryAsync(IncidentFilterRequest request, CancellationToken cancellationToken)
    {
        var places = db.IncidentPlaces.AsNoTracking();
        if (request.Type.Count > 0)
        {
            var types = request.TypeNames;
            places = places.Where(p => types.Contains(p.Type));
        }
        var counts = places.GroupBy(p => p.LocationId).Select(g => new { LocationId = g.Key, Count = g.Sum(p => p.Incidents) });
        var locations = db.Locations.AsNoTracking();
        if (request.Country is { Length: > 0 } country)
        {
            var countries = incidents.CountriesNamed(country);
            locations = locations.Where(l => countries.Contains(l.Country));
        }
        return await counts.Join(locations, c => c.LocationId, l => l.Id, (c, l) => new CountResponse(l.Id.ToString(), l.NameEn, l.NameAr, c.Count))
            .ToListAsync(cancellationToken);
    }

    private static Task<List<CountResponse>> ByLocationAsync(IQueryable<Incident> filtered, CancellationToken cancellationToken) =>
        filtered.Where(i => i.Location != null).GroupBy(i => new { i.Location!.Id, i.Location.NameEn, i.Location.NameAr })
            .Select(g => new CountResponse(g.Key.Id.ToString(), g.Key.NameEn, g.Key.NameAr, g.Count())).ToListAsync(cancellationToken);

    /// <summary>The actor counts and the archive's totals, around the incident counts either way found.</summary>
    private async Task<StatsResponse> AssembleAsync(IncidentFilterRequest request, IQueryable<Incident> filtered, int total, List<CountResponse> byType,
        List<CountResponse> byCountry, List<CountResponse> byLocation, CancellationToken cancellationToken)
    {
        var ids = filtered.Select(i => i.Id);
        // Unfiltered, every incident counts: testing each actor row against the list of all incidents made this the
        // slowest part of the request (160 ms against 30 ms at 290k incidents).
        var actorRows = request.SelectsAll ? db.IncidentActors : db.IncidentActors.Where(a => ids.Contains(a.IncidentId));
        // Counted per actor id first, from the (ActorId, IncidentId) index alone; grouped by the joined names, the same
        // count sorted every row (160 ms against 8 ms at 100k actor rows).
        var actorCounts = await actorRows.GroupBy(a => a.ActorId)
            .Select(g => new { ActorId = g.Key, Count = g.Select(a => a.IncidentId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var actorIds = actorCounts.Select(c => c.ActorId).ToList();
        var names = await db.Actors.AsNoTracking().Where(a => EF.Parameter(actorIds).Contains(a.Id)).Select(a => new { a.Id, a.NameEn, a.NameAr })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var byActor = actorCounts.Select(c => new CountResponse(c.ActorId.ToString(CultureInfo.InvariantCulture), names[c.ActorId].NameEn,
            names[c.ActorId].NameAr, c.Count)).ToList();
        return new StatsResponse(
            total, await db.Articles.CountAsync(cancellationToken),
            await db.Actors.CountAsync(cancellationToken), await db.Locations.CountAsync(cancellationToken),
            Largest(byType), Largest(byCountry), Largest(byLocation), Largest(byActor));
    }

    private static List<CountResponse> Largest(List<CountResponse> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
}
