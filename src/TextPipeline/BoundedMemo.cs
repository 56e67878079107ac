using System.Collections.Concurrent;

namespace NewsFacts.TextPipeline;

/// <summary>
/// Remembers a pure function of a word, shared by every article and thread: news prose repeats its words, so most
/// lookups are answered without computing or even allocating the word. Bounded: once full, new words are computed
/// every time instead of growing the memory, so a million articles of rare words cannot fill the heap.
/// </summary>
internal sealed class BoundedMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Func<string, TValue> _compute;
    private readonly int _capacity;
    private int _count;

    public BoundedMemo(int capacity, Func<string, TValue> compute)
    {
        _capacity = capacity;
        _compute = compute;
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TValue this[ReadOnlySpan<char> word]
    {
        get
        {
            if (_lookup.TryGetValue(word, out var known))
            {
                return known;
            }
            var text = word.ToString();
            var value = _compute(text);
            if (Volatile.Read(ref _count) < _capacity && _values.TryAdd(text, value))
            {
                Interlocked.Increment(ref _count);
            }
            return value;
        }
    }
}
