#!/usr/bin/env bash
# Import throughput and peak memory, with extraction and without (NewsFacts:ExtractFacts=false) in the same run.
# Usage: tests/perf/import.sh [COUNT=10000] [SEED=42]      e.g. tests/perf/import.sh 100000
# Prints articles/s, the ratio of the two runs, peak RSS and database bytes per article. Needs /usr/bin/time (GNU).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
SEED=${2:-42}
WORK=${PERF_WORK:-$(mktemp -d /tmp/newsfacts-import.XXXXXX)}
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release src/Api -v q -nologo >/dev/null
dotnet build -c Release tests/CorpusGenerator -v q -nologo >/dev/null
# Run from the build folder, as a published Api runs: its appsettings.json (Serilog, console sink) applies.
API_DIR=${API_DIR:-$PWD/src/Api/bin/Release/net10.0}
CORPUS=$WORK/corpus-$COUNT-$SEED.jsonl
[ -s "$CORPUS" ] || dotnet tests/CorpusGenerator/bin/Release/net10.0/NewsFacts.CorpusGenerator.dll --count "$COUNT" --seed "$SEED" --out "$CORPUS"

# run NAME EXTRACT: imports the corpus into a fresh database, leaves $WORK/NAME.{out,time,db}
run() {
  local name=$1 extract=$2 db=$WORK/$1.db
  rm -f "$db" "$db"-wal "$db"-shm
  (cd "$API_DIR" && /usr/bin/time -v -o "$WORK/$name.time" dotnet NewsFacts.Api.dll import "$CORPUS" \
    "--ConnectionStrings:NewsFacts=Data Source=$db" --NewsFacts:ExtractFacts="$extract" >"$WORK/$name.out" 2>&1) || true
  sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
}

# report NAME: "imported 10000 ... elapsed 12.34s" is the import's own clock (no host start-up); RSS is the whole process.
report() {
  local name=$1 db=$WORK/$1.db
  local summary imported seconds wall rss cpu bytes articles
  summary=$(grep -E '^imported [0-9]+' "$WORK/$name.out" | tail -1)
  [ -n "$summary" ] || { echo "$name: no summary line, see $WORK/$name.out" >&2; return 1; }
  imported=$(sed -E 's/^imported ([0-9]+).*/\1/' <<<"$summary")
  seconds=$(sed -E 's/.*elapsed ([0-9.]+)s.*/\1/' <<<"$summary")
  wall=$(grep 'Elapsed (wall clock)' "$WORK/$name.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/$name.time" | awk '{print $NF}')
  # CPU seconds (user + system) are less sensitive than wall time to other jobs sharing the machine.
  cpu=$(grep -E '(User|System) time' "$WORK/$name.time" | awk '{s += $NF} END {print s}')
  bytes=$(stat -c %s "$db")
  articles=$(sqlite3 "$db" 'SELECT count(*) FROM articles;')
  printf '%-12s %s\n' "$name" "$summary"
  # The import's own account of its CPU per item, thread by thread (ImportCpuLog).
  grep -o 'Import CPU per item: .*' "$WORK/$name.out" | tail -1 | sed 's/^/             /' || true
  awk -v n="$imported" -v s="$seconds" -v w="$wall" -v r="$rss" -v cpu="$cpu" -v b="$bytes" -v a="$articles" -v raw="$(stat -c %s "$CORPUS")" -v c="$COUNT" 'BEGIN {
    printf "             %.0f articles/s (import loop), %.2f ms CPU/article, wall %s, peak RSS %.0f MB, db %.1f MB = %.0f bytes/article (%.2fx the .jsonl input)\n",
      n / s, cpu * 1000 / n, w, r / 1024, b / 1048576, (a ? b / a : 0), b / raw * (c / (a ? a : 1)) }'
}

seconds() { grep -E '^imported [0-9]+' "$WORK/$1.out" | tail -1 | sed -E 's/.*elapsed ([0-9.]+)s.*/\1/'; }

echo "corpus: $COUNT articles, $(du -h "$CORPUS" | cut -f1), $CORPUS; $(nproc) cores; $(date -u +%FT%TZ)"
run store false
run extract true
report store
report extract
awk -v e="$(seconds extract)" -v s="$(seconds store)" 'BEGIN { printf "extraction / store-only time ratio: %.2f (target <= 3)\n", e / s }'
echo "facts: $(sqlite3 "$WORK/extract.db" 'SELECT (SELECT count(*) FROM incidents) || " incidents, " || (SELECT count(*) FROM incident_sources) || " sources, " || (SELECT count(*) FROM actor_mentions) || " actor mentions, " || (SELECT count(*) FROM location_mentions) || " place mentions, " || (SELECT count(*) FROM date_mentions) || " dates";')"
echo "work folder: $WORK (delete when done)"
