#!/usr/bin/env bash
# Client check: builds and starts the API on a temporary database, then checks that its OpenAPI document lints,
# that a TypeScript client generated from it compiles with a typed call of each endpoint, that Swagger UI
# answers "Try it out" in headless Chromium, and that the explorer page (/) works there (explorer.mjs; its
# screenshots are kept in $ARTIFACTS, default tests/Client/artifacts). The API is stopped on every exit path (trap).
# Prints "N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
api_pid=""
passed=0
failed=0
cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null
    wait "$api_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

summary() { echo "$passed passed, $failed failed"; }
step() {
  local name="$1"; shift
  echo "=== $name"
  if "$@"; then
    echo "--- PASS $name"; passed=$((passed + 1))
  else
    echo "--- FAIL $name"; failed=$((failed + 1))
  fi
}

if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund || { failed=1; summary; exit 1; }
fi

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
base="http://127.0.0.1:$port"
export API_BASE_URL="$base"
# A write key for this run only: the explorer check posts one article with markup in its title.
API_KEY="client-check-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
export API_KEY

start_api() {
  dotnet build "$root/src/Api/Api.csproj" -c Release -o "$work/api" -v quiet -nologo || return 1
  # Started from the repo root so the data folder (lexicons, seed articles) is found.
  (cd "$root" && Auth__ApiKeys__0="$API_KEY" exec dotnet "$work/api/NewsFacts.Api.dll" --urls "$base" \
      --ConnectionStrings:NewsFacts="Data Source=$work/newsfacts.db" >"$work/api.log" 2>&1) &
  api_pid=$!
  for _ in $(seq 1 120); do
    if curl -sf "$base/health" >/dev/null; then return 0; fi
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "API did not become healthy at $base; its log:"; tail -n 40 "$work/api.log"
  return 1
}

download_document() {
  curl -sf "$base/swagger/v1/swagger.json" -o "$work/openapi.json" && node -e 'JSON.parse(require("fs").readFileSync(process.argv[1]))' "$work/openapi.json"
}

lint() { npx --no-install redocly lint "$work/openapi.json" --config redocly.yaml; }

check_document() { node check-document.mjs "$work/openapi.json"; }

generate_and_compile() {
  npx --no-install openapi-typescript "$work/openapi.json" -o generated/api.d.ts && npx --no-install tsc -p tsconfig.json --strict --noEmit
}

swagger_ui() { node swagger-ui.mjs; }

explorer() { node explorer.mjs; }

step "start API" start_api || true
if [[ $failed -gt 0 ]]; then summary; exit 1; fi
step "download /swagger/v1/swagger.json" download_document
if [[ $failed -gt 0 ]]; then summary; exit 1; fi
step "redocly lint" lint
step "document completeness (descriptions, operationIds, enums, Arabic examples)" check_document
step "openapi-typescript + tsc --strict" generate_and_compile
step "Swagger UI try it out in Chromium" swagger_ui
step "explorer page (/) in Chromium" explorer

summary
[[ $failed -eq 0 ]]
