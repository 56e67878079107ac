using System.Globalization;
using System.Text;

namespace NewsFacts.Api.Data.Postgres;

/// <summary>
/// Full-text search on PostgreSQL: the analyzer's match-key terms (the same terms SQLite's FTS5 index holds) in a
/// tsvector with their positions, under a GIN index (see the migration). The vector and the query are written as
/// literals, not through to_tsvector/to_tsquery, so PostgreSQL's own parser, stemming and stop words never touch them
/// and both engines find the same articles.
/// </summary>
public static class PostgresSearch
{
    /// <summary>PostgreSQL keeps positions up to this; later words still match, as if at the last position.</summary>
    private const int MaxPosition = 16383;

    public const string Insert = "INSERT INTO article_search (rowid, terms) VALUES ($id, CAST($terms AS tsvector))";

    /// <summary>
    /// The tsvector literal of space-separated terms: <c>'term':1,4 'other':2</c>. Terms hold only letters and digits
    /// (the analyzer's output), so no quote needs escaping; the replace is a guard.
    /// </summary>
    public static string Vector(string terms)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var term in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            position = Math.Min(position + 1, MaxPosition);
            if (!positions.TryGetValue(term, out var list))
            {
                positions[term] = list = [];
            }
            if (list.Count == 0 || list[^1] != position)
            {
                list.Add(position);
            }
        }
        var vector = new StringBuilder();
        foreach (var (term, list) in positions)
        {
            vector.Append(vector.Length == 0 ? "" : " ").Append('\'').Append(term.Replace("'", "''", StringComparison.Ordinal)).Append("':")
                .AppendJoin(',', list.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        }
        return vector.ToString();
    }
}
