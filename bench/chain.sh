#!/usr/bin/env bash
# Chain cost per record and records/s per stream, one core, median of RUNS JVMs.
#   bench/chain.sh [RECORDS] [RUNS]       (defaults: 1000000 records, 3 runs)
# Rates come from the benchmark thread's CPU time, so neighbours on a shared machine skew them less.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${1:-1000000}
RUNS=${2:-3}
. bench/lib.sh
CP=$(bench_classpath)
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
for run in $(seq "$RUNS"); do
  "${PIN[@]}" java -XX:+UseSerialGC -Xmx512m -cp "$CP" io.straceflow.chain.ChainBench "$RECORDS" | tee -a "$OUT" >&2
done
echo "median of $RUNS runs, $RECORDS records each, one core ($(nproc) online):"
# one line per case: median ns/record and records/s
awk '{ split($4, a, "="); split($5, b, "="); name=$1; ns[name]=ns[name] " " a[2]; rps[name]=rps[name] " " b[2]; bytes[name]=$3; order[name]=NR }
     END { for (k in order) print order[k], k, bytes[k], ns[k], "|", rps[k] }' "$OUT" | sort -n | cut -d' ' -f2- |
  while read -r name bytes rest; do
    ns=$(echo "${rest%%|*}" | tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    rps=$(echo "${rest##*|}" | tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    printf '%-14s %-10s %6s ns/record  %9s records/s\n' "$name" "$bytes" "$ns" "$rps"
  done
