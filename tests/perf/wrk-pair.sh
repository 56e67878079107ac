#!/usr/bin/env bash
# Requests/s and p99 at 32 connections for two running builds, URL by URL, the builds alternating.
# Usage: tests/perf/wrk-pair.sh URLS_FILE BASE_URL OTHER_URL   Env: D=8 (seconds a run), C=32, T=2.
# Prints one line a run: base|new, the URL, requests/s, p99 in ms.
set -euo pipefail
URLS=$1; A=$2; B=$3; D=${D:-8}; C=${C:-32}; T=${T:-2}
p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.0f", v }'; }
while read -r url; do
  [ -z "$url" ] && continue
  for pair in "base $A" "new $B"; do
    set -- $pair
    out=$(wrk -t"$T" -c"$C" -d"${D}s" --latency "$2$url")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    echo "$1 $url $rps $(p99 <<<"$out") ms"
  done
done <"$URLS"
