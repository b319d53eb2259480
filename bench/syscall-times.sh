#!/usr/bin/env bash
# What strace -T (the time spent in each syscall) costs, on a syscall-heavy W (dd with 1-byte blocks: two syscalls
# per byte). In one script run, alternating so every variant sees the same machine load:
#   strace -f -tt -yy -v -x -s 1000 -o /dev/null -- W        without and with -T
#   straceflow run -q -- W                                   with --no-syscall-times and with -T (the default)
# Prints the median wall time and the median CPU time (user + system of the whole process tree: less sensitive than
# wall time to what else the machine runs) of each (RUNS runs, at least 3), the trace's bytes per line, and the
# ratios with -T over without. This decided that -T is on by default (docs/report.md, "-T is on by default").
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
# secs CMD...: prints "WALL CPU" in seconds (CPU: user + system of CMD and all its children)
secs() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$t"
  rm -f "$t"
}
wall() { for x in "$@"; do echo "${x% *}"; done | median; }
cpu() { for x in "$@"; do echo "${x#* }"; done | median; }

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
row() { # LABEL MEDIAN_WITHOUT MEDIAN_WITH
  printf '%-46s %10.2f %10.2f %8.3f\n' "$1" "$2" "$3" "$(echo "$3 / $2" | bc -l)"
}
echo "W: ${W[*]}  ($lines trace lines; $bpl_off bytes per line without -T, $bpl_on with)"
printf '%-46s %10s %10s %8s\n' "median of $RUNS, seconds" "without -T" "with -T" "ratio"
row "strace -o /dev/null -- W: wall" "$(wall "${s_off[@]}")" "$(wall "${s_on[@]}")"
row "strace -o /dev/null -- W: CPU" "$(cpu "${s_off[@]}")" "$(cpu "${s_on[@]}")"
row "straceflow run -- W (JVM start incl.): wall" "$(wall "${f_off[@]}")" "$(wall "${f_on[@]}")"
row "straceflow run -- W (JVM start incl.): CPU" "$(cpu "${f_off[@]}")" "$(cpu "${f_on[@]}")"
echo "every run, wall/CPU seconds:"
echo "  strace without -T:      ${s_off[*]/ //}"
echo "  strace with -T:         ${s_on[*]/ //}"
echo "  straceflow without -T:  ${f_off[*]/ //}"
echo "  straceflow with -T:     ${f_on[*]/ //}"
