using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>An actor or place name found in the text, with the tokens it covers.</summary>
/// <param name="Id">Actor or place id in the lexicon.</param>
/// <param name="IsPlace">True for a place, false for an actor.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens it covers.</param>
/// <param name="Span">Display span of the name, without the leading clitic letters.</param>
/// <param name="AfterPreposition">True when a preposition (a clitic ب ل ك or a word such as في) introduces it.</param>
public sealed record LexiconMatch(string Id, bool IsPlace, int FirstToken, int TokenCount, TextSpan Span, bool AfterPreposition)
{
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Names by the tokens they cover, for the fillers that look for the names near a word.</summary>
    public static MentionIndex<LexiconMatch> ByToken(IReadOnlyList<LexiconMatch> matches) => new(matches, m => m.FirstToken, m => m.EndToken);

    /// <summary>Names by their display spans, for the names inside given sentences.</summary>
    public static MentionIndex<LexiconMatch> ByDisplay(IReadOnlyList<LexiconMatch> matches) => new(matches, m => m.Span.Start, m => m.Span.End);
}
