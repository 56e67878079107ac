#!/usr/bin/env bash
# HTTP load on the Release build, each endpoint beside a baseline of the same app: GET /perf/baseline?bytes=N returns a
# fixed JSON body of the endpoint's size through the same middleware, with no database (NewsFacts:EnableBaselineEndpoint).
# Usage: tests/perf/load.sh [DB_FILE | COUNT=10000]   (a COUNT imports a generated corpus first, via import.sh's tools)
# Env: DURATION=10 (s per wrk run), CONNECTIONS=32, PORT=5099, QUIET=1 (request log lines at Warning only),
# CACHE_MB=64 (the response cache; 0 measures every request computed from the database), API_DIR (where the Api is
# published, default $WORK/api; SKIP_PUBLISH=1 reuses it).
# Loopback only. Prints, per endpoint, the median time of 5 requests computed from the database (each with an unused
# query parameter the cache has not seen, after one to warm up the code), then requests/s,
# p50 and p99 under wrk, and the endpoint's share of the baseline's requests/s. Rate limits are lifted for the run.
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
if [ -f "$ARG" ]; then
  DB=$(readlink -f "$ARG")
else
  DB=$WORK/load-$ARG.db
  if [ ! -s "$DB" ]; then
    dotnet build -c Release tests/CorpusGenerator -v q -nologo >/dev/null
    dotnet tests/CorpusGenerator/bin/Release/net10.0/NewsFacts.CorpusGenerator.dll --count "$ARG" --seed 42 --out "$WORK/corpus.jsonl"
    (cd "$API_DIR" && dotnet NewsFacts.Api.dll import "$WORK/corpus.jsonl" "--ConnectionStrings:NewsFacts=Data Source=$DB" --NewsFacts:DataDirectory="$DATA" | tail -1)
  fi
fi

BASE=http://127.0.0.1:$PORT
EXTRA=()
[ -n "${QUIET:-}" ] && EXTRA+=(--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning)
started=$(date +%s.%N)
(cd "$API_DIR" && exec dotnet NewsFacts.Api.dll --urls "$BASE" "--ConnectionStrings:NewsFacts=Data Source=$DB" --NewsFacts:DataDirectory="$DATA" \
  --NewsFacts:EnableBaselineEndpoint=true --NewsFacts:SeedOnStartup=false --NewsFacts:ResponseCacheMegabytes="${CACHE_MB:-64}" \
  --RateLimits:Reads:PermitLimit=1000000000 "${EXTRA[@]}") >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/health"; do
  kill -0 "$SERVER" 2>/dev/null || { echo "server exited, see $WORK/server.log" >&2; exit 1; }
  sleep 0.05
done
healthy=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')

articles=$(sqlite3 "$DB" 'SELECT count(*) FROM articles;')
incidents=$(sqlite3 "$DB" 'SELECT count(*) FROM incidents;')
article_id=$(sqlite3 "$DB" 'SELECT Id FROM articles ORDER BY Id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM articles);')
echo "database: $DB ($articles articles, $incidents incidents, $(du -h "$DB" | cut -f1)); $(nproc) cores; $(date -u +%FT%TZ)"
echo "healthy ${healthy}s after start; wrk -t2 -c$CONNECTIONS -d${DURATION}s per row; response cache ${CACHE_MB:-64} MB; ${QUIET:+request log off}${QUIET:-request log on (production setting)}"

# measure PATH: prints "rps p50 p99" (latencies in ms) for one wrk run
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$1" >"$WORK/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.1f %.1f %s\n", rps, p50, p99, bad ? "non-2xx:" bad : "" }' "$WORK/wrk.txt"
}

printf '%-44s %8s %8s %9s %8s %8s | %8s %8s %8s | %s\n' endpoint bytes computed_ms req/s p50ms p99ms base/s b.p50 b.p99 "ratio"
row() {
  local name=$1 path=$2 bytes first sep='?'
  [[ $path == *\?* ]] && sep='&'
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  first=$(for n in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path${sep}uncached=$RANDOM$n"; done \
    | sort -n | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }')
  read -r rps p50 p99 bad < <(measure "$path")
  read -r brps bp50 bp99 _ < <(measure "/perf/baseline?bytes=$bytes")
  printf '%-44s %8s %8s %9s %8s %8s | %8s %8s %8s | %.2f %s\n' "$name" "$bytes" "$first" "$rps" "$p50" "$p99" "$brps" "$bp50" "$bp99" \
    "$(awk -v a="$rps" -v b="$brps" 'BEGIN { print (b ? a / b : 0) }')" "$bad"
}

row "incidents, filtered (type, country)" "/api/incidents?type=drone&country=Iraq&pageSize=20"
row "incidents, first page" "/api/incidents?pageSize=20"
row "articles, full-text q=هجوم" "/api/articles?q=%D9%87%D8%AC%D9%88%D9%85&pageSize=20"
row "articles, full-text q=قاعدة عين الأسد" "/api/articles?q=%D9%82%D8%A7%D8%B9%D8%AF%D8%A9%20%D8%B9%D9%8A%D9%86%20%D8%A7%D9%84%D8%A3%D8%B3%D8%AF&pageSize=20"
row "article detail" "/api/articles/$article_id"
row "incidents as GeoJSON" "/api/incidents?format=geojson&pageSize=200"
row "articles, first page" "/api/articles?pageSize=20"
row "timeline" "/api/timeline"
row "timeline, daily, drone in Iraq, 2020-2024" "/api/timeline?interval=day&type=drone&country=Iraq&from=2020-01-01&to=2024-12-31"
row "stats" "/api/stats"
row "stats, rockets since 2022" "/api/stats?type=rocket&from=2022-01-01"
row "actors, first page" "/api/actors?pageSize=20"
row "locations, first page" "/api/locations?pageSize=20"
echo "server log: $WORK/server.log"
