using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// The month summaries, as on SQLite: the tables, the triggers that keep them (IncidentSummary.MonthTriggers in
    /// PL/pgSQL) and a count of the incidents already there.
    /// </summary>
    public partial class AddMonthSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incident_actor_months",
                columns: table => new
                {
                    month = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    locationid = table.Column<int>(type: "integer", nullable: false),
                    actorid = table.Column<int>(type: "integer", nullable: false),
                    incidents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_actor_months", x => new { x.month, x.type, x.locationid, x.actorid });
                });

            migrationBuilder.CreateTable(
                name: "incident_place_months",
                columns: table => new
                {
                    month = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    locationid = table.Column<int>(type: "integer", nullable: false),
                    incidents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_place_months", x => new { x.month, x.type, x.locationid });
                });

            migrationBuilder.CreateIndex(
                name: "ix_incident_place_months_locationid_month_type_incidents",
                table: "incident_place_months",
                columns: new[] { "locationid", "month", "type", "incidents" });

            // An incident's cell (month × type × place) follows its insert, its deletion and a change of month, type or
            // place; its actors, once each whatever their roles, move with it. The deletion is counted BEFORE the row
            // goes: the cascade deletes the incident's actors after it, when their trigger can no longer read its cell.
            migrationBuilder.Sql("""
                CREATE FUNCTION incident_months() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE m text;
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        m := substr(coalesce(OLD."date", ''), 1, 7);
                        IF OLD.locationid IS NOT NULL THEN
                            UPDATE incident_place_months p SET incidents = p.incidents - 1
                            WHERE p."month" = m AND p."type" = OLD."type" AND p.locationid = OLD.locationid;
                            DELETE FROM incident_place_months p
                            WHERE p."month" = m AND p."type" = OLD."type" AND p.locationid = OLD.locationid AND p.incidents = 0;
                        END IF;
                        UPDATE incident_actor_months c SET incidents = c.incidents - 1
                        WHERE c."month" = m AND c."type" = OLD."type" AND c.locationid = coalesce(OLD.locationid, 0)
                            AND c.actorid IN (SELECT a.actorid FROM incident_actors a WHERE a.incidentid = OLD.id);
                        DELETE FROM incident_actor_months c
                        WHERE c."month" = m AND c."type" = OLD."type" AND c.locationid = coalesce(OLD.locationid, 0) AND c.incidents = 0;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        m := substr(coalesce(NEW."date", ''), 1, 7);
                        IF NEW.locationid IS NOT NULL THEN
                            INSERT INTO incident_place_months AS p ("month", "type", locationid, incidents) VALUES (m, NEW."type", NEW.locationid, 1)
                            ON CONFLICT ("month", "type", locationid) DO UPDATE SET incidents = p.incidents + 1;
                        END IF;
                        IF TG_OP = 'UPDATE' THEN
                            INSERT INTO incident_actor_months AS c ("month", "type", locationid, actorid, incidents)
                            SELECT DISTINCT m, NEW."type", coalesce(NEW.locationid, 0), a.actorid, 1 FROM incident_actors a WHERE a.incidentid = NEW.id
                            ON CONFLICT ("month", "type", locationid, actorid) DO UPDATE SET incidents = c.incidents + 1;
                        END IF;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER incident_months_insert AFTER INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION incident_months();
                CREATE TRIGGER incident_months_delete BEFORE DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION incident_months();
                CREATE TRIGGER incident_months_update AFTER UPDATE OF "date", "type", locationid ON incidents FOR EACH ROW
                    WHEN (substr(coalesce(OLD."date", ''), 1, 7) IS DISTINCT FROM substr(coalesce(NEW."date", ''), 1, 7)
                        OR OLD."type" IS DISTINCT FROM NEW."type" OR OLD.locationid IS DISTINCT FROM NEW.locationid)
                    EXECUTE FUNCTION incident_months();
                """);

            // An actor counts in its incident's cell once, whatever its roles: the first role adds it, the last one
            // removed takes it away. The delete fires BEFORE each row, as ActorTally's does: a statement removing every
            // role of an actor shows each row trigger the roles it already removed, so the last one uncounts, once. An
            // incident's own deletion has counted its actors already, and is gone when the cascade reaches them.
            migrationBuilder.Sql("""
                CREATE FUNCTION incident_actor_months_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = NEW.incidentid AND a.actorid = NEW.actorid AND a.role <> NEW.role) THEN
                        INSERT INTO incident_actor_months AS c ("month", "type", locationid, actorid, incidents)
                        SELECT substr(coalesce(i."date", ''), 1, 7), i."type", coalesce(i.locationid, 0), NEW.actorid, 1 FROM incidents i WHERE i.id = NEW.incidentid
                        ON CONFLICT ("month", "type", locationid, actorid) DO UPDATE SET incidents = c.incidents + 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER incident_actor_months_insert AFTER INSERT ON incident_actors FOR EACH ROW EXECUTE FUNCTION incident_actor_months_insert();

                CREATE FUNCTION incident_actor_months_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM incident_actors a WHERE a.incidentid = OLD.incidentid AND a.actorid = OLD.actorid AND a.role <> OLD.role) THEN
                        UPDATE incident_actor_months c SET incidents = c.incidents - 1 FROM incidents i
                        WHERE i.id = OLD.incidentid AND c."month" = substr(coalesce(i."date", ''), 1, 7) AND c."type" = i."type"
                            AND c.locationid = coalesce(i.locationid, 0) AND c.actorid = OLD.actorid;
                        DELETE FROM incident_actor_months c USING incidents i
                        WHERE i.id = OLD.incidentid AND c."month" = substr(coalesce(i."date", ''), 1, 7) AND c."type" = i."type"
                            AND c.locationid = coalesce(i.locationid, 0) AND c.actorid = OLD.actorid AND c.incidents = 0;
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER incident_actor_months_delete BEFORE DELETE ON incident_actors FOR EACH ROW EXECUTE FUNCTION incident_actor_months_delete();
                """);

            // The incidents already there (a database made by the migrations before this one), counted once.
            migrationBuilder.Sql("""
                INSERT INTO incident_place_months ("month", "type", locationid, incidents)
                SELECT substr(coalesce("date", ''), 1, 7), "type", locationid, count(*) FROM incidents WHERE locationid IS NOT NULL GROUP BY 1, 2, 3;
                INSERT INTO incident_actor_months ("month", "type", locationid, actorid, incidents)
                SELECT substr(coalesce(i."date", ''), 1, 7), i."type", coalesce(i.locationid, 0), a.actorid, count(DISTINCT i.id)
                FROM incidents i JOIN incident_actors a ON a.incidentid = i.id GROUP BY 1, 2, 3, 4;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER incident_actor_months_delete ON incident_actors;
                DROP TRIGGER incident_actor_months_insert ON incident_actors;
                DROP FUNCTION incident_actor_months_delete();
                DROP FUNCTION incident_actor_months_insert();
                DROP TRIGGER incident_months_insert ON incidents;
                DROP TRIGGER incident_months_delete ON incidents;
                DROP TRIGGER incident_months_update ON incidents;
                DROP FUNCTION incident_months();
                """);

            migrationBuilder.DropTable(
                name: "incident_actor_months");

            migrationBuilder.DropTable(
                name: "incident_place_months");
        }
    }
}
