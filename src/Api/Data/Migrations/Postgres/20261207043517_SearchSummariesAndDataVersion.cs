using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// What the model does not describe, as on SQLite: the full-text table, the triggers that keep the summary tables and
    /// actor counts equal to a recount, and the data version every API process checks before serving from its cache.
    /// </summary>
    public partial class SearchSummariesAndDataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The analyzer's terms with their positions (see PostgresSearch); GIN answers @@ from the index.
            migrationBuilder.Sql("""
                CREATE TABLE article_search (rowid integer PRIMARY KEY, terms tsvector NOT NULL);
                CREATE INDEX ix_article_search_terms ON article_search USING gin (terms);
                """);

            // IncidentSummary's triggers: the day and place counts follow every insert, delete and counted change of an
            // incident, in the writer's transaction. A place's country is read when an incident is counted.
            migrationBuilder.Sql("""
                CREATE FUNCTION incident_summary() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE c text;
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        c := coalesce((SELECT l.country FROM locations l WHERE l.id = OLD.locationid), '');
                        UPDATE incident_days d SET incidents = d.incidents - 1, killed = d.killed - coalesce(OLD.killed, 0),
                            wounded = d.wounded - coalesce(OLD.wounded, 0)
                        WHERE d."date" = coalesce(OLD."date", '') AND d."type" = OLD."type" AND d.country = c;
                        DELETE FROM incident_days d WHERE d."date" = coalesce(OLD."date", '') AND d."type" = OLD."type" AND d.country = c AND d.incidents = 0;
                        UPDATE incident_places p SET incidents = p.incidents - 1 WHERE p.locationid = OLD.locationid AND p."type" = OLD."type";
                        DELETE FROM incident_places p WHERE p.locationid = OLD.locationid AND p."type" = OLD."type" AND p.incidents = 0;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        c := coalesce((SELECT l.country FROM locations l WHERE l.id = NEW.locationid), '');
                        INSERT INTO incident_days AS d ("date", "type", country, incidents, killed, wounded)
                        VALUES (coalesce(NEW."date", ''), NEW."type", c, 1, coalesce(NEW.killed, 0), coalesce(NEW.wounded, 0))
                        ON CONFLICT ("date", "type", country) DO UPDATE SET
                            incidents = d.incidents + 1, killed = d.killed + excluded.killed, wounded = d.wounded + excluded.wounded;
                        IF NEW.locationid IS NOT NULL THEN
                            INSERT INTO incident_places AS p (locationid, "type", incidents) VALUES (NEW.locationid, NEW."type", 1)
                            ON CONFLICT (locationid, "type") DO UPDATE SET incidents = p.incidents + 1;
                        END IF;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER incident_summary_insert AFTER INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION incident_summary();
                CREATE TRIGGER incident_summary_delete AFTER DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION incident_summary();
                CREATE TRIGGER incident_summary_update AFTER UPDATE OF "date", "type", locationid, killed, wounded ON incidents FOR EACH ROW
                    WHEN (OLD."date" IS DISTINCT FROM NEW."date" OR OLD."type" IS DISTINCT FROM NEW."type"
                        OR OLD.locationid IS DISTINCT FROM NEW.locationid OR OLD.killed IS DISTINCT FROM NEW.killed
                        OR OLD.wounded IS DISTINCT FROM NEW.wounded)
                    EXECUTE FUNCTION incident_summary();
                """);

            // ActorTally's triggers. The deletes fire BEFORE each row: an article's deletion removes all its mentions
            // of an actor in one statement, and only a BEFORE row trigger sees the rows the statement already removed,
            // so the last mention (or the last role) uncounts, once.
            migrationBuilder.Sql("""
                CREATE FUNCTION actor_tally_mention_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM actor_mentions m WHERE m.articleid = OLD.articleid AND m.actorid = OLD.actorid AND m.id <> OLD.id) THEN
                        UPDATE actor_counts c SET articles = c.articles - 1 WHERE c.actorid = OLD.actorid;
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER actor_tally_mention_delete BEFORE DELETE ON actor_mentions FOR EACH ROW EXECUTE FUNCTION actor_tally_mention_delete();

                CREATE FUNCTION actor_tally_incident_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = NEW.incidentid AND a.actorid = NEW.actorid AND a.role <> NEW.role) THEN
                        INSERT INTO actor_counts AS c (actorid, articles, incidents) VALUES (NEW.actorid, 0, 1)
                        ON CONFLICT (actorid) DO UPDATE SET incidents = c.incidents + 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER actor_tally_incident_insert AFTER INSERT ON incident_actors FOR EACH ROW EXECUTE FUNCTION actor_tally_incident_insert();

                CREATE FUNCTION actor_tally_incident_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = OLD.incidentid AND a.actorid = OLD.actorid AND a.role <> OLD.role) THEN
                        UPDATE actor_counts c SET incidents = c.incidents - 1 WHERE c.actorid = OLD.actorid;
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER actor_tally_incident_delete BEFORE DELETE ON incident_actors FOR EACH ROW EXECUTE FUNCTION actor_tally_incident_delete();
                """);

            // The data version (see DataVersion): bumped once per writing transaction, at its commit (a deferred trigger),
            // so the row stays unlocked while the transaction works and two writers wait on each other only at commit.
            migrationBuilder.Sql("""
                CREATE TABLE data_version (id integer PRIMARY KEY, version bigint NOT NULL);
                INSERT INTO data_version (id, version) VALUES (1, 1);
                CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('newsfacts.version_bumped', true) IS DISTINCT FROM 'yes' THEN
                        PERFORM set_config('newsfacts.version_bumped', 'yes', true);
                        UPDATE data_version SET version = version + 1 WHERE id = 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER data_version_articles AFTER INSERT OR UPDATE OR DELETE ON articles
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
                CREATE CONSTRAINT TRIGGER data_version_incidents AFTER INSERT OR UPDATE OR DELETE ON incidents
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
                CREATE CONSTRAINT TRIGGER data_version_sources AFTER INSERT OR UPDATE OR DELETE ON incident_sources
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
                CREATE CONSTRAINT TRIGGER data_version_deleted AFTER INSERT OR UPDATE OR DELETE ON deleted_entities
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE data_version;
                DROP TRIGGER data_version_articles ON articles;
                DROP TRIGGER data_version_incidents ON incidents;
                DROP TRIGGER data_version_sources ON incident_sources;
                DROP TRIGGER data_version_deleted ON deleted_entities;
                DROP FUNCTION data_version_bump();
                DROP TRIGGER actor_tally_incident_delete ON incident_actors;
                DROP TRIGGER actor_tally_incident_insert ON incident_actors;
                DROP TRIGGER actor_tally_mention_delete ON actor_mentions;
                DROP FUNCTION actor_tally_incident_delete();
                DROP FUNCTION actor_tally_incident_insert();
                DROP FUNCTION actor_tally_mention_delete();
                DROP TRIGGER incident_summary_insert ON incidents;
                DROP TRIGGER incident_summary_delete ON incidents;
                DROP TRIGGER incident_summary_update ON incidents;
                DROP FUNCTION incident_summary();
                DROP TABLE article_search;
                """);
        }
    }
}
