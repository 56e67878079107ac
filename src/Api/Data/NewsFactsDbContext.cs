using Microsoft.EntityFrameworkCore;

namespace NewsFacts.Api.Data;

/// <summary>
/// The one model of both engines. On PostgreSQL every table, column and index name is lower case, so the write path's
/// plain SQL (unquoted <c>ContentHash</c>, which PostgreSQL folds to <c>contenthash</c>, and SQLite matches in any case)
/// is the same text on both; text compares and sorts by code point there as in SQLite ("C" collation).
/// </summary>
public class NewsFactsDbContext : DbContext
{
    public NewsFactsDbContext(DbContextOptions<NewsFactsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the engine-specific contexts that own each engine's migrations.</summary>
    protected NewsFactsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>On the model of an engine that sorts NULL above every value (PostgreSQL; SQLite sorts it below), for <see cref="Queries.SortMap{T}"/>.</summary>
    public const string NullsSortHighAnnotation = "NewsFacts:NullsSortHigh";

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<ActorMention> ActorMentions => Set<ActorMention>();
    public DbSet<LocationMention> LocationMentions => Set<LocationMention>();
    public DbSet<DateMention> DateMentions => Set<DateMention>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentSource> IncidentSources => Set<IncidentSource>();
    public DbSet<IncidentActor> IncidentActors => Set<IncidentActor>();
    public DbSet<IncidentDay> IncidentDays => Set<IncidentDay>();
    public DbSet<ActorCount> ActorCounts => Set<ActorCount>();
    public DbSet<IncidentPlace> IncidentPlaces => Set<IncidentPlace>();
    public DbSet<IncidentPlaceMonth> IncidentPlaceMonths => Set<IncidentPlaceMonth>();
    public DbSet<IncidentActorMonth> IncidentActorMonths => Set<IncidentActorMonth>();
    public DbSet<IncidentPlaceYear> IncidentPlaceYears => Set<IncidentPlaceYear>();
    public DbSet<IncidentActorYear> IncidentActorYears => Set<IncidentActorYear>();
    public DbSet<MetaEntry> Meta => Set<MetaEntry>();
    public DbSet<DeletedEntity> DeletedEntities => Set<DeletedEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<string>().UseCollation("C");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(e =>
        {
            e.ToTable("articles");
            e.HasIndex(a => a.ContentHash).IsUnique();
            e.HasIndex(a => a.PublishedAt);
            e.HasIndex(a => a.Source);
            e.HasMany(a => a.ActorMentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.LocationMentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.DateMentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.IncidentSources).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Actor>(e =>
        {
            e.ToTable("actors");
            e.HasIndex(a => a.Key).IsUnique();
            e.HasIndex(a => a.Kind);
        });
        modelBuilder.Entity<Location>(e =>
        {
            e.ToTable("locations");
            e.HasIndex(l => l.Key).IsUnique();
            e.HasIndex(l => l.Country);
        });
        modelBuilder.Entity<ActorMention>(e =>
        {
            e.ToTable("actor_mentions");
            e.HasIndex(m => m.ActorId);
        });
        modelBuilder.Entity<LocationMention>(e =>
        {
            e.ToTable("location_mentions");
            e.HasIndex(m => m.LocationId);
        });
        modelBuilder.Entity<DateMention>(e =>
        {
            e.ToTable("date_mentions");
            e.HasIndex(m => m.Value);
        });
        modelBuilder.Entity<Incident>(e =>
        {
            e.ToTable("incidents");
            e.HasIndex(i => i.Date);
            // The merge lookup: incidents of a type at a set of places, dated or not, within a date range. It also
            // serves every filter on Type alone.
            e.HasIndex(i => new { i.Type, i.LocationId, i.Dated, i.Date });
            // The merge lookup for undated reports: undated incidents of a type at a set of places first reported in a
            // window. Partial: no read uses it, and a dated incident (about half of them) is never such a candidate, so it
            // costs no entry; its entries are in random order (first report dates), a page written per insert once the
            // index outgrows the page cache. Unquoted name: the same text on both engines.
            e.HasIndex(i => new { i.Type, i.LocationId, i.FirstReported }).HasFilter("Dated = FALSE");
            // The casualty and interception filters (minKilled, minWounded, intercepted) of the timeline, the stats and a
            // list's total: the matching incidents' date, type, place and figures from one index alone. Without them,
            // a timeline with minKilled=1 walked the date index and read every incident's row (83 ms of SQLite's CPU at
            // 100k articles, 5 ms this way). Partial, so an incident without the figure costs no entry; a filter on the
            // column (Killed >= n, Intercepted = b) implies the index's condition on both engines. Unquoted names: the
            // same text is the column on SQLite and its lower-case name on PostgreSQL.
            e.HasIndex(i => new { i.Killed, i.Wounded, i.Date, i.Type, i.LocationId }).HasFilter("Killed IS NOT NULL");
            e.HasIndex(i => new { i.Wounded, i.Killed, i.Date, i.Type, i.LocationId }).HasFilter("Wounded IS NOT NULL");
            e.HasIndex(i => new { i.Intercepted, i.Killed, i.Wounded, i.Date, i.Type, i.LocationId }).HasFilter("Intercepted IS NOT NULL");
            // The updatedSince filter (a client's "what changed since"): the changed incidents' type, place, date and
            // figures from one range of an index. Without it the stats walked the type index and read every incident's
            // row to test its update time (588 ms of SQLite's CPU at 100k articles for a time before every update).
            e.HasIndex(i => new { i.UpdatedAt, i.Type, i.LocationId, i.Date, i.Killed, i.Wounded });
            e.HasOne(i => i.Location).WithMany(l => l.Incidents).HasForeignKey(i => i.LocationId);
            e.HasMany(i => i.Sources).WithOne(s => s.Incident).HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Actors).WithOne().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IncidentSource>(e =>
        {
            e.ToTable("incident_sources");
            // With the incident: the incidents an article reports (the q filter on incidents, the timeline and the
            // stats) are read from the index alone. On ArticleId alone, each source row, evidence and support JSON with
            // it, was read for its incident id: 250 ms of SQLite's CPU for the 72,683 articles with هجوم at 100k.
            e.HasIndex(s => new { s.ArticleId, s.IncidentId });
        });
        modelBuilder.Entity<IncidentActor>(e =>
        {
            e.ToTable("incident_actors");
            e.HasKey(a => new { a.IncidentId, a.ActorId, a.Role });
            // With the incident: an actor's distinct incidents are counted from the index alone, without a sort.
            e.HasIndex(a => new { a.ActorId, a.IncidentId });
        });
        modelBuilder.Entity<IncidentDay>(e =>
        {
            e.ToTable("incident_days");
            e.HasKey(d => new { d.Date, d.Type, d.Country });
            // The stats read counts by type and country in this order, from the index alone (without the counts in it,
            // the same read took 330 ms instead of 20 at a million articles).
            e.HasIndex(d => new { d.Type, d.Country, d.Date, d.Incidents });
            // The timeline with no type or country reads every row's counts in date order: from this index alone, the
            // monthly timeline of a 100k-article archive (42k rows) took 9 ms of SQLite's CPU instead of 28 ms.
            e.HasIndex(d => new { d.Date, d.Incidents, d.Killed, d.Wounded }).HasDatabaseName(DatabaseInitializer.TimelineIndex);
        });
        modelBuilder.Entity<ActorCount>(e =>
        {
            e.ToTable("actor_counts");
            e.HasKey(c => c.ActorId);
            e.Property(c => c.ActorId).ValueGeneratedNever();
        });
        modelBuilder.Entity<IncidentPlace>(e =>
        {
            e.ToTable("incident_places");
            e.HasKey(p => new { p.LocationId, p.Type });
            e.HasOne<Location>().WithMany(l => l.Tallies).HasForeignKey(p => p.LocationId);
        });
        // No foreign keys on the month summaries: they are kept by triggers, and an actor row's place 0 means none.
        modelBuilder.Entity<IncidentPlaceMonth>(e =>
        {
            e.ToTable("incident_place_months");
            e.HasKey(p => new { p.Month, p.Type, p.LocationId });
            // A place or country filter reads its places' rows alone, from the index: through the key, every row
            // (90k at 100k articles) was read and tested.
            e.HasIndex(p => new { p.LocationId, p.Month, p.Type, p.Incidents });
        });
        modelBuilder.Entity<IncidentActorMonth>(e =>
        {
            e.ToTable("incident_actor_months");
            e.HasKey(a => new { a.Month, a.Type, a.LocationId, a.ActorId });
        });
        // The year summaries are read by a range of years through their keys: a few thousand rows a year.
        modelBuilder.Entity<IncidentPlaceYear>(e =>
        {
            e.ToTable("incident_place_years");
            e.HasKey(p => new { p.Year, p.Type, p.LocationId });
        });
        modelBuilder.Entity<IncidentActorYear>(e =>
        {
            e.ToTable("incident_actor_years");
            e.HasKey(a => new { a.Year, a.ActorId });
        });
        modelBuilder.Entity<MetaEntry>(e =>
        {
            e.ToTable("meta");
            e.HasKey(m => m.Key);
        });
        modelBuilder.Entity<DeletedEntity>(e =>
        {
            e.ToTable("deleted_entities");
            e.HasIndex(d => d.DeletedAt);
            // GET /api/incidents/{id} reads an unknown id's tombstones (and those of the incidents it merged into) through it.
            e.HasIndex(d => new { d.EntityType, d.EntityId });
        });
        if (Database.IsNpgsql())
        {
            Postgres.PostgresNames.LowerCase(modelBuilder);
            modelBuilder.HasAnnotation(NullsSortHighAnnotation, true);
        }
    }
}
