#!/usr/bin/env bash
# Full-pipeline replay throughput: straceflow replay (all stages, chains, files) on a real trace, next to
# `wc -l` on the same file (the physical limit of reading it). Prints the median of RUNS runs.
#   bench/replay.sh [RUNS] [TRACE]   default RUNS=3; without TRACE, records one (a tar of /usr/include under
#                                    our strace flags) and concatenates copies up to LINES (default 300000);
#                                    TRACE=issue records the mix issue 21 measured (bench/lib.sh, issue_trace) and
#                                    cuts it at LINES: LINES=1000000 bench/replay.sh 5 issue
#   BASE=OTHER/straceflow bench/replay.sh ...   also replays through another checkout's launcher (built there), the
#                                    two alternating in each round, and prints the ratio of their medians
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
OUT=target/bench
LINES=${LINES:-300000}
TRACE=${2:-$OUT/replay-trace.strace}
mkdir -p "$OUT"
if [ "$TRACE" = issue ]; then
  TRACE=$OUT/issue-$LINES.strace
  [ -s "$TRACE" ] || issue_trace "$TRACE" "$LINES"
fi

if [ ! -s "$TRACE" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  strace -f -tt -yy -v -x -s 1000 -o "$WORK/one.strace" -- tar czf "$WORK/inc.tgz" -C /usr/include . 2>/dev/null || true
  enlarge "$WORK/one.strace" "$TRACE" "$LINES"
fi
lines=$(wc -l < "$TRACE")
echo "trace: $TRACE, $lines lines, $(du -h "$TRACE" | cut -f1)"
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package

# through the ./straceflow launcher, as a user runs it (its JVM options and class-data archive, made here first)
./straceflow --version >/dev/null
[ -z "${BASE:-}" ] || "$BASE" --version >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

wc_times=(); sf_times=(); base_times=()
for i in $(seq "$RUNS"); do
  rm -rf "$OUT/replay-out"
  wc_times+=("$(secs wc -l "$TRACE")")
  if [ -n "${BASE:-}" ]; then
    base_times+=("$(secs "$BASE" replay -q -o "$OUT/replay-out" "$TRACE")")
    rm -rf "$OUT/replay-out"
  fi
  sf_times+=("$(secs ./straceflow replay -q -o "$OUT/replay-out" "$TRACE")")
done
wc_s=$(printf '%s\n' "${wc_times[@]}" | median)
sf_s=$(printf '%s\n' "${sf_times[@]}" | median)
printf '%-34s %10s %14s\n' "median of $RUNS" "seconds" "lines/s"
printf '%-34s %10.2f %14.0f\n' "wc -l (read + split)" "$wc_s" "$(echo "$lines / $wc_s" | bc -l)"
printf '%-34s %10.2f %14.0f\n' "straceflow replay (JVM start incl.)" "$sf_s" "$(echo "$lines / $sf_s" | bc -l)"
printf 'ratio straceflow / wc: %.1f\n' "$(echo "$sf_s / $wc_s" | bc -l)"
if [ -n "${BASE:-}" ]; then
  base_s=$(printf '%s\n' "${base_times[@]}" | median)
  printf '%-34s %10.2f %14.0f\n' "BASE replay ($BASE)" "$base_s" "$(echo "$lines / $base_s" | bc -l)"
  printf 'rounds, BASE / this: %s / %s\n' "${base_times[*]}" "${sf_times[*]}"
  printf 'ratio this / BASE: %.3f\n' "$(echo "$sf_s / $base_s" | bc -l)"
fi
