using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Builds the inputs the extraction stages take from a sentence, as the pipeline does.</summary>
public static class StageInput
{
    public static IncidentTerms Terms { get; } = new(TestLexicons.Fixture.IncidentTerms);

    public static MatchKey Key(string text) => ArabicNormalizer.ToMatchKey(text);

    public static IReadOnlyList<KeyToken> Tokens(string text) => CliticTokenizer.Tokenize(Key(text).Key);

    public static MentionIndex<NumberMention> Numbers(string text) => NumberMention.ByKey(NumberReader.Find(Key(text)));

    /// <summary>Index of the first token whose text (folded) starts with the given word.</summary>
    public static int IndexOf(IReadOnlyList<KeyToken> tokens, string word)
    {
        var folded = ArabicNormalizer.Fold(word);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == folded)
            {
                return i;
            }
        }
        throw new InvalidOperationException(word + " not found");
    }
}
