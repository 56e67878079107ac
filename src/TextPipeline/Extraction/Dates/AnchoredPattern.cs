using System.Text.RegularExpressions;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// A date pattern run only around the words every match must contain (a month name, a weekday, قبل/منذ …).
/// The patterns open with optional words (qualifiers, parts of day) whose first letters are most of the alphabet, so
/// run on a whole article the regex engine tries a match at nearly every character. Here one pass over the words finds
/// the anchor words, and the regex runs on a window of whole words around each: the same matches as
/// <c>pattern.Matches(key)</c>, for a fraction of the work.
/// </summary>
/// <remarks>
/// Exact when the window sizes bound the pattern: <c>wordsBefore</c> at least the words a match can have before its
/// anchor (plus what a leading lookbehind reads), <c>wordsAfter</c> at least those before plus those after the anchor
/// plus what a trailing lookahead reads (a match starting before one anchor may hold a later one). A window starts
/// after whitespace and ends before it, so the lookarounds read the same characters at its edges as in the text.
/// </remarks>
public sealed class AnchoredPattern
{
    private readonly int _wordsBefore;
    private readonly int _wordsAfter;
    private readonly Regex _pattern;
    private readonly HashSet<string> _anchors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _digitAnchors;
    private readonly OpeningFilter _openings = new();

    /// <param name="anchors">
    /// Whole words of which every match has one; one clitic و/ف/ب/ل may precede them. An anchor of digits is matched
    /// at the start of a number ("20" anchors 2024).
    /// </param>
    public AnchoredPattern(Regex pattern, IEnumerable<string> anchors, int wordsBefore, int wordsAfter)
    {
        _pattern = pattern;
        _wordsBefore = wordsBefore;
        _wordsAfter = wordsAfter;
        var all = anchors.ToList();
        _anchors = new HashSet<string>(all.Where(a => !a.All(char.IsDigit)), StringComparer.Ordinal);
        _lookup = _anchors.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var anchor in _anchors)
        {
            _openings.Add(anchor);
        }
        _digitAnchors = all.Where(a => a.All(char.IsDigit)).ToArray();
    }

    /// <summary>The matches of the pattern in <paramref name="key"/>, whose words are <paramref name="words"/>.</summary>
    public IEnumerable<Match> Matches(string key, WordRuns words)
    {
        var at = 0;
        foreach (var (runStart, runLength) in words.Runs)
        {
            if (runStart < at || AnchorIn(key.AsSpan(runStart, runLength)) is not { } offset)
            {
                continue;
            }
            var anchor = runStart + offset;
            var start = WordsBack(key, anchor, _wordsBefore);
            var end = WordsForward(key, anchor, _wordsAfter);
            var m = _pattern.Match(key, start, end - start);
            while (m.Success && m.Index < at)
            {
                m = m.NextMatch();
            }
            // A match that starts after this anchor holds a later one, and is found from there with its full window.
            if (m.Success && m.Index <= anchor)
            {
                yield return m;
                at = m.Index + m.Length;
            }
        }
    }

    /// <summary>Where in the word an anchor starts: 0, 1 after a clitic, null when the word is no anchor.</summary>
    private int? AnchorIn(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0]))
        {
            foreach (var digits in _digitAnchors)
            {
                if (word.StartsWith(digits, StringComparison.Ordinal)) return 0;
            }
            return null;
        }
        if (IsAnchor(word)) return 0;
        return word.Length > 1 && word[0] is '\u0648' or '\u0641' or '\u0628' or '\u0644' && IsAnchor(word[1..]) ? 1 : null;
    }

    private bool IsAnchor(ReadOnlySpan<char> word) =>
        _openings.MayOpen(word) && _lookup.Contains(word);

    /// <summary>The start of the word <paramref name="words"/> words before the one at <paramref name="index"/>.</summary>
    private static int WordsBack(string key, int index, int words)
    {
        var i = index;
        while (i > 0 && !char.IsWhiteSpace(key[i - 1])) i--;
        for (var w = 0; w < words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(key[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(key[i - 1])) i--;
        }
        return i;
    }

    /// <summary>The end of the word <paramref name="words"/> words after the one at <paramref name="index"/>.</summary>
    private static int WordsForward(string key, int index, int words)
    {
        var i = index;
        while (i < key.Length && !char.IsWhiteSpace(key[i])) i++;
        for (var w = 0; w < words && i < key.Length; w++)
        {
            while (i < key.Length && char.IsWhiteSpace(key[i])) i++;
            while (i < key.Length && !char.IsWhiteSpace(key[i])) i++;
        }
        return i;
    }
}

/// <summary>The maximal runs of letters and of digits of a text: its words and numbers, found once for all patterns.</summary>
public sealed class WordRuns
{
    private WordRuns(List<(int Start, int Length)> runs) => Runs = runs;

    public IReadOnlyList<(int Start, int Length)> Runs { get; }

    public static WordRuns Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<(int, int)>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var letter = char.IsLetter(text[i]);
            if (!letter && !char.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (++i < text.Length && (letter ? char.IsLetter(text[i]) : char.IsDigit(text[i])))
            {
            }
            runs.Add((start, i - start));
        }
        return new WordRuns(runs);
    }
}
