using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using Extracted = NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.Api.Import;

/// <summary>
/// An incident is the event, not the sentence: a newly extracted incident joins a stored one when they are the same
/// attack (same type, same or nested place, compatible dates and weapon counts), else it becomes a new incident.
/// The headline figures are recomputed from all sources' claims after every change. Runs inside the
/// <see cref="ArticleWriter"/>'s transaction, with its own prepared statements on the context's connection.
/// </summary>
public sealed class IncidentMerger(NewsFactsDbContext db, LexiconIndex lexicon) : IDisposable
{
    /// <summary>Two reports with unknown dates are the same event only if published this close together.</summary>
    private const int UndatedWindowDays = 3;

    /// <summary>
    /// The candidates' columns, then one source and its article's publication date per row (none for an incident with no
    /// source), rows of one incident together, then the candidate's stored headline (for an update of what changed). The
    /// places drive the join, each looked up by key and then its incidents through the (Type, LocationId, Dated, …)
    /// indexes: written as <c>LocationId IN (SELECT … json_each)</c> the same lookup built an ephemeral index per subquery
    /// on every call (seven of them; 90 µs a report, more than storing it). CROSS JOIN keeps that order on SQLite ({2}:
    /// PostgreSQL's JOIN takes no such hint, nor needs it). {0} is the condition on the incident's date, {1} the keys as
    /// rows of a column p.value. The CAST tells PostgreSQL the type of a parameter that is only tested for NULL.
    /// {3} and {4} read the sources' publication dates, which only undated reports compare (<see cref="DatesCompatible"/>):
    /// each is a row of the articles table, the largest, read at random, so dated lookups leave them out (NULL).
    /// </summary>
    private const string CandidateSql = """
        SELECT i.Id, i.LocationId, l.Key, i.Background, i.SummaryEn,
               s.ArticleId, s.WeaponCount, s.Killed, s.Wounded, s.Intercepted, s.DateValue, s.DatePrecision, s.DateText, {3},
               i.Date, i.DatePrecision, i.DateText, i.WeaponCount, i.Intercepted, i.Killed, i.Wounded, i.FirstReported
        FROM {1}
        {2} locations l ON l.Key = p.value
        {2} incidents i ON i.Type = $type AND i.LocationId = l.Id AND {0}
        LEFT JOIN incident_sources s ON s.IncidentId = i.Id
        {4}
        WHERE CAST($weapons AS INTEGER) IS NULL OR i.WeaponCount IS NULL OR i.WeaponCount = $weapons
        """;

    private readonly Dictionary<string, string> _samePlaceKeys = new(StringComparer.Ordinal);
    private Statements? _sql;

    public void Add(int articleId, DateOnly? publishedAt, Extracted.Incident extracted, int? locationId,
        IReadOnlyList<(int ActorId, string Role)> actors, DateTime now)
    {
        var sql = _sql ??= new Statements(db.Database.GetDbConnection());
        var source = new IncidentSource
        {
            ArticleId = articleId,
            EvidenceStart = extracted.Evidence.Start,
            EvidenceEnd = extracted.Evidence.End,
            EvidenceText = extracted.Evidence.Text,
            Attribution = extracted.Attribution,
            Stance = Wire.Of(extracted.Stance),
            DateValue = extracted.Date?.Value,
            DatePrecision = extracted.Date is null ? null : Wire.Of(extracted.Date.Precision),
            DateText = extracted.Date?.Span.Text,
            WeaponCount = extracted.WeaponCount,
            Intercepted = extracted.Intercepted,
            Killed = extracted.Killed,
            Wounded = extracted.Wounded,
            Support = SourceSupport.Write(extracted),
        };
        var type = Wire.Of(extracted.Type);
        var match = extracted.PlaceId is null ? null : FindMatch(sql, articleId, publishedAt, type, extracted.PlaceId, source);
        var incident = match?.Incident ?? new Incident
        {
            Type = type, LocationId = locationId, Background = extracted.Background, SummaryEn = extracted.SummaryEn,
            DatePrecision = "unknown", UpdatedAt = now,
        };
        if (match is not null && locationId is not null && incident.LocationId != locationId && IsMorePrecise(extracted.PlaceId!, match.LocationKey))
        {
            incident.LocationId = locationId;
        }
        incident.Sources.Add(source);
        // The stored first report is the earliest of its sources' publication dates (the writer and ArticleRemover keep it so).
        incident.FirstReported = new[] { (DateOnly?)match?.Stored[FirstReportedColumn], publishedAt }.Min();
        incident.Background &= extracted.Background;
        incident.UpdatedAt = now;
        ApplyHeadline(incident);
        if (match is null)
        {
            incident.Id = Convert.ToInt32(sql.InsertIncident.Scalar(incident.Type, incident.Date, incident.DatePrecision, incident.DateText,
                incident.LocationId, incident.WeaponCount, incident.Intercepted, incident.Killed, incident.Wounded, incident.Background,
                incident.SummaryEn, incident.UpdatedAt, IsDated(source), incident.FirstReported), CultureInfo.InvariantCulture);
        }
        else
        {
            Update(sql, incident, match.Stored);
        }
        sql.InsertSource.Execute(incident.Id, source.ArticleId, source.EvidenceStart, source.EvidenceEnd, source.EvidenceText,
            source.Attribution, source.Stance, source.DateValue, source.DatePrecision, source.DateText, source.WeaponCount,
            source.Intercepted, source.Killed, source.Wounded, source.Support);
        foreach (var (actorId, role) in actors.Distinct())
        {
            sql.InsertActor.Execute(incident.Id, actorId, role);
        }
    }

    /// <summary>A stored incident and the key of its location, as the merge lookup read it.</summary>
    private sealed record Candidate(Incident Incident, string LocationKey, Dictionary<int, DateOnly?> Published, object?[] Stored);

    /// <summary>
    /// The columns a merge may change besides UpdatedAt, each with its parameter, in the order of <see cref="Headline"/>.
    /// </summary>
    private static readonly (string Column, string Parameter)[] HeadlineColumns =
    [
        ("Date", "$date"), ("DatePrecision", "$precision"), ("DateText", "$text"), ("LocationId", "$location"), ("WeaponCount", "$weapons"),
        ("Intercepted", "$intercepted"), ("Killed", "$killed"), ("Wounded", "$wounded"), ("Background", "$background"), ("FirstReported", "$reported"),
    ];

    private const int FirstReportedColumn = 9;

    private static object?[] Headline(Incident incident) =>
    [
        incident.Date, incident.DatePrecision, incident.DateText, incident.LocationId, incident.WeaponCount, incident.Intercepted,
        incident.Killed, incident.Wounded, incident.Background, incident.FirstReported,
    ];

    /// <summary>
    /// Sets UpdatedAt and the headline columns whose value the new report changed. SQLite rewrites the entries of every
    /// index on a column the SET names, even to its own value, and fires the summaries' update triggers: setting every
    /// column moved the incident in its nine indexes at each merge, random pages all, which grew with the archive.
    /// </summary>
    private static void Update(Statements sql, Incident incident, object?[] stored)
    {
        var values = Headline(incident);
        var changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!Equals(values[i], stored[i]))
            {
                changed |= 1 << i;
            }
        }
        var parameters = new List<object?> { incident.Id, incident.UpdatedAt };
        parameters.AddRange(values.Where((_, i) => (changed & (1 << i)) != 0));
        sql.UpdateIncident(changed).Execute([.. parameters]);
    }

    /// <summary>
    /// The first incident, by id, that the new report belongs to. SQL narrows the incidents to a superset of the ones
    /// that can pass, through the (Type, LocationId, Dated, Date) index: same type, at a place <see cref="SamePlace"/>
    /// accepts, dated like the report (an incident's sources are all dated or all undated, since
    /// <see cref="DatesCompatible"/> never joins the two), and a headline date and count the report can agree with.
    /// Undated reports look only at incidents first reported within the window. So the candidates do not
    /// grow with the archive; the exact checks stay here in C#.
    /// </summary>
    private Candidate? FindMatch(Statements sql, int articleId, DateOnly? publishedAt, string type, string placeId, IncidentSource report)
    {
        var places = lexicon.PlaceAndAncestors(placeId);
        var keys = SamePlaceKeys(placeId, places);
        var candidates = new Dictionary<int, Candidate>();
        if (!IsDated(report))
        {
            if (publishedAt is not { } published)
            {
                return null;
            }
            Read(sql.UndatedCandidates.Query(keys, type, published.AddDays(-UndatedWindowDays), published.AddDays(UndatedWindowDays),
                report.WeaponCount), type, candidates);
        }
        else if (report.DateValue is { } value)
        {
            // Stored dates are whole ISO components ("2024", "2024-04", "2024-04-15"). Those that agree with the value
            // are the unresolved ones, the value's shorter forms (each cut before a '-'), and the value with anything
            // after it, which sorts from the value up to the value + U+FFFF.
            Read(sql.UnresolvedCandidates.Query(keys, type, report.WeaponCount), type, candidates);
            for (var cut = value.IndexOf('-'); cut > 0; cut = value.IndexOf('-', cut + 1))
            {
                Read(sql.DateRangeCandidates.Query(keys, type, value[..cut], value[..cut], report.WeaponCount), type, candidates);
            }
            Read(sql.DateRangeCandidates.Query(keys, type, value, value + '\uffff', report.WeaponCount), type, candidates);
        }
        else
        {
            Read(sql.DatedCandidates.Query(keys, type, report.WeaponCount), type, candidates);
        }
        return candidates.Count == 0
            ? null
            : candidates.Values.OrderBy(c => c.Incident.Id).FirstOrDefault(c => Accepts(c, articleId, publishedAt, places, report));
    }

    /// <summary>Adds the incidents of one lookup, each with the sources read with it.</summary>
    private static void Read(StatementRows reader, string type, Dictionary<int, Candidate> candidates)
    {
        using (reader)
        {
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                if (!candidates.TryGetValue(id, out var current))
                {
                    current = new Candidate(
                        new Incident
                        {
                            Id = id, Type = type, LocationId = reader.GetInt32(1), Background = reader.GetBoolean(3),
                            SummaryEn = reader.GetString(4), DatePrecision = "unknown",
                        },
                        reader.GetString(2), [],
                        [
                            reader.GetNullableString(14), reader.GetString(15), reader.GetNullableString(16), reader.GetInt32(1),
                            reader.GetNullableInt32(17), reader.GetNullableBoolean(18), reader.GetNullableInt32(19),
                            reader.GetNullableInt32(20), reader.GetBoolean(3), reader.GetNullableDate(21),
                        ]);
                    candidates[id] = current;
                }
                if (reader.IsNull(5))
                {
                    continue;
                }
                var source = new IncidentSource
                {
                    ArticleId = reader.GetInt32(5),
                    WeaponCount = reader.GetNullableInt32(6),
                    Killed = reader.GetNullableInt32(7),
                    Wounded = reader.GetNullableInt32(8),
                    Intercepted = reader.GetNullableBoolean(9),
                    DateValue = reader.GetNullableString(10),
                    DatePrecision = reader.GetNullableString(11),
                    DateText = reader.GetNullableString(12),
                    EvidenceText = "",
                    Stance = "",
                };
                current.Incident.Sources.Add(source);
                current.Published[source.ArticleId] = reader.GetNullableDate(13);
            }
        }
    }

    private bool Accepts(Candidate candidate, int articleId, DateOnly? publishedAt, IReadOnlyList<string> places, IncidentSource report)
    {
        var sources = candidate.Incident.Sources;
        return sources.All(s => s.ArticleId != articleId)
            && SamePlace(places, candidate.LocationKey)
            && sources.All(s => CountsCompatible(s.WeaponCount, report.WeaponCount))
            && sources.All(s => DatesCompatible(s, candidate.Published.GetValueOrDefault(s.ArticleId), report, publishedAt));
    }

    /// <summary>
    /// The stored location keys <see cref="SamePlace"/> accepts, as a JSON array for json_each: the place, its
    /// ancestors and every place inside it. Fixed by the lexicon, so computed once per place.
    /// </summary>
    private string SamePlaceKeys(string placeId, IReadOnlyList<string> newPlaceAndAncestors)
    {
        if (!_samePlaceKeys.TryGetValue(placeId, out var keys))
        {
            keys = JsonSerializer.Serialize(lexicon.Places.Keys.Where(k => SamePlace(newPlaceAndAncestors, k))
                .Union(newPlaceAndAncestors, StringComparer.Ordinal).ToList());
            _samePlaceKeys[placeId] = keys;
        }
        return keys;
    }

    /// <summary>Same place, or one inside the other (a base inside its governorate).</summary>
    private bool SamePlace(IReadOnlyList<string> newPlaceAndAncestors, string storedKey) =>
        newPlaceAndAncestors.Contains(storedKey) || lexicon.PlaceAndAncestors(storedKey).Contains(newPlaceAndAncestors[0]);

    private bool IsMorePrecise(string newPlaceId, string currentKey) =>
        lexicon.PlaceAndAncestors(newPlaceId).Contains(currentKey) && currentKey != newPlaceId;

    private static bool CountsCompatible(int? a, int? b) => a is null || b is null || a == b;

    /// <summary>
    /// Resolved dates must agree as far as both go ("2024-04" and "2024-04-15" agree). An unresolved month or weekday
    /// cannot contradict an expression of another precision, and agrees with one of its own precision only when the
    /// words are the same. A relative expression with no publication date to anchor it ("الشهر الحالي") says nothing
    /// about the calendar, so it counts as undated. Two undated reports merge only when both articles were published
    /// within a few days.
    /// </summary>
    internal static bool DatesCompatible(IncidentSource a, DateOnly? aPublished, IncidentSource b, DateOnly? bPublished)
    {
        var aDated = IsDated(a);
        var bDated = IsDated(b);
        if (!aDated && !bDated)
        {
            return aPublished is { } x && bPublished is { } y && Math.Abs(x.DayNumber - y.DayNumber) <= UndatedWindowDays;
        }
        if (!aDated || !bDated)
        {
            return false;
        }
        if (a.DateValue is { } va && b.DateValue is { } vb)
        {
            return va.StartsWith(vb, StringComparison.Ordinal) || vb.StartsWith(va, StringComparison.Ordinal);
        }
        if (a.DatePrecision != b.DatePrecision)
        {
            return true;
        }
        return ArabicNormalizer.Fold(a.DateText!) == ArabicNormalizer.Fold(b.DateText!);
    }

    private static bool IsDated(IncidentSource source) =>
        source.DateValue is not null || source.DatePrecision is "day" or "month" or "year" or "weekday";

    /// <summary>Each headline figure is the value most sources report; ties go to the most precise, then the earliest source.</summary>
    internal static void ApplyHeadline(Incident incident)
    {
        var sources = incident.Sources.OrderBy(s => s.ArticleId).ToList();
        incident.WeaponCount = Majority(sources.Select(s => s.WeaponCount));
        incident.Killed = Majority(sources.Select(s => s.Killed));
        incident.Wounded = Majority(sources.Select(s => s.Wounded));
        incident.Intercepted = Majority(sources.Select(s => s.Intercepted));
        var dated = sources.Where(s => s.DateText is not null)
            .OrderByDescending(s => s.DateValue?.Length ?? 0)
            .ThenBy(s => s.ArticleId)
            .FirstOrDefault();
        incident.Date = dated?.DateValue;
        incident.DateText = dated?.DateText;
        incident.DatePrecision = dated?.DateValue switch
        {
            { Length: 10 } => "day",
            { Length: 7 } => "month",
            { Length: 4 } => "year",
            _ => "unknown",
        };
        // News reports the attacks of its day: a current attack no report dates took place in the month of its first
        // report (a month, not a day, and no dateText: no words say it). A recalled attack gets no such date.
        if (dated is null && !incident.Background && incident.FirstReported is { } reported)
        {
            incident.Date = reported.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            incident.DatePrecision = "month";
        }
    }

    private static T? Majority<T>(IEnumerable<T?> values) where T : struct =>
        values.Where(v => v.HasValue)
            .GroupBy(v => v!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => (T?)g.Key)
            .FirstOrDefault();

    public void Dispose() => _sql?.Dispose();

    private sealed class Statements(System.Data.Common.DbConnection connection) : IDisposable
    {
        public SqlStatement UndatedCandidates { get; } = Candidates(connection, published: true,
            // Every source of an acceptable incident was published within the window of the report, so its earliest was.
            // Before FirstReported this walked every article published in the window: 280 µs a report at 100k articles,
            // growing with the archive's density.
            "i.Dated = FALSE AND i.FirstReported BETWEEN $from AND $to", "$from", "$to");

        public SqlStatement UnresolvedCandidates { get; } = Candidates(connection, published: false, "i.Dated = TRUE AND i.Date IS NULL");

        public SqlStatement DateRangeCandidates { get; } = Candidates(connection, published: false,
            "i.Dated = TRUE AND i.Date >= $low AND i.Date <= $high", "$low", "$high");

        public SqlStatement DatedCandidates { get; } = Candidates(connection, published: false, "i.Dated = TRUE");

        /// <summary>Parameters: $places, $type, then those of the date condition, then $weapons.</summary>
        private static SqlStatement Candidates(System.Data.Common.DbConnection connection, bool published, string dateCondition,
            params string[] dateParameters) =>
            SqlStatement.Prepare(connection, string.Format(CultureInfo.InvariantCulture, CandidateSql, dateCondition,
                    connection is SqliteConnection ? "json_each($places) p" : "jsonb_array_elements_text(CAST($places AS jsonb)) AS p(value)",
                    connection is SqliteConnection ? "CROSS JOIN" : "JOIN",
                    published ? "a.PublishedAt" : "NULL",
                    published ? "LEFT JOIN articles a ON a.Id = s.ArticleId" : ""),
                ["$places", "$type", .. dateParameters, "$weapons"]);

        public SqlStatement InsertIncident { get; } = SqlStatement.Prepare(connection, """
            INSERT INTO incidents (Type, Date, DatePrecision, DateText, LocationId, WeaponCount, Intercepted, Killed, Wounded, Background, SummaryEn, UpdatedAt, Dated, FirstReported)
            VALUES ($type, $date, $precision, $text, $location, $weapons, $intercepted, $killed, $wounded, $background, $summary, $updated, $dated, $reported)
            RETURNING Id
            """,
            "$type", "$date", "$precision", "$text", "$location", "$weapons", "$intercepted", "$killed", "$wounded", "$background", "$summary", "$updated", "$dated",
            "$reported");

        private readonly Dictionary<int, SqlStatement> _updates = [];

        /// <summary>
        /// UPDATE of UpdatedAt and the headline columns of the bits set in <paramref name="changed"/>, prepared once per
        /// combination. Parameters: $id, $updated, then the changed columns' in <see cref="HeadlineColumns"/> order.
        /// </summary>
        public SqlStatement UpdateIncident(int changed)
        {
            if (!_updates.TryGetValue(changed, out var statement))
            {
                var columns = HeadlineColumns.Where((_, i) => (changed & (1 << i)) != 0).ToList();
                statement = SqlStatement.Prepare(connection,
                    "UPDATE incidents SET UpdatedAt = $updated" + string.Concat(columns.Select(c => $", {c.Column} = {c.Parameter}")) + " WHERE Id = $id",
                    ["$id", "$updated", .. columns.Select(c => c.Parameter)]);
                _updates[changed] = statement;
            }
            return statement;
        }

        public SqlStatement InsertSource { get; } = SqlStatement.Prepare(connection, """
            INSERT INTO incident_sources (IncidentId, ArticleId, EvidenceStart, EvidenceEnd, EvidenceText, Attribution, Stance, DateValue, DatePrecision, DateText, WeaponCount, Intercepted, Killed, Wounded, Support)
            VALUES ($incident, $article, $start, $end, $text, $attribution, $stance, $value, $precision, $dateText, $weapons, $intercepted, $killed, $wounded, $support)
            """,
            "$incident", "$article", "$start", "$end", "$text", "$attribution", "$stance", "$value", "$precision", "$dateText", "$weapons", "$intercepted", "$killed", "$wounded", "$support");

        public SqlStatement InsertActor { get; } = SqlStatement.Prepare(connection,
            "INSERT INTO incident_actors (IncidentId, ActorId, Role) VALUES ($incident, $actor, $role) ON CONFLICT DO NOTHING",
            "$incident", "$actor", "$role");

        public void Dispose()
        {
            foreach (var statement in new[] { UndatedCandidates, UnresolvedCandidates, DateRangeCandidates, DatedCandidates, InsertIncident, InsertSource, InsertActor }
                .Concat(_updates.Values))
            {
                statement.Dispose();
            }
        }
    }
}
