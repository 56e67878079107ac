namespace NewsFacts.Api.Import;

/// <summary>An incident known by its reports: the ids of the articles it was read from.</summary>
/// <param name="Id">Its id; for an incident just re-extracted, the id it was written with, which orders incidents by creation.</param>
public sealed record ReportedIncident(int Id, IReadOnlySet<int> ArticleIds);

/// <summary>What <see cref="IncidentIdMatcher.Match"/> decided.</summary>
/// <param name="Kept">New incident id → the old id it keeps. A new incident not in it keeps the id it was written with.</param>
/// <param name="MergedInto">Old id not kept → the id of the incident that now holds its reports.</param>
/// <param name="Gone">Old ids none of whose reports yields an incident any more, ascending.</param>
public sealed record IncidentIdMatch(IReadOnlyDictionary<int, int> Kept, IReadOnlyDictionary<int, int> MergedInto, IReadOnlyList<int> Gone);

/// <summary>
/// The one definition of which incident keeps which id when the stored articles are re-extracted (the reextract command),
/// so that a bookmarked incident URL still leads to the same event. An incident is known by its reports, the set of
/// articles it was read from; its figures, place and date may change with the rules without it becoming another event.
/// <list type="number">
/// <item>A new incident with exactly the reports of an old one keeps that old id. Old and new incidents of the same reports
/// (an article telling two attacks) pair in order: the lowest old id with the first new incident made.</item>
/// <item>Every other old incident has an heir: the new incident holding the most of its reports (ties: the first made).
/// A new incident that kept no id by (1) keeps the id of the old incident whose heir it is and which shares the most
/// reports with it (ties: the lowest id).</item>
/// <item>An old incident with an heir that did not keep its id was merged into its heir; one with no heir (none of its
/// reports yields an incident any more) is gone.</item>
/// </list>
/// New incidents that keep no old id keep the id they were written with, which the caller makes greater than any id
/// ever used. Pure: data in, decision out.
/// </summary>
public static class IncidentIdMatcher
{
    /// <param name="old">The incidents before, in any order.</param>
    /// <param name="fresh">The incidents after, with the ids they were written with.</param>
    public static IncidentIdMatch Match(IReadOnlyCollection<ReportedIncident> old, IReadOnlyCollection<ReportedIncident> fresh)
    {
        var freshInOrder = fresh.OrderBy(n => n.Id).ToList();
        var holding = new Dictionary<int, List<ReportedIncident>>();
        foreach (var incident in freshInOrder)
        {
            foreach (var article in incident.ArticleIds)
            {
                if (!holding.TryGetValue(article, out var list))
                {
                    holding[article] = list = [];
                }
                list.Add(incident);
            }
        }

        var kept = new Dictionary<int, int>();
        var keptOld = new HashSet<int>();
        var oldInOrder = old.OrderBy(o => o.Id).ToList();
        foreach (var incident in oldInOrder.Where(o => o.ArticleIds.Count > 0))
        {
            var same = holding.GetValueOrDefault(incident.ArticleIds.First(), []).FirstOrDefault(n =>
                !kept.ContainsKey(n.Id) && n.ArticleIds.Count == incident.ArticleIds.Count && n.ArticleIds.SetEquals(incident.ArticleIds));
            if (same is not null)
            {
                kept[same.Id] = incident.Id;
                keptOld.Add(incident.Id);
            }
        }

        var heirs = new Dictionary<int, (int Heir, int Shared)>();
        var gone = new List<int>();
        foreach (var incident in oldInOrder.Where(o => !keptOld.Contains(o.Id)))
        {
            var shared = incident.ArticleIds.SelectMany(a => holding.GetValueOrDefault(a, [])).GroupBy(n => n.Id)
                .Select(g => (Heir: g.Key, Shared: g.Count()))
                .OrderByDescending(h => h.Shared).ThenBy(h => h.Heir)
                .ToList();
            if (shared.Count == 0)
            {
                gone.Add(incident.Id);
            }
            else
            {
                heirs[incident.Id] = shared[0];
            }
        }

        foreach (var claim in heirs.Where(h => !kept.ContainsKey(h.Value.Heir))
            .GroupBy(h => h.Value.Heir)
            .Select(g => g.OrderByDescending(h => h.Value.Shared).ThenBy(h => h.Key).First()))
        {
            kept[claim.Value.Heir] = claim.Key;
            keptOld.Add(claim.Key);
        }

        var mergedInto = heirs.Where(h => !keptOld.Contains(h.Key))
            .ToDictionary(h => h.Key, h => kept.GetValueOrDefault(h.Value.Heir, h.Value.Heir));
        return new IncidentIdMatch(kept, mergedInto, gone);
    }
}
