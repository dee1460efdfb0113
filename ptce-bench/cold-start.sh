#!/usr/bin/env bash
# Whole-process cold start of the CLI, beside `java -version` on the same machine.
#
#   ptce-bench/cold-start.sh [SAMPLE] [RUNS]        (defaults: the first sample the CLI lists, 20 runs)
#
# Prints the median wall time of `java -version`, of `ptce check --sample SAMPLE --format json`, and of the
# same with the class-data-sharing archive when one was made (PTCE_CDS=1, see BENCHMARKS.md). Uses
# hyperfine when it is installed (apt-get install -y hyperfine), else a loop timed with date +%s%N.
# Build first: ./mvnw -B -pl ptce-examples -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=ptce-examples/target/ptce.jar
RUNS=${2:-20}
JAVA=${JAVA:-java}
if [[ ! -f $JAR ]]; then
  echo "no $JAR: build it with ./mvnw -B -pl ptce-examples -am package -DskipTests" >&2
  exit 1
fi
SAMPLE=${1:-}
if [[ -z $SAMPLE ]]; then
  # The CLI lists its samples; take the first one.
  SAMPLE=$("$JAVA" -jar "$JAR" samples 2>/dev/null | awk 'NF {print $1; exit}' || true)
fi
if [[ -z $SAMPLE ]]; then
  echo "give a sample name: ptce-bench/cold-start.sh NAME" >&2
  exit 1
fi

CHECK=("$JAVA" -jar "$JAR" check --sample "$SAMPLE" --format json)
"${CHECK[@]}" > /dev/null || { echo "the command failed: ${CHECK[*]}" >&2; exit 1; }

CDS_ARCHIVE=ptce-examples/target/ptce.jsa
commands=("$JAVA -version" "${CHECK[*]}")
names=("java -version" "ptce check (default)")
if [[ ${PTCE_CDS:-0} == 1 ]]; then
  # An application class-data-sharing archive of the classes one check loads (JDK 13+ dynamic archive).
  if [[ ! -f $CDS_ARCHIVE ]]; then
    "$JAVA" -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -jar "$JAR" check --sample "$SAMPLE" --format json > /dev/null 2>&1
  fi
  commands+=("$JAVA -XX:SharedArchiveFile=$CDS_ARCHIVE -jar $JAR check --sample $SAMPLE --format json")
  names+=("ptce check (CDS archive)")
fi

if command -v hyperfine > /dev/null; then
  args=()
  for i in "${!commands[@]}"; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
  done
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json /tmp/ptce-cold-start.json --output null "${args[@]}" >&2
  python3 - <<'PY'
import json
for r in json.load(open('/tmp/ptce-cold-start.json'))['results']:
    t = sorted(r['times'])
    print(f"{r['command']}: median {r['median']*1000:.0f} ms (min {t[0]*1000:.0f}, max {t[-1]*1000:.0f}, {len(t)} runs)")
PY
else
  for i in "${!commands[@]}"; do
    times=()
    for _ in 1 2; do ${commands[$i]} > /dev/null 2>&1; done   # warm the file cache
    for ((r = 0; r < RUNS; r++)); do
      start=$(date +%s%N)
      ${commands[$i]} > /dev/null 2>&1
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    n=${#sorted[@]}
    if (( n % 2 )); then median=${sorted[n / 2]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
    echo "${names[$i]}: median ${median} ms (min ${sorted[0]}, max ${sorted[n - 1]}, $n runs)"
  done
fi
