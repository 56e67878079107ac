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
    IReadOnlyList<LexiconMatch>? Towns = null);
