using System.Text;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Search;

/// <summary>Turns text into search terms: the same chain for indexed documents and for queries.</summary>
public static class SearchAnalyzer
{
    /// <summary>The operator word between clauses; upper case only, so the English word "or" stays a term.</summary>
    public const string OrOperator = "OR";

    private const char LeftDoubleQuote = '\u201C';
    private const char RightDoubleQuote = '\u201D';
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';

    /// <summary>
    /// Function words in match-key form. Dropped on both sides, so a phrase query still matches
    /// the indexed text, whose stopwords were dropped the same way.
    /// </summary>
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "لم", "لن", "ما",
        "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "هو", "هي", "كان", "كانت", "بين", "حيث",
        "و", "ف", "ب", "ل", "ك", "ايضا", "وقد", "كما", "الا", "اي", "منذ", "عند", "اذا", "بعد", "قبل",
    };

    /// <summary>
    /// Normalized, stemmed tokens of a text, in order. A word the variant table knows is spelled as the table writes it
    /// before it is stemmed (الاميركيه → امريك), on both sides, so a query finds every spelling of its word.
    /// </summary>
    public static IReadOnlyList<string> Terms(string text, SpellingVariants? variants = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        foreach (var token in KeyTokenizer.FoldedWords(text))
        {
            if (!Stopwords.Contains(token))
            {
                terms.Add(LightStemmer.Stem(variants?.Canonical(token) ?? token));
            }
        }
        return terms;
    }

    /// <summary>
    /// The text an FTS index stores for a document: its terms joined by spaces, as <see cref="Terms"/> gives them.
    /// Every article of an import goes through here, so the words are read as spans of the folded text and each
    /// word's term is remembered (see <see cref="TermOf"/>), rather than cut, tested and stemmed word by word.
    /// </summary>
    public static string IndexText(string text, SpellingVariants? variants = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = ArabicNormalizer.Fold(text);
        var result = new StringBuilder(key.Length);
        foreach (var (start, length) in KeyTokenizer.Words(key))
        {
            var word = key.AsSpan(start, length);
            if ((variants is not null && variants.TryCanonical(word, out var written) ? TermOf[written] : TermOf[word]) is { } term)
            {
                if (result.Length > 0) result.Append(' ');
                result.Append(term);
            }
        }
        return result.ToString();
    }

    /// <summary>The index term of each folded word seen so far, null for a stopword.</summary>
    private static readonly BoundedMemo<string?> TermOf = new(100_000, word => Stopwords.Contains(word) ? null : LightStemmer.Stem(word));

    /// <summary>
    /// Parses a user query: words and "quoted phrases" are clauses joined by AND, <c>OR</c> between two
    /// clauses makes them alternatives. Every other character the user types is only a word separator.
    /// </summary>
    /// <exception cref="ArgumentException">An unbalanced quote, or nothing searchable left after analysis.</exception>
    public static AnalyzedQuery AnalyzeQuery(string q, SpellingVariants? variants = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        var clauses = new List<QueryClause>();
        var pendingOr = false;
        var inQuote = false;
        var chunk = new StringBuilder();
        foreach (var ch in q)
        {
            if (!IsQuote(ch))
            {
                chunk.Append(ch);
                continue;
            }
            if (inQuote)
            {
                AddPhrase(chunk.ToString(), variants, clauses, ref pendingOr);
            }
            else
            {
                AddWords(chunk.ToString(), variants, clauses, ref pendingOr);
            }
            chunk.Clear();
            inQuote = !inQuote;
        }
        if (inQuote)
        {
            throw new ArgumentException("The query has an unbalanced quote: close the phrase with a second \".", nameof(q));
        }
        AddWords(chunk.ToString(), variants, clauses, ref pendingOr);
        if (clauses.Count == 0)
        {
            throw new ArgumentException("The query has no searchable words (only operators, punctuation or very common words).", nameof(q));
        }
        return new AnalyzedQuery(q, string.Join(' ', KeyTokenizer.FoldedWords(q)), clauses);
    }

    private static void AddWords(string chunk, SpellingVariants? variants, List<QueryClause> clauses, ref bool pendingOr)
    {
        foreach (var word in chunk.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == OrOperator)
            {
                // A leading, trailing or doubled OR has nothing to join and is ignored.
                pendingOr = clauses.Count > 0;
                continue;
            }
            foreach (var term in Terms(word, variants))
            {
                clauses.Add(new QueryClause([term], IsPhrase: false, OrWithPrevious: pendingOr));
                pendingOr = false;
            }
        }
    }

    private static void AddPhrase(string chunk, SpellingVariants? variants, List<QueryClause> clauses, ref bool pendingOr)
    {
        var terms = Terms(chunk, variants);
        if (terms.Count == 0)
        {
            return;
        }
        clauses.Add(new QueryClause(terms, IsPhrase: terms.Count > 1, OrWithPrevious: pendingOr));
        pendingOr = false;
    }

    private static bool IsQuote(char ch) => ch is '"' or LeftDoubleQuote or RightDoubleQuote or LeftGuillemet or RightGuillemet;
}
