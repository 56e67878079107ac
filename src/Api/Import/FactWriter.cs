using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using ArticleFacts = NewsFacts.TextPipeline.Model.ArticleFacts;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Import;

/// <summary>Maps the pipeline's facts for one article to rows, resolving lexicon ids to canonical entity rows.</summary>
public sealed class FactWriter(NewsFactsDbContext db, LexiconIndex lexicon, IncidentMerger merger)
{
    public async Task WriteAsync(Article article, ArticleFacts facts, DateTime now, CancellationToken cancellationToken)
    {
        var actorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in facts.Actors)
        {
            var actorId = await ActorIdAsync(mention.ActorId, actorIds, now, cancellationToken);
            if (actorId is null) continue;
            db.ActorMentions.Add(new ActorMention
            {
                ArticleId = article.Id, ActorId = actorId.Value, Start = mention.Span.Start, End = mention.Span.End, Text = mention.Span.Text,
            });
        }
        foreach (var person in facts.People)
        {
            var key = "person:" + person.Id;
            if (!actorIds.TryGetValue(key, out var actorId))
            {
                actorId = await UpsertActorAsync(key, person.NameAr, Transliterator.ToLatin(person.NameAr), "person", [], now, cancellationToken);
                actorIds[key] = actorId;
            }
            db.ActorMentions.Add(new ActorMention
            {
                ArticleId = article.Id, ActorId = actorId, Start = person.Span.Start, End = person.Span.End, Text = person.Span.Text,
            });
        }
        var locationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in facts.Places)
        {
            var locationId = await LocationIdAsync(mention.PlaceId, locationIds, cancellationToken);
            if (locationId is null) continue;
            db.LocationMentions.Add(new LocationMention
            {
                ArticleId = article.Id, LocationId = locationId.Value, Start = mention.Span.Start, End = mention.Span.End, Text = mention.Span.Text,
            });
        }
        foreach (var date in facts.Dates)
        {
            db.DateMentions.Add(new DateMention
            {
                ArticleId = article.Id, Text = date.Span.Text, Start = date.Span.Start, End = date.Span.End,
                Value = date.Value, Precision = Wire.Of(date.Precision),
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var incident in facts.Incidents)
        {
            int? locationId = incident.PlaceId is null ? null : await LocationIdAsync(incident.PlaceId, locationIds, cancellationToken);
            var actors = new List<(int ActorId, string Role)>();
            foreach (var id in incident.PerpetratorIds)
            {
                if (await ActorIdAsync(id, actorIds, now, cancellationToken) is { } a) actors.Add((a, "perpetrator"));
            }
            foreach (var id in incident.TargetIds)
            {
                if (await ActorIdAsync(id, actorIds, now, cancellationToken) is { } a) actors.Add((a, "target"));
            }
            await merger.AddAsync(article, incident, locationId, actors, now, cancellationToken);
        }
    }

    private async Task<int?> ActorIdAsync(string lexiconId, Dictionary<string, int> cache, DateTime now, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(lexiconId, out var id)) return id;
        if (!lexicon.Actors.TryGetValue(lexiconId, out var entry)) return null;
        id = await UpsertActorAsync(entry.Id, entry.NameAr, entry.NameEn, Wire.Of(entry.Kind), entry.Aliases, now, cancellationToken);
        cache[lexiconId] = id;
        return id;
    }

    private async Task<int> UpsertActorAsync(string key, string nameAr, string nameEn, string kind, IReadOnlyList<string> aliases, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Actors.Where(a => a.Key == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) return existing.Value;
        var actor = new Actor
        {
            Key = key, NameAr = nameAr, NameEn = nameEn, Kind = kind,
            AliasesJson = JsonSerializer.Serialize(aliases),
            MatchKeys = MatchKeys([nameAr, nameEn, .. aliases]),
            UpdatedAt = now,
        };
        db.Actors.Add(actor);
        await db.SaveChangesAsync(cancellationToken);
        return actor.Id;
    }

    private async Task<int?> LocationIdAsync(string placeId, Dictionary<string, int> cache, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(placeId, out var id)) return id;
        if (!lexicon.Places.TryGetValue(placeId, out var entry)) return null;
        var existing = await db.Locations.Where(l => l.Key == placeId).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            var location = new Location
            {
                Key = entry.Id, NameAr = entry.NameAr, NameEn = entry.NameEn, Country = entry.Country,
                Precision = Wire.Of(entry.Precision), Latitude = entry.Latitude, Longitude = entry.Longitude, ParentKey = entry.Parent,
                MatchKeys = MatchKeys([entry.NameAr, entry.NameEn, .. entry.Aliases]),
            };
            db.Locations.Add(location);
            await db.SaveChangesAsync(cancellationToken);
            existing = location.Id;
        }
        cache[placeId] = existing.Value;
        return existing.Value;
    }

    /// <summary>"|key1|key2|": folded names framed by bars, so a filter can ask for an exact name with LIKE '%|name|%'.</summary>
    public static string MatchKeys(IEnumerable<string> names) =>
        "|" + string.Join('|', names.Select(ArabicNormalizer.Fold).Where(k => k.Length > 0).Distinct()) + "|";
}
