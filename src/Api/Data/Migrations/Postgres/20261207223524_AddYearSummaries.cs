using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// The year summaries, as on SQLite: the tables, the triggers that keep them (IncidentSummary.YearTriggers in
    /// PL/pgSQL) and a count of the incidents already there.
    /// </summary>
    public partial class AddYearSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incident_actor_years",
                columns: table => new
                {
                    year = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    actorid = table.Column<int>(type: "integer", nullable: false),
                    incidents = table.Column<int>(type: "integer", nullable: false),
                    intercepted = table.Column<int>(type: "integer", nullable: false),
                    notintercepted = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_actor_years", x => new { x.year, x.actorid });
                });

            migrationBuilder.CreateTable(
                name: "incident_place_years",
                columns: table => new
                {
                    year = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    locationid = table.Column<int>(type: "integer", nullable: false),
                    incidents = table.Column<int>(type: "integer", nullable: false),
                    intercepted = table.Column<int>(type: "integer", nullable: false),
                    notintercepted = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_place_years", x => new { x.year, x.type, x.locationid });
                });

            // An incident's cell (year × type × place, 0 for none) and its actors' (year × actor) follow its insert, its
            // deletion and a change of year, type, place or interception. The deletion is counted BEFORE the row goes:
            // the cascade deletes the incident's actors after it, when their trigger can no longer read its year.
            migrationBuilder.Sql("""
                CREATE FUNCTION incident_years() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE y text;
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        y := substr(coalesce(OLD."date", ''), 1, 4);
                        UPDATE incident_place_years p SET incidents = p.incidents - 1,
                            intercepted = p.intercepted - (OLD.intercepted IS TRUE)::int, notintercepted = p.notintercepted - (OLD.intercepted IS FALSE)::int
                        WHERE p."year" = y AND p."type" = OLD."type" AND p.locationid = coalesce(OLD.locationid, 0);
                        DELETE FROM incident_place_years p
                        WHERE p."year" = y AND p."type" = OLD."type" AND p.locationid = coalesce(OLD.locationid, 0) AND p.incidents = 0;
                        UPDATE incident_actor_years c SET incidents = c.incidents - 1,
                            intercepted = c.intercepted - (OLD.intercepted IS TRUE)::int, notintercepted = c.notintercepted - (OLD.intercepted IS FALSE)::int
                        WHERE c."year" = y AND c.actorid IN (SELECT a.actorid FROM incident_actors a WHERE a.incidentid = OLD.id);
                        DELETE FROM incident_actor_years c
                        WHERE c."year" = y AND c.actorid IN (SELECT a.actorid FROM incident_actors a WHERE a.incidentid = OLD.id) AND c.incidents = 0;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        y := substr(coalesce(NEW."date", ''), 1, 4);
                        INSERT INTO incident_place_years AS p ("year", "type", locationid, incidents, intercepted, notintercepted)
                        VALUES (y, NEW."type", coalesce(NEW.locationid, 0), 1, (NEW.intercepted IS TRUE)::int, (NEW.intercepted IS FALSE)::int)
                        ON CONFLICT ("year", "type", locationid) DO UPDATE SET incidents = p.incidents + 1,
                            intercepted = p.intercepted + excluded.intercepted, notintercepted = p.notintercepted + excluded.notintercepted;
                        IF TG_OP = 'UPDATE' THEN
                            INSERT INTO incident_actor_years AS c ("year", actorid, incidents, intercepted, notintercepted)
                            SELECT DISTINCT y, a.actorid, 1, (NEW.intercepted IS TRUE)::int, (NEW.intercepted IS FALSE)::int
                            FROM incident_actors a WHERE a.incidentid = NEW.id
                            ON CONFLICT ("year", actorid) DO UPDATE SET incidents = c.incidents + 1,
                                intercepted = c.intercepted + excluded.intercepted, notintercepted = c.notintercepted + excluded.notintercepted;
                        END IF;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER incident_years_insert AFTER INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION incident_years();
                CREATE TRIGGER incident_years_delete BEFORE DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION incident_years();
                CREATE TRIGGER incident_years_update AFTER UPDATE OF "date", "type", locationid, intercepted ON incidents FOR EACH ROW
                    WHEN (substr(coalesce(OLD."date", ''), 1, 4) IS DISTINCT FROM substr(coalesce(NEW."date", ''), 1, 4)
                        OR OLD."type" IS DISTINCT FROM NEW."type" OR OLD.locationid IS DISTINCT FROM NEW.locationid
                        OR OLD.intercepted IS DISTINCT FROM NEW.intercepted)
                    EXECUTE FUNCTION incident_years();
                """);

            // An actor counts in its incident's year once, whatever its roles: the first role adds it, the last one
            // removed takes it away (BEFORE each row, as the month summaries' trigger, for the same reason).
            migrationBuilder.Sql("""
                CREATE FUNCTION incident_actor_years_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = NEW.incidentid AND a.actorid = NEW.actorid AND a.role <> NEW.role) THEN
                        INSERT INTO incident_actor_years AS c ("year", actorid, incidents, intercepted, notintercepted)
                        SELECT substr(coalesce(i."date", ''), 1, 4), NEW.actorid, 1, (i.intercepted IS TRUE)::int, (i.intercepted IS FALSE)::int
                        FROM incidents i WHERE i.id = NEW.incidentid
                        ON CONFLICT ("year", actorid) DO UPDATE SET incidents = c.incidents + 1,
                            intercepted = c.intercepted + excluded.intercepted, notintercepted = c.notintercepted + excluded.notintercepted;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER incident_actor_years_insert AFTER INSERT ON incident_actors FOR EACH ROW EXECUTE FUNCTION incident_actor_years_insert();

                CREATE FUNCTION incident_actor_years_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = OLD.incidentid AND a.actorid = OLD.actorid AND a.role <> OLD.role) THEN
                        UPDATE incident_actor_years c SET incidents = c.incidents - 1,
                            intercepted = c.intercepted - (i.intercepted IS TRUE)::int, notintercepted = c.notintercepted - (i.intercepted IS FALSE)::int
                        FROM incidents i
                        WHERE i.id = OLD.incidentid AND c."year" = substr(coalesce(i."date", ''), 1, 4) AND c.actorid = OLD.actorid;
                        DELETE FROM incident_actor_years c USING incidents i
                        WHERE i.id = OLD.incidentid AND c."year" = substr(coalesce(i."date", ''), 1, 4) AND c.actorid = OLD.actorid AND c.incidents = 0;
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER incident_actor_years_delete BEFORE DELETE ON incident_actors FOR EACH ROW EXECUTE FUNCTION incident_actor_years_delete();
                """);

            // The incidents already there, counted once.
            migrationBuilder.Sql("""
                INSERT INTO incident_place_years ("year", "type", locationid, incidents, intercepted, notintercepted)
                SELECT substr(coalesce("date", ''), 1, 4), "type", coalesce(locationid, 0), count(*),
                    count(*) FILTER (WHERE intercepted), count(*) FILTER (WHERE NOT intercepted)
                FROM incidents GROUP BY 1, 2, 3;
                INSERT INTO incident_actor_years ("year", actorid, incidents, intercepted, notintercepted)
                SELECT substr(coalesce(i."date", ''), 1, 4), a.actorid, count(DISTINCT i.id),
                    count(DISTINCT i.id) FILTER (WHERE i.intercepted), count(DISTINCT i.id) FILTER (WHERE NOT i.intercepted)
                FROM incidents i JOIN incident_actors a ON a.incidentid = i.id GROUP BY 1, 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER incident_actor_years_delete ON incident_actors;
                DROP TRIGGER incident_actor_years_insert ON incident_actors;
                DROP FUNCTION incident_actor_years_delete();
                DROP FUNCTION incident_actor_years_insert();
                DROP TRIGGER incident_years_insert ON incidents;
                DROP TRIGGER incident_years_delete ON incidents;
                DROP TRIGGER incident_years_update ON incidents;
                DROP FUNCTION incident_years();
                """);

            migrationBuilder.DropTable(
                name: "incident_actor_years");

            migrationBuilder.DropTable(
                name: "incident_place_years");
        }
    }
}
