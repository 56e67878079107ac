using System.Linq.Expressions;

namespace NewsFacts.Api.Queries;

/// <summary>
/// The fields a list may be sorted by, and how. <c>sort=-date,killed</c>: comma-separated fields, '-' for descending.
/// Ties are always broken by id, so pages never skip or repeat a row.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>>> _then = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Func<IQueryable<T>, bool, IOrderedQueryable<T>> First, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> Then)> _nullsLow =
        new(StringComparer.Ordinal);
    private readonly Expression<Func<T, int>> _id;

    public SortMap(Expression<Func<T, int>> id, string defaultSort)
    {
        _id = id;
        DefaultSort = defaultSort;
        Add("id", id);
    }

    public string DefaultSort { get; }

    public IReadOnlyCollection<string> Fields => _first.Keys;

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _first[name] = (q, desc) => desc ? q.OrderByDescending(key) : q.OrderBy(key);
        _then[name] = (q, desc) => desc ? q.ThenByDescending(key) : q.ThenBy(key);
        if (default(TKey) is null)
        {
            // Where NULL sorts above every value (PostgreSQL), "has a value" goes first, in the same direction: NULL
            // then comes first ascending and last descending, as on SQLite, and an undated article ends a newest-first list.
            var hasValue = Expression.Lambda<Func<T, bool>>(Expression.NotEqual(key.Body, Expression.Constant(null, typeof(TKey))), key.Parameters);
            _nullsLow[name] = (
                (q, desc) => desc ? q.OrderByDescending(hasValue).ThenByDescending(key) : q.OrderBy(hasValue).ThenBy(key),
                (q, desc) => desc ? q.ThenByDescending(hasValue).ThenByDescending(key) : q.ThenBy(hasValue).ThenBy(key));
        }
        return this;
    }

    /// <summary>Fields of a sort expression that this list does not know, for validation.</summary>
    public IEnumerable<string> Unknown(string sort) => Parse(sort).Select(p => p.Field).Where(f => !_first.ContainsKey(f));

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        IOrderedQueryable<T>? ordered = null;
        var nullsHigh = NullsSortHigh(query);
        foreach (var (field, descending) in Parse(string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort))
        {
            if (nullsHigh && _nullsLow.TryGetValue(field, out var nullsLow))
            {
                ordered = ordered is null ? nullsLow.First(query, descending) : nullsLow.Then(ordered, descending);
                continue;
            }
            ordered = ordered is null ? _first[field](query, descending) : _then[field](ordered, descending);
        }
        return ordered is null ? query.OrderBy(_id) : ordered.ThenBy(_id);
    }

    /// <summary>Whether the query's database sorts NULL above every value, as the model it reads says (see NewsFactsDbContext).</summary>
    private static bool NullsSortHigh(IQueryable<T> query)
    {
        var finder = new QueryRootFinder();
        finder.Visit(query.Expression);
        return finder.Model?.FindAnnotation(Data.NewsFactsDbContext.NullsSortHighAnnotation)?.Value is true;
    }

    private sealed class QueryRootFinder : ExpressionVisitor
    {
        public Microsoft.EntityFrameworkCore.Metadata.IReadOnlyModel? Model { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is Microsoft.EntityFrameworkCore.Query.EntityQueryRootExpression root)
            {
                Model ??= root.EntityType.Model;
                return node;
            }
            return base.VisitExtension(node);
        }
    }

    private static IEnumerable<(string Field, bool Descending)> Parse(string sort) =>
        sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.StartsWith('-') ? (p[1..], true) : (p.TrimStart('+'), false));
}
