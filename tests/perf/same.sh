#!/usr/bin/env bash
# Whether two running builds answer alike: status, content type, ETag and body, byte for byte, for each URL.
# Usage: tests/perf/same.sh URLS_FILE BASE_URL OTHER_URL   (e.g. http://127.0.0.1:5611 http://127.0.0.1:5612)
#   URLS_FILE: one path and query a line, optionally followed by a tab and an Accept header value.
# Problem details carry the request's own traceId, which is blanked before comparing. Prints each URL that differs and
# a count; exits 1 when any does.
set -euo pipefail
URLS=$1; A=$2; B=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
same=0; differ=0
fetch() { # base url accept out
  curl -s -H "Accept: ${3:-*/*}" -D "$4.h" -o "$4.b" "$1$2"
  awk 'tolower($1) ~ /^(http\/|content-type:|etag:)/ { sub(/\r$/, ""); print tolower($1), $2, $3 }' "$4.h" >"$4.k"
  sed -i 's/"traceId":"[^"]*"/"traceId":""/' "$4.b"
}
while IFS=$'\t' read -r url accept; do
  [ -z "$url" ] && continue
  fetch "$A" "$url" "$accept" "$tmp/a"; fetch "$B" "$url" "$accept" "$tmp/b"
  if cmp -s "$tmp/a.k" "$tmp/b.k" && cmp -s "$tmp/a.b" "$tmp/b.b"; then
    same=$((same + 1))
  else
    differ=$((differ + 1)); echo "differs: $url ${accept:+(Accept: $accept)}"
  fi
done <"$URLS"
echo "$same same, $differ different"
[ "$differ" -eq 0 ]
