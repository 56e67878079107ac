using System.Security.Cryptography;
using System.Text;
using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Segmentation;

namespace NewsFacts.TextPipeline;

/// <summary>
/// The one place that knows the order of the stages. Text in, facts out: no I/O, no clock, no logging.
/// </summary>
public sealed class ArticlePipeline(Lexicons lexicons)
{
    private readonly BoilerplateRemover _boilerplate = new(lexicons);
    private readonly LexiconMatcher _entities = new(lexicons);
    private readonly GluedWordSplitter _glued = new(lexicons);
    private readonly ShapedEntityFinder _shapes = new(lexicons);
    private readonly ShapedPlaceFinder _shapedPlaces = new(lexicons);
    private readonly PersonExtractor _people = new(lexicons.PersonTitles, lexicons.Actors);
    // Incidents anchor on curated places first: a gazetteer town (AnalyzedText.Towns) places only an attack told as one
    // event that no curated place near it places, since the extractor prefers the most precise place near a trigger and a
    // town named in an official's title (مدير ناحية ...) must not pull an incident away from the place the text gives.
    private readonly IncidentExtractor _incidents = new(lexicons);
    private readonly HashSet<string> _gazetteerPlaces = lexicons.Places.Where(p => p.FromGazetteer).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    // A title's place is looked up here, not by a walk over the whole gazetteer: that walk was 1% of an import's CPU.
    private readonly HashSet<string> _sites = lexicons.Places.Where(p => p.Precision == PlacePrecision.Site).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    public Lexicons Lexicons { get; } = lexicons;

    /// <summary>
    /// Runs every stage on one article. <paramref name="cancellationToken"/> is checked between stages and inside the
    /// long loops (an import's time budget arrives as a token that cancels itself): a cancelled run throws
    /// <see cref="OperationCanceledException"/> and leaves nothing behind.
    /// </summary>
    public ArticleFacts Run(ArticleInput input, CancellationToken cancellationToken = default) => Run(input, cancellationToken, null);

    /// <summary>
    /// <see cref="Run(ArticleInput, CancellationToken)"/>, telling <paramref name="stageEnded"/> the name of each stage as
    /// it ends, in order: the complexity check and the corpus profile time the stages of this very run, not a copy of it
    /// that could drift from it. The stages end where the cancellation is checked.
    /// </summary>
    public ArticleFacts Run(ArticleInput input, CancellationToken cancellationToken, Action<string>? stageEnded)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        void Ended(string stage)
        {
            stageEnded?.Invoke(stage);
            cancellationToken.ThrowIfCancellationRequested();
        }
        // Display normalization comes first: every later offset points into the display text.
        // Boilerplate goes next, so no later stage can extract a fact from site chrome; everything
        // below sees only clean.Text.
        var display = ArabicNormalizer.ToDisplay(input.Text);
        Ended(Stages.DisplayNormalization);
        var clean = _boilerplate.Remove(display, input.Title);
        var publishedAt = input.PublishedAt ?? StatedDate(clean);
        Ended(Stages.Cleaning);
        var sentences = SentenceSplitter.Split(clean.Text);
        Ended(Stages.Sentences);
        // One match key and one tokenization serve every finder, so their token indices agree.
        var key = ArabicNormalizer.ToMatchKey(clean.Text);
        Ended(Stages.KeyNormalization);
        var tokens = CliticTokenizer.Tokenize(key.Key, _glued);
        Ended(Stages.Tokenization);
        // Dates before numbers: a day number inside a date ("21 مايو") is not a count.
        var dates = DateExtractor.Extract(key, publishedAt);
        Ended(Stages.Dates);
        var chromeDates = RemovedLineDates(clean, publishedAt).ToList();
        if (publishedAt is null && chromeDates.Where(d => IsAnchor(clean, d)).MaxBy(d => d.Value) is { } stated)
        {
            var anchor = DateOnly.ParseExact(stated.Value!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            dates = Anchored(dates, DateExtractor.Extract(key, anchor));
            chromeDates = Anchored(chromeDates, RemovedLineDates(clean, anchor).ToList());
        }
        Ended(Stages.ChromeDates);
        var numbers = OutsideDates(NumberReader.Find(key), dates);
        Ended(Stages.Numbers);
        // Names before people (a lexicon name is not a new person) and before incidents (places anchor them).
        var entities = _entities.Match(key, tokens);
        Ended(Stages.LexiconNames);
        var people = _people.Extract(key, tokens, entities);
        Ended(Stages.People);
        // Places found by their shape (ناحية سيدكان) before incidents: like the gazetteer's towns, they place an attack
        // that nothing else places.
        var shapedPlaces = _shapedPlaces.Find(key, tokens, entities);
        Ended(Stages.ShapedPlaces);
        var anchors = entities.Where(e => !e.IsPlace || !_gazetteerPlaces.Contains(e.Id)).ToList();
        var towns = entities.Where(e => e.IsPlace && _gazetteerPlaces.Contains(e.Id))
            .Concat(shapedPlaces.Select(p => new LexiconMatch(p.PlaceId, true, p.FirstToken, p.TokenCount, p.Span, false))).ToList();
        var title = Title(clean.Title);
        var incidents = _incidents.Extract(new AnalyzedText(key, tokens, sentences, anchors, dates, numbers, title is null ? null : TitleSite(title.Value), publishedAt, towns)
        {
            // A title that opens the text is its first words (a page with no headline line), not a headline of its own:
            // its figures are the first sentence's, cut short, and no second statement to agree with.
            Headline = title is null || clean.Text.StartsWith(clean.Title.Trim(), StringComparison.Ordinal) ? null : Headline(title.Value, publishedAt),
            // The extractor reads a found place's precision; its English name is the host's to romanize.
            FoundPlaces = shapedPlaces.Select(p => new PlaceEntry(p.PlaceId, p.NameAr, "", p.Kind.Precision, p.Country ?? "", null, null, [])).DistinctBy(p => p.Id).ToDictionary(p => p.Id),
        }, cancellationToken);
        Ended(Stages.Incidents);
        // People and organizations found by their shape come last and reach no incident: the extractor sees the actors it saw before.
        var (bodies, shapedPeople) = _shapes.Find(key, tokens, entities, people);
        Ended(Stages.ShapedEntities);
        var actors = entities.Where(e => !e.IsPlace).Select(e => new ActorMention(e.Id, e.Span)).ToList();
        var places = entities.Where(e => e.IsPlace).Select(e => new PlaceMention(e.Id, e.Span)).ToList();
        // Dates on removed lines come last: they are mentions of the page, but no stage above may read them.
        var allDates = dates.Concat(chromeDates).ToList();
        var facts = new ArticleFacts(clean, HashOfKey(key.Key), sentences, actors, [.. people, .. shapedPeople], places, allDates, incidents)
        {
            PublishedAt = publishedAt,
            Bodies = bodies,
            ShapedPlaces = shapedPlaces,
        };
        Ended(Stages.Facts);
        return facts;
    }

    /// <summary>The names <see cref="Run(ArticleInput, CancellationToken, Action{string})"/> gives its stages, in their order.</summary>
    public static class Stages
    {
        public const string DisplayNormalization = "normalization (display)";
        public const string Cleaning = "cleaning";
        public const string Sentences = "sentences";
        public const string KeyNormalization = "normalization (match key)";
        public const string Tokenization = "tokenization";
        public const string Dates = "dates";
        public const string ChromeDates = "dates of removed lines";
        public const string Numbers = "numbers";
        public const string LexiconNames = "lexicon names";
        public const string People = "people";
        public const string Incidents = "incident layer";
        public const string ShapedEntities = "shaped entities";
        public const string ShapedPlaces = "shaped places";
        public const string Facts = "facts and hash";
    }

    /// <summary>
    /// The numbers that do not start inside a date. Both lists are in text order, so one walk pairs them: a lookup of
    /// every date per number cost the product of the two (an article of thousands of dates and numbers, quadratic).
    /// </summary>
    private static List<NumberMention> OutsideDates(IReadOnlyList<NumberMention> numbers, IReadOnlyList<DateMention> dates)
    {
        var byStart = dates.OrderBy(d => d.Span.Start).ToList();
        var inside = new bool[numbers.Count];
        var next = 0;
        var reach = -1;
        foreach (var i in Enumerable.Range(0, numbers.Count).OrderBy(i => numbers[i].Span.Start))
        {
            while (next < byStart.Count && byStart[next].Span.Start <= numbers[i].Span.Start)
            {
                reach = Math.Max(reach, byStart[next].Span.End);
                next++;
            }
            inside[i] = numbers[i].Span.Start < reach;
        }
        var kept = numbers.Where((_, i) => !inside[i]).ToList();
        return kept;
    }

    /// <summary>
    /// An article with no publication date may still date itself on its chrome: the date line of a quoted tweet
    /// ("— U.S. Central Command (@CENTCOMArabic) November 17, 2022"), a line in Latin script that cleaning removed. A
    /// banner or headline is no anchor: a site's "today" banner says when the page was seen, not written. The latest
    /// such day anchors what needs a reference ("يوليو"، "أمس"، "الجمعة"), but the article may be a day or a
    /// week later than it, so those values are kept only to the month (a year stays a year).
    /// </summary>
    private static bool IsAnchor(CleanArticle clean, DateMention date) =>
        date is { Precision: DatePrecision.Day, Value: not null }
        && clean.Removed.Any(line => line.LineNumber == date.Line && line.Reason == BoilerplateRemover.ReasonLatinChrome);

    private static List<DateMention> Anchored(IReadOnlyList<DateMention> plain, IReadOnlyList<DateMention> anchored) =>
        plain.Zip(anchored, (p, a) => p.Value is null && a.Value is { } value
            ? p with { Value = value.Length > 7 ? value[..7] : value }
            : p).ToList();

    /// <summary>Removed lines that belong to this article's page and may carry its dates: not teasers of other articles.</summary>
    private static readonly HashSet<string> DatedChrome = new(StringComparer.Ordinal)
    {
        BoilerplateRemover.ReasonTitle, BoilerplateRemover.ReasonPublicationTime, BoilerplateRemover.ReasonByline,
        BoilerplateRemover.ReasonLatinChrome, BoilerplateRemover.ReasonLabel,
    };

    /// <summary>
    /// The dates of the page's own chrome that cleaning removed ("آخر تحديث 2019-12-28"، a banner "الخميس 31 أكتوبر 2024
    /// الموافق 28 ربيع الثاني 1446"، a headline, a quoted tweet's date line), each pointing into its line.
    /// </summary>
    private static IEnumerable<DateMention> RemovedLineDates(CleanArticle clean, DateOnly? publishedAt) =>
        clean.Removed.Where(line => DatedChrome.Contains(line.Reason))
            .SelectMany(line => DateExtractor.Extract(line.Text, publishedAt).Select(date => date with { Line = line.LineNumber }));

    /// <summary>The title's match key and tokens, made once for what is read of it; none for an empty title.</summary>
    private (MatchKey Key, IReadOnlyList<KeyToken> Tokens)? Title(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var key = ArabicNormalizer.ToMatchKey(title);
        return (key, CliticTokenizer.Tokenize(key.Key, _glued));
    }

    /// <summary>The headline's tokens and its numbers outside its dates, read for the casualty figures it states.</summary>
    private static (IReadOnlyList<KeyToken>, IReadOnlyList<NumberMention>) Headline((MatchKey Key, IReadOnlyList<KeyToken> Tokens) title, DateOnly? publishedAt) =>
        (title.Tokens, OutsideDates(NumberReader.Find(title.Key), DateExtractor.Extract(title.Key, publishedAt)));

    /// <summary>
    /// The one base a title names. The title is not part of the cleaned text, so it yields no facts of its own,
    /// but "القاعدة" in an article titled after a base means that base.
    /// </summary>
    private string? TitleSite((MatchKey Key, IReadOnlyList<KeyToken> Tokens) title)
    {
        var sites = _entities.Match(title.Key, title.Tokens)
            .Where(m => m.IsPlace && _sites.Contains(m.Id))
            .Select(m => m.Id).Distinct().ToList();
        return sites.Count == 1 ? sites[0] : null;
    }

    /// <summary>
    /// The cleaning stages of <see cref="Run(ArticleInput, CancellationToken)"/> alone, with no fact extracted: what an import stores when facts are
    /// switched off, the baseline that measures what extraction costs.
    /// </summary>
    public ArticleFacts Clean(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clean = _boilerplate.Remove(ArabicNormalizer.ToDisplay(input.Text), input.Title);
        return new ArticleFacts(clean, ContentHash(clean.Text), [], [], [], [], [], []) { PublishedAt = input.PublishedAt ?? StatedDate(clean) };
    }

    /// <summary>
    /// An article that comes with no publication date may state one in its chrome: the date on the first line cleaning
    /// removed as the page's own timestamp ("آخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45").
    /// </summary>
    private static DateOnly? StatedDate(CleanArticle clean) =>
        clean.Removed.Where(line => line.Reason == BoilerplateRemover.ReasonPublicationTime)
            .Select(line => PublicationDateReader.DateOf(line.Text))
            .FirstOrDefault(date => date is not null);

    /// <summary>SHA-256 of the match key of the cleaned text: copies that differ only in diacritics, marks or spacing are one article.</summary>
    public static string ContentHash(string displayText) => HashOfKey(ArabicNormalizer.ToMatchKey(displayText).Key);

    /// <summary>The hash of a match key already computed, so <see cref="Run(ArticleInput, CancellationToken)"/> does not fold the text a second time.</summary>
    private static string HashOfKey(string matchKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(matchKey)));
}
