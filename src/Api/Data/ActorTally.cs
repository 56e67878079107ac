namespace NewsFacts.Api.Data;

/// <summary>
/// Keeps <see cref="ActorCount"/> equal to a recount: an actor list counted every mention of each actor on its page
/// (33 s at 600k articles, 12 million mentions). The fact writer counts an article once per actor it names (a trigger
/// per mention cost a tenth of the import's time); triggers uncount it when it loses its last mention of the actor (an
/// article's deletion cascades to its mentions, which fires them), and count an actor's incidents both ways, whatever
/// its roles in them. All run inside the writer's transaction.
/// </summary>
public static class ActorTally
{
    public const string Triggers = """
        CREATE TRIGGER IF NOT EXISTS actor_tally_mention_delete AFTER DELETE ON actor_mentions
        WHEN NOT EXISTS (SELECT 1 FROM actor_mentions WHERE ArticleId = OLD.ArticleId AND ActorId = OLD.ActorId)
        BEGIN
            UPDATE actor_counts SET Articles = Articles - 1 WHERE ActorId = OLD.ActorId;
        END;
        CREATE TRIGGER IF NOT EXISTS actor_tally_incident_insert AFTER INSERT ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = NEW.IncidentId AND ActorId = NEW.ActorId AND Role <> NEW.Role)
        BEGIN
            INSERT INTO actor_counts (ActorId, Articles, Incidents) VALUES (NEW.ActorId, 0, 1)
            ON CONFLICT (ActorId) DO UPDATE SET Incidents = Incidents + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS actor_tally_incident_delete AFTER DELETE ON incident_actors
        WHEN NOT EXISTS (SELECT 1 FROM incident_actors WHERE IncidentId = OLD.IncidentId AND ActorId = OLD.ActorId)
        BEGIN
            UPDATE actor_counts SET Incidents = Incidents - 1 WHERE ActorId = OLD.ActorId;
        END;
        """;

    /// <summary>Counts afresh, for a database whose mentions were written before the triggers existed.</summary>
    public const string Recount = """
        DELETE FROM actor_counts;
        INSERT INTO actor_counts (ActorId, Articles, Incidents)
        SELECT ActorId, count(*), 0 FROM (SELECT DISTINCT ArticleId, ActorId FROM actor_mentions) WHERE true GROUP BY ActorId;
        INSERT INTO actor_counts (ActorId, Articles, Incidents)
        SELECT ActorId, 0, count(DISTINCT IncidentId) FROM incident_actors WHERE true GROUP BY ActorId
        ON CONFLICT (ActorId) DO UPDATE SET Incidents = excluded.Incidents;
        """;
}
