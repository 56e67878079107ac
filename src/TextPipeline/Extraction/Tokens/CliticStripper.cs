using static NewsFacts.TextPipeline.Normalization.ArabicLetters;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Reads a match-key word with its proclitics peeled off: a conjunction (و ف), then a preposition
/// (ب ل ك, with ل + ال written لل), then the article ال. Every reading is kept, because a word may begin
/// with those letters as part of its stem (واشنطن، بغداد، لبنان): callers try each reading against a lexicon.
/// </summary>
public static class CliticStripper
{
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Lam = '\u0644';

    /// <summary>A stem keeps at least this many letters after ل + ال is removed.</summary>
    private const int MinStem = 3;
    private const int MinConjunctionStem = 2;

    public static (string Form, int Offset, bool HadArticle)[] Forms(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<(string, int, bool)>(4);
        Add(result, word, 0);
        if (word.Length == 0 || !IsArabicLetter(word[0]))
        {
            return [.. result];
        }
        // A conjunction may front even a short function word (ولم، فقد), so it needs only two letters after it.
        var conjunction = (word[0] == Waw || word[0] == Feh) && word.Length - 1 >= MinConjunctionStem ? 1 : 0;
        for (var c = 0; c <= conjunction; c++)
        {
            var rest = word[c..];
            if (c == 1)
            {
                Add(result, rest, c);
            }
            // A preposition may front a two-letter word too (لأي، بكل).
            if (rest.Length - 1 < MinConjunctionStem || rest[0] is not (Beh or Lam or Kaf))
            {
                continue;
            }
            if (rest[0] == Lam && rest[1] == Lam && rest.Length - 2 >= MinStem)
            {
                // لل is ل + ال with the alef of the article elided: للتحالف reads التحالف. The span keeps the
                // preposition, since "لتحالف" would show a word the text does not contain.
                AddStem(result, rest[2..], c, hadArticle: true);
            }
            Add(result, rest[1..], c + 1);
        }
        return [.. result];
    }

    /// <summary>The word without the article ال, when enough of it remains to be a word.</summary>
    public static string StripArticle(string word) =>
        HasArticle(word) ? word[2..] : word;

    public static bool HasArticle(string word) =>
        word.Length - 2 >= 2 && word[0] == Alef && word[1] == Lam;

    private static void Add(List<(string, int, bool)> result, string form, int offset) =>
        AddStem(result, StripArticle(form), offset, HasArticle(form));

    private static void AddStem(List<(string, int, bool)> result, string stem, int offset, bool hadArticle)
    {
        foreach (var (existing, _, _) in result)
        {
            if (existing == stem)
            {
                return;
            }
        }
        result.Add((stem, offset, hadArticle));
    }
}
