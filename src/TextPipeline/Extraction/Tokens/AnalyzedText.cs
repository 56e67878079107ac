using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>What the earlier stages found in one cleaned article, handed to incident extraction.</summary>
/// <param name="Key">Match key of the display text, with its offset map.</param>
/// <param name="Tokens">Words of the match key.</param>
/// <param name="Sentences">Sentence spans of the display text.</param>
/// <param name="Entities">Actor and place names found by the <see cref="LexiconMatcher"/>.</param>
/// <param name="Dates">Date expressions.</param>
/// <param name="Numbers">Number expressions.</param>
/// <param name="TitleSiteId">The one base the title names, if it names exactly one: the antecedent of "القاعدة" when the body has none.</param>
/// <param name="PublishedAt">The publication date the dates were resolved against, if known.</param>
/// <param name="Towns">Gazetteer towns found in the text (not in <paramref name="Entities"/>): they place an attack only when nothing else does.</param>
public sealed record AnalyzedText(
    MatchKey Key,
    IReadOnlyList<KeyToken> Tokens,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<LexiconMatch> Entities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<NumberMention> Numbers,
    string? TitleSiteId = null,
    DateOnly? PublishedAt = null,
    IReadOnlyList<LexiconMatch>? Towns = null)
{
    /// <summary>
    /// Places the text names that no lexicon lists, found by their shape (ناحية سيدكان), by the id their mentions in
    /// <see cref="Towns"/> carry, with their kind's precision (and the country the text puts them in).
    /// </summary>
    public IReadOnlyDictionary<string, PlaceEntry> FoundPlaces { get; init; } = new Dictionary<string, PlaceEntry>();

    /// <summary>
    /// The headline's tokens and numbers (on its own match key; no date inside), when the article has one: not part of
    /// the text, it yields no incident, but its casualty figures are checked against the body's.
    /// </summary>
    public (IReadOnlyList<KeyToken> Tokens, IReadOnlyList<NumberMention> Numbers)? Headline { get; init; }

    private (IReadOnlyList<DateMention> Of, DateMention[] ByStart, int[] Starts, int[] Covered)? _dateTokens;
    private (IReadOnlyList<LexiconMatch> Of, MentionIndex<LexiconMatch> ByToken, MentionIndex<LexiconMatch> ByDisplay)? _entityIndex;
    private (IReadOnlyList<NumberMention> Of, MentionIndex<NumberMention> ByKey)? _numberIndex;

    /// <summary>
    /// <see cref="Entities"/> by the tokens they cover (<see cref="LexiconMatch.FirstToken"/> to <see cref="LexiconMatch.EndToken"/>),
    /// built once: the incident layer asks for the names near each event word. A copy made with other entities
    /// (<c>text with { Entities = towns }</c>) builds its own.
    /// </summary>
    public MentionIndex<LexiconMatch> EntitiesByToken => EntityIndex().ByToken;

    /// <summary><see cref="Entities"/> by their display spans: the names inside given sentences.</summary>
    public MentionIndex<LexiconMatch> EntitiesByDisplay => EntityIndex().ByDisplay;

    /// <summary><see cref="Numbers"/> by their match-key ranges (<see cref="NumberMention.KeyStart"/> to <see cref="NumberMention.KeyEnd"/>).</summary>
    public MentionIndex<NumberMention> NumbersByKey
    {
        get
        {
            if (_numberIndex is not { } index || !ReferenceEquals(index.Of, Numbers))
            {
                _numberIndex = index = (Numbers, NumberMention.ByKey(Numbers));
            }
            return index.ByKey;
        }
    }

    private (IReadOnlyList<LexiconMatch> Of, MentionIndex<LexiconMatch> ByToken, MentionIndex<LexiconMatch> ByDisplay) EntityIndex()
    {
        if (_entityIndex is not { } index || !ReferenceEquals(index.Of, Entities))
        {
            _entityIndex = index = (Entities, LexiconMatch.ByToken(Entities), LexiconMatch.ByDisplay(Entities));
        }
        return index;
    }

    /// <summary>
    /// Tokens covered by the dates that start at a token in [<paramref name="from"/>, <paramref name="to"/>): two binary
    /// searches on an index built once. Counting them by walking every date cost the incident layer the product of its
    /// triggers and the article's dates, the square of a page made of dated attacks.
    /// </summary>
    public int DateTokenCount(int from, int to)
    {
        var (_, _, starts, covered) = DateIndex();
        return covered[LowerBound(starts, to)] - covered[LowerBound(starts, from)];
    }

    /// <summary>
    /// The dates whose first token (the first token at or after their start) is in [<paramref name="from"/>,
    /// <paramref name="to"/>), in the order of <see cref="Dates"/> among dates on the same token: what a walk of every
    /// date filtered on that range yields, without the walk.
    /// </summary>
    public IEnumerable<DateMention> DatesStartingIn(int from, int to)
    {
        var (_, byStart, starts, _) = DateIndex();
        for (var i = LowerBound(starts, from); i < starts.Length && starts[i] < to; i++)
        {
            yield return byStart[i];
        }
    }

    private (IReadOnlyList<DateMention>, DateMention[], int[], int[]) DateIndex()
    {
        if (_dateTokens is { } index && ReferenceEquals(index.Of, Dates))
        {
            return index;
        }
        // OrderBy is stable: dates on one token keep their order.
        var spans = Dates.Select(d => (Date: d, Start: TokenAfter(d.Span.Start), End: TokenAfter(d.Span.End)))
            .OrderBy(s => s.Start).ToArray();
        var covered = new int[spans.Length + 1];
        for (var i = 0; i < spans.Length; i++)
        {
            covered[i + 1] = covered[i] + spans[i].End - spans[i].Start;
        }
        _dateTokens = index = (Dates, spans.Select(s => s.Date).ToArray(), spans.Select(s => s.Start).ToArray(), covered);
        return index;
    }

    private int TokenAfter(int displayOffset) => CliticTokenizer.FirstAtOrAfter(Tokens, CliticTokenizer.ToKeyOffset(Key, displayOffset));

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }
        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }
        return index;
    }
}
