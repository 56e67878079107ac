namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Mentions of one article (names, numbers) with the ranges they cover, answering "which start, end or overlap here"
/// with binary searches. The incident layer asks that once or more per event word and per sentence: walking every
/// mention for each question cost the product of the two, the square of a page made of attacks and names. Every answer
/// is what a walk of the list filtered on the range yields, in the list's order; a stage emits its mentions in text
/// order without overlaps, which the searches need, and a list that is not so is walked.
/// </summary>
public sealed class MentionIndex<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly Func<T, int> _start;
    private readonly Func<T, int> _end;

    /// <summary>Starts and ends both never decrease along the list: then list order is position order and a range is a slice.</summary>
    private readonly bool _ordered;
    private Dictionary<Func<T, bool>, MentionIndex<T>>? _subsets;

    public MentionIndex(IReadOnlyList<T> items, Func<T, int> start, Func<T, int> end)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
        _start = start;
        _end = end;
        _starts = new int[items.Count];
        _ends = new int[items.Count];
        _ordered = true;
        for (var i = 0; i < items.Count; i++)
        {
            _starts[i] = start(items[i]);
            _ends[i] = end(items[i]);
            _ordered &= i == 0 || _starts[i] >= _starts[i - 1] && _ends[i] >= _ends[i - 1];
        }
    }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The mentions whose start is in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<T> StartingIn(int from, int to) => In(_starts, from, to);

    /// <summary>The mentions whose end is in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<T> EndingIn(int from, int to) => In(_ends, from, to);

    /// <summary>The mentions that share a position with [<paramref name="from"/>, <paramref name="to"/>): start before its end, end after its start.</summary>
    public IEnumerable<T> Overlapping(int from, int to)
    {
        if (!_ordered)
        {
            for (var i = 0; i < _items.Count; i++)
            {
                if (_starts[i] < to && _ends[i] > from)
                {
                    yield return _items[i];
                }
            }
            yield break;
        }
        // Ends never decrease, so every mention from the first that ends after from does too.
        for (var i = LowerBound(_ends, from + 1); i < _items.Count && _starts[i] < to; i++)
        {
            yield return _items[i];
        }
    }

    /// <summary>The last mention in list order whose end is at most <paramref name="to"/>, or the default.</summary>
    public T? LastEndingBy(int to)
    {
        if (!_ordered)
        {
            for (var i = _items.Count - 1; i >= 0; i--)
            {
                if (_ends[i] <= to)
                {
                    return _items[i];
                }
            }
            return default;
        }
        var next = LowerBound(_ends, to + 1);
        return next > 0 ? _items[next - 1] : default;
    }

    /// <summary>
    /// The mentions <paramref name="keep"/> accepts, indexed alike. Made once per predicate instance and kept: a caller
    /// asks with one delegate it holds, not a new lambda per question.
    /// </summary>
    public MentionIndex<T> Where(Func<T, bool> keep)
    {
        _subsets ??= new Dictionary<Func<T, bool>, MentionIndex<T>>(ReferenceEqualityComparer.Instance);
        if (!_subsets.TryGetValue(keep, out var subset))
        {
            subset = new MentionIndex<T>(_items.Where(keep).ToList(), _start, _end);
            _subsets[keep] = subset;
        }
        return subset;
    }

    private IEnumerable<T> In(int[] positions, int from, int to)
    {
        if (!_ordered)
        {
            for (var i = 0; i < _items.Count; i++)
            {
                if (positions[i] >= from && positions[i] < to)
                {
                    yield return _items[i];
                }
            }
            yield break;
        }
        for (var i = LowerBound(positions, from); i < _items.Count && positions[i] < to; i++)
        {
            yield return _items[i];
        }
    }

    /// <summary>The first index whose value is at least <paramref name="value"/> in a non-decreasing array.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
