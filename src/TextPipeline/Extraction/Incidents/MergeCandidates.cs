namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// The incidents <see cref="IncidentMerger.Merge"/> has merged so far, indexed by what any pair it joins must share, so
/// that a draft is compared only with the incidents that could take it: a placed pair needs related places, one of them
/// unplaced needs neighbouring sentences, and both need the same background and dates that agree. Every index lists a
/// superset of the incidents that pass <see cref="IncidentMerger.Compatible"/>, which still decides; comparing a draft
/// with every incident merged before it cost drafts x incidents on an article of many attacks that never merge.
/// </summary>
internal sealed class MergeCandidates
{
    /// <summary>Placed incidents by background (0 current, 1 recalled), then place.</summary>
    private readonly Dictionary<string, DatedIncidents>[] _placed = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Placed and unplaced incidents by their last sentence, for the pairs that must be told next to each other.</summary>
    private readonly SortedSet<(int Last, int Index)> _placedByLast = [];
    private readonly SortedSet<(int Last, int Index)> _unplacedByLast = [];

    public void Add(int index, IncidentDraft incident)
    {
        if (incident.PlaceId is { } place)
        {
            var byPlace = _placed[incident.Background ? 1 : 0];
            if (!byPlace.TryGetValue(place, out var dated))
            {
                byPlace[place] = dated = new DatedIncidents();
            }
            dated.Add(index, incident.Date?.Value);
        }
        (incident.PlaceId is null ? _unplacedByLast : _placedByLast).Add((incident.LastSentence, index));
    }

    public void Remove(int index, IncidentDraft incident)
    {
        if (incident.PlaceId is { } place)
        {
            _placed[incident.Background ? 1 : 0][place].Remove(index, incident.Date?.Value);
        }
        (incident.PlaceId is null ? _unplacedByLast : _placedByLast).Remove((incident.LastSentence, index));
    }

    /// <summary>The places of the placed incidents with this background.</summary>
    public IReadOnlyCollection<string> Places(bool background) => _placed[background ? 1 : 0].Keys;

    /// <summary>
    /// The placed incidents at <paramref name="place"/> with this background whose date can agree with
    /// <paramref name="date"/>'s value: each list in descending index order.
    /// </summary>
    public IEnumerable<IEnumerable<int>> AtPlace(string place, bool background, string? date) =>
        _placed[background ? 1 : 0].TryGetValue(place, out var dated) ? dated.Agreeing(date) : [];

    /// <summary>The incidents, placed or not, that end no earlier than the sentence before <paramref name="draft"/> and start no later than the one after it.</summary>
    public IEnumerable<int> Neighbours(IncidentDraft draft, bool placed)
    {
        var byLast = placed ? _placedByLast : _unplacedByLast;
        if (byLast.Count == 0 || byLast.Max.Last < draft.FirstSentence - 1)
        {
            return [];
        }
        return byLast.GetViewBetween((draft.FirstSentence - 1, int.MinValue), byLast.Max).Select(e => e.Index);
    }

    /// <summary>
    /// The incidents at one place, by their date's value: <see cref="IncidentMerger"/> takes two resolved dates as agreeing
    /// when one starts with the other ("2024-04" and "2024-04-15"), so each value is listed under every prefix of it too.
    /// </summary>
    private sealed class DatedIncidents
    {
        private readonly SortedSet<int> _all = [];
        private readonly SortedSet<int> _unresolved = [];
        private readonly Dictionary<string, SortedSet<int>> _byValue = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedSet<int>> _byPrefix = new(StringComparer.Ordinal);

        public void Add(int index, string? value)
        {
            _all.Add(index);
            if (value is null)
            {
                _unresolved.Add(index);
                return;
            }
            List(_byValue, value).Add(index);
            for (var length = 0; length <= value.Length; length++)
            {
                List(_byPrefix, value[..length]).Add(index);
            }
        }

        public void Remove(int index, string? value)
        {
            _all.Remove(index);
            if (value is null)
            {
                _unresolved.Remove(index);
                return;
            }
            _byValue[value].Remove(index);
            for (var length = 0; length <= value.Length; length++)
            {
                _byPrefix[value[..length]].Remove(index);
            }
        }

        /// <summary>
        /// An unresolved or missing date can agree with any (its weekday and month names decide); a value, with the
        /// unresolved, with the values that start with it and with the values it starts with.
        /// </summary>
        public IEnumerable<IEnumerable<int>> Agreeing(string? value)
        {
            if (value is null)
            {
                yield return _all.Reverse();
                yield break;
            }
            yield return _unresolved.Reverse();
            if (_byPrefix.TryGetValue(value, out var longer))
            {
                yield return longer.Reverse();
            }
            for (var length = 0; length < value.Length; length++)
            {
                if (_byValue.TryGetValue(value[..length], out var shorter))
                {
                    yield return shorter.Reverse();
                }
            }
        }

        private static SortedSet<int> List(Dictionary<string, SortedSet<int>> lists, string key)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }
            return list;
        }
    }
}
