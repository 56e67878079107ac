using System.Globalization;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>Actors named by a filter value: an id, or any of their names and aliases in any spelling.</summary>
public static class ActorFilter
{
    public static IQueryable<int> Matching(NewsFactsDbContext db, string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return db.Actors.Where(a => a.Id == id).Select(a => a.Id);
        }
        var key = IncidentQuery.Framed(value);
        return db.Actors.Where(a => a.Key == value || a.MatchKeys.Contains(key)).Select(a => a.Id);
    }
}
