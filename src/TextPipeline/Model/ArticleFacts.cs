namespace NewsFacts.TextPipeline.Model;

/// <summary>What the host hands the pipeline: the decoded text of one article and what it knows about it.</summary>
/// <param name="Text">The article text as decoded (boilerplate and all).</param>
/// <param name="Title">A title given by the source (HTML title, JSON field); null to take the first substantive line.</param>
/// <param name="PublishedAt">Publication date; anchors relative and weekday dates. Null leaves them unresolved.</param>
/// <param name="Source">Outlet or byline given by the source, if any.</param>
public sealed record ArticleInput(string Text, string? Title = null, DateOnly? PublishedAt = null, string? Source = null);

/// <summary>A line dropped by the boilerplate remover, kept for audit.</summary>
public sealed record RemovedLine(int LineNumber, string Text, string Reason);

/// <summary>The article after cleaning: <see cref="Text"/> is the display text every offset points into.</summary>
public sealed record CleanArticle(
    string Title,
    string Text,
    string? Byline,
    string? Dateline,
    IReadOnlyList<RemovedLine> Removed);

public enum DatePrecision { Day, Month, Year, Weekday, Relative, Unknown, Range }

/// <summary>A date expression. <see cref="Value"/> is "YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as it resolves, else null.</summary>
public sealed record DateMention(TextSpan Span, string? Value, DatePrecision Precision)
{
    /// <summary>
    /// Null when <see cref="Span"/> points into the display text; else the <see cref="RemovedLine.LineNumber"/> of the
    /// line cleaning removed (a page stamp, a banner, the headline) that it points into.
    /// </summary>
    public int? Line { get; init; }

    /// <summary>For a <see cref="DatePrecision.Range"/>, its last day ("YYYY-MM-DD"); <see cref="Value"/> is its first.</summary>
    public string? Until { get; init; }
}

public sealed record ActorMention(string ActorId, TextSpan Span);

public sealed record PlaceMention(string PlaceId, TextSpan Span);

/// <summary>A person found from a title or role, not in the lexicon. <see cref="Id"/> is a slug of the Arabic name.</summary>
public sealed record PersonMention(string Id, string NameAr, string? Role, TextSpan Span);

/// <summary>
/// An organization or outlet no lexicon lists, found by its shape (a head noun and its genitive, an outlet cited).
/// <see cref="Id"/> is stable: the folded words of the name, the clitics before it off, joined by '-'.
/// </summary>
public sealed record ShapedEntity(string Id, string NameAr, ActorKind Kind, TextSpan Span);

/// <summary>
/// A place no lexicon lists, found by its shape: a noun of a kind of place and its proper name (قرية نجها). <see cref="Id"/>
/// is stable: the noun's and the name's folded words, joined by '-'. <see cref="Country"/> is that of a lexicon place the
/// text puts beside it, else null.
/// </summary>
/// <param name="ProperName">The name without the noun of its kind (نجها), which the host romanizes.</param>
/// <param name="Kind">The kind the noun gives: the precision and the English pattern ("{0} village").</param>
public sealed record ShapedPlace(string Id, string NameAr, string ProperName, PlaceKind Kind, string? Country, TextSpan Span)
{
    /// <summary>What a place id of an incident starts with when the place is one of these ("shape:" and <see cref="Id"/>).</summary>
    public const string KeyPrefix = "shape:";

    /// <summary>The first token of the noun of its kind, and the tokens it covers with its name.</summary>
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }

    /// <summary>The id an incident placed here carries.</summary>
    public string PlaceId => KeyPrefix + Id;
}

/// <summary>Kind of attack: drone, rocket, missile, shelling, explosion, airstrike, ied (roadside bomb) or other.</summary>
public enum IncidentType { Drone, Rocket, Missile, Shelling, Explosion, Airstrike, Ied, Other }

/// <summary>How the article reports the incident.</summary>
public enum Stance { Reported, Claimed, Confirmed, Denied }

/// <summary>The field of an incident a span of words supports.</summary>
public enum IncidentField { Type, Place, Date, WeaponCount, Intercepted, Killed, Wounded, Perpetrator, Target }

/// <summary>
/// The words that support one value of an incident: <see cref="Value"/> is the value as the wire writes it (a number,
/// "true"/"false", a type, a place or actor id, a date's value or its words), <see cref="Span"/> the words in the text.
/// </summary>
public sealed record FieldSupport(IncidentField Field, string Value, TextSpan Span);

/// <summary>
/// One concrete attack the article reports. <see cref="Evidence"/> runs from its first supporting sentence to its
/// last; <see cref="Sentences"/> are the sentences that support it, and <see cref="Support"/> the words behind each
/// of its values.
/// </summary>
public sealed record Incident(
    IncidentType Type,
    TextSpan Evidence,
    string? PlaceId,
    DateMention? Date,
    int? WeaponCount,
    bool? Intercepted,
    int? Killed,
    int? Wounded,
    IReadOnlyList<string> PerpetratorIds,
    IReadOnlyList<string> TargetIds,
    string? Attribution,
    Stance Stance,
    bool Background,
    string SummaryEn)
{
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];

    public IReadOnlyList<FieldSupport> Support { get; init; } = [];
}

/// <summary>Everything the pipeline extracts from one article.</summary>
public sealed record ArticleFacts(
    CleanArticle Article,
    string ContentHash,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Incident> Incidents)
{
    /// <summary>The publication date the dates were resolved against: the input's, else the one the page states on a
    /// labelled line ("آخر تحديث: 28 كانون الثاني 2024"); null when neither is known.</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>Organizations and outlets no lexicon lists, found by their shape (see ShapedEntityFinder).</summary>
    public IReadOnlyList<ShapedEntity> Bodies { get; init; } = [];

    /// <summary>Places no lexicon lists, found by the noun of their kind (see ShapedPlaceFinder).</summary>
    public IReadOnlyList<ShapedPlace> ShapedPlaces { get; init; } = [];
}
