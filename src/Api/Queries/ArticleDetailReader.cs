using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

using static NewsFacts.Api.Queries.HandRead;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The rows an article's detail shows besides its incidents, read by hand on one open of the request's connection:
/// the article (every column but the raw text, which only a re-extraction reads), its actor and place mentions with
/// their actors and places, its dates, and the ids of its incidents. As EF's no-tracking loads did, each mention gets
/// its own actor or place object. Same SQL text on both engines, as in <see cref="IncidentPageReader"/> ("end", a keyword,
/// quoted in lower case: SQLite matches a quoted name in any case, PostgreSQL's is lower case).
/// </summary>
public sealed class ArticleDetailReader(NewsFactsDbContext db)
{
    public sealed record Rows(Article Article, List<int> IncidentIds, List<ActorMention> Actors, List<LocationMention> Locations, List<DateMention> Dates);

    public async Task<Rows?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            Article? article = null;
            await using (var r = await ExecuteAsync(ArticleSql, id, cancellationToken))
            {
                if (await r.ReadAsync(cancellationToken))
                {
                    article = new Article
                    {
                        Id = r.GetInt32(0), Title = r.GetString(1), Source = StringOrNull(r, 2), Url = StringOrNull(r, 3),
                        PublishedAt = r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), ImportedAt = Utc(r.GetDateTime(5)),
                        UpdatedAt = Utc(r.GetDateTime(6)), Byline = StringOrNull(r, 7), Dateline = StringOrNull(r, 8), Text = r.GetString(9),
                        RawText = "", ContentHash = r.GetString(10), RemovedJson = r.GetString(11),
                    };
                }
            }
            if (article is null)
            {
                return null;
            }
            var incidentIds = new List<int>();
            await using (var r = await ExecuteAsync(IncidentIdsSql, id, cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    incidentIds.Add(r.GetInt32(0));
                }
            }
            var actors = new List<ActorMention>();
            await using (var r = await ExecuteAsync(ActorMentionsSql, id, cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    actors.Add(new ActorMention
                    {
                        Id = r.GetInt32(0), ArticleId = id, ActorId = r.GetInt32(1), Start = r.GetInt32(2), End = r.GetInt32(3), Text = r.GetString(4),
                        Actor = new Actor { Id = r.GetInt32(1), Key = r.GetString(5), NameAr = r.GetString(6), NameEn = r.GetString(7), Kind = r.GetString(8) },
                    });
                }
            }
            var locations = new List<LocationMention>();
            await using (var r = await ExecuteAsync(LocationMentionsSql, id, cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    locations.Add(new LocationMention
                    {
                        Id = r.GetInt32(0), ArticleId = id, LocationId = r.GetInt32(1), Start = r.GetInt32(2), End = r.GetInt32(3), Text = r.GetString(4),
                        Location = new Location
                        {
                            Id = r.GetInt32(1), Key = r.GetString(5), NameAr = r.GetString(6), NameEn = r.GetString(7), Country = r.GetString(8),
                            Precision = r.GetString(9), Latitude = r.IsDBNull(10) ? null : r.GetDouble(10), Longitude = r.IsDBNull(11) ? null : r.GetDouble(11),
                        },
                    });
                }
            }
            var dates = new List<DateMention>();
            await using (var r = await ExecuteAsync(DatesSql, id, cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    dates.Add(new DateMention
                    {
                        ArticleId = id, Text = r.GetString(0), Start = r.GetInt32(1), End = r.GetInt32(2), Value = StringOrNull(r, 3),
                        Precision = r.GetString(4), Line = r.IsDBNull(5) ? null : r.GetInt32(5), Until = StringOrNull(r, 6),
                    });
                }
            }
            return new Rows(article, incidentIds, actors, locations, dates);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string ArticleSql = """
        SELECT a.Id, a.Title, a.Source, a.Url, a.PublishedAt, a.ImportedAt, a.UpdatedAt, a.Byline, a.Dateline, a.Text, a.ContentHash, a.RemovedJson
        FROM articles a WHERE a.Id = @id
        """;

    /// <summary>Through the article's sources (indexed by article), not a test of every incident's sources.</summary>
    private const string IncidentIdsSql = """
        SELECT i.Id FROM incidents i WHERE i.Id IN (SELECT s.IncidentId FROM incident_sources s WHERE s.ArticleId = @id) ORDER BY i.Id
        """;

    private const string ActorMentionsSql = """
        SELECT m.Id, m.ActorId, m.Start, m."end", m.Text, x.Key, x.NameAr, x.NameEn, x.Kind
        FROM actor_mentions m JOIN actors x ON x.Id = m.ActorId
        WHERE m.ArticleId = @id ORDER BY m.Start
        """;

    private const string LocationMentionsSql = """
        SELECT m.Id, m.LocationId, m.Start, m."end", m.Text, l.Key, l.NameAr, l.NameEn, l.Country, l.Precision, l.Latitude, l.Longitude
        FROM location_mentions m JOIN locations l ON l.Id = m.LocationId
        WHERE m.ArticleId = @id ORDER BY m.Start
        """;

    private const string DatesSql = """
        SELECT m.Text, m.Start, m."end", m.Value, m.Precision, m.Line, m.Until
        FROM date_mentions m WHERE m.ArticleId = @id ORDER BY m.Line, m.Start
        """;

    private async Task<DbDataReader> ExecuteAsync(string sql, int id, CancellationToken cancellationToken)
    {
        var command = HandRead.Command(db, sql, "@id", id);
        return await command.ExecuteReaderAsync(cancellationToken);
    }
}
