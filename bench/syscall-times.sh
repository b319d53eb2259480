#!/usr/bin/env bash
# What strace -T (the time spent in each syscall) costs, on a syscall-heavy W (dd with 1-byte blocks: two syscalls
# per byte). In one script run, alternating so every variant sees the same machine load:
#   strace -f -tt -yy -v -x -s 1000 -o /dev/null -- W        without and with -T
#   straceflow run -q -- W                                   with --no-syscall-times and with -T (the default)
# Prints the median wall time of each (RUNS runs, at least 3), the trace's bytes per line, and the ratios with -T
# over without. This decided that -T is on by default (docs/report.md, "Where the time goes").
#   bench/syscall-times.sh [RUNS] [BYTES]   default RUNS=5, BYTES=50000 (about 100 000 trace lines)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BYTES=${2:-50000}
[ "$RUNS" -ge 3 ] || { echo "syscall-times.sh: RUNS must be at least 3 (medians)" >&2; exit 2; }
OUT=target/bench
mkdir -p "$OUT"
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package
W=(dd if=/dev/zero of=/dev/null bs=1 count="$BYTES")
STRACE=(strace -f -tt -yy -v -x -s 1000)

./straceflow --version >/dev/null # the launcher builds its class-data archive once, outside the timings
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

s_off=(); s_on=(); f_off=(); f_on=()
for i in $(seq "$RUNS"); do
  # alternate which variant goes first, so neither always runs on a warmer machine
  if [ $((i % 2)) -eq 1 ]; then
    s_off+=("$(secs "${STRACE[@]}" -o /dev/null -- "${W[@]}")")
    s_on+=("$(secs "${STRACE[@]}" -T -o /dev/null -- "${W[@]}")")
  else
    s_on+=("$(secs "${STRACE[@]}" -T -o /dev/null -- "${W[@]}")")
    s_off+=("$(secs "${STRACE[@]}" -o /dev/null -- "${W[@]}")")
  fi
  rm -rf "$OUT/times-off" "$OUT/times-on"
  f_off+=("$(secs ./straceflow run -q --no-syscall-times -o "$OUT/times-off" -- "${W[@]}")")
  f_on+=("$(secs ./straceflow run -q -T -o "$OUT/times-on" -- "${W[@]}")")
done
lines=$(wc -l < "$OUT/times-on/syscalls.log")
bpl_off=$(( $(stat -c %s "$OUT/times-off/syscalls.log") / $(wc -l < "$OUT/times-off/syscalls.log") ))
bpl_on=$(( $(stat -c %s "$OUT/times-on/syscalls.log") / lines ))
so=$(printf '%s\n' "${s_off[@]}" | median)
sn=$(printf '%s\n' "${s_on[@]}" | median)
fo=$(printf '%s\n' "${f_off[@]}" | median)
fn=$(printf '%s\n' "${f_on[@]}" | median)
echo "W: ${W[*]}  ($lines trace lines; $bpl_off bytes per line without -T, $bpl_on with)"
printf '%-44s %10s %10s %8s\n' "median of $RUNS, seconds" "without -T" "with -T" "ratio"
printf '%-44s %10.2f %10.2f %8.3f\n' "strace -o /dev/null -- W" "$so" "$sn" "$(echo "$sn / $so" | bc -l)"
printf '%-44s %10.2f %10.2f %8.3f\n' "straceflow run -- W (JVM start included)" "$fo" "$fn" "$(echo "$fn / $fo" | bc -l)"
echo "every run, seconds:"
echo "  strace without -T:      ${s_off[*]}"
echo "  strace with -T:         ${s_on[*]}"
echo "  straceflow without -T:  ${f_off[*]}"
echo "  straceflow with -T:     ${f_on[*]}"
