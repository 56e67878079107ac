using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// Finished GET responses of the API, kept until the database changes. The archive changes only when articles are
/// imported or deleted, while maps and dashboards ask the same questions over and over; a repeated request is
/// answered from memory without touching the database. Every lookup first asks <see cref="DataVersion"/>: after any
/// commit, by this process or another, the whole cache is dropped, so an answer is never older than the data.
/// Bounded by <see cref="NewsFactsOptions.ResponseCacheMegabytes"/>; 0 turns it off.
/// </summary>
public sealed class ResponseCache(DataVersion version, IOptions<NewsFactsOptions> options)
{
    /// <summary>A response this large is served but not kept: one export-sized page would evict everything else.</summary>
    public const int MaxEntryBytes = 1 << 20;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Key, long Version), Task<Entry?>> _flights = new();
    private readonly long _budget = (long)options.Value.ResponseCacheMegabytes * 1024 * 1024;
    private long _bytes;
    private long _version = long.MinValue;

    public sealed record Entry(byte[] Body, KeyValuePair<string, StringValues>[] Headers, string ETag, long Version);

    /// <summary>
    /// A request that missed: either it computes the response (<see cref="Computing"/>, and must <see cref="Land"/>
    /// it), or an identical request at the same data version already is, and <see cref="Pending"/> brings its answer.
    /// </summary>
    public sealed class Flight
    {
        internal Flight((string, long) id, TaskCompletionSource<Entry?>? source, Task<Entry?>? pending)
        {
            Id = id;
            Source = source;
            Pending = pending;
        }

        internal (string Key, long Version) Id { get; }
        internal TaskCompletionSource<Entry?>? Source { get; }
        public Task<Entry?>? Pending { get; }
        public bool Computing => Source is not null;
    }

    public bool Enabled => _budget > 0;

    /// <summary>The database version to stamp a response computed now with; a changed version empties the cache.</summary>
    public async ValueTask<long> BeginAsync(CancellationToken cancellationToken)
    {
        var current = await version.CurrentAsync(cancellationToken);
        if (Interlocked.Exchange(ref _version, current) != current)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
        return current;
    }

    public bool TryGet(string key, long currentVersion, out Entry entry) =>
        _entries.TryGetValue(key, out entry!) && entry.Version == currentVersion;

    /// <summary>
    /// Joins the computation of a missed response. After an import, every dashboard asks the same slow aggregate at
    /// once: without this, 32 identical requests computed it 32 times side by side on two cores, each waiting for all.
    /// </summary>
    public Flight Join(string key, long currentVersion)
    {
        var source = new TaskCompletionSource<Entry?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var id = (key, currentVersion);
        var task = _flights.GetOrAdd(id, source.Task);
        return task == source.Task ? new Flight(id, source, null) : new Flight(id, null, task);
    }

    /// <summary>Hands the computed response to the requests waiting for it; null (not a 200, or it failed) lets each compute its own.</summary>
    public void Land(Flight flight, Entry? entry)
    {
        if (flight.Source is null) return;
        _flights.TryRemove(flight.Id, out _);
        flight.Source.TrySetResult(entry);
    }

    /// <summary>Keeps a response computed at <see cref="Entry.Version"/>, unless the data has changed since or the budget is spent.</summary>
    public void Add(string key, Entry entry)
    {
        if (entry.Body.Length > MaxEntryBytes || entry.Version != Volatile.Read(ref _version)
            || Interlocked.Add(ref _bytes, entry.Body.Length) > _budget)
        {
            return;
        }
        _entries[key] = entry;
    }

    /// <summary>
    /// What a response depends on: the path, the query string and the media type asked for. No Accept header and
    /// <c>*/*</c> ask for the same default JSON, so they share an entry (curl sends one, wrk and many clients none).
    /// </summary>
    public static string KeyOf(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return request.Path.Value + request.QueryString.Value + "\n" + (accept.Length == 0 ? "*/*" : accept);
    }
}
