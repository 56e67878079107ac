using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Model;

public enum ActorKind { Military, ArmedGroup, Government, Person, Media, Organization, State }

/// <summary>
/// How precisely a place pins an event (UCDP's where_prec), and what kind of place it is: a base beats a city beats a
/// governorate. The values are ranks, compared with &lt; and &gt;: each kind sits beside the level it pins as well as
/// (an oil field or a border crossing with the sites, a village with the cities, a river, a border or a sea with the
/// regions, below Region so that the incident layer's regional reading still takes them). Only the names reach the
/// wire and the database ("sea", "border-crossing"); the numbers are never stored.
/// </summary>
public enum PlacePrecision
{
    Site = 10,
    Field = 11,
    Dam = 12,
    BorderCrossing = 13,
    Neighbourhood = 18,
    Village = 19,
    City = 20,
    District = 25,
    Area = 27,
    Governorate = 30,
    Mountain = 34,
    Valley = 35,
    River = 36,
    Border = 37,
    Sea = 38,
    Region = 40,
    Country = 50,
}

/// <summary>
/// An actor as the lexicon knows it. <see cref="Id"/> is a stable slug (e.g. "kataib-hezbollah"). <see cref="SharedNames"/>
/// are short names other actors go by too (المقاومة الإسلامية: Iraq's factions, and Lebanon's Hezbollah), each with the
/// countries where it means this actor: an article reads it as the actor its other names or its places point to
/// (<see cref="Extraction.LexiconMatcher"/>).
/// </summary>
public sealed record ActorEntry(
    string Id,
    string NameAr,
    string NameEn,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? SharedNames = null,
    IReadOnlyList<IReadOnlyList<string>>? NamePatterns = null)
{
    /// <summary>
    /// Every name the <see cref="NamePatterns"/> describe: each pattern is a list of slots, each slot its alternatives
    /// joined by "|", an empty alternative making the slot optional. "فصائل|جماعات" · "|مسلحة|متشددة" · "موالية|مدعومة" ·
    /// "لإيران|من إيران" names فصائل موالية لإيران and جماعات متشددة مدعومة من إيران alike: the shape a description takes,
    /// which no list of its spellings covers. They are names to find, not aliases to show.
    /// </summary>
    public IEnumerable<string> PatternNames()
    {
        foreach (var pattern in NamePatterns ?? [])
        {
            IEnumerable<string> names = [""];
            foreach (var slot in pattern)
            {
                var choices = slot.Split('|');
                names = names.SelectMany(n => choices.Select(c => c.Length == 0 ? n : n.Length == 0 ? c : n + " " + c)).ToList();
            }
            foreach (var name in names.Where(n => n.Length > 0))
            {
                yield return name;
            }
        }
    }
}

/// <summary>
/// A place as the lexicon knows it. <see cref="Parent"/> is the id of the enclosing place (a base's governorate).
/// <see cref="LocativeAliases"/> are names that are also common words (القائم، حديثة، تدمر): they name the place only
/// right after a word of place (في، قرب، شرق، قضاء ...), "في القائم" but not "القائم بالأعمال".
/// </summary>
public sealed record PlaceEntry(
    string Id,
    string NameAr,
    string NameEn,
    PlacePrecision Precision,
    string Country,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Aliases,
    string? Parent = null,
    IReadOnlyList<string>? LocativeAliases = null,
    string? Coast = null)
{
    // Coast: for a port or coastal town, the id of the sea its coast faces: a ship attacked off it (قبالة الحديدة، على
    // بعد 60 ميلا بحريا غرب الحديدة) was attacked in that sea.
    /// <summary>
    /// The entry comes from the gazetteer (see GazetteerMerger): only its <see cref="Aliases"/> and
    /// <see cref="LocativeAliases"/> are matched, since its English name is a transliteration that can be an English
    /// word (Hit, Van) and its Arabic name may be one that is read only after a word of place.
    /// </summary>
    public bool FromGazetteer { get; init; }
}

/// <summary>Every word list the pipeline matches against. Loaded from data/lexicons by the host, never by the pipeline.</summary>
public sealed record Lexicons(
    IReadOnlyList<ActorEntry> Actors,
    IReadOnlyList<PlaceEntry> Places,
    IReadOnlyList<string> BoilerplatePhrases,
    IReadOnlyList<string> ArticleEndHeadings)
{
    public static Lexicons Empty { get; } = new([], [], [], []);

    /// <summary>Trigger, weapon, outcome and modality words for incident extraction (incident-terms.json).</summary>
    public IncidentVocabulary IncidentTerms { get; init; } = IncidentVocabulary.Empty;

    /// <summary>Titles and roles that introduce a person's name (titles.txt), one pattern a line.</summary>
    public IReadOnlyList<string> PersonTitles { get; init; } = [];

    /// <summary>Labels of a page's own publication or update time (publication-labels.txt): "آخر تحديث"، "نشر بتاريخ".</summary>
    public IReadOnlyList<string> PublicationLabels { get; init; } = [];

    /// <summary>Variant spellings (spelling-variants.txt), read alike by the lexicon matcher and by search.</summary>
    public SpellingVariants Variants { get; init; } = SpellingVariants.Empty;

    /// <summary>Common words beside the lexicon names (known-words.txt) that a word glued to another may be.</summary>
    public IReadOnlyList<string> KnownWords { get; init; } = [];

    /// <summary>Head nouns, outlet words, citation verbs and given names that shape entities no lexicon lists.</summary>
    public EntityShapes Shapes { get; init; } = EntityShapes.Empty;

    /// <summary>Nouns of kinds of place and the words that read a name as a place (place-shapes.json).</summary>
    public PlaceShapes PlaceShapes { get; init; } = PlaceShapes.Empty;
}

/// <summary>What a noun of a kind of place makes of the name after it: its precision and its English pattern ("{0} village").</summary>
public sealed record PlaceKind(PlacePrecision Precision, string English);

/// <summary>
/// The vocabulary of places found by their shape (see ShapedPlaceFinder) and of the readings of names that are both a
/// place and an actor (see LexiconMatcher).
/// </summary>
/// <param name="Kinds">Nouns of a kind of place (قرية، ناحية، حقل، نهر) and what they make of the name after them.</param>
/// <param name="NotNames">Words after such a noun that make a common phrase, not a name (حقل النفط، منطقة العمليات).</param>
/// <param name="NameOpeners">Words that open compound names and take a definite genitive (تل، عين، أم: قرية تل الذهب).</param>
/// <param name="NameAdjectives">Adjectives that continue a place's name (حقل الرميلة الجنوبي).</param>
/// <param name="RouteWords">Words before بين that make the names it joins places (الطريق السريع بين دمشق وبغداد).</param>
/// <param name="EnvoyWords">Words before لدى that make the name after it a place (سفير تركيا لدى بغداد).</param>
/// <param name="TribalOpeners">A tribe's prefix that opens a village's name, the word after it any name (قرية البو عيثة).</param>
public sealed record PlaceShapes(
    IReadOnlyDictionary<string, PlaceKind> Kinds,
    IReadOnlyList<string> NotNames,
    IReadOnlyList<string> NameOpeners,
    IReadOnlyList<string> NameAdjectives,
    IReadOnlyList<string> RouteWords,
    IReadOnlyList<string> EnvoyWords,
    IReadOnlyList<string>? TribalOpeners = null)
{
    public static PlaceShapes Empty { get; } = new(new Dictionary<string, PlaceKind>(), [], [], [], [], []);
}

/// <summary>The vocabulary of entities found by their shape (entity-shapes.json, given-names.txt); see ShapedEntityFinder.</summary>
public sealed record EntityShapes(
    IReadOnlyDictionary<string, ActorKind> OrganizationHeads,
    IReadOnlyList<string> OutletHeads,
    IReadOnlyList<string> CitedOutletHeads,
    IReadOnlyList<string> AgencyWords,
    IReadOnlyList<string> NewsWords,
    IReadOnlyList<string> CitationWords,
    IReadOnlyList<string> SpeechVerbs,
    IReadOnlyList<string> NameJoiners,
    IReadOnlyList<string> BoundaryWords)
{
    /// <summary>Heads whose genitive may be a lexicon place (حكومة العراق، جامعة الموصل).</summary>
    public IReadOnlyList<string> PlaceHeads { get; init; } = [];

    /// <summary>Heads that name a body only before a genitive: القوات المسلحة is any army, قوات الأسد one.</summary>
    public IReadOnlyList<string> ConstructOnlyHeads { get; init; } = [];

    /// <summary>Heads of a described group that, with the article, take adjectives only (الفصائل المسلحة، not الفصائل الهجوم).</summary>
    public IReadOnlyList<string> AdjectiveOnlyHeads { get; init; } = [];

    public static EntityShapes Empty { get; } = new(new Dictionary<string, ActorKind>(), [], [], [], [], [], [], [], []);

    /// <summary>Nouns of a statement or its source (مصادر، تصريح): the outlet after لـ in their phrase is the one told.</summary>
    public IReadOnlyList<string> StatementWords { get; init; } = [];

    /// <summary>Common given names, one a line.</summary>
    public IReadOnlyList<string> GivenNames { get; init; } = [];
}
