using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Import;

/// <summary>The loaded lexicons by id, for turning the pipeline's lexicon ids into entity rows.</summary>
public sealed class LexiconIndex(Lexicons lexicons)
{
    public IReadOnlyDictionary<string, ActorEntry> Actors { get; } = lexicons.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PlaceEntry> Places { get; } = lexicons.Places.ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>The place's id and the ids of every place that contains it (a base, its governorate, its country).</summary>
    public IReadOnlyList<string> PlaceAndAncestors(string id)
    {
        var result = new List<string>();
        for (var current = id; current is not null && result.Count < 8 && !result.Contains(current); current = Places.GetValueOrDefault(current)?.Parent)
        {
            result.Add(current);
        }
        return result;
    }
}
