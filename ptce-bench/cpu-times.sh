#!/usr/bin/env bash
# Thread CPU time and bytes allocated per operation, measured by ProfileDriver in a fresh JVM per operation
# and size: the minimum over 1-second-or-so windows after a warm-up of the same length. On a shared machine,
# CPU time is disturbed far less than the wall time JMH measures; use it to cross-check JMH's figures.
#
#   ptce-bench/cpu-times.sh [SECONDS]        (default 8 per operation and size)
# Build first: ./mvnw -B -pl ptce-bench -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-8}
OPS=(art9 handWrittenArt9 ruleListArt9 easyRulesArt9 decree handWrittenDecree easyRulesDecree overview catalogue
  validate validateThenArt9 validateThenOverview validateThenEvaluate parse renderJson renderText resolve)
echo "| operation | members | CPU min (µs/op) | CPU median (µs/op) | allocated (B/op) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for op in "${OPS[@]}"; do
  for members in 30 300 3000; do
    if [[ $op == resolve && $members != 30 ]]; then continue; fi
    line=$(java -cp ptce-bench/target/benchmarks.jar io.github.ptce.bench.ProfileDriver "$op" "$members" \
      "$SECONDS_EACH" 2>/dev/null | grep ' members: ')
    # e.g. "art9   30 members: CPU min 5.50 us/op, median 5.61 us/op; 18152 B/op (1221 windows)"
    echo "$line" | awk -v op="$op" -v m="$members" '{
      for (i = 1; i <= NF; i++) { if ($i == "min") mn = $(i + 1); if ($i == "median") md = $(i + 1); if ($i == "B/op") b = $(i - 1) }
      printf "| %s | %s | %s | %s | %s |\n", op, m, mn, md, b }'
  done
done
