#!/usr/bin/env bash
# Whole-process cold start of the command line, beside `java -version` on the same machine.
#
#   ptce-bench/cold-start.sh [SAMPLE] [RUNS]        (defaults: tetris, 20 runs)
#
# Prints the median wall time of:
#   java -version
#   java -jar ptce-examples/target/ptce.jar check --sample SAMPLE --format json      (plain JVM defaults)
#   the same with what the ./ptce launcher adds: its class-data sharing archive (ptce-examples/target/ptce.jsa,
#     made here by one run with -XX:ArchiveClassesAtExit if missing), -XX:TieredStopAtLevel=1, -XX:+UseSerialGC
#   ./ptce check --sample SAMPLE --format json                                          (the launcher itself)
# Every check runs with --as-of 2026-01-15, so that each run does the same work. With hyperfine, the mean CPU
# time (user + system, all threads) is printed too: on a shared machine it is steadier than wall time. Uses hyperfine when it is
# installed (apt-get install -y hyperfine), else a loop timed with date +%s%N.
# Build first: ./mvnw -B -pl ptce-examples -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

SAMPLE=${1:-tetris}
RUNS=${2:-20}
JAR=ptce-examples/target/ptce.jar
ARCHIVE=ptce-examples/target/ptce.jsa
if [[ ! -f $JAR ]]; then
  echo "no $JAR: build it with ./mvnw -B -pl ptce-examples -am package -DskipTests" >&2
  exit 1
fi
CHECK="check --sample $SAMPLE --as-of 2026-01-15 --format json"
if [[ ! -f $ARCHIVE || $JAR -nt $ARCHIVE ]]; then
  rm -f "$ARCHIVE"
  java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:disable -jar "$JAR" $CHECK > /dev/null 2>&1 || true
fi
# The run must succeed: exit codes 0-2 are the outcomes (eligible, not eligible, undetermined).
set +e
java -jar "$JAR" $CHECK > /dev/null
code=$?
set -e
if (( code > 2 )); then
  echo "the command failed with exit code $code: java -jar $JAR $CHECK" >&2
  exit 1
fi

names=("java -version" "java -jar ptce.jar (defaults)" "java -jar ptce.jar (CDS + C1 + SerialGC)" "./ptce (launcher)")
commands=("java -version"
  "java -jar $JAR $CHECK"
  "java -XX:SharedArchiveFile=$ARCHIVE -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR $CHECK"
  "./ptce $CHECK")

if command -v hyperfine > /dev/null; then
  args=()
  for i in "${!commands[@]}"; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
  done
  # -i: the check exits 2 (undetermined) for most samples; that is its answer, not a failure.
  hyperfine -N -i --warmup 3 --runs "$RUNS" --export-json /tmp/ptce-cold-start.json --output null "${args[@]}" >&2
  python3 - <<'PY'
import json
for r in json.load(open('/tmp/ptce-cold-start.json'))['results']:
    t = sorted(r['times'])
    print(f"{r['command']:42s} median {r['median'] * 1000:6.0f} ms  (min {t[0] * 1000:.0f}, max {t[-1] * 1000:.0f}, "
          f"{len(t)} runs; CPU user+sys {(r['user'] + r['system']) * 1000:.0f} ms)")
PY
else
  for i in "${!commands[@]}"; do
    times=()
    for _ in 1 2 3; do ${commands[$i]} > /dev/null 2>&1 || true; done   # warm the file cache
    for ((r = 0; r < RUNS; r++)); do
      start=$(date +%s%N)
      ${commands[$i]} > /dev/null 2>&1 || true
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    n=${#sorted[@]}
    if (( n % 2 )); then median=${sorted[n / 2]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
    printf '%-42s median %6d ms  (min %d, max %d, %d runs)\n' "${names[$i]}" "$median" "${sorted[0]}" \
      "${sorted[n - 1]}" "$n"
  done
fi
