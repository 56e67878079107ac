-- The statements EF sends for /api/stats?from=2020-01-01, the partial year of from=2019-03-15 and
-- /api/stats?intercepted=true, with their parameters written in, in the order sent (the names of places and actors,
-- read by id, are under 0.3 ms each and left out). For: dotnet fsi tests/perf/sql-cpu.fsx DB tests/perf/stats-sql.sql
-- from=2020-01-01: counts by type, from the year summary of places (whole years: no month or day row is read)
SELECT "i"."Type", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_place_years" AS "i"
WHERE "i"."Year" <> '' AND "i"."Year" >= '2020' AND "i"."Incidents" > 0
GROUP BY "i"."Type";;
-- from=2020-01-01: counts by place (and so by country), from the same rows
SELECT "i"."LocationId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_place_years" AS "i"
WHERE "i"."Year" <> '' AND "i"."Year" >= '2020' AND "i"."Incidents" > 0 AND "i"."LocationId" <> 0
GROUP BY "i"."LocationId";;
-- from=2020-01-01: counts by actor, from the year summary of actors
SELECT "i"."ActorId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_actor_years" AS "i"
WHERE "i"."Year" <> '' AND "i"."Year" >= '2020' AND "i"."Incidents" > 0
GROUP BY "i"."ActorId";;
-- from=2019-03-15: the cut month's incidents, whose places and actors are then counted by id (under 1 ms together)
SELECT "i"."Id" FROM "incidents" AS "i" WHERE "i"."Date" >= '2019-03' AND "i"."Date" < '2019-03~';;
-- from=2019-03-15: the rest of 2019 by type and country, from the day summary
SELECT "i"."Type", "i"."Country", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_days" AS "i"
WHERE "i"."Date" <> '' AND "i"."Date" >= '2019' AND "i"."Date" || '~' >= '2019-03-15' AND "i"."Date" < '2020'
GROUP BY "i"."Type", "i"."Country";;
-- from=2019-03-15: the rest of 2019 by place, from the place-month summary
SELECT "i"."LocationId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_place_months" AS "i"
WHERE "i"."Month" <> '' AND "i"."Month" >= '2019' AND "i"."Month" || '~' >= '2019-03-15' AND "i"."Month" < '2020' AND "i"."Month" <> '2019-03'
GROUP BY "i"."LocationId";;
-- from=2019-03-15: the rest of 2019 by actor, from the actor-month summary
SELECT "i"."ActorId", COALESCE(SUM("i"."Incidents"), 0) AS "Count"
FROM "incident_actor_months" AS "i"
WHERE "i"."Month" <> '' AND "i"."Month" >= '2019' AND "i"."Month" || '~' >= '2019-03-15' AND "i"."Month" < '2020' AND "i"."Month" <> '2019-03'
GROUP BY "i"."ActorId";;
-- intercepted=true: counts by type, from the year summary's interception counts (every year, unknown too)
SELECT "i"."Type", COALESCE(SUM("i"."Intercepted"), 0) AS "Count"
FROM "incident_place_years" AS "i"
WHERE "i"."Intercepted" > 0
GROUP BY "i"."Type";;
-- intercepted=true: counts by place
SELECT "i"."LocationId", COALESCE(SUM("i"."Intercepted"), 0) AS "Count"
FROM "incident_place_years" AS "i"
WHERE "i"."Intercepted" > 0 AND "i"."LocationId" <> 0
GROUP BY "i"."LocationId";;
-- intercepted=true: counts by actor
SELECT "i"."ActorId", COALESCE(SUM("i"."Intercepted"), 0) AS "Count"
FROM "incident_actor_years" AS "i"
WHERE "i"."Intercepted" > 0
GROUP BY "i"."ActorId"
