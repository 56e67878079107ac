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
        return this;
    }

    /// <summary>Fields of a sort expression that this list does not know, for validation.</summary>
    public IEnumerable<string> Unknown(string sort) => Parse(sort).Select(p => p.Field).Where(f => !_first.ContainsKey(f));

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var (field, descending) in Parse(string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort))
        {
            ordered = ordered is null ? _first[field](query, descending) : _then[field](ordered, descending);
        }
        return ordered is null ? query.OrderBy(_id) : ordered.ThenBy(_id);
    }

    private static IEnumerable<(string Field, bool Descending)> Parse(string sort) =>
        sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.StartsWith('-') ? (p[1..], true) : (p.TrimStart('+'), false));
}
