namespace NewsFacts.Api.Data;

/// <summary>
/// Keeps <see cref="IncidentDay"/> and <see cref="IncidentPlace"/> equal to a recount of the incidents. Triggers do
/// it, inside the transaction of whatever writes incidents (the import's writer and merger, a deletion, a schema
/// rebuild), so no code path can forget it and a rollback takes the counts back with the incidents. A place's country
/// is read when an incident is counted; places are inserted once and never change.
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
}
