using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

using static NewsFacts.Api.Queries.HandRead;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The rows a page of incidents shows, read by hand for a list of ids: each incident with its place, its sources (with
/// their articles' titles) and its actors, on one open of the request's connection. The three EF projections this
/// replaced cost, for 50 incidents, more than SQLite did to find them: each query's expression tree walked and looked
/// up again, its command built, the connection opened and closed around it, and a materializer per row.
/// The SQL is the same text on both engines (PostgreSQL folds the unquoted names to its lower-case ones); only the
/// id list is passed differently.
/// </summary>
public sealed class IncidentPageReader(NewsFactsDbContext db)
{
    /// <param name="ids">The incidents to read; ids that no longer exist are left out.</param>
    /// <param name="tabular">As CSV and GeoJSON show them: sources without titles, evidence and support (see <see cref="IncidentQuery.ToTabularResponsesAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The incidents by id, their sources ordered by id, and the source articles' titles (empty when tabular).</returns>
    public async Task<(Dictionary<int, Incident> Incidents, Dictionary<int, string> Titles)> ReadAsync(
        IReadOnlyList<int> ids, bool tabular, CancellationToken cancellationToken)
    {
        var incidents = new Dictionary<int, Incident>(ids.Count);
        var titles = new Dictionary<int, string>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var reader = await ExecuteAsync(IncidentsSql, ids, cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var incident = ReadIncident(reader);
                    incidents[incident.Id] = incident;
                }
            }
            await using (var reader = await ExecuteAsync(tabular ? TabularSourcesSql : SourcesSql, ids, cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var source = tabular ? ReadTabularSource(reader) : ReadSource(reader);
                    incidents[source.IncidentId].Sources.Add(source);
                    titles[source.ArticleId] = tabular ? "" : reader.GetString(16);
                }
            }
            await using (var reader = await ExecuteAsync(ActorsSql, ids, cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var actor = new IncidentActor
                    {
                        IncidentId = reader.GetInt32(0), ActorId = reader.GetInt32(1), Role = reader.GetString(2),
                        Actor = new Actor
                        {
                            Id = reader.GetInt32(1), Key = reader.GetString(3), NameAr = reader.GetString(4), NameEn = reader.GetString(5),
                            Kind = reader.GetString(6),
                        },
                    };
                    incidents[actor.IncidentId].Actors.Add(actor);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return (incidents, titles);
    }

    /// <summary>The ids as the engine takes a list: a JSON array SQLite reads with json_each, an array PostgreSQL compares with ANY.</summary>
    private const string IdsSqlite = "(SELECT value FROM json_each(@ids))";

    private const string IncidentsSql = """
        SELECT i.Id, i.Type, i.Date, i.DatePrecision, i.DateText, i.FirstReported, i.LocationId, i.WeaponCount, i.Intercepted,
               i.Killed, i.Wounded, i.SummaryEn, i.Background, i.UpdatedAt,
               l.Id, l.Key, l.NameAr, l.NameEn, l.Country, l.Precision, l.Latitude, l.Longitude
        FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId
        WHERE i.Id IN {ids}
        """;

    private const string SourcesSql = """
        SELECT s.Id, s.IncidentId, s.ArticleId, s.EvidenceStart, s.EvidenceEnd, s.EvidenceText, s.Attribution, s.Stance, s.DateValue,
               s.DatePrecision, s.DateText, s.WeaponCount, s.Intercepted, s.Killed, s.Wounded, s.Support, a.Title
        FROM incident_sources s JOIN articles a ON a.Id = s.ArticleId
        WHERE s.IncidentId IN {ids}
        ORDER BY s.Id
        """;

    private const string TabularSourcesSql = """
        SELECT s.Id, s.IncidentId, s.ArticleId, s.Stance, s.DateValue, s.WeaponCount, s.Intercepted, s.Killed, s.Wounded
        FROM incident_sources s
        WHERE s.IncidentId IN {ids}
        ORDER BY s.Id
        """;

    private const string ActorsSql = """
        SELECT a.IncidentId, a.ActorId, a.Role, x.Key, x.NameAr, x.NameEn, x.Kind
        FROM incident_actors a JOIN actors x ON x.Id = a.ActorId
        WHERE a.IncidentId IN {ids}
        """;

    private async Task<DbDataReader> ExecuteAsync(string sql, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var command = HandRead.Command(db, sql.Replace("IN {ids}", sqlite ? "IN " + IdsSqlite : "= ANY(@ids)", StringComparison.Ordinal),
            "@ids", sqlite ? "[" + string.Join(',', ids) + "]" : ids.ToArray());
        // Disposing the reader disposes its command.
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, cancellationToken);
    }

    private static Incident ReadIncident(DbDataReader r) => new()
    {
        Id = r.GetInt32(0), Type = r.GetString(1), Date = StringOrNull(r, 2), DatePrecision = r.GetString(3), DateText = StringOrNull(r, 4),
        FirstReported = r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), LocationId = IntOrNull(r, 6),
        WeaponCount = IntOrNull(r, 7), Intercepted = BoolOrNull(r, 8), Killed = IntOrNull(r, 9), Wounded = IntOrNull(r, 10),
        SummaryEn = r.GetString(11), Background = r.GetBoolean(12), UpdatedAt = Utc(r.GetDateTime(13)),
        Location = r.IsDBNull(14) ? null : new Location
        {
            Id = r.GetInt32(14), Key = r.GetString(15), NameAr = r.GetString(16), NameEn = r.GetString(17), Country = r.GetString(18),
            Precision = r.GetString(19), Latitude = DoubleOrNull(r, 20), Longitude = DoubleOrNull(r, 21),
        },
    };

    private static IncidentSource ReadSource(DbDataReader r) => new()
    {
        Id = r.GetInt32(0), IncidentId = r.GetInt32(1), ArticleId = r.GetInt32(2), EvidenceStart = r.GetInt32(3), EvidenceEnd = r.GetInt32(4),
        EvidenceText = r.GetString(5), Attribution = StringOrNull(r, 6), Stance = r.GetString(7), DateValue = StringOrNull(r, 8),
        DatePrecision = StringOrNull(r, 9), DateText = StringOrNull(r, 10), WeaponCount = IntOrNull(r, 11), Intercepted = BoolOrNull(r, 12),
        Killed = IntOrNull(r, 13), Wounded = IntOrNull(r, 14), Support = StringOrNull(r, 15),
    };

    private static IncidentSource ReadTabularSource(DbDataReader r) => new()
    {
        Id = r.GetInt32(0), IncidentId = r.GetInt32(1), ArticleId = r.GetInt32(2), EvidenceText = "", Stance = r.GetString(3),
        DateValue = StringOrNull(r, 4), WeaponCount = IntOrNull(r, 5), Intercepted = BoolOrNull(r, 6), Killed = IntOrNull(r, 7),
        Wounded = IntOrNull(r, 8),
    };
}
