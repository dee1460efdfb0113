#!/usr/bin/env bash
# Load test of the HTTP service on loopback, from a clean clone (the ./ptce launcher builds the tool on first
# use; needs a JDK 17+ and curl):
#
#   ptce-examples/load-test.sh [COUNT] [CONCURRENCY]      default: 1000 requests, 8 at a time
#
# 1. Starts `./ptce serve` on a free loopback port (--port 0).
# 2. Sends COUNT mixed requests, CONCURRENCY at a time (curl, in parallel with xargs -P): valid clusters to
#    /v1/validate, /v1/eligibility and /v1/overview; every file of the bad-input corpus
#    (ptce-core/src/test/resources/bad-input/core/, expected status from its expectations.tsv: 200 if accepted,
#    else 400); generated bodies (20 MB and 2 MiB strings: 413; nesting 10,000 deep: 400); GET routes; a
#    sample name that is a path (404), an unknown route (404), a wrong method (405), a wrong media type (415),
#    an unknown parameter (400). Every status must be the expected one.
# 3. Measures /healthz while 20 MB bodies are being rejected: its p95 must stay under HEALTHZ_P95_MS (200).
# 4. Measures /healthz while slow clients hold their connections (SLOW_CLIENTS slowloris, 200, and SLOW_BODIES
#    slow bodies, 50, for SLOW_SECONDS, 4): its p95 must stay under HEALTHZ_P95_MS, and a valid request is served.
# 5. Prints the requests by status, the latency percentiles p50/p95/p99, and the /healthz latencies.
#
# Bounded: at most COUNT requests, each with curl --max-time 30, all of them within MAX_SECONDS (300, a bound
# against a hang rather than a speed target: about 20 s on a quiet 2-core machine, 110 s while other builds run)
# of the service's start, then 3 s of /healthz under load and SLOW_SECONDS with slow clients; the first run also
# builds the tool. Exit code 0 when every check passed, 1 otherwise. Environment: MAX_SECONDS, HEALTHZ_P95_MS,
# SLOW_CLIENTS, SLOW_BODIES, SLOW_SECONDS, PTCE_JAVA_OPTS (the
# server's JVM options), KEEP=1 keeps the work directory.

# The functions run from the trap and from xargs (shellcheck cannot see it); $1 is expanded by bash -c.
# shellcheck disable=SC2317,SC2016
set -euo pipefail

count="${1:-1000}"
concurrency="${2:-8}"
max_seconds="${MAX_SECONDS:-300}"
healthz_p95_ms="${HEALTHZ_P95_MS:-200}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/ptce-core/src/test/resources/bad-input/core"
samples="$root/ptce-examples/src/main/resources/io/github/ptce/examples/samples"

for tool in curl java xargs awk sort; do
  command -v "$tool" > /dev/null || { echo "load-test: $tool is required" >&2; exit 1; }
done
[[ "$count" =~ ^[0-9]+$ && "$count" -ge 1 && "$count" -le 100000 ]] || { echo "load-test: COUNT in 1..100000" >&2; exit 1; }
[[ "$concurrency" =~ ^[0-9]+$ && "$concurrency" -ge 1 && "$concurrency" -le 64 ]] \
  || { echo "load-test: CONCURRENCY in 1..64" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ptce-load.XXXXXX")"
server=""
cleanup() {
  if [[ -n "$server" ]]; then
    kill "$server" 2> /dev/null || true
    wait "$server" 2> /dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "load-test: work directory kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

remaining() { echo $(( max_seconds - (SECONDS - start_time) )); }

# --- the service ------------------------------------------------------------------------------------------
echo "load-test: building the tool if needed and starting the service..."
"$root/ptce" --version > /dev/null
"$root/ptce" serve --port 0 --host 127.0.0.1 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
base=""
for _ in $(seq 1 300); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.out" 2> /dev/null | head -1 || true)"
  [[ -n "$base" ]] && break
  kill -0 "$server" 2> /dev/null || { cat "$work/serve.err" >&2; echo "load-test: the service did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$base" ]] || { echo "load-test: the service did not start within 30 s" >&2; exit 1; }
base="${base%/}"
echo "load-test: service on $base (pid $server)"
start_time=$SECONDS # the time bound counts from here, not from the build

# --- the requests: one per line, METHOD|PATH|BODY_FILE|CONTENT_TYPE|EXPECTED_STATUS --------------------------
bodies="$work/bodies"
mkdir -p "$bodies"
catalogue="$work/catalogue"
: > "$catalogue"
add() { printf '%s|%s|%s|%s|%s\n' "$@" >> "$catalogue"; }

for sample in tetris emergence-beauvaisis pole-sud-archer pays-de-bray synthetic-eligible; do
  file="$samples/$sample.json"
  add POST /v1/validate "$file" application/json 200
  add POST "/v1/eligibility?asOf=2026-01-15" "$file" application/json 200
  add POST "/v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9&format=html" "$file" application/json 200
  add POST "/v1/overview?asOf=2026-01-15" "$file" application/json 200
done
# The corpus: expected 200 when its row says "- -" (accepted), else 400; no committed file is over 1 MiB.
awk -F'\t' '!/^#/ && $1 != "file" && $1 !~ /^generated:/ { if ($2 == "-" && $3 == "-") ok[$1] = 1; seen[$1] = 1 }
  END { for (f in seen) print f, (f in ok ? 200 : 400) }' "$corpus/expectations.tsv" | sort > "$work/corpus"
while read -r name status; do
  add POST /v1/validate "$corpus/$name" application/json "$status"
  add POST "/v1/eligibility?asOf=2026-01-15&lang=fr" "$corpus/$name" application/json "$status"
done < "$work/corpus"
# Generated: too large to commit.
{ printf '{"name": "'; head -c 20000000 /dev/zero | tr '\0' 'n'; printf '"}'; } > "$bodies/string-20-mb.json"
{ printf '{"name": "P", "description": "'; head -c 2097152 /dev/zero | tr '\0' 'd'; printf '"}'; } > "$bodies/string-2-mib.json"
{ printf '{"name": "P", "description": '; head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'
  printf '}'; } > "$bodies/nesting-10000.json"
: > "$bodies/empty.json"
printf 'name=x' > "$bodies/form.txt"
add POST /v1/validate "$bodies/string-20-mb.json" application/json 413
add POST /v1/eligibility "$bodies/string-2-mib.json" application/json 413
add POST /v1/validate "$bodies/nesting-10000.json" application/json 400
add POST /v1/validate "$bodies/empty.json" application/json 400
add POST /v1/validate "$bodies/form.txt" application/x-www-form-urlencoded 415
add POST "/v1/eligibility?as_of=2026-01-15" "$samples/tetris.json" application/json 400
add POST "/v1/eligibility?asOf=2026-02-30" "$samples/tetris.json" application/json 400
add POST "/v1/eligibility?scheme=no.such.scheme" "$samples/tetris.json" application/json 400
add GET /healthz - - 200
add GET / - - 200
add GET "/v1/schemes?asOf=2026-01-15" - - 200
add GET /v1/schemas/cluster.json - - 200
add GET /v1/samples - - 200
add GET /v1/samples/tetris - - 200
add GET /v1/samples/../../../../etc/passwd - - 400
add GET /v1/samples/%2Fetc%2Fpasswd - - 404
add GET /v1/samples/..%2F..%2Fpom.xml - - 404
add GET /v2/nothing - - 404
add GET //healthz - - 404
add GET "/v1/schemes?asOf=%zz" - - 400
add GET "/v1/samples?lang=fr&lang=en" - - 400
add GET /v1/openapi.json - - 200
add DELETE /v1/validate - - 405
add GET /v1/eligibility - - 405

# COUNT requests: the catalogue over and over, in a fixed shuffled order.
lines=$(wc -l < "$catalogue")
: > "$work/requests"
while [[ $(wc -l < "$work/requests") -lt "$count" ]]; do
  cat "$catalogue" >> "$work/requests"
done
head -n "$count" "$work/requests" | awk 'BEGIN { srand(20260115) } { print rand() "\t" $0 }' | sort -n | cut -f2- \
  > "$work/plan"
echo "load-test: $count requests ($lines kinds), $concurrency at a time"

# One request: prints "EXPECTED ACTUAL SECONDS METHOD PATH BODY".
request() {
  local method path body type expected
  IFS='|' read -r method path body type expected <<< "$1"
  local args=(-s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 --path-as-is -X "$method")
  [[ "$body" != "-" ]] && args+=(--data-binary "@$body" -H "Content-Type: $type")
  local result
  result="$(curl "${args[@]}" "$BASE$path" 2> /dev/null || true)"
  [[ -n "$result" ]] || result="000 30"
  echo "$expected $result $method $path ${body##*/}"
}
export -f request
export BASE="$base"

wall_start=$(date +%s.%N)
if ! timeout "$(remaining)" xargs -a "$work/plan" -d '\n' -P "$concurrency" -I{} bash -c 'request "$1"' _ {} \
    > "$work/results"; then
  echo "load-test: FAILED: the requests did not finish within $max_seconds s" >&2
  exit 1
fi
wall_end=$(date +%s.%N)

# --- the figures ------------------------------------------------------------------------------------------
percentiles() { # stdin: one number of seconds a line; prints p50 p95 p99 max in ms
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "n/a"; exit }
    split("50 95 99", q, " ")
    for (i = 1; i <= 3; i++) { k = int((q[i] / 100) * NR + 0.999999); if (k < 1) k = 1; printf "p%s %.1f ms, ", q[i], v[k] * 1000 }
    printf "max %.1f ms\n", v[NR] * 1000 }'
}

failed=0
served=$(wc -l < "$work/results")
echo
echo "Requests served: $served of $count in $(awk -v a="$wall_start" -v b="$wall_end" 'BEGIN { printf "%.1f", b - a }') s"
echo "By status:"
awk '{ print $2 }' "$work/results" | sort | uniq -c | awk '{ printf "  %s: %d\n", $2, $1 }'
echo "Latency (all requests): $(awk '{ print $3 }' "$work/results" | percentiles)"
echo "Latency (without the 2 MiB and 20 MB bodies): $(awk '$6 !~ /^string-2/ { print $3 }' "$work/results" \
  | percentiles)"
wrong=$(awk '$1 != $2' "$work/results" | wc -l)
if [[ "$served" -ne "$count" || "$wrong" -ne 0 ]]; then
  echo "FAILED: $wrong request(s) with an unexpected status (expected, actual, seconds, request):"
  awk '$1 != $2' "$work/results" | sort | uniq -c | head -20
  failed=1
fi
if grep -q 'internal error' "$work/serve.err"; then
  echo "FAILED: internal errors in the service's log:"
  grep 'internal error' "$work/serve.err" | head -5
  failed=1
fi

# --- /healthz while 20 MB bodies are being rejected ---------------------------------------------------------
echo
echo "/healthz while 4 clients send 20 MB bodies for 3 s:"
big_start=$SECONDS
senders=()
for i in 1 2 3 4; do
  ( while (( SECONDS - big_start < 3 )); do
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -H 'Content-Type: application/json' \
        --data-binary "@$bodies/string-20-mb.json" "$base/v1/validate" || echo 000
    done > "$work/big-$i" ) &
  senders+=($!)
done
sleep 0.2
: > "$work/healthz"
while (( SECONDS - big_start < 3 )); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 5 "$base/healthz" >> "$work/healthz" \
    || echo "000 5" >> "$work/healthz"
  sleep 0.02
done
wait "${senders[@]}"
big_statuses="$(cat "$work"/big-* | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
echo "  20 MB bodies answered: $big_statuses"
echo "  /healthz: $(wc -l < "$work/healthz") probes, $(awk '{ print $2 }' "$work/healthz" | percentiles)"
if grep -qv '^413$' "$work"/big-*; then
  echo "FAILED: a 20 MB body was not answered 413"
  failed=1
fi
# Checks the /healthz probes of a file ("STATUS SECONDS" lines): every one 200, p95 under the limit. Sets p95.
check_healthz() { # $1: the file, $2: while what
  if awk '$1 != 200' "$1" | grep -q .; then
    echo "FAILED: /healthz did not answer 200 every time$2"
    failed=1
  fi
  p95=$(awk '{ print $2 }' "$1" | sort -g | awk '{ v[NR] = $1 } END { k = int(0.95 * NR + 0.999999); print v[k] * 1000 }')
  if awk -v p="$p95" -v limit="$healthz_p95_ms" 'BEGIN { exit !(p >= limit) }'; then
    echo "FAILED: /healthz p95 ${p95} ms$2 is not under ${healthz_p95_ms} ms"
    failed=1
  fi
}
check_healthz "$work/healthz" ""
big_p95=$p95

# --- /healthz while slow clients hold their connections ------------------------------------------------------
# SLOW_CLIENTS clients send a request line and headers a byte every half second (slowloris), and SLOW_BODIES
# clients send headers then a body a byte every half second, for SLOW_SECONDS (4) at most each: the server reads
# them without a thread, so /healthz must stay under HEALTHZ_P95_MS (p95) and a valid request must be evaluated.
slow_clients="${SLOW_CLIENTS:-200}"
slow_bodies="${SLOW_BODIES:-50}"
slow_seconds="${SLOW_SECONDS:-4}"
hostport="${base#http://}"
slow_host="${hostport%:*}"
slow_port="${hostport##*:}"
trickle() { # $1: how many connections, $2: what each sends first; then a byte each half second, until the end
  local fds=() fd i
  for (( i = 0; i < $1; i++ )); do
    exec {fd}<> "/dev/tcp/$slow_host/$slow_port" || break
    printf '%b' "$2" >&"$fd" 2> /dev/null || true
    fds+=("$fd")
  done
  local until=$(( SECONDS + slow_seconds ))
  while (( SECONDS < until )); do
    for fd in "${fds[@]}"; do printf 'a' >&"$fd" 2> /dev/null || true; done
    sleep 0.5
  done
  for fd in "${fds[@]}"; do exec {fd}>&- 2> /dev/null || true; done
}
echo
echo "/healthz while $slow_clients slowloris clients and $slow_bodies slow bodies hold their connections for ${slow_seconds} s:"
( trickle "$slow_clients" 'POST /v1/validate HTTP/1.1\r\nHost: x\r\nX-Slow: ' ) &
slowloris=$!
( trickle "$slow_bodies" 'POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{' ) &
slowbodies=$!
sleep 1
: > "$work/healthz-slow"
slow_start=$SECONDS
while (( SECONDS - slow_start < slow_seconds - 1 )); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 5 "$base/healthz" >> "$work/healthz-slow" \
    || echo "000 5" >> "$work/healthz-slow"
  sleep 0.02
done
valid=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
  --data-binary "@$samples/tetris.json" "$base/v1/validate" || echo 000)
wait "$slowloris" "$slowbodies" 2> /dev/null || true
echo "  /healthz: $(wc -l < "$work/healthz-slow") probes, $(awk '{ print $2 }' "$work/healthz-slow" | percentiles)"
echo "  a valid POST /v1/validate meanwhile: $valid"
if [[ "$valid" != 200 ]]; then
  echo "FAILED: a valid request was answered $valid while slow clients held their connections"
  failed=1
fi
check_healthz "$work/healthz-slow" " while slow clients held their connections"
slow_p95=$p95

echo
if [[ "$failed" -eq 0 ]]; then
  echo "load-test: OK ($count requests, every status as expected; /healthz p95 ${big_p95} ms under load, ${slow_p95} ms with slow clients; $(( SECONDS - start_time )) s)"
else
  echo "load-test: FAILED"
fi
exit "$failed"
