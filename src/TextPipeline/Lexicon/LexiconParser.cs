using System.Text.Json;
using System.Text.Json.Serialization;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Lexicon;

/// <summary>
/// Parses lexicon file contents (the host reads the files; the pipeline never does I/O).
/// JSON lexicons are arrays of entries in camelCase with kebab-case enums ("armed-group", "site");
/// phrase lists are one phrase a line, '#' starting a comment.
/// </summary>
public static class LexiconParser
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// Every lexicon, from the contents of the files under data/lexicons as <paramref name="readFile"/> returns them
    /// (null for a missing file, which yields an empty list). The one place that knows the file names.
    /// </summary>
    public static Lexicons ParseAll(Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        var actors = ParseActors(readFile("actors.json") ?? "[]");
        var places = GazetteerMerger.Merge(
            ParsePlaces(readFile("places.json") ?? "[]"),
            actors,
            ParsePlaces(readFile("places-geonames.json") ?? "[]"),
            ParsePhrases(readFile("gazetteer-stopwords.txt") ?? ""),
            ParsePhrases(readFile("gazetteer-locative.txt") ?? ""));
        return new(actors, places, ParsePhrases(readFile("boilerplate.txt") ?? ""), ParsePhrases(readFile("article-end.txt") ?? ""))
        {
            IncidentTerms = ParseIncidentTerms(readFile("incident-terms.json") ?? "{}"),
            PersonTitles = ParsePhrases(readFile("titles.txt") ?? ""),
            PublicationLabels = ParsePhrases(readFile("publication-labels.txt") ?? ""),
            KnownWords = ParsePhrases(readFile("known-words.txt") ?? ""),
            Shapes = ParseShapes(readFile("entity-shapes.json") ?? "null") with { GivenNames = ParsePhrases(readFile("given-names.txt") ?? "") },
            Variants = new SpellingVariants(ParsePhrases(readFile("spelling-variants.txt") ?? "")),
            PlaceShapes = ParsePlaceShapes(readFile("place-shapes.json") ?? "null"),
        };
    }

    public static IReadOnlyList<ActorEntry> ParseActors(string json) =>
        JsonSerializer.Deserialize<List<ActorEntry>>(json, Options) ?? [];

    public static IReadOnlyList<PlaceEntry> ParsePlaces(string json) =>
        JsonSerializer.Deserialize<List<PlaceEntry>>(json, Options) ?? [];

    public static IncidentVocabulary ParseIncidentTerms(string json) =>
        JsonSerializer.Deserialize<IncidentVocabulary>(json, Options) ?? IncidentVocabulary.Empty;

    public static EntityShapes ParseShapes(string json) =>
        JsonSerializer.Deserialize<EntityShapes>(json, Options) ?? EntityShapes.Empty;

    public static PlaceShapes ParsePlaceShapes(string json) =>
        JsonSerializer.Deserialize<PlaceShapes>(json, Options) ?? PlaceShapes.Empty;

    public static IReadOnlyList<string> ParsePhrases(string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
