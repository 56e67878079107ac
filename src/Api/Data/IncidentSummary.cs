namespace NewsFacts.Api.Data;

/// <summary>
/// Keeps <see cref="IncidentDay"/>, <see cref="IncidentPlace"/>, the month summaries (<see cref="IncidentPlaceMonth"/>,
/// <see cref="IncidentActorMonth"/>) and the year summaries (<see cref="IncidentPlaceYear"/>, <see cref="IncidentActorYear"/>) equal to a recount of the incidents. Triggers do it, inside the transaction of
/// whatever writes incidents (the import's writer and merger, a deletion, a schema rebuild), so no code path can forget
/// it and a rollback takes the counts back with the incidents. A place's country is read when an incident is counted;
/// places are inserted once and never change.
/// </summary>
public static class IncidentSummary
{
    private const string CountryOfNew = "coalesce((SELECT Country FROM locations WHERE Id = NEW.LocationId), '')";
    private const string CountryOfOld = "coalesce((SELECT Country FROM locations WHERE Id = OLD.LocationId), '')";

    private const string Add = $"""
        INSERT INTO incident_days (Date, Type, Country, Incidents, Killed, Wounded)
        VALUES (coalesce(NEW.Date, ''), NEW.Type, {CountryOfNew}, 1, coalesce(NEW.Killed, 0), coalesce(NEW.Wounded, 0))
        ON CONFLICT (Date, Type, Country) DO UPDATE SET
            Incidents = Incidents + 1, Killed = Killed + excluded.Killed, Wounded = Wounded + excluded.Wounded;
        INSERT INTO incident_places (LocationId, Type, Incidents) SELECT NEW.LocationId, NEW.Type, 1 WHERE NEW.LocationId IS NOT NULL
        ON CONFLICT (LocationId, Type) DO UPDATE SET Incidents = Incidents + 1;
        """;

    // Rows that reach zero go: a type or a date with no incident left must not show in the stats or stretch the timeline.
    private const string Subtract = $"""
        UPDATE incident_days SET Incidents = Incidents - 1, Killed = Killed - coalesce(OLD.Killed, 0), Wounded = Wounded - coalesce(OLD.Wounded, 0)
        WHERE Date = coalesce(OLD.Date, '') AND Type = OLD.Type AND Country = {CountryOfOld};
        DELETE FROM incident_days WHERE Date = coalesce(OLD.Date, '') AND Type = OLD.Type AND Country = {CountryOfOld} AND Incidents = 0;
        UPDATE incident_places SET Incidents = Incidents - 1 WHERE LocationId = OLD.LocationId AND Type = OLD.Type;
        DELETE FROM incident_places WHERE LocationId = OLD.LocationId AND Type = OLD.Type AND Incidents = 0;
        """;

    /// <summary>The triggers, created with the schema.</summary>
    public const string Triggers = $"""
        CREATE TRIGGER IF NOT EXISTS incident_summary_insert AFTER INSERT ON incidents BEGIN
        {Add}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_summary_delete AFTER DELETE ON incidents BEGIN
        {Subtract}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_summary_update AFTER UPDATE OF Date, Type, LocationId, Killed, Wounded ON incidents
        WHEN OLD.Date IS NOT NEW.Date OR OLD.Type IS NOT NEW.Type OR OLD.LocationId IS NOT NEW.LocationId
            OR OLD.Killed IS NOT NEW.Killed OR OLD.Wounded IS NOT NEW.Wounded
        BEGIN
        {Subtract}
        {Add}
        END;
        """;

    /// <summary>Counts every incident afresh: for a database whose incidents were written before the triggers existed.</summary>
    public const string Recount = """
        DELETE FROM incident_days;
        DELETE FROM incident_places;
        INSERT INTO incident_days (Date, Type, Country, Incidents, Killed, Wounded)
        SELECT coalesce(i.Date, ''), i.Type, coalesce(l.Country, ''), count(*), sum(coalesce(i.Killed, 0)), sum(coalesce(i.Wounded, 0))
        FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId
        GROUP BY 1, 2, 3;
        INSERT INTO incident_places (LocationId, Type, Incidents)
        SELECT LocationId, Type, count(*) FROM incidents WHERE LocationId IS NOT NULL GROUP BY 1, 2;
        """;

    private const string MonthOfNew = "substr(coalesce(NEW.Date, ''), 1, 7)";
    private const string MonthOfOld = "substr(coalesce(OLD.Date, ''), 1, 7)";

    private const string AddMonths = $"""
        INSERT INTO incident_place_months (Month, Type, LocationId, Incidents) SELECT {MonthOfNew}, NEW.Type, NEW.LocationId, 1 WHERE NEW.LocationId IS NOT NULL
        ON CONFLICT (Month, Type, LocationId) DO UPDATE SET Incidents = Incidents + 1;
        """;

    private const string SubtractMonths = $"""
        UPDATE incident_place_months SET Incidents = Incidents - 1 WHERE Month = {MonthOfOld} AND Type = OLD.Type AND LocationId = OLD.LocationId;
        DELETE FROM incident_place_months WHERE Month = {MonthOfOld} AND Type = OLD.Type AND LocationId = OLD.LocationId AND Incidents = 0;
        """;

    // An incident's actors, once each whatever their roles, moved out of its old cell and into its new one.
    private const string SubtractActorMonths = $"""
        UPDATE incident_actor_months SET Incidents = Incidents - 1
        WHERE Month = {MonthOfOld} AND Type = OLD.Type AND LocationId = coalesce(OLD.LocationId, 0)
            AND ActorId IN (SELECT ActorId FROM incident_actors WHERE IncidentId = OLD.Id);
        DELETE FROM incident_actor_months WHERE Month = {MonthOfOld} AND Type = OLD.Type AND LocationId = coalesce(OLD.LocationId, 0) AND Incidents = 0;
        """;

    private const string AddActorMonths = $"""
        INSERT INTO incident_actor_months (Month, Type, LocationId, ActorId, Incidents)
        SELECT DISTINCT {MonthOfNew}, NEW.Type, coalesce(NEW.LocationId, 0), ActorId, 1 FROM incident_actors WHERE IncidentId = NEW.Id
        ON CONFLICT (Month, Type, LocationId, ActorId) DO UPDATE SET Incidents = Incidents + 1;
        """;

    /// <summary>
    /// The month summaries' triggers, created by the AddMonthSummaries migration. They fire only when a month, a type or
    /// a place changes, not on the figures a merge revises. An incident's deletion is counted before it happens: the
    /// database deletes its actors after the incident row, when their trigger can no longer read the incident's cell.
    /// </summary>
    public const string MonthTriggers = $"""
        CREATE TRIGGER IF NOT EXISTS incident_months_insert AFTER INSERT ON incidents BEGIN
        {AddMonths}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_months_delete BEFORE DELETE ON incidents BEGIN
        {SubtractMonths}
        {SubtractActorMonths}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_months_update AFTER UPDATE OF Date, Type, LocationId ON incidents
        WHEN {MonthOfOld} IS NOT {MonthOfNew} OR OLD.Type IS NOT NEW.Type OR OLD.LocationId IS NOT NEW.LocationId
        BEGIN
        {SubtractMonths}
        {AddMonths}
        {SubtractActorMonths}
        {AddActorMonths}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_actor_months_insert AFTER INSERT ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = NEW.IncidentId AND ActorId = NEW.ActorId AND Role <> NEW.Role)
        BEGIN
            INSERT INTO incident_actor_months (Month, Type, LocationId, ActorId, Incidents)
            SELECT substr(coalesce(i.Date, ''), 1, 7), i.Type, coalesce(i.LocationId, 0), NEW.ActorId, 1 FROM incidents i WHERE i.Id = NEW.IncidentId
            ON CONFLICT (Month, Type, LocationId, ActorId) DO UPDATE SET Incidents = Incidents + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS incident_actor_months_delete AFTER DELETE ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = OLD.IncidentId AND ActorId = OLD.ActorId)
            AND EXISTS (SELECT 1 FROM incidents WHERE Id = OLD.IncidentId)
        BEGIN
            UPDATE incident_actor_months SET Incidents = Incidents - 1 WHERE (Month, Type, LocationId, ActorId) IN
                (SELECT substr(coalesce(Date, ''), 1, 7), Type, coalesce(LocationId, 0), OLD.ActorId FROM incidents WHERE Id = OLD.IncidentId);
            DELETE FROM incident_actor_months WHERE Incidents = 0 AND (Month, Type, LocationId, ActorId) IN
                (SELECT substr(coalesce(Date, ''), 1, 7), Type, coalesce(LocationId, 0), OLD.ActorId FROM incidents WHERE Id = OLD.IncidentId);
        END;
        """;

    /// <summary>The month summaries' triggers dropped, for a version 11 database whose month tables the migrations make again.</summary>
    public const string DropMonthTriggers = """
        DROP TRIGGER IF EXISTS incident_months_insert;
        DROP TRIGGER IF EXISTS incident_months_delete;
        DROP TRIGGER IF EXISTS incident_months_update;
        DROP TRIGGER IF EXISTS incident_actor_months_insert;
        DROP TRIGGER IF EXISTS incident_actor_months_delete;
        """;

    /// <summary>Counts the month summaries afresh: for a database whose incidents were written before their triggers existed.</summary>
    public const string RecountMonths = """
        DELETE FROM incident_place_months;
        DELETE FROM incident_actor_months;
        INSERT INTO incident_place_months (Month, Type, LocationId, Incidents)
        SELECT substr(coalesce(Date, ''), 1, 7), Type, LocationId, count(*) FROM incidents WHERE LocationId IS NOT NULL GROUP BY 1, 2, 3;
        INSERT INTO incident_actor_months (Month, Type, LocationId, ActorId, Incidents)
        SELECT substr(coalesce(i.Date, ''), 1, 7), i.Type, coalesce(i.LocationId, 0), a.ActorId, count(DISTINCT i.Id)
        FROM incidents i JOIN incident_actors a ON a.IncidentId = i.Id GROUP BY 1, 2, 3, 4;
        """;

    private const string YearOfNew = "substr(coalesce(NEW.Date, ''), 1, 4)";
    private const string YearOfOld = "substr(coalesce(OLD.Date, ''), 1, 4)";

    private const string AddYears = $"""
        INSERT INTO incident_place_years (Year, Type, LocationId, Incidents, Intercepted, NotIntercepted)
        VALUES ({YearOfNew}, NEW.Type, coalesce(NEW.LocationId, 0), 1, NEW.Intercepted IS 1, NEW.Intercepted IS 0)
        ON CONFLICT (Year, Type, LocationId) DO UPDATE SET Incidents = Incidents + 1,
            Intercepted = Intercepted + excluded.Intercepted, NotIntercepted = NotIntercepted + excluded.NotIntercepted;
        """;

    private const string SubtractYears = $"""
        UPDATE incident_place_years SET Incidents = Incidents - 1,
            Intercepted = Intercepted - (OLD.Intercepted IS 1), NotIntercepted = NotIntercepted - (OLD.Intercepted IS 0)
        WHERE Year = {YearOfOld} AND Type = OLD.Type AND LocationId = coalesce(OLD.LocationId, 0);
        DELETE FROM incident_place_years WHERE Year = {YearOfOld} AND Type = OLD.Type AND LocationId = coalesce(OLD.LocationId, 0) AND Incidents = 0;
        """;

    private const string SubtractActorYears = $"""
        UPDATE incident_actor_years SET Incidents = Incidents - 1,
            Intercepted = Intercepted - (OLD.Intercepted IS 1), NotIntercepted = NotIntercepted - (OLD.Intercepted IS 0)
        WHERE Year = {YearOfOld} AND ActorId IN (SELECT ActorId FROM incident_actors WHERE IncidentId = OLD.Id);
        DELETE FROM incident_actor_years
        WHERE Year = {YearOfOld} AND ActorId IN (SELECT ActorId FROM incident_actors WHERE IncidentId = OLD.Id) AND Incidents = 0;
        """;

    private const string AddActorYears = $"""
        INSERT INTO incident_actor_years (Year, ActorId, Incidents, Intercepted, NotIntercepted)
        SELECT DISTINCT {YearOfNew}, ActorId, 1, NEW.Intercepted IS 1, NEW.Intercepted IS 0 FROM incident_actors WHERE IncidentId = NEW.Id
        ON CONFLICT (Year, ActorId) DO UPDATE SET Incidents = Incidents + 1,
            Intercepted = Intercepted + excluded.Intercepted, NotIntercepted = NotIntercepted + excluded.NotIntercepted;
        """;

    /// <summary>
    /// The year summaries' triggers, created by the AddYearSummaries migration: as the month summaries', and they also
    /// fire when a merge changes an incident's Intercepted, which moves it between the interception counts.
    /// </summary>
    public const string YearTriggers = $"""
        CREATE TRIGGER IF NOT EXISTS incident_years_insert AFTER INSERT ON incidents BEGIN
        {AddYears}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_years_delete BEFORE DELETE ON incidents BEGIN
        {SubtractYears}
        {SubtractActorYears}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_years_update AFTER UPDATE OF Date, Type, LocationId, Intercepted ON incidents
        WHEN {YearOfOld} IS NOT {YearOfNew} OR OLD.Type IS NOT NEW.Type OR OLD.LocationId IS NOT NEW.LocationId
            OR OLD.Intercepted IS NOT NEW.Intercepted
        BEGIN
        {SubtractYears}
        {AddYears}
        {SubtractActorYears}
        {AddActorYears}
        END;
        CREATE TRIGGER IF NOT EXISTS incident_actor_years_insert AFTER INSERT ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = NEW.IncidentId AND ActorId = NEW.ActorId AND Role <> NEW.Role)
        BEGIN
            INSERT INTO incident_actor_years (Year, ActorId, Incidents, Intercepted, NotIntercepted)
            SELECT substr(coalesce(i.Date, ''), 1, 4), NEW.ActorId, 1, i.Intercepted IS 1, i.Intercepted IS 0 FROM incidents i WHERE i.Id = NEW.IncidentId
            ON CONFLICT (Year, ActorId) DO UPDATE SET Incidents = Incidents + 1,
                Intercepted = Intercepted + excluded.Intercepted, NotIntercepted = NotIntercepted + excluded.NotIntercepted;
        END;
        CREATE TRIGGER IF NOT EXISTS incident_actor_years_delete AFTER DELETE ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = OLD.IncidentId AND ActorId = OLD.ActorId)
            AND EXISTS (SELECT 1 FROM incidents WHERE Id = OLD.IncidentId)
        BEGIN
            UPDATE incident_actor_years SET Incidents = Incidents - 1,
                Intercepted = Intercepted - (SELECT Intercepted IS 1 FROM incidents WHERE Id = OLD.IncidentId),
                NotIntercepted = NotIntercepted - (SELECT Intercepted IS 0 FROM incidents WHERE Id = OLD.IncidentId)
            WHERE ActorId = OLD.ActorId AND Year = (SELECT substr(coalesce(Date, ''), 1, 4) FROM incidents WHERE Id = OLD.IncidentId);
            DELETE FROM incident_actor_years
            WHERE ActorId = OLD.ActorId AND Year = (SELECT substr(coalesce(Date, ''), 1, 4) FROM incidents WHERE Id = OLD.IncidentId) AND Incidents = 0;
        END;
        """;

    /// <summary>The year summaries' triggers dropped (the AddYearSummaries migration's Down).</summary>
    public const string DropYearTriggers = """
        DROP TRIGGER IF EXISTS incident_years_insert;
        DROP TRIGGER IF EXISTS incident_years_delete;
        DROP TRIGGER IF EXISTS incident_years_update;
        DROP TRIGGER IF EXISTS incident_actor_years_insert;
        DROP TRIGGER IF EXISTS incident_actor_years_delete;
        """;

    /// <summary>Counts the year summaries afresh: for a database whose incidents were written before their triggers existed.</summary>
    public const string RecountYears = """
        DELETE FROM incident_place_years;
        DELETE FROM incident_actor_years;
        INSERT INTO incident_place_years (Year, Type, LocationId, Incidents, Intercepted, NotIntercepted)
        SELECT substr(coalesce(Date, ''), 1, 4), Type, coalesce(LocationId, 0), count(*), sum(Intercepted IS 1), sum(Intercepted IS 0)
        FROM incidents GROUP BY 1, 2, 3;
        INSERT INTO incident_actor_years (Year, ActorId, Incidents, Intercepted, NotIntercepted)
        SELECT substr(coalesce(i.Date, ''), 1, 4), a.ActorId, count(DISTINCT i.Id),
            count(DISTINCT CASE WHEN i.Intercepted = 1 THEN i.Id END), count(DISTINCT CASE WHEN i.Intercepted = 0 THEN i.Id END)
        FROM incidents i JOIN incident_actors a ON a.IncidentId = i.Id GROUP BY 1, 2;
        """;
}
