#!/usr/bin/env bash
# HTTP load on the Release build, each endpoint beside a baseline of the same app: GET /perf/baseline?bytes=N returns a
# fixed JSON body of the endpoint's size through the same middleware, with no database (NewsFacts:EnableBaselineEndpoint).
# Usage: tests/perf/load.sh [DB_FILE | COUNT=10000]   (a COUNT imports a generated corpus first, via import.sh's tools)
# Env: DURATION=10 (s per wrk run), CONNECTIONS=32, PORT=5099, QUIET=1 (request log lines at Warning only),
# CACHE_MB=64 (the response cache; 0 measures every request computed from the database), API_DIR (where the Api is
# published, default $WORK/api; SKIP_PUBLISH=1 reuses it), ONLY=regex (only the rows whose name matches).
# Scaling out (README "Scaling out"): PROVIDER=Postgres PG_CONN='Host=127.0.0.1;Port=5432;Username=nf;Database=newsfacts'
# serves a PostgreSQL database that already holds the corpus (copy-to-postgres; the DB_FILE | COUNT argument is then
# not used); PROCESSES=2 starts that many Api processes on ports PORT+1, PORT+2... behind a local nginx on PORT (Debian's
# nginx, its own config file in $WORK, round robin, the processes trusting it as a proxy); PROXIED=1 puts nginx in front
# of a single process too (not NGINX=1: nginx reads NGINX for sockets inherited on an upgrade). wrk then measures
# through nginx, the baseline included. In those modes two columns follow the row: the CPU time per request of the
# PostgreSQL server (its postmaster and backends, found by the port it listens on when that is local; "-" on SQLite)
# and of nginx (master and workers); cpu/req is then the sum over the Api processes. sql_ms is "n/a" on PostgreSQL (the
# hand-written SQL is SQLite's dialect).
# Loopback only. Prints, per endpoint, the median time of 5 requests computed from the database (each with an unused
# query parameter the cache has not seen, after one to warm up the code), then requests/s, p50 and p99 under wrk, the
# server's CPU time per request (user + system of the Api process over the wrk run, divided by the requests), the same
# for the baseline, the endpoint's share of the baseline's requests/s, and the CPU time of the same query in plain SQL
# through the sqlite3 shell on the same database (user + system per run, the mean of 20 runs after one to warm up):
# the gap between the last two is the overhead the Api adds to the database's own work. Rate limits are lifted.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARG=${1:-10000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-5099}
WORK=${PERF_WORK:-$(mktemp -d /tmp/newsfacts-load.XXXXXX)}
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

# Published as the image publishes it (ReadyToRun), so the start-up time is the deployed one.
API_DIR=${API_DIR:-$WORK/api}
[ -n "${SKIP_PUBLISH:-}" ] || dotnet publish -c Release src/Api -o "$API_DIR" -v q -nologo >/dev/null
DATA=$PWD/data
PROVIDER=${PROVIDER:-Sqlite}
PROCESSES=${PROCESSES:-1}
[ "$PROCESSES" -gt 1 ] && PROXIED=1
if [ "$PROVIDER" = Postgres ]; then
  [ -n "${PG_CONN:-}" ] || { echo "PROVIDER=Postgres needs PG_CONN, an Npgsql connection string" >&2; exit 1; }
  command -v psql >/dev/null || { echo "psql is needed: apt-get install postgresql-client" >&2; exit 1; }
  # psql's settings from the Npgsql connection string (Host, Port, Username, Password, Database).
  declare -A pg=()
  IFS=';' read -ra pairs <<<"$PG_CONN"
  for pair in "${pairs[@]}"; do [[ $pair == *=* ]] && pg[${pair%%=*}]=${pair#*=}; done
  export PGHOST=${pg[Host]:-127.0.0.1} PGPORT=${pg[Port]:-5432} PGUSER=${pg[Username]:-postgres} PGDATABASE=${pg[Database]:-${pg[Username]:-postgres}}
  [ -n "${pg[Password]:-}" ] && export PGPASSWORD=${pg[Password]}
  CONNECTION=(--Database:Provider=Postgres "--ConnectionStrings:NewsFacts=$PG_CONN")
elif [ -f "$ARG" ]; then
  DB=$(readlink -f "$ARG")
else
  DB=$WORK/load-$ARG.db
  if [ ! -s "$DB" ]; then
    dotnet build -c Release tests/CorpusGenerator -v q -nologo >/dev/null
    dotnet tests/CorpusGenerator/bin/Release/net10.0/NewsFacts.CorpusGenerator.dll --count "$ARG" --seed 42 --out "$WORK/corpus.jsonl"
    (cd "$API_DIR" && dotnet NewsFacts.Api.dll import "$WORK/corpus.jsonl" "--ConnectionStrings:NewsFacts=Data Source=$DB" --NewsFacts:DataDirectory="$DATA" | tail -1)
  fi
fi
[ "$PROVIDER" = Postgres ] || CONNECTION=("--ConnectionStrings:NewsFacts=Data Source=$DB")

BASE=http://127.0.0.1:$PORT
EXTRA=()
[ -n "${QUIET:-}" ] && EXTRA+=(--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning)
# Behind nginx the processes listen on PORT+1, PORT+2...; only nginx, on loopback, may say who the client is.
[ -n "${PROXIED:-}" ] && EXTRA+=(--Proxies:KnownProxies:0=127.0.0.1)
SERVERS=()
NGINX_PID=""
stop() {
  [ -z "$NGINX_PID" ] || kill "$NGINX_PID" 2>/dev/null || true
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
started=$(date +%s.%N)
for i in $(seq "$PROCESSES"); do
  url=$BASE log=$WORK/server.log
  [ -n "${PROXIED:-}" ] && url=http://127.0.0.1:$((PORT + i)) log=$WORK/server-$i.log
  (cd "$API_DIR" && exec dotnet NewsFacts.Api.dll --urls "$url" "${CONNECTION[@]}" --NewsFacts:DataDirectory="$DATA" \
    --NewsFacts:EnableBaselineEndpoint=true --NewsFacts:SeedOnStartup=false --NewsFacts:ResponseCacheMegabytes="${CACHE_MB:-64}" \
    --RateLimits:Reads:PermitLimit=1000000000 "${EXTRA[@]}") >"$log" 2>&1 &
  SERVERS+=($!)
done
if [ -n "${PROXIED:-}" ]; then
  command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 1; }
  # As deploy/nginx.conf does, with the upstream on loopback. No access log; proxy_max_temp_file_size 0 keeps large
  # bodies in memory buffers, so the workers (user nobody) never need $WORK, which only root may enter.
  { echo "worker_processes auto; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; upstream newsfacts {"
    for i in $(seq "$PROCESSES"); do echo "server 127.0.0.1:$((PORT + i)) max_fails=2 fail_timeout=10s;"; done
    echo "keepalive 32; }"
    echo "server { listen 127.0.0.1:$PORT; client_max_body_size 2m; location / { proxy_pass http://newsfacts; proxy_http_version 1.1;"
    echo "proxy_set_header Connection \"\"; proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "proxy_set_header X-Forwarded-Proto \$scheme; proxy_next_upstream error timeout http_502 http_503; proxy_max_temp_file_size 0;"
    echo "client_body_temp_path $WORK/nginx-body; proxy_temp_path $WORK/nginx-proxy; } } }"
  } >"$WORK/nginx.conf"
  nginx -q -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
fi
for i in $(seq "$PROCESSES"); do
  url=$BASE log=$WORK/server.log
  [ -n "${PROXIED:-}" ] && url=http://127.0.0.1:$((PORT + i)) log=$WORK/server-$i.log
  until curl -sf -o /dev/null "$url/health"; do
    kill -0 "${SERVERS[i - 1]}" 2>/dev/null || { echo "server exited, see $log" >&2; exit 1; }
    sleep 0.05
  done
done
until curl -sf -o /dev/null "$BASE/health"; do
  kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx exited, see $WORK/nginx-error.log" >&2; exit 1; }
  sleep 0.05
done
healthy=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')

# scalar SQL: one value from the database, through the sqlite3 shell or psql (the same SQL reads both: PostgreSQL's
# names are the same in lower case, which unquoted names fold to).
scalar() { if [ "$PROVIDER" = Postgres ]; then psql -XAtqc "$1"; else sqlite3 "$DB" "$1"; fi; }
articles=$(scalar 'SELECT count(*) FROM articles;')
incidents=$(scalar 'SELECT count(*) FROM incidents;')
article_id=$(scalar 'SELECT Id FROM articles ORDER BY Id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM articles);')
actor=$(scalar "SELECT Id FROM actors WHERE Key = 'kataib-hezbollah';")
ain_al_asad=$(scalar "SELECT Id FROM locations WHERE Key = 'ain-al-asad';")
if [ "$PROVIDER" = Postgres ]; then
  echo "database: PostgreSQL $(psql -XAtqc 'SHOW server_version;') $PGHOST:$PGPORT/$PGDATABASE ($articles articles, $incidents incidents, $(psql -XAtqc 'SELECT pg_size_pretty(pg_database_size(current_database()));')); $(nproc) cores; $(date -u +%FT%TZ); load average $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "database: $DB ($articles articles, $incidents incidents, $(du -h "$DB" | cut -f1)); $(nproc) cores; $(date -u +%FT%TZ); load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
[ -z "${PROXIED:-}" ] || echo "$PROCESSES Api process(es) behind nginx $(nginx -v 2>&1 | sed 's|.*/||'), round robin"
echo "healthy ${healthy}s after start; wrk -t2 -c$CONNECTIONS -d${DURATION}s per row; response cache ${CACHE_MB:-64} MB; $([ -n "${QUIET:-}" ] && echo "request log off" || echo "request log on (production setting)")"

# CPU seconds (user + system) the given processes have used so far; with the children they waited for when WAITED is
# set (PostgreSQL's backends that end, nginx's workers).
HZ=$(getconf CLK_TCK)
cpu_of() {
  local pid total=0
  for pid in "$@"; do
    # The fields after the command's ")" (which may hold spaces): 12 and 13 are utime and stime, 14 and 15 the children's.
    total=$(awk -v hz="$HZ" -v t="$total" -v waited="${WAITED:-}" '{ sub(/.*\) /, ""); split($0, f, " ")
      printf "%.4f", t + (f[12] + f[13] + (waited ? f[14] + f[15] : 0)) / hz }' "/proc/$pid/stat" 2>/dev/null || echo "$total")
  done
  echo "$total"
}
cpu() { cpu_of "${SERVERS[@]}"; }
# A local PostgreSQL server: the process listening on its port, with its children (backends, background workers).
PG_PID=""
if [ "$PROVIDER" = Postgres ] && [[ $PGHOST == 127.0.0.1 || $PGHOST == localhost ]]; then
  PG_PID=$(ss -Hltnp "sport = :$PGPORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
cpu_pg() { [ -n "$PG_PID" ] && WAITED=1 cpu_of "$PG_PID" $(pgrep -P "$PG_PID"); }
cpu_nginx() { [ -n "$NGINX_PID" ] && WAITED=1 cpu_of "$NGINX_PID" $(pgrep -P "$NGINX_PID"); }
EXTRA_COLUMNS=""
[[ $PROVIDER == Postgres || -n ${PROXIED:-} ]] && EXTRA_COLUMNS=1

# measure PATH: prints "rps p50 p99 cpu_ms_per_request pg_ms_per_request nginx_ms_per_request non-2xx,timeouts"
# (latencies in ms; wrk's latencies leave out the requests it gave up on after 2 s) for one wrk run; "-" for a process
# that is not there.
measure() {
  local before after pg_before pg_after ngx_before ngx_after
  before=$(cpu) pg_before=$(cpu_pg || true) ngx_before=$(cpu_nginx || true)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$1" >"$WORK/wrk.txt" 2>&1
  after=$(cpu) pg_after=$(cpu_pg || true) ngx_after=$(cpu_nginx || true)
  awk -v cpu="$before $after" -v pg="$pg_before $pg_after" -v ngx="$ngx_before $ngx_after" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    function per(span,   t) { return split(span, t, " ") == 2 && n ? sprintf("%.2f", (t[2] - t[1]) * 1000 / n) : "-" }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    / requests in / { n = $1 }
    /Non-2xx/ { bad = "non-2xx:" $NF }
    /Socket errors/ && $NF { timeouts = "timeouts:" $NF }
    END { printf "%.0f %.1f %.1f %s %s %s %s\n", rps, p50, p99, per(cpu), per(pg), per(ngx), bad (bad && timeouts ? "," : "") timeouts }' "$WORK/wrk.txt"
}

# sql SQL: CPU ms (user + system) of the statements in the sqlite3 shell, the mean of 20 runs after one to warm up.
# "n/a" when the shell cannot run them (an
# sqlite3 older than the Api's SQLite does not know FTS5's contentless_delete, so it cannot read the search index).
sql() {
  [ -n "$1" ] || { echo "-"; return; }
  [ "$PROVIDER" = Postgres ] && { echo "n/a"; return; }
  { echo ".output /dev/null"; echo "$1"; echo ".timer on"; for _ in $(seq 20); do echo "$1"; done; } \
    | sqlite3 "$DB" 2>"$WORK/sql.err" | awk '/^Run Time/ { s += $6 + $8 } END { printf "%.2f", s * 1000 / 20 }' >"$WORK/sql.out"
  if [ -s "$WORK/sql.err" ]; then echo "n/a"; else cat "$WORK/sql.out"; fi
}

extra() { [ -z "$EXTRA_COLUMNS" ] || printf ' | %6s %7s' "$1" "$2"; }
printf '%-44s %8s %8s %7s %7s %7s %7s | %7s %7s %7s | %5s | %6s%s %s\n' endpoint bytes computed req/s p50ms p99ms cpu/req base/s b.p99 b.cpu ratio sql_ms \
  "$(extra pg/req ngx/req)" ""
row() {
  local name=$1 path=$2 query=${3:-} bytes first sep='?'
  [[ -n ${ONLY:-} && ! $name =~ $ONLY ]] && return
  [[ $path == *\?* ]] && sep='&'
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  first=$(for n in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path${sep}uncached=$RANDOM$n"; done \
    | sort -n | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }')
  read -r rps p50 p99 cpums pgms ngxms bad < <(measure "$path")
  read -r brps bp50 bp99 bcpums _ < <(measure "/perf/baseline?bytes=$bytes")
  printf '%-44s %8s %8s %7s %7s %7s %7s | %7s %7s %7s | %5.2f | %6s%s %s\n' "$name" "$bytes" "$first" "$rps" "$p50" "$p99" "$cpums" \
    "$brps" "$bp99" "$bcpums" "$(awk -v a="$rps" -v b="$brps" 'BEGIN { print (b ? a / b : 0) }')" "$(sql "$query")" "$(extra "$pgms" "$ngxms")" "$bad"
}

# The plain SQL beside each row reads what the response shows (the page's rows with their places, sources, titles and
# actors; the counts), as one would write it by hand; it does not serialize anything.
PAGE_OF_INCIDENTS="
SELECT s.*, a.Title FROM incident_sources s JOIN articles a ON a.Id = s.ArticleId WHERE s.IncidentId IN (SELECT Id FROM page);
SELECT ia.*, ac.NameAr, ac.NameEn FROM incident_actors ia JOIN actors ac ON ac.Id = ia.ActorId WHERE ia.IncidentId IN (SELECT Id FROM page);"
incidents_sql() { # WHERE ORDER LIMIT COUNT_SQL
  echo "DROP TABLE IF EXISTS temp.page; CREATE TEMP TABLE page AS SELECT i.Id FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId $1 ORDER BY $2 LIMIT $3;
SELECT i.*, l.* FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId WHERE i.Id IN (SELECT Id FROM page); $PAGE_OF_INCIDENTS $4"
}
LIST_ARTICLES="SELECT a.Id, a.Title, a.Source, a.Url, a.PublishedAt, a.ImportedAt, a.UpdatedAt, (SELECT count(DISTINCT IncidentId) FROM incident_sources s WHERE s.ArticleId = a.Id) FROM articles a"
STATS_TAIL="SELECT count(*) FROM articles; SELECT count(*) FROM actors; SELECT count(*) FROM locations;"

row "incidents, filtered (type, country)" "/api/incidents?type=drone&country=Iraq&pageSize=50" \
  "$(incidents_sql "WHERE i.Type = 'drone' AND l.Country = 'Iraq'" "i.Date DESC, i.Id" 50 "SELECT sum(Incidents) FROM incident_days WHERE Type = 'drone' AND Country = 'Iraq';")"
row "incidents, first page" "/api/incidents?pageSize=20" \
  "$(incidents_sql "" "i.Date DESC, i.Id" 20 "SELECT sum(Incidents) FROM incident_days;")"
row "incidents, actor filter" "/api/incidents?actor=$actor&pageSize=20" \
  "$(incidents_sql "WHERE i.Id IN (SELECT IncidentId FROM incident_actors WHERE ActorId = $actor)" "i.Date DESC, i.Id" 20 "SELECT count(DISTINCT IncidentId) FROM incident_actors WHERE ActorId = $actor;")"
row "incidents as GeoJSON (200)" "/api/incidents?format=geojson&pageSize=200" \
  "$(incidents_sql "" "i.Date DESC, i.Id" 200 "SELECT sum(Incidents) FROM incident_days;")"
row "incidents as CSV (50)" "/api/incidents?format=csv&pageSize=50" \
  "$(incidents_sql "" "i.Date DESC, i.Id" 50 "SELECT sum(Incidents) FROM incident_days;")"
row "article detail" "/api/articles/$article_id" \
  "SELECT Id, Title, Source, Url, PublishedAt, ImportedAt, UpdatedAt, Byline, Dateline, Text, ContentHash, RemovedJson FROM articles WHERE Id = $article_id;
DROP TABLE IF EXISTS temp.page; CREATE TEMP TABLE page AS SELECT IncidentId AS Id FROM incident_sources WHERE ArticleId = $article_id;
SELECT i.*, l.* FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId WHERE i.Id IN (SELECT Id FROM page); $PAGE_OF_INCIDENTS
SELECT m.*, a.* FROM actor_mentions m JOIN actors a ON a.Id = m.ActorId WHERE m.ArticleId = $article_id ORDER BY m.Start;
SELECT m.*, l.* FROM location_mentions m JOIN locations l ON l.Id = m.LocationId WHERE m.ArticleId = $article_id ORDER BY m.Start;
SELECT * FROM date_mentions WHERE ArticleId = $article_id ORDER BY Line, Start;"
row "articles, first page" "/api/articles?pageSize=20" "$LIST_ARTICLES ORDER BY a.PublishedAt DESC, a.Id LIMIT 20; SELECT count(*) FROM articles;"
row "articles, full-text q=الدفاعات الجوية" "/api/articles?q=%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9%D8%A7%D8%AA%20%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9&pageSize=20" \
  "$LIST_ARTICLES WHERE a.Id IN (SELECT rowid FROM article_search WHERE article_search MATCH '\"دفاع\" \"جوي\"') ORDER BY a.PublishedAt DESC, a.Id LIMIT 20;
SELECT count(*) FROM article_search WHERE article_search MATCH '\"دفاع\" \"جوي\"';"
row "articles, full-text q=هجوم" "/api/articles?q=%D9%87%D8%AC%D9%88%D9%85&pageSize=20" \
  "$LIST_ARTICLES WHERE a.Id IN (SELECT rowid FROM article_search WHERE article_search MATCH '\"هجوم\"') ORDER BY a.PublishedAt DESC, a.Id LIMIT 20;
SELECT count(*) FROM article_search WHERE article_search MATCH '\"هجوم\"';"
row "articles, full-text q=قاعدة عين الأسد" "/api/articles?q=%D9%82%D8%A7%D8%B9%D8%AF%D8%A9%20%D8%B9%D9%8A%D9%86%20%D8%A7%D9%84%D8%A3%D8%B3%D8%AF&pageSize=20" \
  "$LIST_ARTICLES WHERE a.Id IN (SELECT rowid FROM article_search WHERE article_search MATCH '\"قاعد\" \"عين\" \"اسد\"') ORDER BY a.PublishedAt DESC, a.Id LIMIT 20;
SELECT count(*) FROM article_search WHERE article_search MATCH '\"قاعد\" \"عين\" \"اسد\"';"
row "timeline, monthly" "/api/timeline?interval=month" "SELECT Date, sum(Incidents), sum(Killed), sum(Wounded) FROM incident_days GROUP BY Date;"
row "timeline, daily, drone in Iraq, 2020-2024" "/api/timeline?interval=day&type=drone&country=Iraq&from=2020-01-01&to=2024-12-31" \
  "SELECT Date, sum(Incidents), sum(Killed), sum(Wounded) FROM incident_days WHERE Type = 'drone' AND Country = 'Iraq' AND Date >= '2020' AND Date <= '2024-12-31' GROUP BY Date;"
row "timeline, actor filter" "/api/timeline?actor=$actor" \
  "SELECT i.Date, count(*), sum(coalesce(i.Killed, 0)), sum(coalesce(i.Wounded, 0)) FROM incidents i WHERE i.Id IN (SELECT IncidentId FROM incident_actors WHERE ActorId = $actor) GROUP BY i.Date;"
row "timeline, minKilled=1" "/api/timeline?minKilled=1" \
  "SELECT i.Date, count(*), sum(coalesce(i.Killed, 0)), sum(coalesce(i.Wounded, 0)) FROM incidents i WHERE i.Killed >= 1 GROUP BY i.Date;"
row "stats" "/api/stats" \
  "SELECT Type, Country, sum(Incidents) FROM incident_days GROUP BY Type, Country;
SELECT p.LocationId, l.NameEn, l.NameAr, sum(p.Incidents) FROM incident_places p JOIN locations l ON l.Id = p.LocationId GROUP BY p.LocationId;
SELECT ActorId, count(DISTINCT IncidentId) FROM incident_actors GROUP BY ActorId; $STATS_TAIL"
# Stats under type, country, place and date filters read the month summaries; a month the range cuts (a start after
# the 1st, an end before the last day) is counted from its incidents, found by date.
months_sql() { # WHERE (on Month, Type, LocationId) [EDGE WHERE on incidents i]
  echo "SELECT l.Id, l.NameEn, l.NameAr, c.n FROM (SELECT LocationId, sum(Incidents) AS n FROM incident_place_months WHERE $1 GROUP BY LocationId) c JOIN locations l ON l.Id = c.LocationId;
SELECT a.Id, a.NameEn, a.NameAr, c.n FROM (SELECT ActorId, sum(Incidents) AS n FROM incident_actor_months WHERE $1 GROUP BY ActorId) c JOIN actors a ON a.Id = c.ActorId;
${2:+SELECT LocationId, count(*) FROM incidents i WHERE $2 GROUP BY LocationId;
SELECT ActorId, count(DISTINCT IncidentId) FROM incident_actors WHERE IncidentId IN (SELECT Id FROM incidents i WHERE $2) GROUP BY ActorId;} $STATS_TAIL"
}
row "stats, from 2020-01-01" "/api/stats?from=2020-01-01" \
  "SELECT Type, Country, sum(Incidents) FROM incident_days WHERE Date >= '2020' GROUP BY Type, Country;
$(months_sql "Month >= '2020'")"
row "stats, from 2019-03-15 (a cut month)" "/api/stats?from=2019-03-15" \
  "SELECT Type, Country, sum(Incidents) FROM incident_days WHERE Date >= '2019' AND Date || '~' >= '2019-03-15' GROUP BY Type, Country;
$(months_sql "Month >= '2019' AND Month || '~' >= '2019-03-15' AND Month <> '2019-03'" "i.Date >= '2019-03' AND i.Date < '2019-03~' AND i.Date || '~' >= '2019-03-15'")"
row "stats, rockets since 2022" "/api/stats?type=rocket&from=2022-01-01" \
  "SELECT Type, Country, sum(Incidents) FROM incident_days WHERE Type = 'rocket' AND Date >= '2022' GROUP BY Type, Country;
$(months_sql "Type = 'rocket' AND Month >= '2022'")"
AIN_AL_ASAD="SELECT Id FROM locations WHERE Key = 'ain-al-asad' OR ParentKey = 'ain-al-asad'"
row "stats, location Ain al-Asad" "/api/stats?location=$ain_al_asad" \
  "SELECT p.Type, l.Country, sum(p.Incidents) FROM incident_place_months p JOIN locations l ON l.Id = p.LocationId WHERE p.LocationId IN ($AIN_AL_ASAD) GROUP BY 1, 2;
$(months_sql "LocationId IN ($AIN_AL_ASAD)")"
row "stats, Ain al-Asad since 2019" "/api/stats?location=$ain_al_asad&from=2019-01-01" \
  "SELECT p.Type, l.Country, sum(p.Incidents) FROM incident_place_months p JOIN locations l ON l.Id = p.LocationId WHERE p.LocationId IN ($AIN_AL_ASAD) AND p.Month >= '2019' GROUP BY 1, 2;
$(months_sql "LocationId IN ($AIN_AL_ASAD) AND Month >= '2019'")"
row "stats, actor filter" "/api/stats?actor=$actor" \
  "SELECT i.Type, l.Country, l.Id, count(*) FROM incidents i LEFT JOIN locations l ON l.Id = i.LocationId WHERE i.Id IN (SELECT IncidentId FROM incident_actors WHERE ActorId = $actor) GROUP BY 1, 2, 3;
SELECT ActorId, count(DISTINCT IncidentId) FROM incident_actors WHERE IncidentId IN (SELECT IncidentId FROM incident_actors WHERE ActorId = $actor) GROUP BY ActorId; $STATS_TAIL"
row "actors, first page" "/api/actors?pageSize=20" "SELECT a.*, c.Articles, c.Incidents FROM actors a LEFT JOIN actor_counts c ON c.ActorId = a.Id ORDER BY a.NameEn, a.Id LIMIT 20; SELECT count(*) FROM actors;"
row "locations, first page" "/api/locations?pageSize=20" \
  "SELECT l.*, (SELECT sum(Incidents) FROM incident_places p WHERE p.LocationId = l.Id) AS n FROM locations l ORDER BY n DESC, l.Id LIMIT 20; SELECT count(*) FROM locations;"
rss=$(for pid in "${SERVERS[@]}"; do awk '/VmHWM/ { printf "%.0f MB\n", $2 / 1024 }' "/proc/$pid/status"; done | paste -sd, | sed 's/,/, /g')
logs=$WORK/server.log
[ -z "${PROXIED:-}" ] || logs="$WORK/server-{1..$PROCESSES}.log, $WORK/nginx-error.log"
echo "server peak RSS: $rss; server log: $logs; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
