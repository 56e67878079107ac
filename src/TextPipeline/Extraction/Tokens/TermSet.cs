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
    private readonly Dictionary<string, List<Element[]>>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
    // Terms whose first token is a stem prefix, keyed by that prefix: a form is looked up by each of its own prefixes
    // (a few dictionary probes) instead of being compared with every prefix term.
    private readonly Dictionary<string, List<Element[]>> _prefixFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Element[]>>.AlternateLookup<ReadOnlySpan<char>> _prefixFirstSpan;
    private readonly int _shortestPrefix = int.MaxValue;
    private readonly int _longestPrefix;
    // The first two letters of every term's first token: most words of a sentence start no term of a given set, and
    // one bit test turns them away before any dictionary probe. Null when a term starts with a one-letter stem prefix,
    // which words of any opening can start.
    private readonly OpeningFilter? _openings = new();

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
            var index = elements[0].IsPrefix ? _prefixFirst : _byFirst;
            if (!index.TryGetValue(elements[0].Text, out var list))
            {
                index[elements[0].Text] = list = [];
            }
            list.Add(elements);
            if (elements[0].IsPrefix && elements[0].Text.Length < 2)
            {
                _openings = null;
            }
            else
            {
                _openings?.Add(elements[0].Text);
            }
            if (elements[0].IsPrefix)
            {
                _shortestPrefix = Math.Min(_shortestPrefix, elements[0].Text.Length);
                _longestPrefix = Math.Max(_longestPrefix, elements[0].Text.Length);
            }
        }
        _byFirstSpan = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFirstSpan = _prefixFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TermSet Empty { get; } = new([]);

    /// <summary>Number of tokens of the longest term starting at token <paramref name="index"/>, 0 when none.</summary>
    public int MatchAt(IReadOnlyList<KeyToken> tokens, int index, int limit = int.MaxValue)
    {
        var best = 0;
        var forms = tokens[index].Forms;
        for (var f = 0; f < forms.Length; f++)
        {
            var form = forms[f];
            if (_openings is not null && !_openings.MayOpen(form))
            {
                continue;
            }
            if (_byFirst.TryGetValue(form, out var candidates))
            {
                foreach (var elements in candidates)
                {
                    best = Math.Max(best, Rest(tokens, index, elements, limit));
                }
            }
            if (HasTanweenAlef(form) && _byFirstSpan.TryGetValue(form.AsSpan(0, form.Length - 1), out var accusative))
            {
                foreach (var elements in accusative)
                {
                    if (elements[0].TakesTanweenAlef)
                    {
                        best = Math.Max(best, Rest(tokens, index, elements, limit));
                    }
                }
            }
            for (var length = _shortestPrefix; length <= Math.Min(_longestPrefix, form.Length); length++)
            {
                if (_prefixFirstSpan.TryGetValue(form.AsSpan(0, length), out var prefixed))
                {
                    foreach (var elements in prefixed)
                    {
                        best = Math.Max(best, Rest(tokens, index, elements, limit));
                    }
                }
            }
        }
        return best;
    }

    /// <summary>True when a term starts at any token in [from, to).</summary>
    /// <summary>Whether the set holds this folded, article-less word as a one-word whole-word term (no stem, no tanween).</summary>
    public bool HoldsWord(string word) =>
        _byFirst.TryGetValue(word, out var terms) && terms.Exists(term => term.Length == 1 && !term[0].IsPrefix);

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

    private static bool HasTanweenAlef(string form) => form.Length > TanweenMinStem && form[^1] == Alef;

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
            : form == Text || TakesTanweenAlef && HasTanweenAlef(form) && form.AsSpan(0, form.Length - 1).SequenceEqual(Text);
    }
}
