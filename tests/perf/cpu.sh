#!/usr/bin/env bash
# Server CPU time per request, one request at a time, for builds side by side on their own databases.
# Usage: tests/perf/cpu.sh URLS_FILE API_DIR=DB_FILE [API_DIR=DB_FILE ...]
#   URLS_FILE: one path and query a line (/api/stats?from=2020-01-01). API_DIR: a published Api (dotnet publish -c Release).
# Env: N=10 (requests a measurement), ROUNDS=3, PORT=5301 (the first server's; the next take the next ports), WARM=1
# (requests to each URL before measuring; the JIT recompiles a method after 30 calls, so WARM=40 measures that code).
# Each Api starts with the response cache off, rate limits lifted and the request log off. For every URL, each server in
# turn answers N requests over one keep-alive connection, ROUNDS times; printed is the lowest of the rounds of the
# server's CPU time (user + system, from /proc) divided by N. One request at a time, so what other processes on a shared
# machine do changes the wall time far more than this; the clock ticks at 10 ms, so N=10 reads to 1 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
URLS=$1; shift
N=${N:-10}; ROUNDS=${ROUNDS:-3}; PORT=${PORT:-5301}
DATA=$PWD/data
hz=$(getconf CLK_TCK)
pids=(); ports=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
for pair in "$@"; do
  api=${pair%%=*}; db=$(readlink -f "${pair#*=}"); port=$((PORT + ${#pids[@]}))
  (cd "$api" && exec dotnet NewsFacts.Api.dll --urls "http://127.0.0.1:$port" "--ConnectionStrings:NewsFacts=Data Source=$db" \
    --NewsFacts:DataDirectory="$DATA" --NewsFacts:EnableBaselineEndpoint=true --NewsFacts:SeedOnStartup=false \
    --NewsFacts:ResponseCacheMegabytes=0 --RateLimits:Reads:PermitLimit=1000000000 \
    --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning) >"/tmp/newsfacts-cpu-$port.log" 2>&1 &
  pids+=($!); ports+=("$port")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do kill -0 "${pids[-1]}" || exit 1; sleep 0.2; done
  echo "server $port: $api on $db"
done
cpu() { awk -v hz="$hz" '{ printf "%.4f", ($14 + $15) / hz }' "/proc/$1/stat"; }
# Requests to each first, so that the code each URL runs is compiled before it is measured.
WARM=${WARM:-1}
for _ in $(seq "$WARM"); do
  while read -r url; do for port in "${ports[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$port$url"; done; done <"$URLS"
done
sleep 1
printf '%s\n' "url | CPU ms per request, lowest of $ROUNDS rounds of $N, per server in the order given"
while read -r url; do
  line=$url
  for i in "${!pids[@]}"; do
    best=
    for _ in $(seq "$ROUNDS"); do
      args=(); for _ in $(seq "$N"); do args+=(-o /dev/null "http://127.0.0.1:${ports[$i]}$url"); done
      before=$(cpu "${pids[$i]}"); curl -s "${args[@]}"; after=$(cpu "${pids[$i]}")
      ms=$(awk -v a="$after" -v b="$before" -v n="$N" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')
      best=$(awk -v b="$best" -v m="$ms" 'BEGIN { print (b == "" || m < b) ? m : b }')
    done
    line="$line | $best"
  done
  echo "$line"
done <"$URLS"
