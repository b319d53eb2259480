#!/usr/bin/env bash
# Live overhead: wall time of `straceflow run -- W` over `strace -f -tt -yy -v -x -s 1000 -o /dev/null -- W` for a
# syscall-heavy W (dd with 1-byte blocks: two syscalls per byte), alternating the two in one script run so both see
# the same machine load. Prints each median and the ratio (target <= 1.05). JVM start is included in straceflow's
# time, as a user sees it. Also strace alone with the other CPU kept busy by a spin loop: on these VMs strace alone is
# ~1.6x faster then (each ptrace stop wakes the tracer; an idle vCPU wakes slowly), and straceflow keeps that CPU
# busy, so the plain ratio flatters straceflow on long runs; the second ratio is the stricter one. Then both with
# strace and W kept on one CPU (taskset -c, straceflow's --cpus), where a ptrace stop needs no wake-up of another CPU.
# BASE=old/straceflow also runs an older launcher's `run --cpus` in each round, for a before/after in one script.
#   bench/live.sh [RUNS] [BYTES]   default RUNS=3, BYTES=50000 (about 100 000 trace lines)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
BYTES=${2:-50000}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package
W=(dd if=/dev/zero of=/dev/null bs=1 count="$BYTES")

# through the ./straceflow launcher, as a user runs it (its JVM options and class-data archive, made here first)
./straceflow --version >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

# --cpus: strace and W on one CPU (the last this shell may use), against strace pinned the same way
CPU=$(grep Cpus_allowed_list /proc/self/status | sed 's/.*[-,:[:space:]]//')
plain=(); strace_t=(); busy_t=(); sf=(); pinned=(); sfpin=(); basepin=()
[ -z "${BASE:-}" ] || "$BASE" --version >/dev/null
for _ in $(seq "$RUNS"); do
  plain+=("$(secs "${W[@]}")")
  strace_t+=("$(secs strace -f -tt -yy -v -x -s 1000 -o /dev/null -- "${W[@]}")")
  sh -c 'while :; do :; done' & spin=$!
  busy_t+=("$(secs strace -f -tt -yy -v -x -s 1000 -o /dev/null -- "${W[@]}")")
  kill "$spin"; wait "$spin" 2>/dev/null || true
  rm -rf "$OUT/live-out"
  sf+=("$(secs ./straceflow run -q -o "$OUT/live-out" -- "${W[@]}")")
  pinned+=("$(secs taskset -c "$CPU" strace -f -tt -yy -v -x -s 1000 -o /dev/null -- "${W[@]}")")
  rm -rf "$OUT/live-out"
  sfpin+=("$(secs ./straceflow run -q --cpus "$CPU" -o "$OUT/live-out" -- "${W[@]}")")
  if [ -n "${BASE:-}" ]; then
    rm -rf "$OUT/live-base"
    basepin+=("$(secs "$BASE" run -q --cpus "$CPU" -o "$OUT/live-base" -- "${W[@]}")")
  fi
done
lines=$(grep -o '"lines" : [0-9]*' "$OUT/live-out/run.json" | head -1 | grep -o '[0-9]*$')
p=$(printf '%s\n' "${plain[@]}" | median)
s=$(printf '%s\n' "${strace_t[@]}" | median)
b=$(printf '%s\n' "${busy_t[@]}" | median)
f=$(printf '%s\n' "${sf[@]}" | median)
t=$(printf '%s\n' "${pinned[@]}" | median)
g=$(printf '%s\n' "${sfpin[@]}" | median)
echo "W: ${W[*]}  ($lines trace lines)"
printf '%-40s %10s\n' "median of $RUNS" "seconds"
printf '%-40s %10.2f\n' "W alone" "$p"
printf '%-40s %10.2f\n' "strace -o /dev/null -- W" "$s"
printf '%-40s %10.2f\n' "the same, the other CPU busy" "$b"
printf '%-40s %10.2f\n' "straceflow run -- W (JVM start incl.)" "$f"
printf 'ratio straceflow / strace: %.2f   (strace: %.0f lines/s, straceflow: %.0f lines/s)\n' \
  "$(echo "$f / $s" | bc -l)" "$(echo "$lines / $s" | bc -l)" "$(echo "$lines / $f" | bc -l)"
printf 'ratio straceflow / strace with the other CPU busy: %.2f\n' "$(echo "$f / $b" | bc -l)"
printf '%-40s %10.2f\n' "taskset -c $CPU strace ... -- W" "$t"
printf '%-40s %10.2f\n' "straceflow run --cpus $CPU -- W" "$g"
printf 'ratio straceflow --cpus / strace on one CPU: %.2f;  straceflow --cpus / plain strace: %.2f\n' \
  "$(echo "$g / $t" | bc -l)" "$(echo "$g / $s" | bc -l)"
if [ -n "${BASE:-}" ]; then
  o=$(printf '%s\n' "${basepin[@]}" | median)
  printf '%-40s %10.2f\n' "$BASE run --cpus $CPU -- W" "$o"
  printf 'ratio base --cpus / strace on one CPU: %.2f;  this build / base: %.2f\n' \
    "$(echo "$o / $t" | bc -l)" "$(echo "$g / $o" | bc -l)"
fi
