using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using ArticleFacts = NewsFacts.TextPipeline.Model.ArticleFacts;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Import;

/// <summary>
/// Maps the pipeline's facts for one article to rows, resolving lexicon ids to canonical entity rows. Runs inside the
/// <see cref="ArticleWriter"/>'s transaction with prepared statements; the ids of actors and places already resolved
/// are remembered across articles, since an import meets the same few hundred again and again.
/// </summary>
public sealed class FactWriter(NewsFactsDbContext db, LexiconIndex lexicon, IncidentMerger merger) : IDisposable
{
    /// <summary>Key prefixes of actors and places no lexicon lists: their English name is a romanization of the Arabic.</summary>
    public const string PersonKeyPrefix = "person:";
    public const string ShapedKeyPrefix = NewsFacts.TextPipeline.Model.ShapedPlace.KeyPrefix;

    /// <summary>True for an actor or place no lexicon lists, whose English name is a romanization of its Arabic one.</summary>
    public static bool IsRomanized(string key) =>
        key.StartsWith(PersonKeyPrefix, StringComparison.Ordinal) || key.StartsWith(ShapedKeyPrefix, StringComparison.Ordinal);

    private readonly Dictionary<string, int> _actorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _locationIds = new(StringComparer.Ordinal);
    private Statements? _sql;

    public void Write(int articleId, DateOnly? publishedAt, ArticleFacts facts, DateTime now)
    {
        var sql = _sql ??= new Statements(db.Database.GetDbConnection());
        var mentioned = new HashSet<int>();
        foreach (var mention in facts.Actors)
        {
            if (ActorId(sql, mention.ActorId, now) is not { } actorId) continue;
            sql.InsertActorMention.Execute(articleId, actorId, mention.Span.Start, mention.Span.End, mention.Span.Text);
            mentioned.Add(actorId);
        }
        foreach (var person in facts.People)
        {
            var key = PersonKeyPrefix + person.Id;
            if (!_actorIds.TryGetValue(key, out var actorId))
            {
                actorId = UpsertActor(sql, key, person.NameAr, Transliterator.ToLatin(person.NameAr), "person", [], now);
            }
            sql.InsertActorMention.Execute(articleId, actorId, person.Span.Start, person.Span.End, person.Span.Text);
            mentioned.Add(actorId);
        }
        foreach (var body in facts.Bodies)
        {
            var key = ShapedKeyPrefix + body.Id;
            if (!_actorIds.TryGetValue(key, out var actorId))
            {
                actorId = UpsertActor(sql, key, body.NameAr, Transliterator.ToLatin(body.NameAr), Wire.Of(body.Kind), [], now);
            }
            sql.InsertActorMention.Execute(articleId, actorId, body.Span.Start, body.Span.End, body.Span.Text);
            mentioned.Add(actorId);
        }
        // Once per actor the article names (a trigger per mention cost a tenth of the import); deletions are counted by trigger.
        foreach (var actorId in mentioned)
        {
            sql.CountArticle.Execute(actorId);
        }
        foreach (var mention in facts.Places)
        {
            if (LocationId(sql, mention.PlaceId) is not { } locationId) continue;
            sql.InsertLocationMention.Execute(articleId, locationId, mention.Span.Start, mention.Span.End, mention.Span.Text);
        }
        foreach (var place in facts.ShapedPlaces)
        {
            var key = ShapedKeyPrefix + place.Id;
            if (!_locationIds.TryGetValue(key, out var locationId))
            {
                var nameEn = string.Format(CultureInfo.InvariantCulture, place.Kind.English, Transliterator.ToLatin(place.ProperName));
                var stored = sql.FindLocation.Scalar(key)
                    ?? sql.InsertLocation.Scalar(key, place.NameAr, nameEn, place.Country ?? "", Wire.Of(place.Kind.Precision), null, null, null,
                        MatchKeys([place.NameAr, place.ProperName, nameEn]));
                locationId = _locationIds[key] = Convert.ToInt32(stored, CultureInfo.InvariantCulture);
            }
            sql.InsertLocationMention.Execute(articleId, locationId, place.Span.Start, place.Span.End, place.Span.Text);
        }
        foreach (var date in facts.Dates)
        {
            sql.InsertDateMention.Execute(articleId, date.Span.Text, date.Span.Start, date.Span.End, date.Value, Wire.Of(date.Precision), date.Line, date.Until);
        }
        foreach (var incident in facts.Incidents)
        {
            var locationId = incident.PlaceId is null ? null : LocationId(sql, incident.PlaceId);
            var actors = new List<(int ActorId, string Role)>();
            foreach (var id in incident.PerpetratorIds)
            {
                if (ActorId(sql, id, now) is { } a) actors.Add((a, "perpetrator"));
            }
            foreach (var id in incident.TargetIds)
            {
                if (ActorId(sql, id, now) is { } a) actors.Add((a, "target"));
            }
            merger.Add(articleId, publishedAt, incident, locationId, actors, now);
        }
    }

    /// <summary>Forgets every id remembered: after a rollback some may name rows that are no longer there.</summary>
    public void ForgetIds()
    {
        _actorIds.Clear();
        _locationIds.Clear();
    }

    private int? ActorId(Statements sql, string lexiconId, DateTime now)
    {
        if (_actorIds.TryGetValue(lexiconId, out var id)) return id;
        if (!lexicon.Actors.TryGetValue(lexiconId, out var entry)) return null;
        return UpsertActor(sql, entry.Id, entry.NameAr, entry.NameEn, Wire.Of(entry.Kind), entry.Aliases, now);
    }

    private int UpsertActor(Statements sql, string key, string nameAr, string nameEn, string kind, IReadOnlyList<string> aliases, DateTime now)
    {
        var id = sql.FindActor.Scalar(key)
            ?? sql.InsertActor.Scalar(key, nameAr, nameEn, kind, JsonSerializer.Serialize(aliases), MatchKeys([nameAr, nameEn, .. aliases]), now);
        return _actorIds[key] = Convert.ToInt32(id, CultureInfo.InvariantCulture);
    }

    private int? LocationId(Statements sql, string placeId)
    {
        if (_locationIds.TryGetValue(placeId, out var id)) return id;
        if (!lexicon.Places.TryGetValue(placeId, out var entry)) return null;
        var stored = sql.FindLocation.Scalar(placeId)
            ?? sql.InsertLocation.Scalar(entry.Id, entry.NameAr, entry.NameEn, entry.Country, Wire.Of(entry.Precision), entry.Latitude,
                entry.Longitude, entry.Parent, MatchKeys([entry.NameAr, entry.NameEn, .. entry.Aliases, .. entry.LocativeAliases ?? []]));
        return _locationIds[placeId] = Convert.ToInt32(stored, CultureInfo.InvariantCulture);
    }

    /// <summary>"|key1|key2|": folded names framed by bars, so a filter can ask for an exact name with LIKE '%|name|%'.</summary>
    public static string MatchKeys(IEnumerable<string> names) =>
        "|" + string.Join('|', names.Select(ArabicNormalizer.Fold).Where(k => k.Length > 0).Distinct()) + "|";

    public void Dispose() => _sql?.Dispose();

    private sealed class Statements(System.Data.Common.DbConnection connection) : IDisposable
    {
        // "end" is quoted as a keyword, and lower case for PostgreSQL, where quoting keeps case (SQLite ignores it).
        public SqlStatement InsertActorMention { get; } = SqlStatement.Prepare(connection,
            "INSERT INTO actor_mentions (ArticleId, ActorId, Start, \"end\", Text) VALUES ($article, $actor, $start, $end, $text)",
            "$article", "$actor", "$start", "$end", "$text");

        public SqlStatement InsertLocationMention { get; } = SqlStatement.Prepare(connection,
            "INSERT INTO location_mentions (ArticleId, LocationId, Start, \"end\", Text) VALUES ($article, $location, $start, $end, $text)",
            "$article", "$location", "$start", "$end", "$text");

        public SqlStatement InsertDateMention { get; } = SqlStatement.Prepare(connection,
            "INSERT INTO date_mentions (ArticleId, Text, Start, \"end\", Value, Precision, Line, Until) VALUES ($article, $text, $start, $end, $value, $precision, $line, $until)",
            "$article", "$text", "$start", "$end", "$value", "$precision", "$line", "$until");

        public SqlStatement CountArticle { get; } = SqlStatement.Prepare(connection,
            "INSERT INTO actor_counts (ActorId, Articles, Incidents) VALUES ($actor, 1, 0) ON CONFLICT (ActorId) DO UPDATE SET Articles = actor_counts.Articles + 1",
            "$actor");

        public SqlStatement FindActor { get; } = SqlStatement.Prepare(connection, "SELECT Id FROM actors WHERE Key = $key", "$key");

        public SqlStatement InsertActor { get; } = SqlStatement.Prepare(connection, """
            INSERT INTO actors (Key, NameAr, NameEn, Kind, AliasesJson, MatchKeys, UpdatedAt)
            VALUES ($key, $nameAr, $nameEn, $kind, $aliases, $matchKeys, $updated) RETURNING Id
            """,
            "$key", "$nameAr", "$nameEn", "$kind", "$aliases", "$matchKeys", "$updated");

        public SqlStatement FindLocation { get; } = SqlStatement.Prepare(connection, "SELECT Id FROM locations WHERE Key = $key", "$key");

        public SqlStatement InsertLocation { get; } = SqlStatement.Prepare(connection, """
            INSERT INTO locations (Key, NameAr, NameEn, Country, Precision, Latitude, Longitude, ParentKey, MatchKeys)
            VALUES ($key, $nameAr, $nameEn, $country, $precision, $latitude, $longitude, $parent, $matchKeys) RETURNING Id
            """,
            "$key", "$nameAr", "$nameEn", "$country", "$precision", "$latitude", "$longitude", "$parent", "$matchKeys");

        public void Dispose()
        {
            foreach (var statement in new[] { InsertActorMention, InsertLocationMention, InsertDateMention, CountArticle, FindActor, InsertActor, FindLocation, InsertLocation })
            {
                statement.Dispose();
            }
        }
    }
}
