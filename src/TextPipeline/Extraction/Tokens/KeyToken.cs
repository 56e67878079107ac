namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// A word of the match key. <see cref="Forms"/> are the ways to read it with proclitics peeled off, each
/// without the article (Forms[0] is the word itself, article dropped); <see cref="FormOffsets"/> give, per
/// form, where the word starts once its clitic letters are skipped (the article, if any, stays inside).
/// </summary>
/// <param name="Start">Offset in the match key.</param>
/// <param name="Length">Length in the match key.</param>
/// <param name="Text">The key text of the word.</param>
/// <param name="BreakBefore">True when a hard separator (comma, period, colon, dash, newline) precedes the word.</param>
/// <param name="Forms">Article-less readings of the word, the word itself first.</param>
/// <param name="FormOffsets">Per form, the offset inside the word where its clitics end.</param>
/// <param name="HasArticle">Per form, whether the text carried the article ال.</param>
/// <remarks>
/// Arrays rather than read-only interfaces: term sets loop over the forms of every token, and a foreach over an
/// IReadOnlyList allocates an enumerator each time. Shared between tokens of the same word; never written to.
/// </remarks>
public sealed record KeyToken(
    int Start,
    int Length,
    string Text,
    bool BreakBefore,
    string[] Forms,
    int[] FormOffsets,
    bool[] HasArticle)
{
    public int End => Start + Length;

    /// <summary>The word without its article, no clitics removed.</summary>
    public string Bare => Forms[0];

    public bool IsArabic => Text.Length > 0 && Normalization.ArabicLetters.IsArabicLetter(Text[0]);

    /// <summary>The word opens with the one-letter proclitic <paramref name="clitic"/> (بطائرة، لاعتراضه), peeled off in its forms.</summary>
    public bool Carries(char clitic) => Forms.Length > 1 && Text[0] == clitic;

    /// <summary>A definite nisba adjective: العسكري، الرسمية، الأمريكية.</summary>
    public bool IsDefiniteNisba => HasArticle[0] && Bare.Length >= 3 && Normalization.ArabicLetters.EndsAsNisba(Bare);
}
