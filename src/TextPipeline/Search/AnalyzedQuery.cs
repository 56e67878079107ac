namespace NewsFacts.TextPipeline.Search;

/// <summary>A user query after analysis: clauses of stemmed terms, ready to become an FTS5 MATCH expression.</summary>
/// <param name="Text">The query as the user typed it.</param>
/// <param name="Normalized">The match key of the query, tokens joined by single spaces (for logs and caching).</param>
/// <param name="Clauses">Clauses in order; each is ANDed with the previous one unless <see cref="QueryClause.OrWithPrevious"/>.</param>
public sealed record AnalyzedQuery(string Text, string Normalized, IReadOnlyList<QueryClause> Clauses)
{
    /// <summary>
    /// The FTS5 MATCH expression. Every term is a double-quoted string (terms hold only letters and digits,
    /// so no quote can be inside), hence no FTS5 syntax the user typed (NEAR, *, ^, column filters) reaches MATCH.
    /// FTS5 binds AND tighter than OR, so <c>a b OR c</c> reads (a AND b) OR c.
    /// </summary>
    public string ToFts5Match()
    {
        var parts = new List<string>(Clauses.Count * 2);
        foreach (var clause in Clauses)
        {
            if (parts.Count > 0)
            {
                parts.Add(clause.OrWithPrevious ? "OR" : "AND");
            }
            parts.Add(clause.ToFts5());
        }
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The same query as a PostgreSQL tsquery literal: a term is a quoted lexeme, a phrase its lexemes joined by
    /// <c>&lt;-&gt;</c> (next to each other, in order), clauses joined by <c>&amp;</c> and <c>|</c>, which tsquery, like
    /// FTS5, binds AND before OR.
    /// </summary>
    public string ToTsQuery()
    {
        var parts = new List<string>(Clauses.Count * 2);
        foreach (var clause in Clauses)
        {
            if (parts.Count > 0)
            {
                parts.Add(clause.OrWithPrevious ? "|" : "&");
            }
            parts.Add(clause.ToTsQuery());
        }
        return string.Join(' ', parts);
    }
}

/// <summary>One term, or a quoted phrase of terms that must appear in this order, next to each other.</summary>
public sealed record QueryClause(IReadOnlyList<string> Terms, bool IsPhrase, bool OrWithPrevious)
{
    /// <summary>A phrase is one FTS5 string of space-separated terms; a term is one quoted string.</summary>
    public string ToFts5() => "\"" + string.Join(' ', Terms) + "\"";

    /// <summary>A phrase in parentheses, its lexemes joined by the followed-by operator; a term one quoted lexeme.</summary>
    public string ToTsQuery() => Terms.Count == 1
        ? Lexeme(Terms[0])
        : "(" + string.Join(" <-> ", Terms.Select(Lexeme)) + ")";

    private static string Lexeme(string term) => "'" + term.Replace("'", "''", StringComparison.Ordinal) + "'";
}
