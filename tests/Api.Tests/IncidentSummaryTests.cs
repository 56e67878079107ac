using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Contracts;
using NewsFacts.Api.Data;
using NewsFacts.Api.Import;
using NewsFacts.Api.Queries;
using NewsFacts.CorpusGenerator;

namespace NewsFacts.Api.Tests;

/// <summary>300 generated articles over 2014-2025, every tenth retold by a second outlet the same day (so incidents merge).</summary>
public sealed class SummaryCorpus : IAsyncLifetime
{
    public NewsFactsFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.CreateClient();
        var corpus = Path.Combine(Path.GetTempPath(), $"newsfacts-summary-{Guid.NewGuid():N}.jsonl");
        try
        {
            var composer = new ArticleComposer(Material.Load(RepoData.Directory), seed: 7, count: 300, noIncidentShare: 0.2);
            var articles = Enumerable.Range(0, 300).Select(composer.Next).ToList();
            var retold = articles.Where((_, i) => i % 10 == 0).Select((a, n) => a with
            {
                Text = a.Text + $"\n\nوأضاف المصدر أن التحقيقات ما زالت جارية في الحادث رقم {n + 1} حتى الآن.",
                Url = a.Url + "?retold",
            });
            await File.WriteAllLinesAsync(corpus, articles.Concat(retold).Select(a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web)));
            (await Factory.ImportAsync(corpus)).Imported.ShouldBeGreaterThan(270);
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Summary rows and a recount of the incidents, both as sorted lines.</summary>
    public Task<(List<string> Stored, List<string> Recounted)> DaysAsync() =>
        WithScopeAsync(services => DayRowsAsync(services.GetRequiredService<NewsFactsDbContext>()));

    /// <summary>The day summary's rows and a recount of the incidents, as sorted lines.</summary>
    public static async Task<(List<string> Stored, List<string> Recounted)> DayRowsAsync(NewsFactsDbContext db)
    {
        var stored = await db.IncidentDays.Select(d => d.Date + "|" + d.Type + "|" + d.Country + "|" + d.Incidents + "|" + d.Killed + "|" + d.Wounded).ToListAsync();
        var recounted = await db.Incidents
            .GroupBy(i => new { Date = i.Date ?? "", i.Type, Country = i.Location == null ? "" : i.Location.Country })
            .Select(g => g.Key.Date + "|" + g.Key.Type + "|" + g.Key.Country + "|" + g.Count() + "|" + g.Sum(i => i.Killed ?? 0) + "|" + g.Sum(i => i.Wounded ?? 0))
            .ToListAsync();
        return (stored.Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Actor counts kept by triggers, and counted afresh from the mentions and incident actors.</summary>
    public Task<(List<string> Stored, List<string> Recounted)> ActorCountsAsync() =>
        WithScopeAsync(services => ActorCountRowsAsync(services.GetRequiredService<NewsFactsDbContext>()));

    /// <summary>Actor counts kept by triggers, and counted afresh from the mentions and incident actors, as sorted lines.</summary>
    public static async Task<(List<string> Stored, List<string> Recounted)> ActorCountRowsAsync(NewsFactsDbContext db)
    {
        var stored = await db.ActorCounts.Where(c => c.Articles > 0 || c.Incidents > 0).Select(c => c.ActorId + "|" + c.Articles + "|" + c.Incidents).ToListAsync();
        var recounted = await db.Actors.Select(a => new
            {
                a.Id,
                Articles = db.ActorMentions.Where(m => m.ActorId == a.Id).Select(m => m.ArticleId).Distinct().Count(),
                Incidents = db.IncidentActors.Where(x => x.ActorId == a.Id).Select(x => x.IncidentId).Distinct().Count(),
            })
            .Where(c => c.Articles > 0 || c.Incidents > 0).Select(c => c.Id + "|" + c.Articles + "|" + c.Incidents).ToListAsync();
        return (stored.Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }

    public Task<(List<string> Stored, List<string> Recounted)> MonthsAsync() =>
        WithScopeAsync(services => MonthRowsAsync(services.GetRequiredService<NewsFactsDbContext>()));

    /// <summary>Both month summaries' rows, and a recount of the incidents and their actors, as sorted lines.</summary>
    public static async Task<(List<string> Stored, List<string> Recounted)> MonthRowsAsync(NewsFactsDbContext db)
    {
        var places = await db.IncidentPlaceMonths.Select(p => "place|" + p.Month + "|" + p.Type + "|" + p.LocationId + "|" + p.Incidents).ToListAsync();
        var actors = await db.IncidentActorMonths.Select(a => "actor|" + a.Month + "|" + a.Type + "|" + a.LocationId + "|" + a.ActorId + "|" + a.Incidents).ToListAsync();
        var incidents = await db.Incidents.Select(i => new { i.Id, i.Date, i.Type, i.LocationId }).ToListAsync();
        var actorsOf = (await db.IncidentActors.Select(a => new { a.IncidentId, a.ActorId }).ToListAsync())
            .ToLookup(a => a.IncidentId, a => a.ActorId);
        var cells = incidents.Select(i => (i.Id, Month: i.Date is { Length: > 7 } date ? date[..7] : i.Date ?? "", i.Type, i.LocationId)).ToList();
        var recounted = cells.Where(i => i.LocationId != null).GroupBy(i => (i.Month, i.Type, i.LocationId))
            .Select(g => "place|" + g.Key.Month + "|" + g.Key.Type + "|" + g.Key.LocationId + "|" + g.Count())
            .Concat(cells.SelectMany(i => actorsOf[i.Id].Distinct().Select(actor => (i.Month, i.Type, LocationId: i.LocationId ?? 0, actor)))
                .GroupBy(x => x).Select(g => "actor|" + g.Key.Month + "|" + g.Key.Type + "|" + g.Key.LocationId + "|" + g.Key.actor + "|" + g.Count()));
        return (places.Concat(actors).Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }

    public Task<(List<string> Stored, List<string> Recounted)> YearsAsync() =>
        WithScopeAsync(services => YearRowsAsync(services.GetRequiredService<NewsFactsDbContext>()));

    /// <summary>
    /// Both year summaries' rows (each incident counted, and those intercepted and not) and a recount of the incidents
    /// and their actors, as sorted lines.
    /// </summary>
    public static async Task<(List<string> Stored, List<string> Recounted)> YearRowsAsync(NewsFactsDbContext db)
    {
        var places = await db.IncidentPlaceYears
            .Select(p => "place|" + p.Year + "|" + p.Type + "|" + p.LocationId + "|" + p.Incidents + "|" + p.Intercepted + "|" + p.NotIntercepted).ToListAsync();
        var actors = await db.IncidentActorYears
            .Select(a => "actor|" + a.Year + "|" + a.ActorId + "|" + a.Incidents + "|" + a.Intercepted + "|" + a.NotIntercepted).ToListAsync();
        var incidents = await db.Incidents.Select(i => new { i.Id, i.Date, i.Type, i.LocationId, i.Intercepted }).ToListAsync();
        var actorsOf = (await db.IncidentActors.Select(a => new { a.IncidentId, a.ActorId }).ToListAsync())
            .ToLookup(a => a.IncidentId, a => a.ActorId);
        var cells = incidents.Select(i => (i.Id, Year: i.Date is { Length: > 4 } date ? date[..4] : i.Date ?? "", i.Type, LocationId: i.LocationId ?? 0, i.Intercepted)).ToList();
        static string Counts<T>(IEnumerable<T> rows, Func<T, bool?> intercepted) =>
            rows.Count() + "|" + rows.Count(r => intercepted(r) == true) + "|" + rows.Count(r => intercepted(r) == false);
        var recounted = cells.GroupBy(i => (i.Year, i.Type, i.LocationId))
            .Select(g => "place|" + g.Key.Year + "|" + g.Key.Type + "|" + g.Key.LocationId + "|" + Counts(g, i => i.Intercepted))
            .Concat(cells.SelectMany(i => actorsOf[i.Id].Distinct().Select(actor => (i.Year, Actor: actor, i.Intercepted)))
                .GroupBy(x => (x.Year, x.Actor)).Select(g => "actor|" + g.Key.Year + "|" + g.Key.Actor + "|" + Counts(g, x => x.Intercepted)));
        return (places.Concat(actors).Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }

    public Task<(List<string> Stored, List<string> Recounted)> PlacesAsync() =>
        WithScopeAsync(services => PlaceRowsAsync(services.GetRequiredService<NewsFactsDbContext>()));

    /// <summary>The place summary's rows and a recount of the incidents, as sorted lines.</summary>
    public static async Task<(List<string> Stored, List<string> Recounted)> PlaceRowsAsync(NewsFactsDbContext db)
    {
        var stored = await db.IncidentPlaces.Select(p => p.LocationId + "|" + p.Type + "|" + p.Incidents).ToListAsync();
        var recounted = await db.Incidents.Where(i => i.LocationId != null).GroupBy(i => new { i.LocationId, i.Type })
            .Select(g => g.Key.LocationId + "|" + g.Key.Type + "|" + g.Count()).ToListAsync();
        return (stored.Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>
/// The incident summary tables, kept by triggers, must always equal a recount of the incidents (after merges and
/// deletions too), and the timeline and stats read from them must equal the same answers counted from the incidents.
/// 300 generated articles over 2014-2025 give incidents of every type in several countries, merged and not.
/// </summary>
public sealed class IncidentSummaryTests(SummaryCorpus corpus) : IClassFixture<SummaryCorpus>
{
    [Fact]
    public async Task SummaryEqualsARecountOfTheIncidents()
    {
        var (days, recountedDays) = await corpus.DaysAsync();
        days.Count.ShouldBeGreaterThan(50);
        days.ShouldBe(recountedDays);
        var (places, recountedPlaces) = await corpus.PlacesAsync();
        places.ShouldBe(recountedPlaces);
        var (actors, recountedActors) = await corpus.ActorCountsAsync();
        actors.Count.ShouldBeGreaterThan(20);
        actors.ShouldBe(recountedActors);
        var (months, recountedMonths) = await corpus.MonthsAsync();
        months.Count(m => m.StartsWith("actor|", StringComparison.Ordinal)).ShouldBeGreaterThan(20);
        months.ShouldBe(recountedMonths);
        var (years, recountedYears) = await corpus.YearsAsync();
        years.Count(y => y.StartsWith("actor|", StringComparison.Ordinal)).ShouldBeGreaterThan(20);
        // Interceptions of both kinds are counted, or a column left at zero would pass.
        years.ShouldContain(y => y.StartsWith("place|", StringComparison.Ordinal) && y.Split('|')[5] != "0");
        years.ShouldContain(y => y.StartsWith("actor|", StringComparison.Ordinal) && y.Split('|')[5] != "0");
        years.ShouldContain(y => y.Split('|').Last() != "0");
        years.ShouldBe(recountedYears);
    }

    [Fact]
    public async Task LocationsCountTheirIncidents()
    {
        var client = corpus.Factory.CreateClient();
        // Every page: the lexicons hold more places than one page shows.
        var listed = new List<(int Id, int Count)>();
        for (var page = 1; ; page++)
        {
            var items = (await client.GetFromJsonAsync<JsonElement>($"/api/locations?pageSize=200&page={page}")).GetProperty("items").EnumerateArray()
                .Select(l => (Id: l.GetProperty("id").GetInt32(), Count: l.GetProperty("incidentCount").GetInt32())).ToList();
            listed.AddRange(items);
            if (items.Count < 200)
            {
                break;
            }
        }
        var counted = await corpus.WithScopeAsync(services => services.GetRequiredService<NewsFactsDbContext>().Incidents
            .Where(i => i.LocationId != null).GroupBy(i => i.LocationId!.Value).ToDictionaryAsync(g => g.Key, g => g.Count()));
        listed.Where(l => l.Count > 0).Count().ShouldBe(counted.Count);
        listed.ShouldAllBe(l => l.Count == counted.GetValueOrDefault(l.Id));
        listed.Select(l => l.Count).ShouldBeInOrder(SortDirection.Descending);
    }

    public static TheoryData<string> Filters => new()
    {
        "",
        "type=drone",
        "type=rocket&type=drone",
        "country=Iraq",
        "country=سوريا",
        "from=2018-01-01&to=2021-06-30",
        "from=2019-03-15",
        "to=2016-02-29",
        "type=rocket&country=Iraq&from=2016-01-01&to=2023-12-31",
        "country=Atlantis",
        "from=2020-01-01",
        "to=2019-12-31",
        "from=2017-01-01&to=2017-12-31",
        "from=2017-07-01&to=2018-06-30",
        "from=2016-12-31&to=2021-01-01",
        "from=2021-01-01&to=2020-12-31",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TimelineFromTheSummaryEqualsTheCountOfIncidents(string query)
    {
        foreach (var interval in new[] { "day", "week", "month", "year" })
        {
            var request = Bind<TimelineRequest>(query + "&interval=" + interval);
            request.FiltersOnlyTypeCountryOrDates.ShouldBeTrue();
            var (summary, counted) = await corpus.WithScopeAsync(async services =>
            {
                var aggregates = services.GetRequiredService<IncidentAggregates>();
                return (await aggregates.TimelineFromSummaryAsync(request, CancellationToken.None),
                    await aggregates.TimelineFromIncidentsAsync(request, CancellationToken.None));
            });
            JsonSerializer.Serialize(summary).ShouldBe(JsonSerializer.Serialize(counted), $"{query} by {interval}");
            if (query == "") summary.Points.Sum(p => p.Incidents).ShouldBeGreaterThan(100);
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task StatsFromTheSummaryEqualTheCountOfIncidents(string query)
    {
        var request = Bind<IncidentFilterRequest>(query);
        var (summary, counted) = await corpus.WithScopeAsync(async services =>
        {
            var aggregates = services.GetRequiredService<IncidentAggregates>();
            return (await aggregates.StatsFromSummaryAsync(request, CancellationToken.None),
                await aggregates.StatsFromIncidentsAsync(request, CancellationToken.None));
        });
        JsonSerializer.Serialize(summary).ShouldBe(JsonSerializer.Serialize(counted), query);
        if (query == "") summary.ByCountry.Count.ShouldBeGreaterThan(1);
    }

    /// <summary>
    /// Filters only the stats answer from the month summaries: a place (by key, Arabic or English name, with the places
    /// inside it), and ranges that start or end inside a month, whose cut months are counted from the incidents.
    /// </summary>
    public static TheoryData<string> PlaceAndCutFilters => new()
    {
        "from=2019-03-15&to=2019-03-20",
        "from=2017-05-02&to=2022-11-29",
        "type=drone&from=2016-01-31",
        "country=Iraq&to=2024-02-28",
        "location=iraq",
        "location=العراق&from=2019-03-15",
        "location=Syria&type=rocket&type=drone&from=2015-01-01&to=2023-12-31",
        "location=iraq&country=Syria",
        "location=Atlantis",
        "location=iraq&from=2016-01-01&to=2022-12-31",
        "country=Iraq&type=drone&from=2018-02-01",
        "location=Syria&from=2015-03-10&to=2024-10-05",
    };

    [Theory]
    [MemberData(nameof(PlaceAndCutFilters))]
    public async Task StatsFromTheMonthSummariesEqualTheCountOfIncidents(string query)
    {
        var request = Bind<IncidentFilterRequest>(query);
        request.FiltersOnlyTypePlaceOrDates.ShouldBeTrue();
        var (summary, counted) = await corpus.WithScopeAsync(async services =>
        {
            var aggregates = services.GetRequiredService<IncidentAggregates>();
            return (await aggregates.StatsFromSummaryAsync(request, CancellationToken.None),
                await aggregates.StatsFromIncidentsAsync(request, CancellationToken.None));
        });
        JsonSerializer.Serialize(summary).ShouldBe(JsonSerializer.Serialize(counted), query);
        if (query is "location=iraq" or "from=2017-05-02&to=2022-11-29")
        {
            summary.ByLocation.Count.ShouldBeGreaterThan(3, query);
            summary.ByActor.Count.ShouldBeGreaterThan(3, query);
        }
    }

    /// <summary>
    /// Interception over whole years or all time, which the stats answer from the year summaries' interception
    /// counts: the same as counting the incidents, and neither none nor every incident (or a wrong column would pass).
    /// </summary>
    [Theory]
    [InlineData("intercepted=true")]
    [InlineData("intercepted=false")]
    [InlineData("intercepted=true&from=2018-01-01")]
    [InlineData("intercepted=false&to=2020-12-31")]
    [InlineData("intercepted=true&from=2016-01-01&to=2019-12-31")]
    [InlineData("intercepted=true&from=2020-01-01&to=2019-12-31")]
    public async Task InterceptionStatsFromTheYearSummariesEqualTheCountOfIncidents(string query)
    {
        var request = Bind<IncidentFilterRequest>(query);
        request.FiltersOnlyInterceptedAndYears.ShouldBeTrue();
        var (summary, counted, all) = await corpus.WithScopeAsync(async services =>
        {
            var aggregates = services.GetRequiredService<IncidentAggregates>();
            return (await aggregates.StatsFromYearsAsync(request, CancellationToken.None),
                await aggregates.StatsFromIncidentsAsync(request, CancellationToken.None),
                await aggregates.StatsAsync(new IncidentFilterRequest(), CancellationToken.None));
        });
        JsonSerializer.Serialize(summary).ShouldBe(JsonSerializer.Serialize(counted), query);
        if (query.Contains("2019-12-31", StringComparison.Ordinal) && query.Contains("2020-01-01", StringComparison.Ordinal))
        {
            summary.Incidents.ShouldBe(0);
            return;
        }
        summary.Incidents.ShouldBeGreaterThan(0, query);
        summary.Incidents.ShouldBeLessThan(all.Incidents, query);
        summary.ByActor.ShouldNotBeEmpty(query);
        summary.ByLocation.ShouldNotBeEmpty(query);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListTotalFromTheSummaryEqualsTheCountOfIncidents(string query)
    {
        var request = Bind<IncidentFilterRequest>(query);
        // Given no incidents to count, the total can only come from the summary.
        var (summary, counted) = await corpus.WithScopeAsync(async services =>
            (await services.GetRequiredService<IncidentAggregates>().CountAsync(request, Enumerable.Empty<Incident>().AsQueryable(), CancellationToken.None),
                await services.GetRequiredService<IncidentQuery>().Filter(request).CountAsync()));
        summary.ShouldBe(counted, query);
        if (query == "") summary.ShouldBeGreaterThan(100);
    }

    /// <summary>
    /// Filters on the incidents' figures (minKilled, minWounded, intercepted), alone and with type, country, location and
    /// dates, which the stats and the timeline count from the incidents through their partial indexes (type and place
    /// then tested on the index's entry, compared here with the same filters asked without a figure).
    /// </summary>
    public static TheoryData<string> FigureFilters => new()
    {
        "minKilled=1",
        "minKilled=0",
        "minWounded=2",
        "intercepted=true",
        "intercepted=false&type=drone",
        "minKilled=1&country=Iraq&from=2016-01-01",
        "minWounded=1&to=2022-06-15",
        "minKilled=1&type=rocket&type=drone&country=Iraq",
        "minWounded=1&location=iraq",
        "intercepted=true&location=Syria&country=Syria&type=drone",
    };

    [Theory]
    [MemberData(nameof(FigureFilters))]
    public async Task FigureFiltersCountTheIncidentsThatCarryTheFigures(string query)
    {
        var request = Bind<TimelineRequest>(query);
        request.FiltersOnlyTypePlaceOrDates.ShouldBeFalse();
        var (stats, matching, actors) = await corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            // The other filters through the query, the figures tested here on each incident.
            var others = Bind<IncidentFilterRequest>(string.Join('&', query.Split('&').Where(p => !p.StartsWith("min") && !p.StartsWith("intercepted"))));
            var candidates = await services.GetRequiredService<IncidentQuery>().Filter(others).Include(i => i.Location).ToListAsync();
            var matching = candidates.Where(i => (request.MinKilled is not { } k || i.Killed >= k) && (request.MinWounded is not { } w || i.Wounded >= w)
                && (request.Intercepted is not { } x || i.Intercepted == x)).ToList();
            var ids = matching.Select(i => i.Id).ToHashSet();
            var actors = (await db.IncidentActors.Include(a => a.Actor).ToListAsync()).Where(a => ids.Contains(a.IncidentId)).ToList();
            return (await services.GetRequiredService<IncidentAggregates>().StatsAsync(request, CancellationToken.None), matching, actors);
        });
        matching.ShouldNotBeEmpty(query);
        // Each interval's timeline from the incidents' whole stored dates (a month-precision date is undated by day).
        var byDate = matching.GroupBy(i => i.Date).Select(g => new Timeline.DateCount(g.Key, g.Count(), g.Sum(i => i.Killed ?? 0), g.Sum(i => i.Wounded ?? 0))).ToList();
        foreach (var interval in new[] { "day", "week", "month", "year" })
        {
            request.Interval = interval;
            var timeline = await corpus.WithScopeAsync(services => services.GetRequiredService<IncidentAggregates>().TimelineAsync(request, CancellationToken.None));
            JsonSerializer.Serialize(timeline).ShouldBe(JsonSerializer.Serialize(Timeline.Build(interval, byDate)), $"{query} by {interval}");
        }
        static List<CountResponse> Largest(IEnumerable<CountResponse> counts) =>
            counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var placed = matching.Where(i => i.Location is not null).ToList();
        var expectedStats = stats with
        {
            Incidents = matching.Count,
            ByType = Largest(matching.GroupBy(i => i.Type).Select(g => new CountResponse(g.Key, null, null, g.Count()))),
            ByCountry = Largest(placed.GroupBy(i => i.Location!.Country).Select(g => new CountResponse(g.Key, g.Key, null, g.Count()))),
            ByLocation = Largest(placed.GroupBy(i => i.Location!.Id)
                .Select(g => new CountResponse(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.First().Location!.NameEn, g.First().Location!.NameAr, g.Count()))),
            ByActor = Largest(actors.GroupBy(a => a.ActorId).Select(g => new CountResponse(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.First().Actor.NameEn, g.First().Actor.NameAr, g.Select(a => a.IncidentId).Distinct().Count()))),
        };
        JsonSerializer.Serialize(stats).ShouldBe(JsonSerializer.Serialize(expectedStats), query);
    }

    /// <summary>
    /// The actor and q filters read the matching actors' incidents and the matching articles' sources through their
    /// indexes; they must select exactly the incidents a test of each incident's own actors and sources selects.
    /// </summary>
    [Theory]
    [InlineData("id", null)]
    [InlineData("key", null)]
    [InlineData("nameAr", null)]
    [InlineData(null, "مسيرة")]
    [InlineData(null, "قاعدة عين الأسد")]
    [InlineData("key", "صواريخ")]
    public async Task ActorAndSearchFiltersSelectTheIncidentsWhoseActorsOrSourcesMatch(string? actorBy, string? q)
    {
        string? actor = null;
        var (filtered, tested) = await corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            // The actor in most incidents, named by its id, its key or its Arabic name.
            var top = await db.Actors.OrderByDescending(a => db.IncidentActors.Count(x => x.ActorId == a.Id)).ThenBy(a => a.Id).FirstAsync();
            actor = actorBy switch { "id" => top.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "key" => top.Key, "nameAr" => top.NameAr, _ => null };
            var request = new IncidentFilterRequest { Actor = actor, Q = q };
            var filtered = await services.GetRequiredService<IncidentQuery>().Filter(request).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
            var incidents = db.Incidents.AsQueryable();
            if (actor is not null)
            {
                var actorIds = ActorFilter.Matching(db, actor);
                incidents = incidents.Where(i => i.Actors.Any(a => actorIds.Contains(a.ActorId)));
            }
            if (q is not null)
            {
                FullTextQuery.TryParse(q, services.GetRequiredService<NewsFacts.TextPipeline.Normalization.SpellingVariants>(), out var search, out _).ShouldBeTrue();
                var articleIds = ArticleSearch.MatchingIds(db, search!);
                incidents = incidents.Where(i => i.Sources.Any(s => articleIds.Contains(s.ArticleId)));
            }
            return (filtered, await incidents.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        });
        tested.ShouldNotBeEmpty($"{actor} {q}");
        filtered.ShouldBe(tested, $"{actor} {q}");
    }

    /// <summary>
    /// q with the other filters, once q's incidents are found for the request (a temporary table on SQLite, tested on
    /// each entry walked when they are a large part of the archive, else read by id): the list, its total and the stats
    /// must count exactly the incidents the query selects when it reads the full-text index itself.
    /// </summary>
    [Theory]
    [InlineData("q=%D9%85%D8%B3%D9%8A%D8%B1%D8%A9")]
    [InlineData("q=%D9%87%D8%AC%D9%88%D9%85")]
    [InlineData("q=%D9%82%D8%A7%D8%B9%D8%AF%D8%A9%20%D8%B9%D9%8A%D9%86%20%D8%A7%D9%84%D8%A3%D8%B3%D8%AF")]
    [InlineData("q=%D9%87%D8%AC%D9%88%D9%85&country=Iraq")]
    [InlineData("q=%D9%87%D8%AC%D9%88%D9%85&type=drone&location=iraq")]
    [InlineData("q=%D9%87%D8%AC%D9%88%D9%85&minKilled=1&country=Iraq")]
    [InlineData("q=%D9%85%D8%B3%D9%8A%D8%B1%D8%A9&from=2018-01-01")]
    public async Task SearchedIncidentsFoundOnceCountWhatTheQuerySelects(string query)
    {
        var request = Bind<IncidentFilterRequest>(query);
        var (inline, found, many, total, stats, actors) = await corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            var incidents = services.GetRequiredService<IncidentQuery>();
            var inline = await incidents.Filter(request).Include(i => i.Location).OrderBy(i => i.Id).ToListAsync();
            await incidents.FindSearchedOnceAsync(request, CancellationToken.None);
            var filtered = incidents.Filter(request);
            var found = await SortMaps.Incidents.Apply(filtered, null).Select(i => i.Id).ToListAsync();
            var total = await services.GetRequiredService<IncidentAggregates>().CountAsync(request, filtered, CancellationToken.None);
            var ids = inline.Select(i => i.Id).ToHashSet();
            var actors = (await db.IncidentActors.Include(a => a.Actor).ToListAsync()).Where(a => ids.Contains(a.IncidentId)).ToList();
            return (inline, found, incidents.SearchesMany(request), total, await services.GetRequiredService<IncidentAggregates>().StatsAsync(request, CancellationToken.None), actors);
        });
        inline.ShouldNotBeEmpty(query);
        found.Order().ShouldBe(inline.Select(i => i.Id), query);
        found.ShouldBe(await corpus.WithScopeAsync(services =>
            SortMaps.Incidents.Apply(services.GetRequiredService<IncidentQuery>().Filter(request), null).Select(i => i.Id).ToListAsync()), query);
        total.ShouldBe(inline.Count, query);
        if (query is "q=%D9%87%D8%AC%D9%88%D9%85" && corpus.Factory.PostgresConnectionString is null) many.ShouldBeTrue();
        if (query.Contains("%D8%B9%D9%8A%D9%86")) many.ShouldBeFalse();
        static List<CountResponse> Largest(IEnumerable<CountResponse> counts) =>
            counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var placed = inline.Where(i => i.Location is not null).ToList();
        var expected = stats with
        {
            Incidents = inline.Count,
            ByType = Largest(inline.GroupBy(i => i.Type).Select(g => new CountResponse(g.Key, null, null, g.Count()))),
            ByCountry = Largest(placed.GroupBy(i => i.Location!.Country).Select(g => new CountResponse(g.Key, g.Key, null, g.Count()))),
            ByLocation = Largest(placed.GroupBy(i => i.Location!.Id)
                .Select(g => new CountResponse(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.First().Location!.NameEn, g.First().Location!.NameAr, g.Count()))),
            ByActor = Largest(actors.GroupBy(a => a.ActorId).Select(g => new CountResponse(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.First().Actor.NameEn, g.First().Actor.NameAr, g.Select(a => a.IncidentId).Distinct().Count()))),
        };
        JsonSerializer.Serialize(stats).ShouldBe(JsonSerializer.Serialize(expected), query);
    }

    /// <summary>The request as MVC would bind it from the query string.</summary>
    private static T Bind<T>(string query) where T : IncidentFilterRequest, new()
    {
        var request = new T();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            var value = Uri.UnescapeDataString(pair[1]);
            switch (pair[0])
            {
                case "type": request.Type.Add(Enum.Parse<NewsFacts.TextPipeline.Model.IncidentType>(value, ignoreCase: true)); break;
                case "country": request.Country = value; break;
                case "location": request.Location = value; break;
                case "from": request.From = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "to": request.To = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "minKilled": request.MinKilled = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "minWounded": request.MinWounded = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "intercepted": request.Intercepted = bool.Parse(value); break;
                case "q": request.Q = value; break;
                case "interval" when request is TimelineRequest timeline: timeline.Interval = value; break;
                default: throw new ArgumentException(pair[0]);
            }
        }
        return request;
    }
}

/// <summary>Deletions on a corpus of their own, since they change it.</summary>
public sealed class IncidentSummaryDeletionTests : IAsyncLifetime
{
    private readonly SummaryCorpus _corpus = new();

    public Task InitializeAsync() => _corpus.InitializeAsync();

    public Task DisposeAsync() => _corpus.DisposeAsync();

    [Fact]
    public async Task SummaryFollowsDeletionsAndTheMergesTheyUndo()
    {
        // Articles whose incidents have other sources (figures recomputed) and articles whose incidents go with them.
        var (shared, alone) = await _corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            var sources = await db.IncidentSources.Select(s => new
            {
                s.ArticleId, s.IncidentId, s.Incident.Killed,
                Row = (s.Incident.Date ?? "") + "|" + s.Incident.Type + "|" + (s.Incident.Location == null ? "" : s.Incident.Location.Country),
            }).ToListAsync();
            var perIncident = sources.GroupBy(s => s.IncidentId).ToDictionary(g => g.Key, g => g.Count());
            var perRow = sources.DistinctBy(s => s.IncidentId).GroupBy(s => s.Row).ToDictionary(g => g.Key, g => g.Count());
            var sharedIds = sources.Where(s => perIncident[s.IncidentId] > 1).Select(s => s.ArticleId).Distinct().Take(5).ToList();
            // Incidents with deaths that share their summary row with others first: the row stays, so what is taken
            // away from it (incidents and killed) shows; a row left with no incident goes whole and would hide a wrong sum.
            var aloneIds = sources.Where(s => perIncident[s.IncidentId] == 1).OrderByDescending(s => s.Killed > 0 && perRow[s.Row] > 1)
                .Select(s => s.ArticleId).Except(sharedIds).Distinct().Take(10).ToList();
            sources.Where(s => aloneIds.Contains(s.ArticleId)).ShouldContain(s => s.Killed > 0 && perRow[s.Row] > 1);
            return (sharedIds, aloneIds);
        });
        shared.ShouldNotBeEmpty();
        foreach (var id in shared.Concat(alone))
        {
            (await _corpus.WithScopeAsync(services => services.GetRequiredService<ArticleRemover>().RemoveAsync(id, CancellationToken.None))).ShouldBeTrue();
        }

        var (days, recountedDays) = await _corpus.DaysAsync();
        days.ShouldBe(recountedDays);
        days.ShouldNotContain(d => d.Split('|')[3] == "0");
        var (places, recountedPlaces) = await _corpus.PlacesAsync();
        places.ShouldBe(recountedPlaces);
        var (actors, recountedActors) = await _corpus.ActorCountsAsync();
        actors.ShouldBe(recountedActors);
        var (months, recountedMonths) = await _corpus.MonthsAsync();
        months.ShouldBe(recountedMonths);
        var (years, recountedYears) = await _corpus.YearsAsync();
        years.ShouldBe(recountedYears);
    }

    /// <summary>
    /// A merge can move an incident to another month, type or place, and an actor can leave an incident that stays: the
    /// month summaries follow each, and drop the rows left at zero.
    /// </summary>
    [Fact]
    public async Task MonthSummariesFollowIncidentsThatMoveAndActorsThatLeave()
    {
        var moved = await _corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            var withActors = await db.Incidents.Where(i => i.Actors.Any() && i.Date != null && i.LocationId != null).OrderBy(i => i.Id)
                .Select(i => i.Id).Take(12).ToListAsync();
            var otherPlace = await db.Locations.OrderByDescending(l => l.Id).Select(l => l.Id).FirstAsync();
            await db.Incidents.Where(i => withActors.Take(4).Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.Date, "2013-07-04"));
            await db.Incidents.Where(i => withActors.Skip(4).Take(4).Contains(i.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Type, "ied").SetProperty(i => i.LocationId, (int?)null));
            await db.Incidents.Where(i => withActors.Skip(8).Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.LocationId, otherPlace));
            // One actor row of six incidents moved to another type or place: where it was the actor's only role in the
            // incident, the actor leaves it.
            foreach (var id in withActors.Skip(4).Take(6))
            {
                var first = await db.IncidentActors.Where(a => a.IncidentId == id).OrderBy(a => a.ActorId).ThenBy(a => a.Role).FirstAsync();
                await db.IncidentActors.Where(a => a.IncidentId == id && a.ActorId == first.ActorId && a.Role == first.Role).ExecuteDeleteAsync();
            }
            return withActors.Count;
        });
        moved.ShouldBe(12);
        var (months, recountedMonths) = await _corpus.MonthsAsync();
        months.ShouldContain(m => m.StartsWith("actor|2013-07|", StringComparison.Ordinal));
        months.ShouldNotContain(m => m.EndsWith("|0", StringComparison.Ordinal));
        months.ShouldBe(recountedMonths);
        var (years, recountedYears) = await _corpus.YearsAsync();
        years.ShouldContain(y => y.StartsWith("actor|2013|", StringComparison.Ordinal));
        years.ShouldNotContain(y => y.Split('|')[y.StartsWith("place|", StringComparison.Ordinal) ? 4 : 3] == "0");
        years.ShouldBe(recountedYears);
    }

    /// <summary>
    /// A merge can change whether an incident was intercepted (a later report says it was, or that it was not): the
    /// year summaries move it between their interception counts, and the stats of intercepted=true and false, read
    /// from them, stay those of the incidents.
    /// </summary>
    [Fact]
    public async Task YearSummariesFollowAChangeOfInterception()
    {
        var changed = await _corpus.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsFactsDbContext>();
            var withActors = await db.Incidents.Where(i => i.Actors.Any() && i.Date != null).OrderBy(i => i.Id).Select(i => new { i.Id, i.Intercepted })
                .ToListAsync();
            var yes = withActors.Where(i => i.Intercepted == true).Take(5).Select(i => i.Id).ToList();
            var no = withActors.Where(i => i.Intercepted == false).Take(5).Select(i => i.Id).ToList();
            var unknown = withActors.Where(i => i.Intercepted is null).Take(5).Select(i => i.Id).ToList();
            // As the merger writes a revised incident: an UPDATE of the row, here of the interception alone.
            await db.Incidents.Where(i => yes.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.Intercepted, false));
            await db.Incidents.Where(i => no.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.Intercepted, (bool?)null));
            await db.Incidents.Where(i => unknown.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.Intercepted, true));
            // A place found by its shape alone has no country: its incidents count under country "" in the stats of
            // the incidents, unlike those with no place, which the year rows must tell apart.
            var shaped = await db.Locations.Where(l => l.Country == "").Select(l => l.Id).FirstOrDefaultAsync();
            if (shaped == 0)
            {
                var place = new Location { Key = "shape:منطقه-دونيتسك", NameAr = "منطقة دونيتسك", NameEn = "Dwnytsk area", Country = "", Precision = "area" };
                db.Locations.Add(place);
                await db.SaveChangesAsync();
                shaped = place.Id;
            }
            await db.Incidents.Where(i => unknown.Take(2).Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.LocationId, shaped));
            return yes.Count + no.Count + unknown.Count;
        });
        changed.ShouldBeGreaterThan(10);
        var (years, recountedYears) = await _corpus.YearsAsync();
        years.ShouldBe(recountedYears);
        foreach (var query in new[] { "intercepted=true", "intercepted=false", "intercepted=true&from=2018-01-01" })
        {
            var request = new IncidentFilterRequest { Intercepted = query.Contains("true", StringComparison.Ordinal), From = query.Contains("from") ? new DateOnly(2018, 1, 1) : null };
            var (summary, counted) = await _corpus.WithScopeAsync(async services =>
            {
                var aggregates = services.GetRequiredService<IncidentAggregates>();
                return (await aggregates.StatsFromYearsAsync(request, CancellationToken.None), await aggregates.StatsFromIncidentsAsync(request, CancellationToken.None));
            });
            JsonSerializer.Serialize(summary).ShouldBe(JsonSerializer.Serialize(counted), query);
            if (query == "intercepted=true") summary.ByCountry.ShouldContain(c => c.Key == "");
        }
    }
}
