-- The statements EF sends for /api/stats?from=2020-01-01, the cut month's extra ones (from=2019-03-15) and
-- /api/stats?intercepted=true, with their parameters written in, in the order sent (the names of places and actors,
-- read by id, are under 0.3 ms each and left out). For: dotnet fsi tests/perf/sql-cpu.fsx DB tests/perf/stats-sql.sql
-- from=2020-01-01: counts by type and country, from the day summary
SELECT "i"."Type", "i"."Country", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_days" AS "i"
WHERE "i"."Date" <> '' AND "i"."Date" >= '2020' AND "i"."Date" || '~' >= '2020-01-01'
GROUP BY "i"."Type", "i"."Country";;
-- from=2020-01-01: counts by place, from the place-month summary
SELECT "i"."LocationId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_place_months" AS "i"
WHERE "i"."Month" <> '' AND "i"."Month" >= '2020' AND "i"."Month" || '~' >= '2020-01-01'
GROUP BY "i"."LocationId";;
-- from=2020-01-01: counts by actor, from the actor-month summary
SELECT "i"."ActorId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_actor_months" AS "i"
WHERE "i"."Month" <> '' AND "i"."Month" >= '2020' AND "i"."Month" || '~' >= '2020-01-01'
GROUP BY "i"."ActorId";;
-- from=2019-03-15: the cut month's incidents, whose places and actors are then counted by id (under 1 ms together)
SELECT "i"."Id" FROM "incidents" AS "i" WHERE "i"."Date" >= '2019-03' AND "i"."Date" < '2019-03~';;
-- intercepted=true: counts by type and place, from the incidents
SELECT "i0"."Type", "i0"."Place", COUNT(*) AS "Count"
FROM (SELECT "i"."Type", COALESCE("i"."LocationId", 0) AS "Place" FROM "incidents" AS "i" WHERE "i"."Intercepted" = 1) AS "i0"
GROUP BY "i0"."Type", "i0"."Place";;
-- intercepted=true: the same incidents read alone, without the grouping
SELECT count(*) FROM "incidents" AS "i" WHERE "i"."Intercepted" = 1;;
-- intercepted=true: counts by actor
SELECT "i"."ActorId", COUNT(DISTINCT ("i"."IncidentId")) AS "Count"
FROM "incident_actors" AS "i"
WHERE "i"."IncidentId" IN (SELECT "i0"."Id" FROM "incidents" AS "i0" WHERE "i0"."Intercepted" = 1)
GROUP BY "i"."ActorId"
