using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// A compiled word list. Terms are folded and stripped of the article; a trailing '*' makes a token a stem
/// prefix; multi-word terms match consecutive tokens that no hard separator splits. The first token of a
/// term may carry proclitics (وبالهجوم reads هجوم); later tokens only lose their article. A whole-word term of
/// three letters or more also matches its indefinite accusative, written with a final alef (هجوما، قتيلا، رتلا),
/// unless the term already ends in alef or taa marbuta, which take no such alef.
/// </summary>
public sealed class TermSet
{
    private const char PrefixMark = '*';
    private const char Alef = '\u0627';
    private const char Heh = '\u0647';
    private const int TanweenMinStem = 3;

    private readonly Dictionary<string, List<Element[]>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<Element[]> _prefixFirst = [];

    public TermSet(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            var elements = Compile(term);
            if (elements.Length == 0)
            {
                continue;
            }
            if (elements[0].IsPrefix)
            {
                _prefixFirst.Add(elements);
            }
            else
            {
                if (!_byFirst.TryGetValue(elements[0].Text, out var list))
                {
                    _byFirst[elements[0].Text] = list = [];
                }
                list.Add(elements);
            }
        }
    }

    public static TermSet Empty { get; } = new([]);

    /// <summary>Number of tokens of the longest term starting at token <paramref name="index"/>, 0 when none.</summary>
    public int MatchAt(IReadOnlyList<KeyToken> tokens, int index, int limit = int.MaxValue)
    {
        var best = 0;
        foreach (var form in tokens[index].Forms)
        {
            if (_byFirst.TryGetValue(form, out var candidates))
            {
                foreach (var elements in candidates)
                {
                    best = Math.Max(best, Rest(tokens, index, elements, limit));
                }
            }
            if (WithoutTanweenAlef(form) is { } stem && _byFirst.TryGetValue(stem, out var accusative))
            {
                foreach (var elements in accusative.Where(e => e[0].TakesTanweenAlef))
                {
                    best = Math.Max(best, Rest(tokens, index, elements, limit));
                }
            }
            foreach (var elements in _prefixFirst)
            {
                if (form.StartsWith(elements[0].Text, StringComparison.Ordinal))
                {
                    best = Math.Max(best, Rest(tokens, index, elements, limit));
                }
            }
        }
        return best;
    }

    /// <summary>True when a term starts at any token in [from, to).</summary>
    public bool AnyIn(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (MatchAt(tokens, i, to) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Index of the first token in [from, to) where a term starts, or -1.</summary>
    public int FirstIn(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (MatchAt(tokens, i, to) > 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static int Rest(IReadOnlyList<KeyToken> tokens, int index, Element[] elements, int limit)
    {
        if (index + elements.Length > Math.Min(limit, tokens.Count))
        {
            return 0;
        }
        for (var k = 1; k < elements.Length; k++)
        {
            var token = tokens[index + k];
            if (token.BreakBefore || !elements[k].Matches(token.Bare))
            {
                return 0;
            }
        }
        return elements.Length;
    }

    private static string? WithoutTanweenAlef(string form) =>
        form.Length > TanweenMinStem && form[^1] == Alef ? form[..^1] : null;

    private static Element[] Compile(string term)
    {
        var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var elements = new List<Element>(parts.Length);
        foreach (var part in parts)
        {
            var prefix = part.EndsWith(PrefixMark);
            var folded = ArabicNormalizer.Fold(prefix ? part[..^1] : part);
            if (folded.Length == 0)
            {
                continue;
            }
            elements.Add(new Element(CliticStripper.StripArticle(folded), prefix));
        }
        return [.. elements];
    }

    private readonly record struct Element(string Text, bool IsPrefix)
    {
        public bool TakesTanweenAlef => !IsPrefix && Text.Length >= TanweenMinStem && Text[^1] is not (Alef or Heh);

        public bool Matches(string form) =>
            IsPrefix ? form.StartsWith(Text, StringComparison.Ordinal)
            : form == Text || TakesTanweenAlef && WithoutTanweenAlef(form) == Text;
    }
}
