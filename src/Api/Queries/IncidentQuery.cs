using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Queries;

/// <summary>Filters incidents and shapes them for the wire.</summary>
public sealed class IncidentQuery(NewsFactsDbContext db, SpellingVariants variants, IncidentPageReader pageReader) : IAsyncDisposable
{
    /// <summary>The incidents of q's articles, once found for the request (<see cref="FindSearchedOnceAsync"/>).</summary>
    private Searched? _searched;

    /// <param name="Q">The q they were found for.</param>
    /// <param name="Count">How many incidents q selects.</param>
    /// <param name="Large">They are a large part of the archive: tested on each incident a query reads, not read one by one.</param>
    private sealed record Searched(string Q, int Count, bool Large);

    /// <summary>How many incidents q selects, when they were found for the request and q is its only filter; else null.</summary>
    public int? SearchedCount(IncidentFilterRequest request) =>
        _searched is { } searched && request.FiltersOnlyOnQ && request.Q == searched.Q ? searched.Count : null;

    /// <summary>q's incidents were found for the request and are a large part of the archive (see <see cref="LargeShare"/>).</summary>
    public bool SearchesMany(IncidentFilterRequest request) => _searched is { Large: true } searched && request.Q == searched.Q;

    /// <summary>
    /// The actor rows of the <paramref name="count"/> incidents <paramref name="filtered"/> selects (<see cref="Filter"/>
    /// of <paramref name="request"/>). Among many incidents (see <see cref="LargeShare"/>), every actor row (27,695 at
    /// 100k articles) is tested against them, rather than the rows of each incident looked up: SQLite's CPU at 100k
    /// articles for q=هجوم (128,444 incidents, found once) 23 → 8.5 ms, updatedSince=2020 (every incident) 88 → 58 ms,
    /// intercepted=true (44k) 21 → 17 ms.
    /// </summary>
    public IQueryable<IncidentActor> ActorRowsOf(IncidentFilterRequest request, IQueryable<Incident> filtered, int count)
    {
        var many = (long)count * LargeShare > IncidentsEver();
        if (SearchedCount(request) is not null)
        {
            return db.IncidentActors.FromSqlRaw(many
                ? "SELECT * FROM incident_actors WHERE IncidentId + 0 IN (SELECT Id FROM temp.searched_incidents)"
                : "SELECT * FROM incident_actors WHERE IncidentId IN (SELECT Id FROM temp.searched_incidents)").AsNoTracking();
        }
        var ids = filtered.Select(i => i.Id);
        return many ? db.IncidentActors.Where(a => ids.Contains(a.IncidentId + 0)) : db.IncidentActors.Where(a => ids.Contains(a.IncidentId));
    }

    /// <summary>
    /// On SQLite, finds the incidents of the articles q matches once, into a temporary table of the request's connection
    /// that <see cref="Filter"/> then reads, for a request that asks more than one query of them (a list's total and
    /// page, the stats' counts and actors). Each query found them again: the articles' sources, then the incidents, for
    /// the 72,683 articles with هجوم at 100k articles about 100 ms of SQLite's CPU a query. A timeline asks once and does
    /// not call this. PostgreSQL plans the query with its statistics and keeps it as it is.
    /// </summary>
    public async Task FindSearchedOnceAsync(IncidentFilterRequest request, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || request.Q is not { Length: > 0 } q || !FullTextQuery.TryParse(q, variants, out var fts, out _))
        {
            return;
        }
        // Kept open to the end of the request (DisposeAsync), as a temporary table lives and dies with its connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE IF NOT EXISTS searched_incidents (Id INTEGER PRIMARY KEY)", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM temp.searched_incidents", cancellationToken);
        // From the matching articles' sources alone: a source's incident always exists (a foreign key), so no incident
        // row is read here. OR IGNORE keeps one id for an incident several matching articles report.
        var count = await db.Database.ExecuteSqlAsync($"""
            INSERT OR IGNORE INTO temp.searched_incidents (Id)
            SELECT s.IncidentId FROM article_search a JOIN incident_sources s ON s.ArticleId = a.rowid WHERE article_search MATCH {fts!.Match}
            """, cancellationToken);
        _incidentsEver ??= await db.Incidents.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        _searched = new Searched(q, count, count * LargeShare > _incidentsEver);
    }

    /// <summary>
    /// From this share of the archive (one in four) q's incidents are tested on each incident a query walks, in the
    /// order it wants, instead of read one by one and sorted: at 100k articles reading one costs about as much as
    /// walking four. هجوم, 128,444 of 133,096 incidents: the first list page 38 → 0.1 ms, the stats' counts by type and
    /// place 104-110 → 57-85 ms of SQLite's CPU (one machine, several runs under other sessions' load).
    /// </summary>
    private const int LargeShare = 4;

    public async ValueTask DisposeAsync()
    {
        if (_searched is null)
        {
            return;
        }
        // A pooled connection keeps its temporary tables: the rows go now, the empty table stays for its next request.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM temp.searched_incidents");
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>The variant spellings search reads alike (the lexicons' table), for queries and their snippets.</summary>
    public SpellingVariants Variants => variants;

    public IQueryable<Incident> All() => db.Incidents.AsNoTracking();

    public IQueryable<Incident> ById(int id) => db.Incidents.AsNoTracking().Where(i => i.Id == id);

    /// <summary>
    /// A page of <paramref name="filtered"/> (<see cref="Filter"/> of <paramref name="request"/>, <paramref name="total"/>
    /// incidents) in the order asked. In the default order (latest first) under type, country and date filters alone,
    /// a page near the start of many incidents is found by walking the date index latest first, each incident's type
    /// and place tested on its row, until the page is full: about (skip + take) × incidents / total rows read, at about
    /// 0.5 µs each, against about 0.3 µs for each of the total sorted through the type's index. Drones in Iraq at 100k
    /// articles (16,299 of 133,096): the first 50 in 0.3 ms of SQLite's CPU walked, 4.8 ms sorted; 50 after 5,000 in
    /// 21 ms walked, so from about the 1,000th incident on they are sorted.
    /// </summary>
    public IQueryable<Incident> Page(IncidentFilterRequest request, IncidentPageRequest paging, int total, IQueryable<Incident> filtered)
    {
        var walk = db.Database.IsSqlite() && request.FiltersOnlyTypeCountryOrDates && !request.SelectsAll && total > 0
            && (string.IsNullOrWhiteSpace(paging.Sort) || paging.Sort == SortMaps.Incidents.DefaultSort)
            && (double)(paging.Skip + paging.PageSize) * IncidentsEver() * WalkCostInSorted < (double)total * total;
        return SortMaps.Incidents.Apply(walk ? Filter(request, onEntry: true) : filtered, paging.Sort).Skip(paging.Skip).Take(paging.PageSize);
    }

    /// <summary>What reading an entry of the date walk costs, in incidents sorted (0.51 µs against 0.29, rounded up).</summary>
    private const double WalkCostInSorted = 2;

    /// <summary>The highest incident id: the number of incidents and of those deleted, without counting them. Asked once per request.</summary>
    private int IncidentsEver() => _incidentsEver ??= db.Incidents.Max(i => (int?)i.Id) ?? 0;

    private int? _incidentsEver;

    /// <param name="request">The filters.</param>
    /// <param name="onEntry">
    /// Type and place tested on each incident the query reads, through expressions no index serves, the incidents read
    /// through the date index (<see cref="Page"/>'s walk). Left to choose, for a page of one SQLite scanned the index of
    /// (Type, LocationId, Dated, Date) and sorted every match, 10-14 ms of its CPU at 100k articles under a type and a
    /// country, against under 0.1 ms walking the dates, which it chose for pages of 8 and more.
    /// </param>
    public IQueryable<Incident> Filter(IncidentFilterRequest request, bool onEntry = false)
    {
        var searched = _searched is { } found && request.Q == found.Q ? found : null;
        // q's incidents, found for the request, as a table SQLite reads by id (written out, not composed: composed, the
        // table became a subquery that SQLite copied, 128k ids for هجوم, before each query). i.Id + 0 is served by no
        // index, so when they are many SQLite walks the index the query's order or other filters want and tests each
        // incident against the table, rather than reading every one of q's incidents by its id.
        var query = (searched is null ? onEntry ? db.Incidents.FromSqlRaw("SELECT * FROM incidents INDEXED BY IX_incidents_Date") : db.Incidents
            : searched.Large ? db.Incidents.FromSqlRaw("SELECT * FROM incidents WHERE Id + 0 IN (SELECT Id FROM temp.searched_incidents)")
            : db.Incidents.FromSqlRaw("SELECT * FROM incidents WHERE Id IN (SELECT Id FROM temp.searched_incidents)")).AsNoTracking();
        // Under a casualty or interception filter, the figure's partial index holds the few incidents it selects with
        // their type and place, so type and place are tested on each entry, through expressions no index serves.
        // Asked as columns, SQLite (which keeps no statistics here) preferred the type's or the places' index and read
        // every incident of the type or of the country to test its figures: at 100k articles a country and minKilled=1
        // cost 208 ms of SQLite's CPU that way and 1 ms this way. The place is tested on the entry too when q selects
        // a large part of the archive, as the index walked then carries it: through the places' index, the stats of
        // q=هجوم in Iraq read the rows of Iraq's 66,569 incidents twice (3 s, before q's incidents were found once).
        var onFigureIndex = request.FiltersOnFigures || onEntry;
        var placeOnEntry = onFigureIndex || searched is { Large: true };
        if (request.Type.Count > 0)
        {
            var types = request.TypeNames;
            query = onFigureIndex ? query.Where(i => types.Contains(i.Type + "")) : query.Where(i => types.Contains(i.Type));
        }
        if (request.Country is { Length: > 0 } country)
        {
            var countries = CountriesNamed(country);
            query = placeOnEntry
                ? query.Where(AtPlaceTestedOnEntry(db.Locations.Where(l => countries.Contains(l.Country)).Select(l => l.Id)))
                : query.Where(i => i.Location != null && countries.Contains(i.Location.Country));
        }
        if (request.Location is { Length: > 0 } location)
        {
            var places = PlacesKeyed(MatchingLocationKeys(location));
            // A place with few incidents (a base, a town) is read through the places' index. Joined to the places
            // instead, SQLite walked every incident to test its place: the timeline of Ain al-Asad (713 incidents at
            // 100k articles) cost about 40 ms that way. A place with many (a country, a governorate with its towns) is
            // tested on each entry walked: read one by one, its incidents' rows would cost more than the walk.
            query = placeOnEntry || ManyIncidentsAt(places)
                ? query.Where(AtPlaceTestedOnEntry(places))
                : query.Where(i => i.LocationId != null && places.Contains(i.LocationId.Value));
        }
        if (request.Actor is { Length: > 0 } actor)
        {
            // Through the actors' incidents (the ActorId, IncidentId index), not a test of every incident's actors:
            // on 100k articles, counting Kataib Hezbollah's incidents took 31 ms of SQLite's CPU that way, 0.3 ms this way.
            var actorIds = ActorFilter.Matching(db, actor);
            var actorIncidents = db.IncidentActors.Where(a => actorIds.Contains(a.ActorId)).Select(a => a.IncidentId);
            query = query.Where(i => actorIncidents.Contains(i.Id));
        }
        query = query.Overlapping(i => i.Date, request.From, request.To);
        if (request.UpdatedSince is { } since)
        {
            query = query.Where(i => i.UpdatedAt >= since);
        }
        if (request.MinKilled is { } minKilled)
        {
            query = query.Where(i => i.Killed >= minKilled);
        }
        if (request.MinWounded is { } minWounded)
        {
            query = query.Where(i => i.Wounded >= minWounded);
        }
        if (request.Intercepted is { } intercepted)
        {
            query = query.Where(i => i.Intercepted == intercepted);
        }
        if (searched is null && request.Q is { Length: > 0 } q && FullTextQuery.TryParse(q, variants, out var fts, out _))
        {
            // Through the matching articles' sources (indexed by article), as for actors above.
            var articleIds = ArticleSearch.MatchingIds(db, fts!);
            var reported = db.IncidentSources.Where(s => articleIds.Contains(s.ArticleId)).Select(s => s.IncidentId);
            query = query.Where(i => reported.Contains(i.Id));
        }
        return query;
    }

    /// <summary>
    /// Incidents at one of <paramref name="placeIds"/>, tested on an expression of each incident's place id, which no
    /// index serves (see <see cref="Filter"/>). Place ids start at 1, so 0 is no place.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<Incident, bool>> AtPlaceTestedOnEntry(IQueryable<int> placeIds) =>
        i => placeIds.Contains(i.LocationId ?? 0);

    /// <summary>
    /// Whether the places hold more than one incident in <see cref="ManyAtPlaces"/> of the archive, from the summary of
    /// incidents per place and type (a few rows per place) and the highest incident id.
    /// </summary>
    private bool ManyIncidentsAt(IQueryable<int> places) =>
        db.IncidentPlaces.Where(p => places.Contains(p.LocationId)).Sum(p => p.Incidents) * ManyAtPlaces > IncidentsEver();

    /// <summary>Reading an incident's row by the places' index costs about as much as walking several index entries.</summary>
    private const int ManyAtPlaces = 8;

    /// <summary>
    /// The countries a name means: the name itself and the country of any country-level place it names in English or
    /// Arabic. Found once per request: asked per incident, this lookup made a country filter cost seconds on a large archive.
    /// </summary>
    public List<string> CountriesNamed(string country)
    {
        // Remembered for the request (this class is scoped): the stats ask it of the summary, the places and the incidents.
        if (_countries.TryGetValue(country, out var known)) return known;
        var key = Framed(country);
        var countries = db.Locations.Where(c => c.Precision == "country" && c.MatchKeys.Contains(key)).Select(c => c.Country).Distinct().ToList();
        countries.Add(country);
        return _countries[country] = countries;
    }

    private readonly Dictionary<string, List<string>> _countries = new(StringComparer.Ordinal);

    /// <summary>Ids of the places a location filter selects: those whose names match and the places inside them.</summary>
    public IQueryable<int> LocationIdsNamed(string location) => PlacesKeyed(MatchingLocationKeys(location));

    /// <summary>Ids of the places with one of <paramref name="keys"/> and of the places inside them.</summary>
    private IQueryable<int> PlacesKeyed(List<string> keys) =>
        db.Locations.Where(l => keys.Contains(l.Key) || (l.ParentKey != null && keys.Contains(l.ParentKey))).Select(l => l.Id);

    /// <summary>Keys of the places whose names match, plus the places inside them (a governorate's bases).</summary>
    private List<string> MatchingLocationKeys(string location)
    {
        var byId = int.TryParse(location, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        var key = Framed(location);
        var keys = db.Locations.AsNoTracking().Where(l => (byId && l.Id == id) || l.Key == location || l.MatchKeys.Contains(key)).Select(l => l.Key).ToList();
        return keys;
    }

    internal static string Framed(string name) => "|" + ArabicNormalizer.Fold(name) + "|";

    public Task<List<IncidentResponse>> ToResponsesAsync(IQueryable<Incident> query, CancellationToken cancellationToken) =>
        ToResponsesAsync(query, tabular: false, cancellationToken);

    /// <summary>
    /// The incidents as CSV and GeoJSON write them, which show of a source only its article's id and of an actor only its
    /// name: the sources come without their titles, evidence and support (left empty), so the support's JSON is not read
    /// nor parsed, and the claims without the words behind them. Their values, and so the conflicts, are the same.
    /// </summary>
    public Task<List<IncidentResponse>> ToTabularResponsesAsync(IQueryable<Incident> query, CancellationToken cancellationToken) =>
        ToResponsesAsync(query, tabular: true, cancellationToken);

    private async Task<List<IncidentResponse>> ToResponsesAsync(IQueryable<Incident> query, bool tabular, CancellationToken cancellationToken)
    {
        // The ids first, in the query's order: each query below repeats the query it loads for, and a filtered, sorted
        // page cost its full price three times (70 ms each for drones in Iraq at a million articles).
        return await ToResponsesAsync(await query.Select(i => i.Id).ToListAsync(cancellationToken), tabular, cancellationToken);
    }

    /// <summary>The incidents of <paramref name="ids"/> in that order, leaving out ids that do not exist.</summary>
    public Task<List<IncidentResponse>> ToResponsesAsync(List<int> ids, CancellationToken cancellationToken) =>
        ToResponsesAsync(ids, tabular: false, cancellationToken);

    private async Task<List<IncidentResponse>> ToResponsesAsync(List<int> ids, bool tabular, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var (incidents, titles) = await pageReader.ReadAsync(ids, tabular, cancellationToken);
        return ids.Where(incidents.ContainsKey).Select(id => ToResponse(incidents[id], titles, tabular)).ToList();
    }

    /// <summary>Adds to each incident the passage that matched: from its evidence when a term is there, else from a source article.</summary>
    public async Task<List<IncidentResponse>> WithSnippetsAsync(List<IncidentResponse> items, FullTextQuery? query, CancellationToken cancellationToken)
    {
        if (query is null || items.Count == 0)
        {
            return items;
        }
        var articleIds = items.SelectMany(i => i.Sources.Select(s => s.ArticleId)).Distinct().ToList();
        var texts = await db.Articles.AsNoTracking().Where(a => EF.Parameter(articleIds).Contains(a.Id)).Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken);
        return items.Select(i => i with
        {
            Snippet = SnippetResponse.From(
                i.Sources.SelectMany(s => s.Evidence).Select(e => SnippetBuilder.Build(e.Text, query.Terms, variants)).FirstOrDefault(x => x is not null)
                ?? i.Sources.Select(s => SnippetBuilder.Build(texts.GetValueOrDefault(s.ArticleId, ""), query.Terms, variants)).FirstOrDefault(x => x is not null)),
        }).ToList();
    }

    public static IncidentResponse ToResponse(Incident i, IReadOnlyDictionary<int, string> articleTitles) => ToResponse(i, articleTitles, tabular: false);

    private static readonly SourceSupport NoSupport = new([], []);

    private static IncidentResponse ToResponse(Incident i, IReadOnlyDictionary<int, string> articleTitles, bool tabular)
    {
        var sources = i.Sources.OrderBy(s => s.ArticleId).Select(s => (Source: s, Support: tabular ? NoSupport : SourceSupport.Read(s))).ToList();
        var claims = sources.SelectMany(s => Claims(s.Source, s.Support)).ToList();
        var conflicts = claims.GroupBy(c => c.Field).Where(g => g.Select(c => c.Value).Distinct().Count() > 1).Select(g => g.Key).ToList();
        return new IncidentResponse(
            i.Id, i.Type, i.Date, i.DatePrecision, i.DateText, i.FirstReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            i.Location is { } l ? new LocationRefResponse(l.Id, l.NameAr, l.NameEn, l.Country, l.Precision, l.Latitude, l.Longitude) : null,
            i.WeaponCount, i.Intercepted, i.Killed, i.Wounded,
            Actors(i, "perpetrator", sources.Select(s => s.Support)), Actors(i, "target", sources.Select(s => s.Support)),
            i.SummaryEn, i.Background,
            sources.Select(s => new IncidentSourceResponse(s.Source.ArticleId, articleTitles.GetValueOrDefault(s.Source.ArticleId, ""), s.Source.Attribution,
                s.Source.Stance,
                s.Support.Sentences.Select(x => new SpanResponse(x.Text, x.Start, x.End)).ToList(),
                s.Support.Fields.Select(f => new SupportResponse(f.Field, f.Value, f.Text, f.Start, f.End)).ToList())).ToList(),
            claims, conflicts, i.UpdatedAt);
    }

    /// <summary>The incident's actors in <paramref name="role"/>, each with the words its sources' support names it by.</summary>
    private static List<ActorRefResponse> Actors(Incident i, string role, IEnumerable<SourceSupport> support)
    {
        var words = support.SelectMany(s => s.Fields).Where(f => f.Field == role).ToLookup(f => f.Value, f => f.Text);
        return i.Actors.Where(a => a.Role == role).OrderBy(a => a.ActorId)
            .Select(a => new ActorRefResponse(a.Actor.Id, a.Actor.NameAr, a.Actor.NameEn,
                words[a.Actor.Key].Where(w => w != a.Actor.NameAr).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private static IEnumerable<ClaimResponse> Claims(IncidentSource s, SourceSupport support)
    {
        // The support lists each value as text ("2", "true"); the claim carries it typed.
        ClaimResponse Claim(string field, object value, string asText) =>
            new(s.ArticleId, field, value, support.Fields.FirstOrDefault(f => f.Field == field && f.Value == asText) is { } words
                ? new SpanResponse(words.Text, words.Start, words.End)
                : null);
        if (s.WeaponCount is { } w) yield return Claim("weaponCount", w, w.ToString(CultureInfo.InvariantCulture));
        if (s.Intercepted is { } x) yield return Claim("intercepted", x, x ? "true" : "false");
        if (s.Killed is { } k) yield return Claim("killed", k, k.ToString(CultureInfo.InvariantCulture));
        if (s.Wounded is { } wd) yield return Claim("wounded", wd, wd.ToString(CultureInfo.InvariantCulture));
        if (s.DateValue is { } d) yield return Claim("date", d, d);
    }
}
