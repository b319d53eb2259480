#!/usr/bin/env bash
# The floor under the replay target: what hashing the four chained streams alone costs per trace line (the chain
# step as the writers compute it, nothing parsed, formatted or written), and so the most lines/s two cores could
# reach doing nothing else. Next to it, straceflow's own replay of the same trace. Runs
# io.straceflow.chain.HashFloorBench on the output of one replay; CPU time of the hashing thread, median of RUNS.
#   bench/floor.sh [TRACE] [RUNS]   default TRACE=target/bench/memory-1000000.strace (bench/memory.sh makes it), RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
TRACE=${1:-target/bench/memory-1000000.strace}
RUNS=${2:-3}
[ -s "$TRACE" ] || { echo "floor.sh: no trace at $TRACE (run bench/memory.sh first, or pass one)" >&2; exit 2; }
. bench/lib.sh
CP=$(bench_classpath)
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package -pl cli -am
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
lines=$(wc -l < "$TRACE")
s=$(date +%s.%N)
./straceflow replay -q -o "$OUT/run" "$TRACE"
e=$(date +%s.%N)
printf 'straceflow replay: %d lines in %.1f s, %.0f lines/s (JVM start included)\n' "$lines" "$(echo "$e - $s" | bc -l)" \
  "$(echo "$lines / ($e - $s)" | bc -l)"
java -Xmx4g -cp "$CP" io.straceflow.chain.HashFloorBench \
  "$OUT/run" "$lines" "$RUNS"
